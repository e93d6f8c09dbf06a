#!/usr/bin/env bash
# Benchmarks (docs/PERFORMANCE.md). The first run seeds 100,000 demo tickets into
# $OPSDESK_BENCH_DIR (default /tmp/opsdesk-bench), which takes a few minutes; later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest tests/bench -p no:randomly -s -q "$@"

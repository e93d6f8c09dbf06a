#!/usr/bin/env bash
# Install what the tests need and run them all (what CI runs, through .ci/run).
#
#   bash scripts/test.sh [--bundle] [pytest args...]
#
# Installs the desk's Debian packages plus xvfb, poppler-utils and PostgreSQL's server binaries (the tests
# start a throwaway cluster of their own unless OPSDESK_TEST_PG_URL is set), .venv with the dev extra,
# builds the .qm files, then runs ruff, import-linter and pytest over tests/ (not tests/bench) offscreen.
# --bundle also builds the PyInstaller bundle and starts it once (scripts/bundle-smoke.sh).
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

BUNDLE=0
args=()
for a in "$@"; do
  case "$a" in
    --bundle) BUNDLE=1 ;;
    *) args+=("$a") ;;
  esac
done

t0=$(date +%s)
apt_ensure "${DESK_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_venv dev
build_qm
t1=$(date +%s)
say "install steps done in $((t1 - t0)) s"

say "ruff check"
"$VENV/bin/ruff" check .
say "lint-imports (the core never imports Qt)"
"$VENV/bin/lint-imports" --no-cache

say "pytest"
export QT_QPA_PLATFORM=offscreen
rc=0
"$VENV/bin/python" -m pytest tests --ignore=tests/bench ${args[@]+"${args[@]}"} || rc=$?
t2=$(date +%s)
say "pytest finished in $((t2 - t1)) s (exit $rc)"
case "$rc" in
  0) ;;
  5) die "pytest collected no tests" ;;
  *) exit "$rc" ;;
esac

if [ "$BUNDLE" -eq 1 ]; then
  bash "$ROOT/scripts/bundle-smoke.sh"
fi
say "all done in $(($(date +%s) - t0)) s"

#!/usr/bin/env bash
# Build the PyInstaller bundle (build.spec) and start it once, offscreen, on a fresh data dir.
#
#   bash scripts/bundle-smoke.sh      (after scripts/test.sh or setup-desk.sh made .venv with the dev extra)
#
# --smoke opens the main window, waits until it is painted and its first loads are done, prints
# "smoke ok" and exits 0; it is run in English and in Chinese.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

[ -x "$VENV/bin/pyinstaller" ] || die "pyinstaller missing: run bash scripts/test.sh first (installs the dev extra)"
build_qm

t0=$(date +%s)
say "building the bundle (pyinstaller build.spec)"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN build.spec
t1=$(date +%s)
say "bundle built in $((t1 - t0)) s: $(du -sh dist/opsdesk | cut -f1) in dist/opsdesk"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
for lang in en zh_CN; do
  say "starting the bundle once (--smoke --lang $lang)"
  out="$(QT_QPA_PLATFORM=offscreen timeout 120 dist/opsdesk/opsdesk --smoke --lang "$lang" --home "$home" 2>&1)" || {
    printf '%s\n' "$out" >&2
    die "the bundle did not start (--lang $lang)"
  }
  printf '%s\n' "$out" | grep -v propagateSizeHints
  printf '%s\n' "$out" | grep -qx "smoke ok" || die "the bundle did not print 'smoke ok'"
done
say "bundle smoke passed in $(($(date +%s) - t1)) s"

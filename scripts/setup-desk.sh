#!/usr/bin/env bash
# Install opsdesk on this Debian/Ubuntu machine and start the desk on SQLite with demo data.
#
#   bash scripts/setup-desk.sh [--no-start] [--home DIR]
#
# Installs the Debian packages Qt and the PDF reports need (apt-get, as root or through sudo; skipped
# when already installed), creates .venv with Python 3.11+, `pip install -e .`, builds the translations,
# seeds the demo command center on first run (only into a data dir without tickets), then starts
# `.venv/bin/opsdesk`. Safe to run again: it only does what is missing.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

START=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-start) START=0 ;;
    --home)
      [ $# -ge 2 ] || die "--home needs a directory"
      mkdir -p "$2"
      OPSDESK_HOME="$(cd "$2" && pwd)"
      export OPSDESK_HOME
      shift
      ;;
    --home=*)
      mkdir -p "${1#--home=}"
      OPSDESK_HOME="$(cd "${1#--home=}" && pwd)"
      export OPSDESK_HOME
      ;;
    -h | --help)
      sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
  shift
done

apt_ensure "${DESK_PACKAGES[@]}"
ensure_venv
build_qm

# Demo data only into a data dir that has no tickets yet: never on top of real work.
tickets="$("$PY" - <<'EOF'
import sqlite3
from opsdesk.paths import database_path

p = database_path()
try:
    con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    print(con.execute("SELECT count(*) FROM tickets").fetchone()[0])
except sqlite3.Error:
    print(0)
EOF
)"
if [ "$tickets" = "0" ]; then
  say "seeding the demo command center (rooms, equipment, team, a year of tickets)"
  "$VENV/bin/opsdesk-cli" demo >/dev/null
fi

sign_in="$("$PY" - <<'EOF'
import sqlite3
from opsdesk.paths import data_dir, database_path

con = sqlite3.connect(f"file:{database_path()}?mode=ro", uri=True)
rows = con.execute(
    "SELECT name, role FROM operators WHERE active AND NOT deleted ORDER BY role DESC, created_at"
).fetchall()
print(f"data dir: {data_dir()}")
print("operators: " + ", ".join(f"{n} ({r})" for n, r in rows))
EOF
)"
printf '\n%s\n' "$sign_in"
printf 'Demo operators sign in with PIN 1234 (the supervisor is listed first).\n'
printf 'Start the desk later with: %s\n\n' "$VENV/bin/opsdesk${OPSDESK_HOME:+ --home $OPSDESK_HOME}"

if [ "$START" -eq 1 ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    die "no display (DISPLAY/WAYLAND_DISPLAY unset): run the desk in a desktop session, or use --no-start"
  fi
  say "starting the desk"
  exec "$VENV/bin/opsdesk"
fi

# Shared install steps for scripts/setup-desk.sh and scripts/test.sh (sourced, not run).
#
# Everything here is idempotent and cheap on a re-run: Debian packages are checked with dpkg before
# apt-get is touched, and the venv is reinstalled only when pyproject.toml or the extras changed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${OPSDESK_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"

# What Qt's xcb and offscreen platform plugins load on a bare Debian/Ubuntu, the CJK TrueType font
# reportlab embeds (Noto CJK is OpenType/CFF, which reportlab refuses), and pip's venv support.
DESK_PACKAGES=(
  fonts-wqy-zenhei fonts-hanazono  # HanaMinB: CJK Extension B (𠮷) on tent cards and reports
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxrender1 libxi6 libsm6 libice6
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-render-util0
  libxcb-image0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1
)
# Tests also need: a virtual X server, pdftotext/pdftoppm for PDF checks, PostgreSQL's server binaries
# (the tests start a throwaway cluster of their own), and runuser to start it as a non-root user.
TEST_PACKAGES=(xvfb xauth poppler-utils postgresql util-linux)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root for: $* (run as root or install sudo)"
  fi
}

# True when a Debian package (or its Ubuntu 24.04 "t64" rename) is installed.
pkg_installed() {
  local p
  for p in "$1" "${1}t64"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ]; then
      return 0
    fi
  done
  return 1
}

_APT_UPDATED=0
apt_ensure() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian/Ubuntu system: install these yourself: $*"; return 0; }
  local missing=() p
  for p in "$@"; do
    pkg_installed "$p" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  if [ "$_APT_UPDATED" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    _APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

py_ok() {  # a Python >= 3.11
  "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

find_python() {
  local c
  for c in "${OPSDESK_PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$c" ] || continue
    if command -v "$c" >/dev/null 2>&1 && py_ok "$c"; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

ensure_python() {
  local py
  if ! py="$(find_python)"; then
    say "no Python 3.11+ found: installing Debian's"
    apt_ensure python3 python3-venv
    py="$(find_python)" || apt_ensure python3.11 python3.11-venv
    py="$(find_python)" || die "no Python 3.11 or newer; install one and set OPSDESK_PYTHON"
  fi
  # Debian's own Python ships venv without ensurepip: that is the python3.X-venv package
  if ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    local ver
    ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    apt_ensure "python${ver}-venv"
  fi
  printf '%s\n' "$py"
}

# ensure_venv [EXTRA]: .venv with opsdesk installed editable (with the given extra, e.g. "dev").
ensure_venv() {
  local extra="${1:-}" py stamp want
  if [ -x "$PY" ] && ! py_ok "$PY"; then
    say "removing $VENV: its Python is older than 3.11"
    rm -rf "$VENV"
  fi
  if [ ! -x "$PY" ]; then
    py="$(ensure_python)"
    say "creating $VENV with $py"
    "$py" -m venv "$VENV"
  fi
  stamp="$VENV/.opsdesk-install"
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16) extra=${extra:-none}"
  # an install with the dev extra also serves a plain one
  if [ -f "$stamp" ] && { [ "$(cat "$stamp")" = "$want" ] ||
    { [ -z "$extra" ] && [ "$(cat "$stamp")" = "${want% *} extra=dev" ]; }; } &&
    "$PY" -c 'import opsdesk, ui' >/dev/null 2>&1; then
    return 0
  fi
  say "installing opsdesk into $VENV (pip install -e .${extra:+[$extra]})"
  # pip -q still warns about every index location of the machine's pip config that is absent: drop those
  "$PY" -m pip install -q --disable-pip-version-check --upgrade pip 2> >(grep -v "^WARNING: Location '" >&2)
  "$PY" -m pip install -q --disable-pip-version-check -e "$ROOT${extra:+[$extra]}" \
    2> >(grep -v "^WARNING: Location '" >&2)
  printf '%s\n' "$want" >"$stamp"
}

build_qm() {
  "$PY" "$ROOT/scripts/build_translations.py" --qm-only
}

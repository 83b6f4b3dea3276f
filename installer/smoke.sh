#!/usr/bin/env bash
# Smoke-test the built Linux application where no Python can help it:
#   installer/smoke.sh [TARBALL]   (default: the newest installer/dist/packstation-*.tar.gz)
# The tarball is unpacked into a temporary folder and each command runs with an empty
# environment (env -i, a PATH with no python). Where a mount namespace can be made (root,
# unshare), the project, every Python installation and the python programs are also hidden
# for the run, so an accidental use of them fails instead of quietly helping.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARBALL=${1:-$(ls -t "$ROOT"/installer/dist/packstation-*.tar.gz | head -n1)}
WORK=$(mktemp -d /tmp/packstation-smoke.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
tar -xzf "$TARBALL" -C "$WORK"
APP="$WORK/packstation"
HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR" "$WORK/bin"
for tool in sh sleep kill cat; do ln -s "$(command -v "$tool")" "$WORK/bin/$tool"; done
export WORK APP

# Folders that hold a Python (or this project and its .venv) are covered for the smoke runs.
HIDE=("$ROOT")
for dir in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv /opt/hostedtoolcache \
  "${HOME:-/root}/.pyenv" "${HOME:-/root}/.local/lib"; do
  [ -d "$dir" ] && HIDE+=("$dir")
done
PYTHONS=()
for prog in /usr/bin/python3* /usr/local/bin/python3*; do [ -f "$prog" ] && PYTHONS+=("$prog"); done
ISOLATION="env -i, no python on PATH"
if [ "$(id -u)" = 0 ] && unshare -m --propagation private true 2>/dev/null; then
  ISOLATION="env -i, no python on PATH; project and Python installations hidden (unshare)"
  NAMESPACE=1
else
  NAMESPACE=0
fi

# run COMMAND... : the application with an empty environment, in the isolation above.
run() {
  local hide="" dir
  for dir in "${HIDE[@]}"; do hide+="mount -t tmpfs -o size=1k none '$dir'; "; done
  for dir in "${PYTHONS[@]}"; do hide+="mount --bind /dev/null '$dir'; "; done
  local envs=(env -i "HOME=$HOME_DIR" "PATH=$WORK/bin" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen"
    "PACKSTATION_DATA_DIR=$HOME_DIR/data" "PACKSTATION_CONFIG=$HOME_DIR/config.toml")
  if [ "$NAMESPACE" = 1 ]; then
    unshare -m --propagation private /bin/sh -c "$hide exec \"\$@\"" smoke "${envs[@]}" "$@"
  else
    "${envs[@]}" "$@"
  fi
}

fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
echo "smoke test of $(basename "$TARBALL") ($ISOLATION)"
# The hiding works: no python can be run inside.
if run /bin/sh -c 'command -v python3 || python3 -c 1' >/dev/null 2>&1; then
  fail "a python is reachable inside the smoke environment"
fi

VERSION_LINE=$(run "$APP/packstation" --version) || fail "--version"
echo "  --version: $VERSION_LINE"
[[ "$VERSION_LINE" == Packstation\ * ]] || fail "--version printed '$VERSION_LINE'"

DOCTOR=$(run "$APP/packstation" doctor --demo 2>&1) || fail "doctor --demo: $DOCTOR"
grep -q "^\[ok\] database" <<<"$DOCTOR" || fail "doctor --demo did not check the database: $DOCTOR"
echo "  doctor --demo: $(grep -c '^\[ok\]' <<<"$DOCTOR") checks ok"

# The window for 10 s offscreen, then SIGTERM: it must stop cleanly (exit 0).
START=$(date +%s)
set +e
run /bin/sh -c '"$0" --demo >"$1" 2>&1 & pid=$!; sleep 10; kill -TERM $pid; wait $pid' \
  "$APP/packstation" "$WORK/window.out"
STATUS=$?
set -e
LOG="$HOME_DIR/data/logs/packstation.log"
[ -f "$LOG" ] || fail "the window wrote no log: $(cat "$WORK/window.out")"
if grep -q "Traceback" "$LOG" "$WORK/window.out"; then
  cat "$WORK/window.out" "$LOG" >&2
  fail "a traceback while the window ran"
fi
[ "$STATUS" = 0 ] || fail "the window exited with $STATUS on SIGTERM: $(cat "$WORK/window.out")"
head -n1 "$LOG" | grep -q "$VERSION_LINE starting" || fail "the log's first line lacks the version"
[ ! -e "$HOME_DIR/data/packstation.sqlite3-wal" ] || fail "the window left the database open"
echo "  window: ran $(( $(date +%s) - START )) s offscreen, stopped cleanly on SIGTERM"

run "$APP/packstation" --demo demo-pack 1001 >/dev/null || fail "demo-pack 1001"
run "$APP/packstation" --demo label 1001 --format zpl --out "$WORK/label.zpl" >/dev/null \
  || fail "label (zpl)"
run "$APP/packstation" --demo label 1001 --format pdf --out "$WORK/label.pdf" >/dev/null \
  || fail "label (pdf)"
grep -q "^\^XA" "$WORK/label.zpl" || fail "the ZPL label does not start with ^XA"
head -c 5 "$WORK/label.pdf" | grep -q "%PDF-" || fail "the PDF label is not a PDF"
echo "  label of packed demo order 1001: ZPL $(wc -c <"$WORK/label.zpl") B, PDF $(wc -c <"$WORK/label.pdf") B"
echo "smoke test passed"

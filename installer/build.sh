#!/usr/bin/env bash
# Build the Linux application (PyInstaller one-folder) and pack it:
#   installer/dist/packstation-VERSION-linux-ARCH.tar.gz  (unpack, then ./install.sh [--autostart])
#   installer/dist/packstation_VERSION_ARCH.deb           (when dpkg-deb is there)
# Uses the project's .venv (./dev creates it); PyInstaller comes from the "installer" extra.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PACKSTATION_BUILD_PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || ./dev lint >/dev/null 2>&1 || true
if ! "$PY" -c "import PyInstaller, psycopg" 2>/dev/null; then
  "$PY" -m pip install --quiet -e ".[installer,postgres]" 2>&1 | grep -v "^WARNING: Location" || true
fi
VERSION=$(PYTHONPATH=src "$PY" -c "import packstation; print(packstation.__version__)")
ARCH=$(uname -m)
BUILD=installer/build
APP="$BUILD/dist/packstation"
rm -rf "$BUILD/dist"
STARTED=$(date +%s)
"$PY" installer/make_icon.py "$BUILD"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$BUILD/dist" \
  --workpath "$BUILD/work" installer/packstation.spec

# resources/ beside the program (templates, logo, compiled translations), then the Linux parts.
"$PY" installer/finish_bundle.py "$APP"
mkdir -p "$APP/share"
cp installer/linux/install.sh installer/linux/uninstall.sh "$APP/"
cp installer/linux/packstation.desktop "$BUILD/packstation.png" "$APP/share/"

mkdir -p installer/dist
TARBALL="installer/dist/packstation-$VERSION-linux-$ARCH.tar.gz"
tar -czf "$TARBALL" -C "$BUILD/dist" packstation
echo "Built $TARBALL in $(( $(date +%s) - STARTED )) s ($(du -sh "$TARBALL" | cut -f1), unpacked $(du -sh "$APP" | cut -f1))"

if [ "${PACKSTATION_BUILD_DEB:-1}" = 1 ] && command -v dpkg-deb >/dev/null 2>&1; then
  DEBROOT="$BUILD/deb"
  DEBARCH=$(dpkg --print-architecture)
  rm -rf "$DEBROOT"
  mkdir -p "$DEBROOT/DEBIAN" "$DEBROOT/opt" "$DEBROOT/usr/bin" "$DEBROOT/usr/share/applications" \
    "$DEBROOT/usr/share/icons/hicolor/256x256/apps"
  cp -a "$APP" "$DEBROOT/opt/packstation"
  rm "$DEBROOT/opt/packstation/install.sh" "$DEBROOT/opt/packstation/uninstall.sh"
  ln -s /opt/packstation/packstation "$DEBROOT/usr/bin/packstation"
  cp installer/linux/packstation.desktop "$DEBROOT/usr/share/applications/"
  cp "$BUILD/packstation.png" "$DEBROOT/usr/share/icons/hicolor/256x256/apps/"
  cat >"$DEBROOT/DEBIAN/control" <<CONTROL
Package: packstation
Version: $VERSION
Architecture: $DEBARCH
Maintainer: Packstation <packstation@localhost>
Depends: libc6, libegl1, libgl1, libxkbcommon0, libfontconfig1, libdbus-1-3, libglib2.0-0
Recommends: libxkbcommon-x11-0, libxcb-cursor0
Section: misc
Priority: optional
Description: Scan-to-verify packing station for e-commerce warehouses
 Packstation, built with its own Python and Qt; no Python needed on the station.
CONTROL
  DEB="installer/dist/packstation_${VERSION}_${DEBARCH}.deb"
  dpkg-deb --root-owner-group -Zgzip -z1 --build "$DEBROOT" "$DEB" >/dev/null
  echo "Built $DEB ($(du -sh "$DEB" | cut -f1))"
fi

#!/usr/bin/env sh
# Install Packstation from this folder: for this user (default) or, as root, for everyone.
#   ./install.sh [--autostart]   --autostart: open Packstation when the user logs in
# The data folder (~/.local/share/packstation) is never touched; uninstall.sh keeps it too.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
AUTOSTART=no
for arg in "$@"; do
  case "$arg" in
    --autostart) AUTOSTART=yes ;;
    *) echo "usage: ./install.sh [--autostart]" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" = 0 ]; then
  PREFIX=/opt/packstation BIN=/usr/local/bin APPS=/usr/share/applications
  ICONS=/usr/share/icons/hicolor/256x256/apps AUTO=/etc/xdg/autostart
else
  PREFIX="$HOME/.local/opt/packstation" BIN="$HOME/.local/bin"
  APPS="$HOME/.local/share/applications" ICONS="$HOME/.local/share/icons/hicolor/256x256/apps"
  AUTO="$HOME/.config/autostart"
fi
if [ "$HERE" != "$PREFIX" ]; then
  rm -rf "$PREFIX.new"
  mkdir -p "$(dirname "$PREFIX")"
  cp -a "$HERE" "$PREFIX.new"
  rm -rf "$PREFIX"
  mv "$PREFIX.new" "$PREFIX"
fi
mkdir -p "$BIN" "$APPS" "$ICONS"
ln -sf "$PREFIX/packstation" "$BIN/packstation"
cp "$PREFIX/share/packstation.png" "$ICONS/packstation.png"
sed "s|^Exec=.*|Exec=$PREFIX/packstation|" "$PREFIX/share/packstation.desktop" > "$APPS/packstation.desktop"
if [ "$AUTOSTART" = yes ]; then
  mkdir -p "$AUTO"
  cp "$APPS/packstation.desktop" "$AUTO/packstation.desktop"
fi
echo "Installed Packstation $("$PREFIX/packstation" --version | cut -d' ' -f2) in $PREFIX"
echo "Start it from the applications menu or with: $BIN/packstation"
[ "$AUTOSTART" = yes ] && echo "It opens when you log in ($AUTO/packstation.desktop)."
echo "Check the station with: packstation doctor"

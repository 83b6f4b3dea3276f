#!/usr/bin/env sh
# Remove Packstation; the data folder (database, labels, logs) stays where it is.
set -eu
if [ "$(id -u)" = 0 ]; then
  PREFIX=/opt/packstation BIN=/usr/local/bin APPS=/usr/share/applications
  ICONS=/usr/share/icons/hicolor/256x256/apps AUTO=/etc/xdg/autostart
else
  PREFIX="$HOME/.local/opt/packstation" BIN="$HOME/.local/bin"
  APPS="$HOME/.local/share/applications" ICONS="$HOME/.local/share/icons/hicolor/256x256/apps"
  AUTO="$HOME/.config/autostart"
fi
rm -f "$BIN/packstation" "$APPS/packstation.desktop" "$ICONS/packstation.png" "$AUTO/packstation.desktop"
rm -rf "$PREFIX"
echo "Packstation is removed. Its data folder is kept (~/.local/share/packstation)."

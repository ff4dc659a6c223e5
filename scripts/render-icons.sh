#!/usr/bin/env bash
# Renders the PNG app icons from public/icons/favicon.svg with the system
# Chromium (accurate SVG rendering, transparent corners). Run after changing
# the SVG and commit the PNGs: icon-192, icon-512 and a maskable 512 whose
# artwork sits inside the central safe zone on a full-bleed background.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
svg="file://$PWD/public/icons/favicon.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '<body style="margin:0"><img src="%s" style="width:100vw;height:100vh;display:block">' "$svg" >"$tmp/icon.html"
printf '<body style="margin:0;background:#1f5f5b;display:flex;align-items:center;justify-content:center;height:100vh"><img src="%s" style="width:70vw;height:70vw">' "$svg" >"$tmp/mask.html"
shot() { "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 --window-size="$1,$1" --screenshot="$2" "file://$3" 2>/dev/null; }
shot 192 public/icons/icon-192.png "$tmp/icon.html"
shot 512 public/icons/icon-512.png "$tmp/icon.html"
shot 512 public/icons/maskable-512.png "$tmp/mask.html"
ls -l public/icons/*.png

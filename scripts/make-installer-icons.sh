#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the installer icons from packaging/icons/seedscope.svg:
#   packaging/windows/seedscope.ico  (16, 24, 32, 48, 64, 128, 256 px; 256 stored as PNG)
#   packaging/macos/seedscope.icns   (16, 32, 48, 128, 256, 512, 1024 px)
# Both files are committed, so builds need none of these tools. Run this after changing
# the SVG. Needs rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
svg=packaging/icons/seedscope.svg
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" -o "$tmp/$size.png" "$svg"
done
# Windows keeps the small sizes as bitmaps and the 256 px one as PNG (Vista and later).
icotool -c -o packaging/windows/seedscope.ico \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" -r "$tmp/256.png"
# png2icns picks each image's icns type from its size.
png2icns packaging/macos/seedscope.icns \
    "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
icotool -l packaging/windows/seedscope.ico
file packaging/windows/seedscope.ico packaging/macos/seedscope.icns

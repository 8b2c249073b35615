#!/bin/sh
# Draws the app icons in public/icons/ with ImageMagick 6's `convert`.
# The PNGs are committed, so only run this after changing the drawing.
#
# The glyph is a "T" between two right-pointing arrow heads (a file going in
# and coming out), white on the app's accent blue. The maskable icon fills the
# whole square and keeps the glyph inside the central 80 %, the safe zone that
# launchers never crop.
set -eu

# /usr/local/bin/convert may be some other program, so the path is explicit.
CONVERT="${CONVERT:-/usr/bin/convert}"
OUT="$(dirname "$0")/../public/icons"
BLUE='#2454d6'

# Glyph on a 512 x 512 canvas, transparent around it.
glyph() {
  "$CONVERT" -size 512x512 xc:none -fill white \
    -draw 'roundrectangle 136,120 376,176 18,18' \
    -draw 'roundrectangle 228,120 284,392 18,18' \
    -draw 'polygon 96,252 172,300 96,348' \
    -draw 'polygon 416,300 340,252 340,348' \
    "$1"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
glyph "$tmp/glyph.png"

# "any" icons: a rounded square, glyph at full size.
"$CONVERT" -size 512x512 xc:none -fill "$BLUE" -draw 'roundrectangle 16,16 496,496 96,96' \
  "$tmp/glyph.png" -composite -depth 8 -strip "$OUT/icon-512.png"
"$CONVERT" "$OUT/icon-512.png" -resize 192x192 -depth 8 -strip "$OUT/icon-192.png"

# Maskable icon: full-bleed background, glyph scaled to 70 % so it stays in the safe zone.
"$CONVERT" -size 512x512 "xc:$BLUE" \( "$tmp/glyph.png" -resize 70% \) -gravity center -composite \
  -depth 8 -strip "$OUT/icon-maskable-512.png"

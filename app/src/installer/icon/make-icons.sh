#!/usr/bin/env bash
# Makes the app's icons from socongvu.svg with ImageMagick (`convert`): PNGs for Linux and the window (256 px
# and smaller), the ICO for Windows. Run after changing the SVG, then commit what it wrote.
# macOS's .icns: ImageMagick cannot write it; on a Mac, `iconutil` makes it (docs/installer.md).
set -euo pipefail
cd "$(dirname "$0")"
RES=../../main/resources/vn/socongvu/ui/shell/icon
mkdir -p "$RES"
for s in 16 24 32 48 64 128 256; do
  convert -background none -density 384 socongvu.svg -resize ${s}x${s} -strip "PNG32:socongvu-$s.png"
done
cp socongvu-256.png socongvu.png                  # jpackage --icon on Linux
cp socongvu-{16,32,48,64,256}.png "$RES"/        # the window's icon (SoCongVuApp)
convert socongvu-16.png socongvu-24.png socongvu-32.png socongvu-48.png socongvu-64.png socongvu-256.png socongvu.ico

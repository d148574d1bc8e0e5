#!/usr/bin/env bash
# Re-renders every committed icon from the hand-written SVG, so builds need no rasteriser:
#   linux/icons/hicolor/<n>x<n>/apps/io.github.sendtrail.Sendtrail.png  (16 ... 256)
#   windows/sendtrail.ico   (16 ... 256, PNG-compressed entries)
#   macos/sendtrail.icns    (16 ... 1024, PNG entries as macOS 10.7+ reads them)
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert and python3.
# Run after editing linux/io.github.sendtrail.Sendtrail.svg and commit what it writes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/linux/io.github.sendtrail.Sendtrail.svg"
for tool in rsvg-convert convert python3; do
    command -v "$tool" >/dev/null || { echo "$tool missing (librsvg2-bin, imagemagick, python3)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { rsvg-convert --width "$1" --height "$1" --format png --output "$2" "$svg"; }

for size in 16 24 32 48 64 128 256; do
    out="$here/linux/icons/hicolor/${size}x${size}/apps/io.github.sendtrail.Sendtrail.png"
    mkdir -p "$(dirname "$out")"
    render "$size" "$out"
    cp "$out" "$tmp/$size.png"
done
for size in 512 1024; do render "$size" "$tmp/$size.png"; done

mkdir -p "$here/windows" "$here/macos"
# -define icon:auto-resize would resample one bitmap; feed the rendered sizes instead.
convert "$tmp"/{16,24,32,48,64,128,256}.png "$here/windows/sendtrail.ico"

# ICNS: "icns" + total length, then (type, length incl. 8-byte header, PNG bytes) per entry.
python3 - "$tmp" "$here/macos/sendtrail.icns" <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in types:
    data = open(f"{src}/{size}.png", "rb").read()
    body += kind.encode() + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "rendered icons into $here/linux/icons, $here/windows, $here/macos"

#!/usr/bin/env bash
# Rebuild both WebAssembly engines from Debian sources:
#   bash engines-src/build.sh
# Writes public/engines/{imagemagick,graphicsmagick}/ and
# engines-src/manifest.json. Scratch files go to engines-src/build/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# Tools beyond emscripten that the scripts call, with the Debian package
# that provides each.
declare -A REQUIRED_TOOLS=(
  [emcc]=emscripten
  [cmake]=cmake
  [make]=make
  [dpkg-source]=dpkg-dev
  [xz]=xz-utils
  [bzip2]=bzip2
  [node]=nodejs
)
missing_packages=()
for tool in "${!REQUIRED_TOOLS[@]}"; do
  if ! command -v "$tool" > /dev/null; then
    missing_packages+=("${REQUIRED_TOOLS[$tool]}")
  fi
done
if [ ${#missing_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing missing build tools: ${missing_packages[*]}"
    apt-get install -y "${missing_packages[@]}"
  else
    echo "error: missing build tools; run: sudo apt-get install ${missing_packages[*]}" >&2
    exit 1
  fi
fi

. "$here/common.sh"
: > "$BUILD/timings.tsv"

timed "fetch sources" bash "$here/fetch-sources.sh"
# Order matters: libpng, libtiff and FreeType link against zlib, and libtiff
# against libjpeg.
for lib in zlib libpng libjpeg-turbo lcms2 libwebp tiff freetype; do
  timed "library $lib" bash "$here/libs/$lib.sh"
done
timed "graphicsmagick total" bash "$here/build-graphicsmagick.sh"
timed "imagemagick total" bash "$here/build-imagemagick.sh"
node "$here/write-manifest.mjs"

echo "Step times (seconds):"
column -t -s$'\t' "$BUILD/timings.tsv"

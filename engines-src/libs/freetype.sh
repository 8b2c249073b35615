#!/usr/bin/env bash
# Build FreeType as a static WebAssembly library into $SYSROOT. Only zlib is
# used (for compressed PCF fonts); HarfBuzz, Brotli, bzip2 and PNG are off.
set -euo pipefail
. "$(dirname "$0")/../common.sh"
rm -rf "$BUILD/obj/freetype"
mkdir -p "$BUILD/obj/freetype"
cd "$BUILD/obj/freetype"
emcmake cmake "$SRC/freetype" "$CMAKE_EMULATOR_FLAG" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$SYSROOT" -DCMAKE_INSTALL_LIBDIR=lib \
  -DCMAKE_FIND_ROOT_PATH="$SYSROOT" -DCMAKE_PREFIX_PATH="$SYSROOT" \
  -DBUILD_SHARED_LIBS=OFF \
  -DFT_REQUIRE_ZLIB=ON -DZLIB_INCLUDE_DIR="$SYSROOT/include" -DZLIB_LIBRARY="$SYSROOT/lib/libz.a" \
  -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON
emmake make -j"$JOBS" freetype
emmake cmake --install .

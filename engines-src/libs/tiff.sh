#!/usr/bin/env bash
# Build libtiff (with zlib and JPEG codecs) as a static WebAssembly library
# into $SYSROOT. Debian's orig tarball ships no configure script, so CMake is
# used.
set -euo pipefail
. "$(dirname "$0")/../common.sh"
rm -rf "$BUILD/obj/tiff"
mkdir -p "$BUILD/obj/tiff"
cd "$BUILD/obj/tiff"
emcmake cmake "$SRC/tiff" "$CMAKE_EMULATOR_FLAG" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$SYSROOT" -DCMAKE_INSTALL_LIBDIR=lib \
  -DCMAKE_FIND_ROOT_PATH="$SYSROOT" -DCMAKE_PREFIX_PATH="$SYSROOT" \
  -DBUILD_SHARED_LIBS=OFF \
  -Dtiff-tools=OFF -Dtiff-tests=OFF -Dtiff-contrib=OFF -Dtiff-docs=OFF \
  -Dcxx=OFF -Dld-version-script=OFF -Dtiff-opengl=OFF \
  -Dzlib=ON -DZLIB_INCLUDE_DIR="$SYSROOT/include" -DZLIB_LIBRARY="$SYSROOT/lib/libz.a" \
  -Djpeg=ON -DJPEG_INCLUDE_DIR="$SYSROOT/include" -DJPEG_LIBRARY="$SYSROOT/lib/libjpeg.a" \
  -Dlibdeflate=OFF -Djbig=OFF -Dlerc=OFF -Dlzma=OFF -Dzstd=OFF -Dwebp=OFF
emmake make -j"$JOBS" tiff
emmake cmake --install .

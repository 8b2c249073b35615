#!/usr/bin/env bash
# Build libjpeg-turbo (the libjpeg API only) as a static WebAssembly library
# into $SYSROOT. WebAssembly has no SIMD code path in libjpeg-turbo 2.1.
set -euo pipefail
. "$(dirname "$0")/../common.sh"
rm -rf "$BUILD/obj/libjpeg-turbo"
mkdir -p "$BUILD/obj/libjpeg-turbo"
cd "$BUILD/obj/libjpeg-turbo"
emcmake cmake "$SRC/libjpeg-turbo" "$CMAKE_EMULATOR_FLAG" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$SYSROOT" -DCMAKE_INSTALL_LIBDIR=lib \
  -DENABLE_SHARED=OFF -DENABLE_STATIC=ON -DWITH_SIMD=OFF \
  -DWITH_TURBOJPEG=OFF -DWITH_JAVA=OFF
emmake make -j"$JOBS" jpeg-static
# "cmake --install" would also install the tools, which are not built, so the
# library, headers and pkg-config file are copied explicitly.
mkdir -p "$SYSROOT/lib/pkgconfig" "$SYSROOT/include"
cp libjpeg.a "$SYSROOT/lib/"
cp jconfig.h "$SRC/libjpeg-turbo/jerror.h" "$SRC/libjpeg-turbo/jmorecfg.h" \
  "$SRC/libjpeg-turbo/jpeglib.h" "$SYSROOT/include/"
cp pkgscripts/libjpeg.pc "$SYSROOT/lib/pkgconfig/"

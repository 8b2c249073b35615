#!/usr/bin/env bash
# Build libwebp, libwebpmux and libwebpdemux (needed for animated WebP) as
# static WebAssembly libraries into $SYSROOT. No threads and no x86 SIMD.
set -euo pipefail
. "$(dirname "$0")/../common.sh"
cd "$SRC/libwebp"
make distclean > /dev/null 2>&1 || true
emconfigure ./configure --prefix="$SYSROOT" --disable-shared --enable-static \
  --enable-libwebpmux --enable-libwebpdemux \
  --disable-threading --disable-sse2 --disable-sse4.1 --disable-neon \
  --disable-gl --disable-sdl --disable-png --disable-jpeg --disable-tiff --disable-gif --disable-wic
# libsharpyuv is a convenience library in 1.2.4, linked into libwebp.a.
emmake make -j"$JOBS" -C sharpyuv
emmake make -j"$JOBS" -C src
emmake make -C src install

#!/usr/bin/env bash
# Build Little CMS 2 as a static WebAssembly library into $SYSROOT.
set -euo pipefail
. "$(dirname "$0")/../common.sh"
cd "$SRC/lcms2"
make distclean > /dev/null 2>&1 || true
emconfigure ./configure --prefix="$SYSROOT" --disable-shared --enable-static \
  --without-jpeg --without-tiff --without-threads
emmake make -j"$JOBS" -C src
emmake make -C src install
emmake make -C include install
emmake make install-pkgconfigDATA

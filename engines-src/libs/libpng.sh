#!/usr/bin/env bash
# Build libpng as a static WebAssembly library into $SYSROOT (needs zlib).
set -euo pipefail
. "$(dirname "$0")/../common.sh"
cd "$SRC/libpng1.6"
make distclean > /dev/null 2>&1 || true
emconfigure ./configure --prefix="$SYSROOT" --disable-shared --enable-static \
  --disable-hardware-optimizations --disable-tools
emmake make -j"$JOBS" libpng16.la
emmake make install-libLTLIBRARIES install-pkgincludeHEADERS install-nodist_pkgincludeHEADERS \
  install-pkgconfigDATA install-header-links install-library-links install-libpng-pc

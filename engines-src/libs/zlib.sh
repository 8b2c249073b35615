#!/usr/bin/env bash
# Build zlib as a static WebAssembly library into $SYSROOT.
set -euo pipefail
. "$(dirname "$0")/../common.sh"
cd "$SRC/zlib"
make distclean > /dev/null 2>&1 || true
emconfigure ./configure --static --prefix="$SYSROOT"
emmake make -j"$JOBS" libz.a
emmake make install

#!/usr/bin/env bash
# Build GraphicsMagick (Q16, static, no OpenMP, no threads) with the delegate
# libraries in $SYSROOT and link the `gm` program to
# public/engines/graphicsmagick/gm.js and gm.wasm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"
. "$here/link-flags.sh"

GM_SRC="$SRC/graphicsmagick"
OUT_DIR="$REPO_ROOT/public/engines/graphicsmagick"
# Paths inside the module's virtual file system. GraphicsMagick reads its
# .mgk configuration from $prefix/lib/GraphicsMagick-VERSION/config and
# $prefix/share/GraphicsMagick-VERSION/config, compiled in from --prefix.
PREFIX=/usr/local
FONT_VFS_PATH=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

GM_CONFIGURE_FLAGS=(
  --prefix="$PREFIX"
  --disable-shared --enable-static
  --with-quantum-depth=16
  --disable-openmp --without-threads
  --without-modules --without-x --without-perl --without-magick-plus-plus
  --with-zlib --with-png --with-jpeg --with-webp --with-tiff --with-ttf --with-lcms2
  --without-bzlib --without-lzma --without-zstd --without-jbig --without-jp2
  --without-jxl --without-heif --without-wmf --without-xml --without-gs
  --without-dps --without-fpx --without-trio --without-gdi32
  --without-umem --without-tcmalloc --without-mtmalloc
)
# Static libraries carry no dependency information, so list them all,
# dependents before dependencies.
DELEGATE_LIBS=(
  -ltiff -ljpeg -lpng16 -lwebpmux -lwebpdemux -lwebp
  -lfreetype -llcms2 -lz -lm
)

configure_gm() {
  cd "$GM_SRC"
  make distclean > /dev/null 2>&1 || true
  emconfigure ./configure "${GM_CONFIGURE_FLAGS[@]}" LIBS="${DELEGATE_LIBS[*]}"
}

# Stop unless configure found every delegate that the engine must support.
check_gm_delegates() {
  local summary="$GM_SRC/magick/magick_config.h"
  local define
  for define in HasZLIB HasPNG HasJPEG HasWEBP HasTIFF HasTTF HasLCMS; do
    if ! grep -q "^#define $define 1" "$summary"; then
      echo "error: GraphicsMagick configure did not enable $define; see $GM_SRC/config.log" >&2
      exit 1
    fi
  done
}

make_gm() {
  cd "$GM_SRC"
  emmake make -j"$JOBS" magick/libGraphicsMagick.la
  emmake make -j"$JOBS" utilities/gm.o
  # The configuration files are installed into a staging tree, and from
  # there embedded into the module at the same absolute paths.
  rm -rf "$BUILD/stage/graphicsmagick"
  emmake make install-data DESTDIR="$BUILD/stage/graphicsmagick" > /dev/null
}

# Map the DejaVu Sans font under its own name and under "Helvetica", the
# family that GraphicsMagick 1.3.40 looks up (with "Arial") when a command
# names no font, so text drawing works without -font.
write_gm_type_map() {
  local config_dir=$1
  cat > "$config_dir/type.mgk" <<EOF
<?xml version="1.0"?>
<typemap>
  <type name="DejaVu-Sans" fullname="DejaVu Sans" family="DejaVu Sans"
    weight="400" style="normal" stretch="normal" glyphs="$FONT_VFS_PATH" />
  <type name="Helvetica" fullname="DejaVu Sans (as Helvetica)" family="Helvetica"
    weight="400" style="normal" stretch="normal" glyphs="$FONT_VFS_PATH" />
</typemap>
EOF
}

link_gm() {
  local stage="$BUILD/stage/graphicsmagick"
  local version_dir
  version_dir=$(basename "$(ls -d "$stage$PREFIX"/lib/GraphicsMagick-*)")
  local lib_config="$PREFIX/lib/$version_dir/config"
  local share_config="$PREFIX/share/$version_dir/config"
  write_gm_type_map "$stage$lib_config"

  mkdir -p "$OUT_DIR"
  cd "$GM_SRC"
  emcc utilities/gm.o magick/.libs/libGraphicsMagick.a \
    -L"$SYSROOT/lib" "${DELEGATE_LIBS[@]}" \
    "${ENGINE_LINK_FLAGS[@]}" \
    --embed-file "$stage$lib_config@$lib_config" \
    --embed-file "$stage$share_config@$share_config" \
    --embed-file "$SRC/fonts-dejavu-core$FONT_VFS_PATH@$FONT_VFS_PATH" \
    -o "$OUT_DIR/gm.js"

  # Recorded for write-manifest.mjs.
  printf '%s\n' "${GM_CONFIGURE_FLAGS[@]}" > "$BUILD/graphicsmagick.configure-flags"
  printf '%s\n' "${ENGINE_LINK_FLAGS[@]}" "${DELEGATE_LIBS[@]}" \
    "--embed-file $lib_config" "--embed-file $share_config" "--embed-file $FONT_VFS_PATH" \
    > "$BUILD/graphicsmagick.link-flags"
}

# --skip-configure reuses the previous configure run, e.g. after a failed make.
if [ "${1:-}" != "--skip-configure" ]; then
  timed "graphicsmagick configure" configure_gm
fi
check_gm_delegates
timed "graphicsmagick make" make_gm
timed "graphicsmagick link" link_gm
ls -l "$OUT_DIR"

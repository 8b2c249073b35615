#!/usr/bin/env bash
# Build ImageMagick 7 (Q16 HDRI, static, no OpenMP, no threads, no modules)
# with the delegate libraries in $SYSROOT and link the `magick` program to
# public/engines/imagemagick/magick.js and magick.wasm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"
. "$here/link-flags.sh"

IM_SRC="$SRC/imagemagick"
OUT_DIR="$REPO_ROOT/public/engines/imagemagick"
# Paths inside the module's virtual file system. ImageMagick reads its XML
# configuration from $prefix/etc/ImageMagick-7, $prefix/share/ImageMagick-7
# and $prefix/lib/ImageMagick-VERSION/config-Q16HDRI, compiled in from
# --prefix, so the files are embedded at exactly those paths.
PREFIX=/usr/local
FONT_DIR=/usr/share/fonts/truetype/dejavu
FONT_VFS_PATH=$FONT_DIR/DejaVuSans.ttf

IM_CONFIGURE_FLAGS=(
  --prefix="$PREFIX"
  --disable-shared --enable-static
  --with-quantum-depth=16 --enable-hdri
  --disable-openmp --without-threads --without-modules
  --disable-opencl --disable-docs
  --without-x --without-perl --without-magick-plus-plus
  --with-dejavu-font-dir="$FONT_DIR"
  --with-zlib --with-png --with-jpeg --with-webp --with-tiff --with-freetype --with-lcms
  --without-bzlib --without-lzma --without-zstd --without-zip --without-jbig
  --without-openjp2 --without-jxl --without-heic --without-raw --without-djvu
  --without-fontconfig --without-raqm --without-pango --without-rsvg --without-wmf
  --without-xml --without-fftw --without-lqr --without-openexr --without-gslib
  --without-gvc --without-dps --without-fpx --without-flif --without-uhdr
  --without-dmr --without-gdi32 --without-autotrace
)
# Static libraries carry no dependency information, so list them all,
# dependents before dependencies.
DELEGATE_LIBS=(
  -ltiff -ljpeg -lpng16 -lwebpmux -lwebpdemux -lwebp
  -lfreetype -llcms2 -lz -lm
)

configure_im() {
  cd "$IM_SRC"
  make distclean > /dev/null 2>&1 || true
  emconfigure ./configure "${IM_CONFIGURE_FLAGS[@]}" LIBS="${DELEGATE_LIBS[*]}"
}

# ImageMagick's configure adds -fexceptions for GCC-compatible compilers.
# Under emcc 3.1.6 that compiles C calls into JavaScript exception
# trampolines, and the final link failed on the undefined symbol
# __cxa_is_pointer_type, so the flag is removed from the generated Makefile.
strip_exceptions_flag() {
  sed -i 's/ -fexceptions//g' "$IM_SRC/Makefile"
}

# Stop unless configure found every delegate that the engine must support.
check_im_delegates() {
  local summary="$IM_SRC/MagickCore/magick-baseconfig.h"
  local define
  for define in ZLIB PNG JPEG WEBP WEBPMUX TIFF FREETYPE LCMS; do
    if ! grep -q "^#define MAGICKCORE_${define}_DELEGATE 1" "$summary"; then
      echo "error: ImageMagick configure did not enable the $define delegate; see $IM_SRC/config.log" >&2
      exit 1
    fi
  done
}

make_im() {
  cd "$IM_SRC"
  emmake make -j"$JOBS" MagickCore/libMagickCore-7.Q16HDRI.la MagickWand/libMagickWand-7.Q16HDRI.la
  emmake make -j"$JOBS" utilities/magick.o
  # The configuration files are installed into a staging tree, and from
  # there embedded into the module at the same absolute paths.
  rm -rf "$BUILD/stage/imagemagick"
  emmake make install-data DESTDIR="$BUILD/stage/imagemagick" > /dev/null
}

# Replace the installed font map with one that lists only the font that is
# embedded. The stock type-dejavu.xml names all DejaVu variants, and the
# files of the others would be missing. With no font named, ImageMagick
# 7.1.1 takes the first type (sorted by name) whose family is Arial or
# Helvetica. Its built-in map defines "fixed" and "helvetica" without a font
# file and overrides a "Helvetica" entry, so the alias is named "Arial".
# ImageMagick drops a type whose glyphs or metrics file it cannot open, so
# the entries have no metrics attribute.
write_im_type_map() {
  local config_dir=$1
  cat > "$config_dir/type-dejavu.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<typemap>
  <type name="DejaVu-Sans" fullname="DejaVu Sans" family="DejaVu Sans"
    weight="400" style="normal" stretch="normal" format="truetype"
    glyphs="$FONT_VFS_PATH" />
  <type name="Arial" fullname="DejaVu Sans (as Arial)" family="Arial"
    weight="400" style="normal" stretch="normal" format="truetype"
    glyphs="$FONT_VFS_PATH" />
</typemap>
EOF
  cat > "$config_dir/type.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<typemap>
  <include file="type-dejavu.xml" />
</typemap>
EOF
}

link_im() {
  local stage="$BUILD/stage/imagemagick"
  local etc_config="$PREFIX/etc/ImageMagick-7"
  local share_config="$PREFIX/share/ImageMagick-7"
  local lib_config
  lib_config=$(cd "$stage" && ls -d ."$PREFIX"/lib/ImageMagick-*/config-* | sed 's/^\.//')
  write_im_type_map "$stage$etc_config"

  mkdir -p "$OUT_DIR"
  cd "$IM_SRC"
  emcc utilities/magick.o \
    MagickWand/.libs/libMagickWand-7.Q16HDRI.a MagickCore/.libs/libMagickCore-7.Q16HDRI.a \
    -L"$SYSROOT/lib" "${DELEGATE_LIBS[@]}" \
    "${ENGINE_LINK_FLAGS[@]}" \
    --embed-file "$stage$etc_config@$etc_config" \
    --embed-file "$stage$share_config@$share_config" \
    --embed-file "$stage$lib_config@$lib_config" \
    --embed-file "$SRC/fonts-dejavu-core$FONT_VFS_PATH@$FONT_VFS_PATH" \
    -o "$OUT_DIR/magick.js"

  # Recorded for write-manifest.mjs.
  printf '%s\n' "${IM_CONFIGURE_FLAGS[@]}" > "$BUILD/imagemagick.configure-flags"
  printf '%s\n' "${ENGINE_LINK_FLAGS[@]}" "${DELEGATE_LIBS[@]}" \
    "--embed-file $etc_config" "--embed-file $share_config" \
    "--embed-file $lib_config" "--embed-file $FONT_VFS_PATH" \
    > "$BUILD/imagemagick.link-flags"
}

# --skip-configure reuses the previous configure run, e.g. after a failed make.
if [ "${1:-}" != "--skip-configure" ]; then
  timed "imagemagick configure" configure_im
fi
strip_exceptions_flag
check_im_delegates
timed "imagemagick make" make_im
timed "imagemagick link" link_im
ls -l "$OUT_DIR"

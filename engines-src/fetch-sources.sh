#!/usr/bin/env bash
# Download the Debian source packages that the WebAssembly engines are built
# from, unpack them, and record each downloaded file's version and SHA-256 in
# build/sources.tsv (read by write-manifest.mjs).
#
# Only Debian's archive is contacted, through apt's own clients. Re-running is
# safe: files already downloaded are reused.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"

apt_dir="$BUILD/apt"
mkdir -p "$apt_dir/lists/partial" "$DL" "$SRC"

# A deb-src copy of the machine's Debian sources, plus trixie for
# ImageMagick 7.1.1 (bookworm only ships ImageMagick 6).
cat > "$apt_dir/sources.list" <<'EOF'
deb-src http://deb.debian.org/debian bookworm bookworm-updates main
deb-src http://deb.debian.org/debian-security bookworm-security main
deb-src http://deb.debian.org/debian trixie main
deb-src http://deb.debian.org/debian-security trixie-security main
EOF
apt_opts=(
  -o "Dir::Etc::SourceList=$apt_dir/sources.list"
  -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::State::Lists=$apt_dir/lists"
)
apt-get "${apt_opts[@]}" update

: > "$BUILD/sources.tsv"
# Columns: name, Debian version, suite, file, SHA-256, Debian patches applied.
record() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" \
    "$(sha256sum "$DL/$4" | cut -d' ' -f1)" "$5" >> "$BUILD/sources.tsv"
}

# Download a full source package (.dsc, orig and debian tarballs) and unpack it
# into $SRC/NAME with Debian's patches applied.
fetch_debian_package() {
  local name=$1 suite=$2
  (cd "$DL" && apt-get "${apt_opts[@]}" source --download-only "$name/$suite")
  local dsc
  dsc=$(ls -t "$DL/${name}_"*.dsc | head -1)
  local version
  version=$(sed -n 's/^Version: //p' "$dsc")
  rm -rf "${SRC:?}/$name"
  dpkg-source --no-check -x "$dsc" "$SRC/$name" > /dev/null
  local file
  for file in $(sed -n '/^Files:/,/^[^ ]/s/^ [0-9a-f]* [0-9]* //p' "$dsc"); do
    record "$name" "$version" "$suite" "$file" yes
  done
  record "$name" "$version" "$suite" "$(basename "$dsc")" yes
}

fetch_debian_package zlib bookworm
fetch_debian_package libpng1.6 bookworm
fetch_debian_package libjpeg-turbo bookworm
fetch_debian_package libwebp bookworm
fetch_debian_package tiff bookworm
fetch_debian_package freetype bookworm
fetch_debian_package lcms2 bookworm
fetch_debian_package graphicsmagick bookworm

# ImageMagick 7.1.1 from trixie. The archive serves its orig tarball, but its
# .dsc and .debian.tar.xz returned 404 when this script was written, so only
# the orig tarball is downloaded and Debian's patches are NOT applied. apt
# prints the URI and the expected SHA-256, and apt-helper checks the hash.
im_line=$(cd "$DL" && apt-get "${apt_opts[@]}" source --print-uris imagemagick/trixie \
  | grep -E "\.orig\.tar\.[a-z0-9]+' " | head -1)
im_uri=$(echo "$im_line" | awk '{print $1}' | tr -d "'")
im_file=$(echo "$im_line" | awk '{print $2}')
im_hash=$(echo "$im_line" | grep -o 'SHA256:[0-9a-f]*')
im_version=$(echo "$im_file" | sed -E 's/^imagemagick_([^.]+\.[^.]+\.[^.]+\.[^+.]+[^.]*)\.orig.*/\1/')
if [ ! -f "$DL/$im_file" ]; then
  /usr/lib/apt/apt-helper download-file "$im_uri" "$DL/$im_file" "$im_hash"
fi
rm -rf "${SRC:?}/imagemagick"
mkdir -p "$SRC/imagemagick"
tar -xf "$DL/$im_file" -C "$SRC/imagemagick" --strip-components=1
record imagemagick "$im_version (orig tarball only)" trixie "$im_file" no

# DejaVu Sans from the binary font package (the font file is the same as in
# the source package, and no font build step is needed).
(cd "$DL" && rm -f fonts-dejavu-core_*.deb && apt-get download fonts-dejavu-core)
font_deb=$(ls "$DL"/fonts-dejavu-core_*.deb | head -1)
font_version=$(dpkg-deb -f "$font_deb" Version)
rm -rf "${SRC:?}/fonts-dejavu-core"
dpkg-deb -x "$font_deb" "$SRC/fonts-dejavu-core"
record fonts-dejavu-core "$font_version" bookworm "$(basename "$font_deb")" "n/a (binary package)"

column -t -s$'\t' "$BUILD/sources.tsv"

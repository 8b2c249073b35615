# Shared paths and flags for the engine build scripts. Source this file.

ENGINES_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$ENGINES_SRC/.." && pwd)"
BUILD="$ENGINES_SRC/build"
DL="$BUILD/downloads"
SRC="$BUILD/src"
# Install prefix of the static WebAssembly delegate libraries.
SYSROOT="$BUILD/sysroot"
JOBS="${JOBS:-2}"

# Emscripten's JS optimizer needs acorn, which Debian installs here.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
# Node 20's built-in fetch cannot load a .wasm from a file path, and the
# programs that configure scripts compile and run would fail on it.
export NODE_OPTIONS="--no-experimental-fetch"

export CFLAGS="-O3 -I$SYSROOT/include"
export CXXFLAGS="$CFLAGS"
export CPPFLAGS="-I$SYSROOT/include"
export LDFLAGS="-L$SYSROOT/lib"
# Make configure scripts see only the WebAssembly libraries, never the host's.
# emconfigure replaces PKG_CONFIG_PATH with the value of EM_PKG_CONFIG_PATH.
export PKG_CONFIG_PATH="$SYSROOT/lib/pkgconfig"
export PKG_CONFIG_LIBDIR="$SYSROOT/lib/pkgconfig"
export EM_PKG_CONFIG_PATH="$SYSROOT/lib/pkgconfig"

# Configure scripts run their test programs with Node. The repository's
# package.json sets "type": "module", which makes Node load those
# extensionless CommonJS files as ES modules and fail, so the build tree
# declares itself CommonJS.
mkdir -p "$BUILD"
echo '{ "type": "commonjs" }' > "$BUILD/package.json"

# emcmake's default CMake emulator is "node --experimental-wasm-threads",
# an option Node 20 rejects (exit code 9), so every try_run result, such as
# the size of size_t, came out as 9. Run test programs with plain node.
CMAKE_EMULATOR_FLAG="-DCMAKE_CROSSCOMPILING_EMULATOR=$(command -v node)"

# Print a step's wall time to stdout and append it to build/timings.tsv.
timed() {
  local label=$1
  shift
  local start end
  start=$(date +%s)
  "$@"
  end=$(date +%s)
  echo "== $label: $((end - start)) s"
  printf '%s\t%s\n' "$label" "$((end - start))" >> "$BUILD/timings.tsv"
}

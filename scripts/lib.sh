# scripts/lib.sh: helpers the other scripts source (not a command of its own).
# Sets `root` (the checkout) and `jobs`, and knows how to configure and build a preset.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Two cores is the machine this project is built on; override with TASKPLAY_JOBS.
jobs=${TASKPLAY_JOBS:-2}
# toolchain trap 3 (docs/toolchain.md): emcc's optimizer needs Debian's acorn (the CMake build sets this for
# its own links too; exported here for anything else that runs emcc).
export NODE_PATH=/usr/share/nodejs

# build_preset PRESET [cmake --build args...]: configure (cheap when already configured;
# CMake reuses its cache) and build with $jobs jobs.
build_preset() {
  local preset=$1
  shift
  (cd "$root" && cmake --preset "$preset" >"$root/build/.configure-$preset.log" 2>&1) || {
    cat "$root/build/.configure-$preset.log"
    return 1
  }
  (cd "$root" && cmake --build --preset "$preset" -j "$jobs" "$@")
}
mkdir -p "$root/build"

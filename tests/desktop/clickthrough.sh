#!/usr/bin/env bash
# tests/desktop/clickthrough.sh [APP]: the playground's acceptance click-through on the
# desktop app (default build/native-debug/ui/taskplay-desktop) under a virtual X server,
# with real X mouse clicks (xdotool). The scenarios are the browser's
# (tests/browser/clickthrough.mjs); screenshots land in tests/artifacts/desktop-*.png.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$root/build/native-debug/ui/taskplay-desktop}
if [ ! -x "$app" ]; then
  echo "FAIL  desktop click-through: $app is not built"
  exit 1
fi
if ! command -v xdotool >/dev/null; then
  echo "FAIL  desktop click-through: xdotool is missing (scripts/setup installs it)"
  exit 1
fi
# (timeout: a hung app or X server must not hang CI)
exec timeout 360 xvfb-run -a -s "-screen 0 1280x800x24" \
  node "$root/tests/desktop/clickthrough.test.mjs" --app "$app" "${@:2}"

#!/usr/bin/env bash
# tests/desktop/smoke.sh [APP]: the desktop smoke test. Runs taskplay-desktop (default:
# build/native-debug/ui/taskplay-desktop) under a virtual X server for a few seconds,
# photographs the screen into tests/artifacts/desktop-smoke.png, and fails if the app
# fails, never draws, or the screen shows nothing but a flat colour.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$root/build/native-debug/ui/taskplay-desktop}
shot=$root/tests/artifacts/desktop-smoke.png
log=$root/tests/artifacts/desktop-smoke.log
mkdir -p "$root/tests/artifacts"
rm -f "$shot"

if [ ! -x "$app" ]; then
  echo "FAIL  desktop smoke: $app is not built"
  exit 1
fi

# Inside the virtual display: start the app capped at 60 FPS for 240 frames (about 4 s;
# Xvfb has no vsync), wait for its first frame, let it draw a while, photograph the
# root window, then wait for the app to finish by itself. (timeout: a hung app or X
# server must not hang CI.)
# shellcheck disable=SC2016
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  app=$1 shot=$2 log=$3
  "$app" --frames 240 --max-fps 60 >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    grep -q "first frame" "$log" && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  sleep 1.5
  import -window root "$shot"
  wait $pid
' smoke "$app" "$shot" "$log"
status=$?

cat "$log"
ok=1
if [ "$status" -ne 0 ]; then
  echo "FAIL  desktop smoke: taskplay-desktop exited with status $status"
  ok=0
fi
if ! grep -q "first frame" "$log"; then
  echo "FAIL  desktop smoke: no frame was drawn"
  ok=0
fi
colours=$(identify -format %k "$shot" 2>/dev/null || echo 0)
if [ "${colours:-0}" -le 16 ]; then
  echo "FAIL  desktop smoke: the screenshot shows $colours colours (nothing drawn?)"
  ok=0
fi
if [ "$ok" = 1 ]; then
  echo "PASS  desktop smoke: $(grep -o '[0-9]* frames' "$log" | tail -1), $colours colours in ${shot#"$root"/}"
  exit 0
fi
exit 1

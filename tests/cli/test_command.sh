#!/usr/bin/env bash
# tests/cli/test_command.sh TASKPLAY [--update]: `taskplay test` against `mix test` (real
# Elixir 1.14) on the same projects (tests/cli/project, tests/cli/doctests), for each way of
# running them in VARIANTS: the output (times normalised) and exit status must be identical. The expected
# output is committed (test_command.out, written by --update from `mix test`), and when
# Elixir is installed `mix test` is run again and must still print it.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
taskplay=$(realpath "$1")
update=${2:-}
# PROJECT ARGS...: one module of each kind (async, sync) in project/, doctests in doctests/
VARIANTS=("project --seed 0" "project --seed 0 --only slow" "project --seed 0 --exclude slow"
          "project --seed 0 test/stack_test.exs:4" "project --seed 0 test/mixp_test.exs"
          "project --seed 7" "project --seed 0 --trace" "doctests --seed 0")
normalize() {
  sed -E 's/^Finished in [0-9.]+ seconds \(.*\)$/Finished in <time>/; s/\(([0-9.]+)ms\)/(<ms>)/;
          s/#PID<[0-9]+\.[0-9]+\.[0-9]+>/#PID<>/g; s/#Reference<[0-9.]+>/#Reference<>/g'
}
run_all() { # COMMAND...
  for v in "${VARIANTS[@]}"; do
    echo "== test $v"
    # shellcheck disable=SC2086
    (cd "$here/${v%% *}" && "$@" ${v#* } 2>/dev/null) | normalize
    echo "status=${PIPESTATUS[0]}"
  done
}
work=$(mktemp -d)
trap 'rm -rf "$work" "$here/project/_build" "$here/doctests/_build"' EXIT
if command -v mix >/dev/null 2>&1; then
  for p in project doctests; do  # their "Compiling ..." lines
    (cd "$here/$p" && MIX_ENV=test mix compile >/dev/null 2>&1)
  done
  run_all mix test >"$work/mix.out"
  if [ "$update" = --update ]; then cp "$work/mix.out" "$here/test_command.out"; fi
  if ! diff -u "$here/test_command.out" "$work/mix.out" >"$work/diff"; then
    echo "FAIL  mix test no longer prints tests/cli/test_command.out:"; head -40 "$work/diff"; exit 1
  fi
fi
run_all "$taskplay" test >"$work/taskplay.out"
if diff -u "$here/test_command.out" "$work/taskplay.out" >"$work/diff"; then
  echo "PASS  taskplay test prints what mix test prints (${#VARIANTS[@]} ways of running it)"
else
  echo "FAIL  taskplay test differs from mix test:"; head -60 "$work/diff"; exit 1
fi

#!/usr/bin/env bash
# tests/cli/max_processes.sh TASKPLAY: `taskplay run --max-processes N` is the BEAM's +P N
# (docs/language.md): 2,000 processes alive at once stop at 1,024 with Elixir's
# SystemLimitError (exit status 1), and run to the end with 4,096; a limit outside the
# BEAM's bounds is a usage error (exit status 2).
set -uo pipefail
taskplay=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/hold.exs" <<'EXS'
pids = for _ <- 1..2000, do: spawn(fn -> receive do :go -> :ok end end)
IO.puts("#{length(pids)} alive")
EXS
failed=0
expect() { # NAME STATUS WANT_STATUS FILE PATTERN
  if [ "$2" = "$3" ] && grep -q -- "$5" "$4"; then
    echo "PASS  $1"
  else
    echo "FAIL  $1 (status $2, wanted $3; no \"$5\" in:)"; head -5 "$4"; failed=$((failed + 1))
  fi
}
"$taskplay" run --max-processes 1024 "$work/hold.exs" >"$work/out" 2>"$work/err"
expect "--max-processes 1024: 2,000 processes raise SystemLimitError" $? 1 "$work/err" "(SystemLimitError) a system limit has been reached"
"$taskplay" run --max-processes 4096 "$work/hold.exs" >"$work/out" 2>"$work/err"
expect "--max-processes 4096: 2,000 processes run" $? 0 "$work/out" "^2000 alive$"
"$taskplay" run --max-processes 1000 "$work/hold.exs" >"$work/out" 2>"$work/err"
expect "--max-processes 1000 (below the BEAM's 1,024): a usage error" $? 2 "$work/err" "max-processes"
exit $((failed > 0))

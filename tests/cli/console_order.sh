#!/usr/bin/env bash
# tests/cli/console_order.sh TASKPLAY: with stdout and stderr on one file (`2>&1`), a
# program's output and Logger's reports read in the order they happened in the run:
# a line printed before a crash report comes before it, a
# line printed after comes after (cli/taskplay.cpp, attach_console).
set -uo pipefail
taskplay=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/order.exs" <<'EXS'
IO.puts("before the crash")
{:ok, pid} = Agent.start(fn -> 0 end)
ref = Process.monitor(pid)
Agent.cast(pid, fn _ -> raise "boom" end)
receive do
  {:DOWN, ^ref, :process, ^pid, _} -> IO.puts("after the crash")
end
IO.puts(:stderr, "on stderr, last")
EXS
"$taskplay" run "$work/order.exs" >"$work/out" 2>&1
order=$(grep -n -e "^before the crash$" -e "\[error\]" -e "^after the crash$" -e "^on stderr, last$" "$work/out" | cut -d: -f2- | sed 's/.*\[error\].*/[error]/' | tr '\n' '|')
if [ "$order" = "before the crash|[error]|after the crash|on stderr, last|" ]; then
  echo "PASS  stdout and stderr in the order of the run"
  exit 0
fi
echo "FAIL  stdout and stderr out of order: $order"
cat "$work/out"
exit 1

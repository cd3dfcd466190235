# The book's chain of processes: each process waits for a number, adds one and passes it
# on. Run by `elixir chain.exs` and by `taskplay run chain.exs` (scripts/bench, row group
# "programs"; the million-process variant is this file with N replaced, run with
# `elixir --erl "+P 2000000"` and `taskplay run --max-processes 2000000`).
defmodule Chain do
  def counter(next_pid) do
    receive do
      n -> send(next_pid, n + 1)
    end
  end

  def create_processes(n) do
    last = Enum.reduce(1..n, self(), fn _, send_to -> spawn(Chain, :counter, [send_to]) end)
    send(last, 0)

    receive do
      final_answer when is_integer(final_answer) -> "Result is #{inspect(final_answer)}"
    end
  end
end

n = 100_000
{us, result} = :timer.tc(Chain, :create_processes, [n])
IO.puts(result)
IO.puts(~s(BENCH {"workload":"prog_chain_#{n}","metric":"ms_inside","value":#{us / 1000},"n":#{n}}))

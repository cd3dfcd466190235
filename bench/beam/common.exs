# Shared by the BEAM benchmark programs (bench/beam/*.exs): argument parsing, a warm-up
# and timed repetitions, and the BENCH lines scripts/bench reads.
#
#   elixir --erl "+S 1:1 +P 2000000" bench/beam/WORKLOAD.exs N REPS IMPL
#
# Timing is inside the program (System.monotonic_time), never the VM's boot. Everything
# timed lives in a compiled module: a fn written at a script's top level is run by
# erl_eval (interpreted), which would slow the BEAM down unfairly.

# Crash reports of the crashing processes (chain, supervisor) would be formatted and
# printed by Logger while the benchmark runs; taskplay's trace is off, so Logger is too.
Logger.configure(level: :none)

defmodule Bench do
  def args(default_n) do
    case System.argv() do
      [n, reps, impl | _] -> {String.to_integer(n), String.to_integer(reps), impl}
      [n, reps] -> {String.to_integer(n), String.to_integer(reps), "beam"}
      [n] -> {String.to_integer(n), 5, "beam"}
      [] -> {default_n, 5, "beam"}
    end
  end

  def now, do: System.monotonic_time(:nanosecond)
  def seconds(t0, t1), do: (t1 - t0) / 1.0e9

  # `fun.(n)` returns [{metric, value}]; one untimed warm-up, then `reps` reported runs.
  def run(workload, default_n, fun, opts \\ []) do
    {n, reps, impl} = args(default_n)
    if Keyword.get(opts, :warm_up, true), do: fun.(n)

    for rep <- 0..(reps - 1) do
      for {metric, value} <- fun.(n) do
        IO.puts(
          ~s(BENCH {"impl":"#{impl}","workload":"#{workload}","metric":"#{metric}",) <>
            ~s("value":#{Float.round(value * 1.0, 6)},"n":#{n},"rep":#{rep},) <>
            ~s("schedulers":#{:erlang.system_info(:schedulers_online)}})
        )
      end
    end
  end

  # Wait until the VM is back to `base` processes (the workload's processes have exited).
  def wait_processes(base) do
    if :erlang.system_info(:process_count) > base do
      :erlang.yield()
      wait_processes(base)
    else
      :ok
    end
  end
end

defmodule Fib do
  def of(0), do: 0
  def of(1), do: 1
  def of(n), do: of(n - 1) + of(n - 2)
end

# Workload 4: the chapter's naive Fib.of(n) in a spawned process.
Code.require_file("common.exs", __DIR__)

defmodule FibBench do
  def run(n) do
    me = self()
    t0 = Bench.now()
    spawn(fn -> send(me, {:fib, Fib.of(n)}) end)

    receive do
      {:fib, _} -> :ok
    end

    s = Bench.seconds(t0, Bench.now())
    [{"ms_in_process", s * 1.0e3}]
  end
end

Bench.run("fib", 27, &FibBench.run/1)

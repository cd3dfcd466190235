# Workload 7: n concurrent tasks, each computing Fib.of(15), awaited with Task.await_many.
Code.require_file("common.exs", __DIR__)

defmodule TasksFibBench do
  def run(n) do
    fib_n = String.to_integer(System.get_env("BENCH_FIB_N", "15"))
    t0 = Bench.now()
    tasks = for _ <- 1..n, do: Task.async(fn -> Fib.of(fib_n) end)
    results = Task.await_many(tasks, :infinity)
    s = Bench.seconds(t0, Bench.now())
    true = Enum.sum(results) == n * Fib.of(fib_n)
    [{"ms_total", s * 1.0e3}]
  end
end

Bench.run("tasks_fib", 1000, &TasksFibBench.run/1)

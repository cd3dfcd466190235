# Workload 1b: Task.async + Task.await of n trivial tasks, one after the other.
Code.require_file("common.exs", __DIR__)

defmodule TaskBench do
  def run(n) do
    t0 = Bench.now()
    ^n = loop(n, 0)
    s = Bench.seconds(t0, Bench.now())
    [{"ns_per_task", s * 1.0e9 / n}, {"tasks_per_s", n / s}]
  end

  defp loop(0, sum), do: sum

  defp loop(k, sum) do
    r = Task.async(fn -> 1 end) |> Task.await(5000)
    loop(k - 1, sum + r)
  end
end

Bench.run("task", 100_000, &TaskBench.run/1)

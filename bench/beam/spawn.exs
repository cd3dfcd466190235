# Workload 1: spawn + exit of n trivial processes. The clock stops when the VM is back
# to the process count it had before (every child has exited).
Code.require_file("common.exs", __DIR__)

defmodule SpawnBench do
  def run(n) do
    base = :erlang.system_info(:process_count)
    t0 = Bench.now()
    spawn_loop(n)
    Bench.wait_processes(base)
    s = Bench.seconds(t0, Bench.now())
    [{"ns_per_process", s * 1.0e9 / n}, {"processes_per_s", n / s}]
  end

  defp spawn_loop(0), do: :ok

  defp spawn_loop(k) do
    spawn(fn -> :ok end)
    spawn_loop(k - 1)
  end
end

Bench.run("spawn", 100_000, &SpawnBench.run/1)

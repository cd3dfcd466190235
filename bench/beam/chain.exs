# Workload 5: crash propagation along a chain of n linked processes. The head is spawned
# and monitored; each link spawn_links the next and waits; the tail reports its pid.
# The clock runs from telling the tail to raise until the head's :DOWN arrives.
Code.require_file("common.exs", __DIR__)

defmodule ChainBench do
  def run(n) do
    me = self()
    t0 = Bench.now()
    head = spawn(fn -> link(n - 1, me) end)
    mon = Process.monitor(head)

    tail =
      receive do
        {:tail, pid} -> pid
      end

    t1 = Bench.now()
    send(tail, :crash)

    receive do
      {:DOWN, ^mon, :process, _, _} -> :ok
    end

    t2 = Bench.now()
    crash = Bench.seconds(t1, t2)

    [{"ns_per_hop", crash * 1.0e9 / n}, {"ms_crash_total", crash * 1.0e3},
     {"ns_per_link_built", Bench.seconds(t0, t1) * 1.0e9 / n}]
  end

  def link(0, watcher) do
    send(watcher, {:tail, self()})

    receive do
      :crash -> raise "boom"
    end
  end

  def link(k, watcher) do
    spawn_link(fn -> link(k - 1, watcher) end)

    receive do
      :never -> :ok
    end
  end
end

Bench.run("chain", 100_000, &ChainBench.run/1)

# Workload 10: GenServer.cast throughput. One client casts {:add, 1} n times to the
# counter server (counter.exs), then one call returns the count (n): the clock stops when
# the server has handled every cast.
Code.require_file("common.exs", __DIR__)
Code.require_file("counter.exs", __DIR__)

defmodule GenCastBench do
  def run(n) do
    {:ok, server} = GenServer.start_link(Counter, 0)
    t0 = Bench.now()
    casts(server, n)
    ^n = GenServer.call(server, :get, :infinity)
    s = Bench.seconds(t0, Bench.now())
    GenServer.stop(server)
    [{"casts_per_s", n / s}, {"ns_per_cast", s * 1.0e9 / n}]
  end

  defp casts(_server, 0), do: :ok

  defp casts(server, k) do
    GenServer.cast(server, {:add, 1})
    casts(server, k - 1)
  end
end

Bench.run("gen_cast", 1_000_000, &GenCastBench.run/1)

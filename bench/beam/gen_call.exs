# Workload 9: GenServer.call round trips. One client makes n calls to the counter server
# (counter.exs), each waiting for its reply.
Code.require_file("common.exs", __DIR__)
Code.require_file("counter.exs", __DIR__)

defmodule GenCallBench do
  def run(n) do
    {:ok, server} = GenServer.start_link(Counter, 0)
    t0 = Bench.now()
    0 = calls(server, n, 0)
    s = Bench.seconds(t0, Bench.now())
    GenServer.stop(server)
    [{"ns_per_call", s * 1.0e9 / n}, {"calls_per_s", n / s}]
  end

  defp calls(_server, 0, last), do: last
  defp calls(server, k, _last), do: calls(server, k - 1, GenServer.call(server, :get))
end

Bench.run("gen_call", 1_000_000, &GenCallBench.run/1)

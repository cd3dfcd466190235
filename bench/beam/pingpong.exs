# Workload 3: ping-pong between two processes, n messages (n/2 round trips).
# ping sends {:ping, self(), i} and waits for {:pong, i}; pong answers each.
Code.require_file("common.exs", __DIR__)

defmodule PingPongBench do
  def run(n) do
    rounds = div(n, 2)
    me = self()
    t0 = Bench.now()
    pong = spawn(fn -> pong(rounds) end)
    spawn(fn -> ping(pong, 0, rounds, me) end)

    receive do
      :done -> :ok
    end

    s = Bench.seconds(t0, Bench.now())
    [{"ns_per_msg", s * 1.0e9 / (2 * rounds)}, {"ns_per_round_trip", s * 1.0e9 / rounds}]
  end

  defp pong(0), do: :ok

  defp pong(k) do
    receive do
      {:ping, from, i} -> send(from, {:pong, i})
    end

    pong(k - 1)
  end

  defp ping(_, rounds, rounds, parent), do: send(parent, :done)

  defp ping(pong, i, rounds, parent) do
    send(pong, {:ping, self(), i})

    receive do
      {:pong, _} -> :ok
    end

    ping(pong, i + 1, rounds, parent)
  end
end

Bench.run("pingpong", 1_000_000, &PingPongBench.run/1)

# Workload 6: supervisor restarts per second. A :one_for_one Supervisor with one
# permanent child, {Task, :start_link, [fun]}, whose fun exits :boom at once;
# max_restarts: 1_000_000 in max_seconds: 5 (the default window). OTP's supervisor
# rescans its restart history on every restart, so the figure depends on the count:
# n restarts (10,000), all within the window. The clock runs from start_link until the
# child has started n + 1 times.
Code.require_file("common.exs", __DIR__)

defmodule SupervisorBench do
  def run(n) do
    counter = :counters.new(1, [])
    me = self()

    child = %{
      id: :crasher,
      start: {Task, :start_link, [fn -> crash(counter, n, me) end]},
      restart: :permanent
    }

    t0 = Bench.now()

    {:ok, sup} =
      Supervisor.start_link([child],
        strategy: :one_for_one,
        max_restarts: 1_000_000,
        max_seconds: 5
      )

    receive do
      :done -> :ok
    end

    s = Bench.seconds(t0, Bench.now())
    Process.unlink(sup)
    ref = Process.monitor(sup)
    Process.exit(sup, :kill)

    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end

    [{"restarts_per_s", n / s}, {"us_per_restart", s * 1.0e6 / n}]
  end

  def crash(counter, n, parent) do
    :counters.add(counter, 1, 1)
    if :counters.get(counter, 1) == n + 1, do: send(parent, :done)
    exit(:boom)
  end
end

Bench.run("supervisor", 10_000, &SupervisorBench.run/1)

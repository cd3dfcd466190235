# Task.async_stream as a learner tries its options: max_concurrency, ordered: false (with
# results sorted, the race not printed), timeout with on_timeout: :kill_task, and a stream
# of tasks that crash under Task.Supervisor.async_stream_nolink.
defmodule Main do
  def run do
    1..6
    |> Task.async_stream(fn n -> Process.sleep(10 * (7 - n)); n * n end, max_concurrency: 2)
    |> Enum.to_list()
    |> IO.inspect(label: "ordered")

    1..6
    |> Task.async_stream(fn n -> Process.sleep(10 * (7 - n)); n end, ordered: false)
    |> Enum.map(fn {:ok, n} -> n end)
    |> Enum.sort()
    |> IO.inspect(label: "unordered, sorted")

    [10, 500, 20]
    |> Task.async_stream(fn ms -> Process.sleep(ms); ms end, timeout: 200, on_timeout: :kill_task)
    |> Enum.to_list()
    |> IO.inspect(label: "kill_task")

    {:ok, sup} = Task.Supervisor.start_link()
    [1, 0, 2]
    |> then(&Task.Supervisor.async_stream_nolink(sup, &1, fn n -> div(10, n) end))
    |> Enum.map(fn
      {:ok, v} -> v
      {:exit, {error, _stack}} -> error
    end)
    |> IO.inspect(label: "nolink")

    Task.async_stream([1, 2, 3], &(&1 * 2), max_concurrency: 1)
    |> Stream.map(fn {:ok, v} -> v end)
    |> Enum.sum()
    |> IO.inspect(label: "sum")
  end
end

Main.run()

# Task.Supervisor.async_nolink with yield, shutdown and a crashing task, as the docs show
# it for work that may fail without taking the caller down
Logger.configure(level: :none)
{:ok, _} = Task.Supervisor.start_link(name: Jobs)

ok = Task.Supervisor.async_nolink(Jobs, fn -> 1 + 1 end)
IO.inspect Task.yield(ok, 1000)

bad = Task.Supervisor.async_nolink(Jobs, fn -> raise "job failed" end)
case Task.yield(bad, 1000) do
  {:exit, {e, _stack}} -> IO.inspect(e, label: "crashed")
  other -> IO.inspect(other)
end

slow = Task.Supervisor.async_nolink(Jobs, fn -> Process.sleep(1000); :late end)
IO.inspect Task.yield(slow, 20)
IO.inspect Task.shutdown(slow)
IO.inspect Task.Supervisor.children(Jobs)

thrown = Task.Supervisor.async_nolink(Jobs, fn -> throw(:ball) end)
IO.inspect Task.yield(thrown) |> elem(0)

exited = Task.Supervisor.async_nolink(Jobs, fn -> exit(:quit) end)
IO.inspect Task.yield(exited)

try do
  Task.await(Task.Supervisor.async_nolink(Jobs, fn -> exit(:quit) end))
catch
  :exit, reason -> IO.inspect(reason, label: "await")
end

results =
  Task.Supervisor.async_stream_nolink(Jobs, [1, 2, 0, 4], fn n -> div(8, n) end)
  |> Enum.map(fn
    {:ok, v} -> v
    {:exit, {reason, _stack}} -> reason
  end)

IO.inspect results

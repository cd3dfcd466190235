# Task.Supervisor.async_nolink as the Task docs use it: a task that crashes does not take
# the caller down; yield gives {:exit, reason}, a good one {:ok, value}.
Logger.configure(level: :none)
{:ok, sup} = Task.Supervisor.start_link(name: Jobs)

good = Task.Supervisor.async_nolink(Jobs, fn -> Enum.sum(1..100) end)
bad = Task.Supervisor.async_nolink(Jobs, fn -> raise ArgumentError, "bad job" end)
slow = Task.Supervisor.async_nolink(Jobs, fn -> Process.sleep(5_000) end)

IO.inspect(Task.yield(good, 1_000))

case Task.yield(bad, 1_000) do
  {:exit, {%ArgumentError{message: m}, _stack}} -> IO.puts("bad job exited: #{m}")
end

IO.inspect(Task.yield(slow, 20))
IO.inspect(Task.shutdown(slow))
IO.inspect(Process.alive?(self()))

results =
  1..5
  |> Enum.map(fn n -> Task.Supervisor.async_nolink(Jobs, fn -> if n == 3, do: exit(:three), else: n * n end) end)
  |> Task.yield_many(1_000)
  |> Enum.map(fn {_task, result} -> result end)

IO.inspect(results)
{:ok, pid} = Task.Supervisor.start_child(Jobs, fn -> receive(do: (:stop -> :ok)) end)
IO.inspect(Task.Supervisor.children(Jobs) == [pid])
ref = Process.monitor(pid)
send(pid, :stop)
receive do: ({:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "child"))
IO.inspect(Task.Supervisor.children(Jobs))
IO.inspect(is_pid(sup))

{:ok, sup} = Task.Supervisor.start_link(name: MyApp.TaskSupervisor)
task = Task.Supervisor.async(MyApp.TaskSupervisor, fn -> :done end)
IO.inspect Task.await(task)
{:ok, pid} = Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> receive do :go -> :ok end end)
IO.inspect Task.Supervisor.children(MyApp.TaskSupervisor) == [pid]
send pid, :go
r = Process.monitor(pid)
receive do {:DOWN, ^r, _, _, reason} -> IO.inspect reason end
t = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> raise "nolink boom" end)
case Task.yield(t, 1000) || Task.shutdown(t) do
  {:ok, v} -> IO.inspect v
  {:exit, {%RuntimeError{message: m}, _}} -> IO.puts "task failed: #{m}"
  nil -> IO.puts "timeout"
end
res = Task.Supervisor.async_stream(MyApp.TaskSupervisor, 1..4, fn x -> x * 10 end) |> Enum.to_list()
IO.inspect res
res = Task.Supervisor.async_stream_nolink(MyApp.TaskSupervisor, [1, 0, 2], fn x -> 10 / x end) |> Enum.map(fn {k, _} -> k end)
IO.inspect res
IO.inspect Supervisor.count_children(sup)
{:ok, p} = Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> Process.sleep(:infinity) end)
IO.inspect Task.Supervisor.terminate_child(MyApp.TaskSupervisor, p)
IO.inspect Task.Supervisor.terminate_child(MyApp.TaskSupervisor, p)

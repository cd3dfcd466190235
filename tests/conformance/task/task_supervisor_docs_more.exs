{:ok, sup} = Task.Supervisor.start_link(name: MyApp.TaskSupervisor)
task = Task.Supervisor.async(MyApp.TaskSupervisor, fn -> :do_some_work end)
IO.inspect Task.await(task)
Task.Supervisor.start_child(MyApp.TaskSupervisor, fn ->
  IO.puts "I am running in a task"
end)
Process.sleep(20)
task = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> raise "oops" end)
IO.inspect Task.yield(task, 500) |> elem(0)
task = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> Process.sleep(50); 42 end)
case Task.yield(task, 1000) || Task.shutdown(task) do
  {:ok, result} -> IO.inspect(result, label: "result")
  nil -> IO.puts "Failed to get a result"
end
IO.inspect Task.Supervisor.children(sup)
{:ok, pid} = Task.Supervisor.start_child(sup, fn -> Process.sleep(:infinity) end)
IO.inspect Task.Supervisor.children(sup) == [pid]
IO.inspect Task.Supervisor.terminate_child(sup, pid)
IO.inspect Task.Supervisor.children(sup)
IO.inspect Supervisor.count_children(sup)
results = Task.Supervisor.async_stream(sup, 1..5, fn x -> x * 10 end) |> Enum.to_list()
IO.inspect results
results = Task.Supervisor.async_stream_nolink(sup, [1, 0, 2], fn x -> div(10, x) end) |> Enum.to_list()
IO.inspect Enum.map(results, fn {:ok, v} -> v; {:exit, {e, _}} -> e end)
{:ok, pid} = Task.Supervisor.start_child(sup, fn -> Process.sleep(:infinity) end, restart: :transient)
Process.exit(pid, :kill)
Process.sleep(20)
IO.inspect length(Task.Supervisor.children(sup))

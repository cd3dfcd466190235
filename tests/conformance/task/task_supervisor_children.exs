# Task.Supervisor.children/1 and terminate_child/2, with start_child's tasks
{:ok, sup} = Task.Supervisor.start_link(name: MyTasks)
IO.inspect Task.Supervisor.children(MyTasks)

{:ok, t1} = Task.Supervisor.start_child(MyTasks, fn -> Process.sleep(:infinity) end)
{:ok, t2} = Task.Supervisor.start_child(MyTasks, fn -> Process.sleep(:infinity) end)
IO.inspect length(Task.Supervisor.children(MyTasks))
IO.inspect Enum.sort(Task.Supervisor.children(MyTasks)) == Enum.sort([t1, t2])

ref = Process.monitor(t1)
IO.inspect Task.Supervisor.terminate_child(MyTasks, t1)
receive do: ({:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "t1"))
IO.inspect Task.Supervisor.children(MyTasks) == [t2]
IO.inspect Task.Supervisor.terminate_child(MyTasks, t1)
IO.inspect Supervisor.count_children(sup)

task = Task.Supervisor.async(MyTasks, fn -> :answer end)
IO.inspect Task.await(task)
IO.inspect Task.Supervisor.children(MyTasks) == [t2]
IO.inspect DynamicSupervisor.which_children(MyTasks) |> Enum.map(fn {id, _pid, type, mods} -> {id, type, mods} end)

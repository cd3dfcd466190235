# A {Task, fun} child under a Supervisor: Task's child spec is restart: :temporary,
# so a task that finishes (or crashes) is not restarted.
parent = self()
children = [
  {Task, fn -> send(parent, :task_ran) end}
]
IO.inspect Task.child_spec(:a_fun)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
receive do
  :task_ran -> IO.puts "the task ran"
end
Process.sleep(10)
IO.inspect Supervisor.count_children(sup)
IO.inspect Supervisor.which_children(sup)

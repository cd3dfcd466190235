# What a task keeps in its dictionary, as Task.Supervised puts it: "$callers" (the process
# that started it, then that one's callers), "$ancestors" (the process that spawned it: for
# Task.Supervisor, the supervisor) and "$initial_call" (the fun's {module, name, 0}, or
# {m, f, arity}), which :proc_lib.translate_initial_call/1 reads.
defmodule Worker do
  def wait_and_send(caller, atom) do
    send(caller, {:ready, self()})
    receive do: (:go -> send(caller, atom))
  end
end

parent = self()
fun = fn -> Worker.wait_and_send(parent, :done) end
{:name, fun_name} = Function.info(fun, :name)
{:module, fun_module} = Function.info(fun, :module)

task = Task.async(fun)
receive do: ({:ready, _} -> :ok)
IO.inspect(:proc_lib.translate_initial_call(task.pid) == {fun_module, fun_name, 0}, label: "async fun")
send(task.pid, :go)
IO.inspect(Task.await(task))

task = Task.async(Worker, :wait_and_send, [self(), :done])
receive do: ({:ready, _} -> :ok)
IO.inspect(:proc_lib.translate_initial_call(task.pid), label: "async mfa")
send(task.pid, :go)
Task.await(task)

{:ok, pid} = Task.start_link(Worker, :wait_and_send, [self(), :done])
receive do: ({:ready, _} -> :ok)
{:dictionary, dict} = Process.info(pid, :dictionary)
IO.inspect({dict[:"$initial_call"], dict[:"$callers"] == [self()], dict[:"$ancestors"] == [self()]},
  label: "start_link")
send(pid, :go)
receive do: (:done -> :ok)

# callers accumulate: a task started from a task
outer =
  Task.async(fn ->
    me = self()
    inner = Task.async(fn -> Process.get(:"$callers") == [me, parent] end)
    {Process.get(:"$callers") == [parent], Task.await(inner)}
  end)

IO.inspect(Task.await(outer), label: "callers")

# under a Task.Supervisor: the callers are the caller's, the ancestors start with the supervisor
{:ok, sup} = Task.Supervisor.start_link(name: :tasks)
task = Task.Supervisor.async(:tasks, fn -> {Process.get(:"$callers"), Process.get(:"$ancestors")} end)
{callers, ancestors} = Task.await(task)
IO.inspect({callers == [self()], ancestors == [:tasks, self()]}, label: "supervised")
{:ok, pid} = Task.Supervisor.start_child(sup, Worker, :wait_and_send, [self(), :done])
receive do: ({:ready, _} -> :ok)
IO.inspect(:proc_lib.translate_initial_call(pid), label: "start_child")
send(pid, :go)
receive do: (:done -> :ok)

IO.inspect(
  Task.async_stream([1, 2], fn _ -> Process.get(:"$callers") == [parent] end) |> Enum.to_list(),
  label: "async_stream"
)

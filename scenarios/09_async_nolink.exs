# Task.Supervisor.async_nolink: the task runs under a Task.Supervisor and is
# not linked to the caller, which finds out about a crash from yield or await.
{:ok, sup} = Task.Supervisor.start_link()
task = Task.Supervisor.async_nolink(sup, fn -> raise "boom" end)
case Task.yield(task, 5_000) do
  {:exit, {%RuntimeError{message: m}, _}} -> IO.puts "yield: exit #{m}"
  other -> IO.inspect other
end
ok = Task.Supervisor.async_nolink(sup, fn -> 6 * 7 end)
IO.inspect Task.await(ok)
IO.puts "the caller is alive: #{Process.alive?(self())}"

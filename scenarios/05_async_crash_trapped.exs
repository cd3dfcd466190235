# Task.async links the task to its caller. Here the caller traps exits, so the
# task's crash arrives as an {:EXIT, pid, reason} message, and Task.await then
# exits with the task's reason wrapped in {reason, {Task, :await, ...}}.
Process.flag(:trap_exit, true)
task = Task.async(fn -> raise "boom" end)
receive do
  {:EXIT, pid, {%RuntimeError{message: msg}, _stacktrace}} ->
    IO.puts "EXIT from the task (#{pid == task.pid}): #{msg}"
end
try do
  Task.await(task)
catch
  :exit, {{%RuntimeError{message: msg}, _}, {Task, :await, [_task, timeout]}} ->
    IO.puts "await exited: #{msg}, timeout #{timeout}"
end
IO.puts "the caller is alive: #{Process.alive?(self())}"

# Task.await with a timeout: the caller exits {:timeout, {Task, :await, [task, 50]}};
# caught, the caller goes on and the task is still alive (it sleeps 5 s, far longer than a
# loaded machine takes to get to Task.shutdown, which then kills it).
task = Task.async(fn -> Process.sleep(5_000); :late end)
try do
  Task.await(task, 50)
catch
  :exit, {:timeout, {Task, :await, [_task, 50]}} -> IO.puts "await timed out"
end
IO.puts "task alive: #{Process.alive?(task.pid)}"
IO.inspect Task.yield(task, 10)
IO.inspect Task.shutdown(task)

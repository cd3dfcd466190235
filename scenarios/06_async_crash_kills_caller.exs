# Task.async links the task to its caller. The caller does not trap exits: when
# the task crashes, the caller dies at once with the task's reason, whether or
# not it ever calls Task.await. (The script exits with status 1.)
IO.puts "starting a task that crashes"
_task = Task.async(fn ->
  Process.sleep(10)
  raise "boom"
end)
receive do
  :never -> :ok
after
  1_000 -> IO.puts "never printed: the link killed the caller"
end

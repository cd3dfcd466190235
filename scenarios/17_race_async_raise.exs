# A race: a task that raises at once after Task.async. The link kills the caller as soon
# as the task dies, so the caller may or may not get to print the %Task{} first: it
# does not have to reach Task.await to die. Explore finds both endings.
task = Task.async(fn -> raise "boom" end)
IO.inspect(task, label: "task started")
Task.await(task)

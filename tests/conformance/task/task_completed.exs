# Task.completed/1 makes a %Task{} with no process whose result is already in the caller's
# mailbox: await, yield and await_many take it; shutdown refuses it.
task = Task.completed(:done)
IO.inspect({task.pid, task.mfa, task.owner == self()})
IO.inspect(Task.await(task))
IO.inspect(Task.yield(Task.completed(1)))
IO.inspect(Task.await_many([Task.completed(1), Task.async(fn -> 2 end), Task.completed(3)]))
IO.inspect(Task.yield_many([Task.completed(:a)]) |> Enum.map(fn {_t, r} -> r end))

try do
  Task.shutdown(Task.completed(:x))
rescue
  e in ArgumentError -> IO.puts(String.replace(e.message, ~r/#Reference<[^>]*>/, "#Reference<>"))
end

# a %Task{} built by hand, with no process, times out like any other
ref = make_ref()
task = %Task{ref: ref, pid: nil, owner: self(), mfa: {Kernel, :self, 0}}
IO.inspect(Task.yield(task, 0))
IO.inspect(try do Task.await(task, 0) catch :exit, {reason, {Task, :await, _}} -> reason end)

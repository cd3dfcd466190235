# Bad arguments raise what Elixir 1.14's guards raise (lib/task.ex, lib/process.ex,
# lib/agent.ex) or what the BIF underneath explains, as the caller sees it.
check = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

task = Task.async(fn -> :done end)
check.("Task.await(task, -1)", fn -> Task.await(task, -1) end)
check.("Task.await(task, :soon)", fn -> Task.await(task, :soon) end)
check.("Task.await(:not_a_task)", fn -> Task.await(:not_a_task) end)
check.("Task.await(task, 1000)", fn -> Task.await(task, 1000) end)
check.("Task.yield(task, -1)", fn -> Task.yield(Task.async(fn -> 1 end), -1) end)
check.("Task.yield_many(tasks, -1)", fn -> Task.yield_many([Task.async(fn -> 1 end)], -1) end)
check.("Task.yield_many(tasks, timeout: 10)", fn -> Task.yield_many([Task.async(fn -> 1 end)], timeout: 10) end)
check.("Task.await_many(tasks, -1)", fn -> Task.await_many([Task.async(fn -> 1 end)], -1) end)
check.("Task.shutdown(task, -1)", fn -> Task.shutdown(Task.async(fn -> 1 end), -1) end)
check.("Task.shutdown(task, :brutal_kill)", fn -> Task.shutdown(Task.async(fn -> Process.sleep(1000) end), :brutal_kill) end)
check.("Task.async(:nope)", fn -> Task.async(:nope) end)
check.("Task.start(fn x -> x end)", fn -> Task.start(fn x -> x end) end)
check.("Process.send_after(self(), :x, -5)", fn -> Process.send_after(self(), :x, -5) end)
check.("Process.send_after(self(), :x, 1.5)", fn -> Process.send_after(self(), :x, 1.5) end)
check.("Process.send_after(\"x\", :x, 5)", fn -> Process.send_after("x", :x, 5) end)
check.("Process.sleep(-1)", fn -> Process.sleep(-1) end)
check.("Process.sleep(:x)", fn -> Process.sleep(:x) end)
check.("Process.cancel_timer(:x)", fn -> Process.cancel_timer(:x) end)
check.("Process.exit(:x, :kill)", fn -> Process.exit(:x, :kill) end)
check.("Process.link(:x)", fn -> Process.link(:x) end)
check.("Process.unlink(:x)", fn -> Process.unlink(:x) end)
check.("Process.alive?(:x)", fn -> Process.alive?(:x) end)
check.("Process.register(self(), \"x\")", fn -> Process.register(self(), "x") end)
check.("Process.register(self(), nil)", fn -> Process.register(self(), nil) end)
check.("Process.register(:x, :name)", fn -> Process.register(:x, :name) end)
check.("GenServer.call(self(), :x, -1)", fn -> GenServer.call(self(), :x, -1) end)
{:ok, agent} = Agent.start(fn -> 1 end)
check.("Agent.get(agent, fun, -1)", fn -> Agent.get(agent, & &1, -1) end)
check.("Agent.get(agent, :nope)", fn -> Agent.get(agent, :nope) end)
check.("Agent.update(agent, fn -> 2 end)", fn -> Agent.update(agent, fn -> 2 end) end)
check.("Agent.get(agent, fun)", fn -> Agent.get(agent, & &1) end)
check.("spawn(:x)", fn -> spawn(:x) end)

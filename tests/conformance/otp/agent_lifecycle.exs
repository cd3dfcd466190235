# Agent's life as the docs show it: named agents, get with a timeout, stop with a reason,
# calls to a stopped agent, an agent whose fun raises inside update (the funs in the
# exit reasons are left out: #Function<...> shows the BEAM's hash of the module)
Logger.configure(level: :none)
{:ok, pid} = Agent.start_link(fn -> %{} end, name: :kv)
IO.inspect Agent.update(:kv, &Map.put(&1, :a, 1))
IO.inspect Agent.get(:kv, & &1, 1000)
IO.inspect Agent.get_and_update(:kv, fn s -> {Map.keys(s), Map.put(s, :b, 2)} end)
IO.inspect Agent.cast(:kv, &Map.delete(&1, :a))
IO.inspect Agent.get(:kv, &Map.to_list/1)

try do
  Agent.get(:kv, fn s -> Process.sleep(100); s end, 10)
catch
  :exit, {reason, {m, f, [name, {tag, _fun}, t]}} -> IO.inspect({reason, m, f, name, tag, t}, label: "get timeout")
end

Process.flag(:trap_exit, true)

try do
  Agent.update(:kv, fn _ -> raise "bad update" end)
catch
  :exit, {reason, {m, f, [name, {tag, _fun}, t]}} -> IO.inspect({elem(reason, 0), m, f, name, tag, t}, label: "update raised")
end

receive do
  {:EXIT, ^pid, {e, _}} -> IO.inspect(e, label: "agent exit")
end

IO.inspect Process.whereis(:kv)

try do
  Agent.get(:kv, & &1)
catch
  :exit, {reason, {m, f, [name, {tag, _fun}, t]}} -> IO.inspect({reason, m, f, name, tag, t}, label: "after the crash")
end

{:ok, other} = Agent.start(fn -> 0 end)
IO.inspect Agent.stop(other, :normal)

try do
  Agent.stop(other)
catch
  :exit, reason -> IO.inspect(reason, label: "stop again")
end

{:ok, third} = Agent.start(fn -> 0 end)
IO.inspect Agent.stop(third, :custom_reason, 1000)

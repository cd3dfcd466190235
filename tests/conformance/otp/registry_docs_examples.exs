Registry.start_link(keys: :unique, name: Registry.UniqueRegisterTest)
IO.inspect Registry.register(Registry.UniqueRegisterTest, "hello", :world)
IO.inspect Registry.lookup(Registry.UniqueRegisterTest, "hello") == [{self(), :world}]
IO.inspect Registry.register(Registry.UniqueRegisterTest, "hello", :later) |> elem(0)
IO.inspect Registry.keys(Registry.UniqueRegisterTest, self())
IO.inspect Registry.unregister(Registry.UniqueRegisterTest, "hello")
IO.inspect Registry.lookup(Registry.UniqueRegisterTest, "hello")

Registry.start_link(keys: :duplicate, name: Registry.DuplicateLookupTest)
IO.inspect Registry.lookup(Registry.DuplicateLookupTest, "hello")
{:ok, _} = Registry.register(Registry.DuplicateLookupTest, "hello", :world)
{:ok, _} = Registry.register(Registry.DuplicateLookupTest, "hello", :another)
IO.inspect Registry.lookup(Registry.DuplicateLookupTest, "hello") |> Enum.map(&elem(&1, 1)) |> Enum.sort()
IO.inspect Registry.count(Registry.DuplicateLookupTest)
IO.inspect Registry.values(Registry.DuplicateLookupTest, "hello", self()) |> Enum.sort()

Registry.start_link(keys: :duplicate, name: Registry.DispatcherTest)
{:ok, _} = Registry.register(Registry.DispatcherTest, "hello", {IO, :inspect})
Registry.dispatch(Registry.DispatcherTest, "hello", fn entries ->
  for {pid, {module, function}} <- entries, do: apply(module, function, [pid == self()])
end)

{:ok, _} = Registry.start_link(keys: :duplicate, name: Registry.PubSubTest, partitions: System.schedulers_online())
{:ok, _} = Registry.register(Registry.PubSubTest, "hello", [])
Registry.dispatch(Registry.PubSubTest, "hello", fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, "world"})
end)
receive do msg -> IO.inspect msg end

defmodule Counter do
  use Agent
  def start_link(name), do: Agent.start_link(fn -> 0 end, name: {:via, Registry, {Registry.ViaTest, name}})
end
{:ok, _} = Registry.start_link(keys: :unique, name: Registry.ViaTest)
name = {:via, Registry, {Registry.ViaTest, "agent"}}
{:ok, _} = Agent.start_link(fn -> 0 end, name: name)
IO.inspect Agent.get(name, & &1)
Agent.update(name, &(&1 + 1))
IO.inspect Agent.get(name, & &1)
IO.inspect Registry.lookup(Registry.ViaTest, "agent") |> length()
IO.inspect Agent.start_link(fn -> 0 end, name: name) |> elem(0)
{:ok, c} = Counter.start_link("c1")
Agent.stop(c)
Process.sleep(10)
IO.inspect Registry.lookup(Registry.ViaTest, "c1")
IO.inspect Registry.select(Registry.UniqueRegisterTest, [{{:"$1", :_, :_}, [], [:"$1"]}])
{:ok, _} = Registry.register(Registry.UniqueRegisterTest, "a", 1)
{:ok, _} = Registry.register(Registry.UniqueRegisterTest, "b", 2)
IO.inspect Registry.select(Registry.UniqueRegisterTest, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]) |> Enum.sort()
IO.inspect Registry.match(Registry.UniqueRegisterTest, "a", :_) |> length
IO.inspect Registry.count_match(Registry.UniqueRegisterTest, "b", 2)
IO.inspect Registry.update_value(Registry.UniqueRegisterTest, "a", &(&1 + 10))
IO.inspect Registry.meta(Registry.UniqueRegisterTest, :custom)
IO.inspect Registry.put_meta(Registry.UniqueRegisterTest, :custom, 1)
IO.inspect Registry.meta(Registry.UniqueRegisterTest, :custom)

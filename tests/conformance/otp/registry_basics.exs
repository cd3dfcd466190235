# Registry with unique keys as its docs use it: register, lookup, keys, unregister, meta,
# count, values, update_value; a name taken by a live process; entries of a dead owner.
{:ok, reg} = Registry.start_link(keys: :unique, name: Reg, meta: [purpose: :demo])
IO.inspect(Process.whereis(Reg) == reg)
IO.inspect(Registry.meta(Reg, :purpose))
IO.inspect(Registry.meta(Reg, :other))
IO.inspect(Registry.put_meta(Reg, :other, 1))
IO.inspect(Registry.meta(Reg, :other))
{:ok, owner} = Registry.register(Reg, "alice", :admin)
IO.inspect(owner == reg)
IO.inspect(is_pid(owner))
IO.inspect(Registry.lookup(Reg, "alice") == [{self(), :admin}])
IO.inspect(Registry.lookup(Reg, "bob"))
IO.inspect(Registry.register(Reg, "alice", :again) == {:error, {:already_registered, self()}})
{:ok, _} = Registry.register(Reg, {:user, 2}, %{n: 2})
IO.inspect(Registry.keys(Reg, self()))
IO.inspect(Registry.count(Reg))
IO.inspect(Registry.values(Reg, "alice", self()))
IO.inspect(Registry.update_value(Reg, "alice", fn v -> {v, :updated} end))
IO.inspect(Registry.lookup(Reg, "alice") |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.update_value(Reg, "nobody", fn v -> v end))
IO.inspect(Registry.unregister(Reg, "alice"))
IO.inspect(Registry.unregister(Reg, "alice"))
IO.inspect(Registry.lookup(Reg, "alice"))
IO.inspect(Registry.keys(Reg, self()))

parent = self()
worker = spawn(fn ->
  {:ok, _} = Registry.register(Reg, "carol", :worker)
  send(parent, :registered)
  receive do: (:stop -> :ok)
end)
receive do: (:registered -> :ok)
IO.inspect(Registry.lookup(Reg, "carol") == [{worker, :worker}])
IO.inspect(Registry.register(Reg, "carol", :me) == {:error, {:already_registered, worker}})
ref = Process.monitor(worker)
send(worker, :stop)
receive do: ({:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "worker"))
# a dead owner's key is free again, whether or not the registry has cleaned up yet
IO.inspect(Registry.register(Reg, "carol", :me) |> elem(0))
IO.inspect(Registry.lookup(Reg, "carol") == [{self(), :me}])
IO.inspect(Registry.child_spec(keys: :unique, name: Other))

try do
  Registry.lookup(NoSuchRegistry, :k)
rescue
  e -> IO.inspect(e)
end

for opts <- [[name: X], [keys: :unique], [keys: :bad, name: X], [keys: :unique, name: "x"], [keys: :unique, name: X, partitions: 0]] do
  try do
    Registry.start_link(opts)
  rescue
    e -> IO.inspect(e)
  end
end

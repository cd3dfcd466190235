# A partitioned Registry (as Elixir's docs start a PubSub: partitions: System.schedulers_online()
# or a fixed number): one partition process per partition under the registry's supervisor,
# and every function answering across them (results sorted: which partition holds what
# depends on hashes of pids)
{:ok, sup} = Registry.start_link(keys: :unique, name: Registry.Parts, partitions: 4)
IO.inspect Process.whereis(Registry.Parts) == sup
IO.inspect Supervisor.which_children(Registry.Parts) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
IO.inspect Supervisor.count_children(Registry.Parts)
IO.inspect Registry.count(Registry.Parts)

parent = self()

names = ["ann", "bob", "cid", "dee", "eve"]

pids =
  for name <- names do
    spawn(fn ->
      {:ok, owner} = Registry.register(Registry.Parts, name, String.length(name))
      send(parent, {:registered, name, is_pid(owner)})
      receive do: (:stop -> :ok)
    end)
  end

for name <- names, do: receive(do: ({:registered, ^name, ok} -> IO.inspect({name, ok})))
IO.inspect Registry.count(Registry.Parts)
IO.inspect Registry.lookup(Registry.Parts, "cid") |> Enum.map(&elem(&1, 1))
IO.inspect Registry.lookup(Registry.Parts, "zed")
IO.inspect Registry.select(Registry.Parts, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort()
IO.inspect Registry.count_select(Registry.Parts, [{{:_, :_, :"$1"}, [{:==, :"$1", 3}], [true]}])
IO.inspect Registry.match(Registry.Parts, "eve", :_) |> length()
IO.inspect Registry.count_match(Registry.Parts, "eve", 3)
IO.inspect Registry.keys(Registry.Parts, hd(pids))

# a registered process that stops takes its keys with it
[first | _] = pids
ref = Process.monitor(first)
send(first, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
for i <- 0..3, do: GenServer.call(Module.concat(Registry.Parts, "PIDPartition#{i}"), :sync)
IO.inspect Registry.lookup(Registry.Parts, "ann")
IO.inspect Registry.count(Registry.Parts)

# duplicate keys over partitions: dispatch visits every partition
{:ok, _} = Registry.start_link(keys: :duplicate, name: Registry.Topics, partitions: 3)

subscribers =
  for n <- 1..6 do
    spawn(fn ->
      {:ok, _} = Registry.register(Registry.Topics, "news", n)
      send(parent, :subscribed)

      receive do
        {:broadcast, text} -> send(parent, {:heard, n, text})
      end
    end)
  end

for _ <- subscribers, do: receive(do: (:subscribed -> :ok))
IO.inspect Registry.count(Registry.Topics)
IO.inspect Registry.lookup(Registry.Topics, "news") |> Enum.map(&elem(&1, 1)) |> Enum.sort()

Registry.dispatch(Registry.Topics, "news", fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, "hello"})
end)

heard = for _ <- subscribers, do: receive(do: ({:heard, n, text} -> {n, text}))
IO.inspect Enum.sort(heard)

IO.inspect Registry.dispatch(Registry.Topics, "news", fn _ -> :unused end, parallel: true)
IO.inspect Registry.dispatch(Registry.Topics, "nobody", fn _ -> raise "never called" end)

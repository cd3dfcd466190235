# Registry as a local pub/sub, as its docs show it: duplicate keys, Registry.dispatch to every
# subscriber, values per registration, unregister_match, count, keys and the cleanup when a
# subscriber exits.
defmodule Watch do
  def watch(pid), do: Process.monitor(pid)
end

{:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)
parent = self()

subscriber = fn name, topic ->
  spawn(fn ->
    {:ok, _} = Registry.register(PubSub, topic, name)
    send(parent, {:subscribed, name})
    receive do
      {:broadcast, msg} -> send(parent, {:got, name, msg})
    end
    receive do
      :stop -> :ok
    end
  end)
end

a = subscriber.(:a, "news")
b = subscriber.(:b, "news")
c = subscriber.(:c, "sports")
for _ <- 1..3, do: receive(do: ({:subscribed, _} -> :ok))

{:ok, _} = Registry.register(PubSub, "news", :me)
{:ok, _} = Registry.register(PubSub, "news", :me_again)
IO.inspect(Registry.count(PubSub), label: "count")
IO.inspect(Registry.lookup(PubSub, "news") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "news values")
IO.inspect(Registry.keys(PubSub, self()), label: "my keys")
IO.inspect(Registry.values(PubSub, "news", self()) |> Enum.sort(), label: "my values")

Registry.dispatch(PubSub, "news", fn entries ->
  for {pid, value} <- entries, pid != self(), do: send(pid, {:broadcast, "hello #{value}"})
end)

got = for _ <- 1..2, do: receive(do: ({:got, name, msg} -> {name, msg}))
IO.inspect(Enum.sort(got), label: "received")

:ok = Registry.unregister_match(PubSub, "news", :me_again)
IO.inspect(Registry.values(PubSub, "news", self()), label: "after unregister_match")
IO.inspect(Registry.count_match(PubSub, "news", :_), label: "count_match news")

ref = Watch.watch(a)
send(a, :stop)
receive do
  {:DOWN, ^ref, :process, ^a, reason} -> IO.inspect(reason, label: "a exited")
end
Process.sleep(10)
IO.inspect(Registry.lookup(PubSub, "news") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "news after a left")
IO.inspect(Registry.match(PubSub, "sports", :c) |> Enum.map(fn {pid, v} -> {pid == c, v} end), label: "match sports")
:ok = Registry.unregister(PubSub, "news")
IO.inspect(Registry.lookup(PubSub, "news") |> length(), label: "news entries left")
send(b, {:broadcast, :x})
send(b, :stop)
send(c, :stop)

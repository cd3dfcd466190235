// Registry as Elixir 1.14's docs use it: unique and duplicate keys, register, lookup, keys,
// values, count, unregister, update_value, dispatch, meta, {:via, Registry, {reg, key}}
// names, entries dropped when their owner dies, and the supervisor and partition it runs
// as. Expected outputs measured with real elixir.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

TEST_SUITE("Registry") {
  TEST_CASE(
      "Registry with duplicate keys: lookup in registration order, dispatch, and the "
      "errors of update_value and :via on such a registry") {
    auto r = run_elixir(R"({:ok, sup} = Registry.start_link(keys: :duplicate, name: Topics)
IO.inspect Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end)
parent = self()
for n <- 1..3 do
  spawn(fn ->
    {:ok, _} = Registry.register(Topics, "news", n)
    if n == 2, do: Registry.register(Topics, "sport", :x)
    send(parent, {:ready, n})
    receive do: ({:broadcast, msg} -> send(parent, {:got, n, msg}))
    receive do: (:never -> :ok)
  end)
  receive do: ({:ready, ^n} -> :ok)
end
{:ok, _} = Registry.register(Topics, "news", :me)
{:ok, _} = Registry.register(Topics, "news", :me_again)
IO.inspect Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1))
IO.inspect Registry.keys(Topics, self())
IO.inspect Registry.values(Topics, "news", self())
IO.inspect Registry.count(Topics)
Registry.dispatch(Topics, "news", fn entries ->
  for {pid, _} <- entries, pid != self(), do: send(pid, {:broadcast, :hello})
end)
IO.inspect(for(_ <- 1..3, do: receive(do: ({:got, n, msg} -> {n, msg}))) |> Enum.sort())
try do
  Registry.update_value(Topics, "news", & &1)
rescue
  e -> IO.inspect e
end
try do
  GenServer.whereis({:via, Registry, {Topics, "news"}})
rescue
  e -> IO.inspect e
end
IO.inspect Registry.unregister(Topics, "news")
IO.inspect Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1))
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "[{Topics.PIDPartition0, true, :worker, [Registry.Partition]}]\n[1, 2, 3, :me, "
          ":me_again]\n[\"news\", \"news\"]\n[:me, :me_again]\n6\n[{1, :hello}, {2, "
          ":hello}, {3, :hello}]\n%ArgumentError{\n  message: \"Registry.update_value/3 is not "
          "supported for duplicate registries\"\n}\n%ArgumentError{message: \":via is not "
          "supported for duplicate registries\"}\n:ok\n[1, 2, 3]\n");
  }

  TEST_CASE("a unique key's entry goes when its owner dies: whereis gives nil, lookup []") {
    auto r = run_elixir(R"({:ok, _} = Registry.start_link(keys: :unique, name: R)
pid = spawn(fn -> Registry.register(R, :k, :v); receive do: (:stop -> exit(:bye)) end)
Process.sleep(10)
IO.inspect Registry.lookup(R, :k) == [{pid, :v}]
ref = Process.monitor(pid)
send(pid, :stop)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect r)
IO.inspect GenServer.whereis({:via, Registry, {R, :k}})
Process.sleep(10)
IO.inspect Registry.lookup(R, :k)
IO.inspect Registry.count(R)
)");
    CHECK(r.error == "");
    CHECK(r.out == "true\n:bye\nnil\n[]\n0\n");
  }
}

# PartitionSupervisor as Elixir's docs use it: one child per partition, and
# {:via, PartitionSupervisor, {name, key}} picks a partition's child (an integer key by
# rem(abs(key), n), any other key by :erlang.phash2(key, n)).
children = [
  {PartitionSupervisor, child_spec: DynamicSupervisor, name: MyApp.DynamicSupervisors, partitions: 4}
]

{:ok, _sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(PartitionSupervisor.partitions(MyApp.DynamicSupervisors), label: "partitions")
IO.inspect(PartitionSupervisor.count_children(MyApp.DynamicSupervisors), label: "count")

for key <- [0, 1, 5, -3, :alice, "bob", {:user, 42}] do
  {:ok, agent} =
    DynamicSupervisor.start_child(
      {:via, PartitionSupervisor, {MyApp.DynamicSupervisors, key}},
      {Agent, fn -> key end}
    )

  partition =
    Enum.find_value(PartitionSupervisor.which_children(MyApp.DynamicSupervisors), fn {id, sup, _, _} ->
      if agent in Enum.map(DynamicSupervisor.which_children(sup), &elem(&1, 1)), do: id
    end)

  IO.puts("#{inspect(key)} -> partition #{partition}")
end

IO.inspect(
  PartitionSupervisor.which_children(MyApp.DynamicSupervisors)
  |> Enum.sort()
  |> Enum.map(fn {id, pid, type, modules} -> {id, is_pid(pid), type, modules} end)
)

# with_arguments gives each partition its number
{:ok, _} =
  PartitionSupervisor.start_link(
    child_spec: {Agent, fn -> :unused end},
    with_arguments: fn [_fun], partition -> [fn -> partition * 10 end] end,
    partitions: 3,
    name: Counters
  )

for key <- 0..4, do: IO.inspect(Agent.get({:via, PartitionSupervisor, {Counters, key}}, & &1))
IO.inspect(Supervisor.child_spec({PartitionSupervisor, name: Counters}, []))

# a partition's child restarts, and the name finds the new one
old = GenServer.whereis({:via, PartitionSupervisor, {Counters, 1}})
ref = Process.monitor(old)
Process.exit(old, :kill)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

# (a call to the supervisor: it has handled the child's exit, and restarted it, before)
%{active: 3} = PartitionSupervisor.count_children(Counters)
new = GenServer.whereis({:via, PartitionSupervisor, {Counters, 1}})
IO.inspect({new != old, Agent.get(new, & &1)}, label: "restarted")

for opts <- [[child_spec: DynamicSupervisor], [name: Foo], [name: Foo, child_spec: DynamicSupervisor, partitions: 0]] do
  try do
    PartitionSupervisor.start_link(opts)
  rescue
    e in ArgumentError -> IO.puts(e.message)
  end
end

IO.inspect(try do
  PartitionSupervisor.partitions(:unknown)
catch
  :exit, reason -> reason
end)
IO.inspect(PartitionSupervisor.stop(Counters))
IO.inspect(Process.whereis(Counters))

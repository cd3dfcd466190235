# The Elixir guide's KV.Bucket: an Agent holding a map, started under a supervisor by a
# registry of named buckets (a GenServer that monitors them and forgets the dead ones).
defmodule KV.Bucket do
  use Agent, restart: :temporary

  def start_link(_opts), do: Agent.start_link(fn -> %{} end)
  def get(bucket, key), do: Agent.get(bucket, &Map.get(&1, key))
  def put(bucket, key, value), do: Agent.update(bucket, &Map.put(&1, key, value))

  def delete(bucket, key) do
    Agent.get_and_update(bucket, fn dict -> Map.pop(dict, key) end)
  end
end

defmodule KV.Registry do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, :ok, opts)
  def lookup(server, name), do: GenServer.call(server, {:lookup, name})
  def create(server, name), do: GenServer.call(server, {:create, name})

  @impl true
  def init(:ok), do: {:ok, {%{}, %{}}}

  @impl true
  def handle_call({:lookup, name}, _from, {names, _} = state) do
    {:reply, Map.fetch(names, name), state}
  end

  def handle_call({:create, name}, _from, {names, refs}) do
    if Map.has_key?(names, name) do
      {:reply, Map.fetch!(names, name), {names, refs}}
    else
      {:ok, bucket} = DynamicSupervisor.start_child(KV.BucketSupervisor, KV.Bucket)
      ref = Process.monitor(bucket)
      {:reply, bucket, {Map.put(names, name, bucket), Map.put(refs, ref, name)}}
    end
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, {names, refs}) do
    {name, refs} = Map.pop(refs, ref)
    {:noreply, {Map.delete(names, name), refs}}
  end
end

children = [
  {DynamicSupervisor, name: KV.BucketSupervisor, strategy: :one_for_one},
  {KV.Registry, name: KV.Registry}
]

{:ok, _} = Supervisor.start_link(children, strategy: :one_for_all)
IO.inspect(KV.Registry.lookup(KV.Registry, "shopping"))
bucket = KV.Registry.create(KV.Registry, "shopping")
IO.inspect(KV.Registry.create(KV.Registry, "shopping") == bucket)
KV.Bucket.put(bucket, "milk", 3)
KV.Bucket.put(bucket, "eggs", 12)
IO.inspect(KV.Bucket.get(bucket, "milk"))
IO.inspect(KV.Bucket.delete(bucket, "milk"))
IO.inspect(KV.Bucket.get(bucket, "milk"))
IO.inspect(DynamicSupervisor.count_children(KV.BucketSupervisor))

# a stopped bucket is forgotten by the registry (its :DOWN arrives before the next call)
Agent.stop(bucket)
IO.inspect(KV.Registry.lookup(KV.Registry, "shopping"))
IO.inspect(DynamicSupervisor.count_children(KV.BucketSupervisor))

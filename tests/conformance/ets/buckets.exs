# ETS as Elixir's getting-started guide uses it: a named table a server owns, read by
# anyone, written through the owner; a protected table refuses other writers
defmodule KV.Registry do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)

  def lookup(table, name) do
    case :ets.lookup(table, name) do
      [{^name, pid}] -> {:ok, pid}
      [] -> :error
    end
  end

  def create(server, name), do: GenServer.call(server, {:create, name})

  @impl true
  def init(table) do
    names = :ets.new(table, [:named_table, read_concurrency: true])
    {:ok, {names, %{}}}
  end

  @impl true
  def handle_call({:create, name}, _from, {names, refs}) do
    case lookup(names, name) do
      {:ok, pid} ->
        {:reply, pid, {names, refs}}

      :error ->
        {:ok, pid} = Agent.start(fn -> %{} end)
        ref = Process.monitor(pid)
        :ets.insert(names, {name, pid})
        {:reply, pid, {names, Map.put(refs, ref, name)}}
    end
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, {names, refs}) do
    {name, refs} = Map.pop(refs, ref)
    :ets.delete(names, name)
    {:noreply, {names, refs}}
  end
end

{:ok, _} = KV.Registry.start_link(:buckets)
IO.inspect KV.Registry.lookup(:buckets, "shopping")
bucket = KV.Registry.create(:buckets, "shopping")
IO.inspect KV.Registry.lookup(:buckets, "shopping") == {:ok, bucket}
IO.inspect KV.Registry.create(:buckets, "shopping") == bucket
Agent.update(bucket, &Map.put(&1, "milk", 3))
IO.inspect Agent.get(bucket, &Map.get(&1, "milk"))

ref = Process.monitor(bucket)
Agent.stop(bucket)
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "bucket down")
end

# the server saw the :DOWN first only after a call went through it
_ = KV.Registry.create(:buckets, "bogus")
IO.inspect KV.Registry.lookup(:buckets, "shopping")
IO.inspect :ets.info(:buckets, :size)
IO.inspect :ets.info(:buckets, :named_table)
IO.inspect :ets.info(:buckets, :protection)
IO.inspect :ets.info(:buckets, :owner) == Process.whereis(:buckets)

try do
  :ets.insert(:buckets, {"mine", self()})
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

# The Mix and OTP guide's KV: buckets are Agents, a registry GenServer names them and
# monitors them, a DynamicSupervisor starts them; tested as the guide tests them (a bucket removed on exit, on crash; buckets
# are temporary children), plus one failing assertion on the registry's lookup.
ExUnit.start(seed: 0, assert_receive_timeout: 2000)

defmodule KV.Bucket do
  use Agent, restart: :temporary

  def start_link(_opts), do: Agent.start_link(fn -> %{} end)
  def get(bucket, key), do: Agent.get(bucket, &Map.get(&1, key))
  def put(bucket, key, value), do: Agent.update(bucket, &Map.put(&1, key, value))
  def delete(bucket, key), do: Agent.get_and_update(bucket, &Map.pop(&1, key))
end

defmodule KV.Registry do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, :ok, opts)
  def lookup(server, name), do: GenServer.call(server, {:lookup, name})
  def create(server, name), do: GenServer.cast(server, {:create, name})

  @impl true
  def init(:ok), do: {:ok, {%{}, %{}}}

  @impl true
  def handle_call({:lookup, name}, _from, {names, _} = state) do
    {:reply, Map.fetch(names, name), state}
  end

  @impl true
  def handle_cast({:create, name}, {names, refs}) do
    if Map.has_key?(names, name) do
      {:noreply, {names, refs}}
    else
      {:ok, bucket} = DynamicSupervisor.start_child(KV.BucketSupervisor, KV.Bucket)
      ref = Process.monitor(bucket)
      {:noreply, {Map.put(names, name, bucket), Map.put(refs, ref, name)}}
    end
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, {names, refs}) do
    {name, refs} = Map.pop(refs, ref)
    {:noreply, {Map.delete(names, name), refs}}
  end
end

defmodule KV.BucketTest do
  use ExUnit.Case, async: true

  setup do
    %{bucket: start_supervised!(KV.Bucket)}
  end

  test "stores values by key", %{bucket: bucket} do
    assert KV.Bucket.get(bucket, "milk") == nil
    KV.Bucket.put(bucket, "milk", 3)
    assert KV.Bucket.get(bucket, "milk") == 3
    assert KV.Bucket.delete(bucket, "milk") == 3
    assert KV.Bucket.get(bucket, "milk") == nil
  end

  test "are temporary workers" do
    assert Supervisor.child_spec(KV.Bucket, []).restart == :temporary
  end
end

defmodule KV.RegistryTest do
  use ExUnit.Case, async: true

  setup do
    start_supervised!({DynamicSupervisor, name: KV.BucketSupervisor, strategy: :one_for_one})
    %{registry: start_supervised!(KV.Registry)}
  end

  test "spawns buckets", %{registry: registry} do
    assert KV.Registry.lookup(registry, "shopping") == :error
    KV.Registry.create(registry, "shopping")
    assert {:ok, bucket} = KV.Registry.lookup(registry, "shopping")
    KV.Bucket.put(bucket, "milk", 1)
    assert KV.Bucket.get(bucket, "milk") == 1
  end

  test "removes buckets on exit", %{registry: registry} do
    KV.Registry.create(registry, "shopping")
    {:ok, bucket} = KV.Registry.lookup(registry, "shopping")
    Agent.stop(bucket)
    assert KV.Registry.lookup(registry, "shopping") == :error
  end

  test "removes bucket on crash", %{registry: registry} do
    KV.Registry.create(registry, "shopping")
    {:ok, bucket} = KV.Registry.lookup(registry, "shopping")
    ref = Process.monitor(bucket)
    Process.exit(bucket, :shutdown)
    assert_receive {:DOWN, ^ref, _, _, _}
    assert KV.Registry.lookup(registry, "shopping") == :error
  end

  test "fails on purpose: a bucket that was never created", %{registry: registry} do
    KV.Registry.create(registry, "shopping")
    assert {:ok, _} = KV.Registry.lookup(registry, "groceries")
  end
end

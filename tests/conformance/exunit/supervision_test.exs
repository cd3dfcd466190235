# ExUnit testing a supervision tree the way tutorials end their GenServer chapter:
# start_supervised!, assert_receive on monitors, a restart observed through the registry of
# names, catch_exit on a bad call, and one failing assertion to check the report.
ExUnit.start(seed: 0, assert_receive_timeout: 200)

defmodule Bucket do
  use Agent
  def start_link(opts), do: Agent.start_link(fn -> %{} end, opts)
  def get(b, k), do: Agent.get(b, &Map.get(&1, k))
  def put(b, k, v), do: Agent.update(b, &Map.put(&1, k, v))
end

defmodule BucketTest do
  use ExUnit.Case, async: true

  setup do
    bucket = start_supervised!({Bucket, name: :bucket})
    %{bucket: bucket}
  end

  describe "a bucket" do
    test "stores values by key", %{bucket: bucket} do
      assert Bucket.get(bucket, "milk") == nil
      Bucket.put(bucket, "milk", 3)
      assert Bucket.get(bucket, "milk") == 3
    end

    test "is restarted by the test supervisor after a kill", %{bucket: bucket} do
      ref = Process.monitor(bucket)
      Process.exit(bucket, :kill)
      assert_receive {:DOWN, ^ref, :process, ^bucket, :killed}
      Process.sleep(10)
      new = Process.whereis(:bucket)
      assert is_pid(new)
      refute new == bucket
      assert Bucket.get(new, "milk") == nil
    end

    test "a call to a stopped bucket exits", %{bucket: bucket} do
      stop_supervised!(Bucket)
      assert {:noproc, {GenServer, :call, _}} = catch_exit(Bucket.get(bucket, "milk"))
    end
  end

  describe "messages" do
    test "refute_receive waits, assert_received does not" do
      send(self(), :now)
      assert_received :now
      refute_receive :never, 20
    end

    test "fails on purpose with a mismatched receive" do
      send(self(), {:temperature, 21})
      assert_receive {:temperature, 30}, 50
    end
  end
end

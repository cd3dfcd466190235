ExUnit.start(seed: 12345)

defmodule KV.Bucket do
  use Agent, restart: :temporary

  def start_link(_opts) do
    Agent.start_link(fn -> %{} end)
  end

  def get(bucket, key) do
    Agent.get(bucket, &Map.get(&1, key))
  end

  def put(bucket, key, value) do
    Agent.update(bucket, &Map.put(&1, key, value))
  end

  def delete(bucket, key) do
    Agent.get_and_update(bucket, &Map.pop(&1, key))
  end
end

defmodule KV.BucketTest do
  use ExUnit.Case, async: true

  setup do
    bucket = start_supervised!(KV.Bucket)
    %{bucket: bucket}
  end

  test "stores values by key", %{bucket: bucket} do
    assert KV.Bucket.get(bucket, "milk") == nil

    KV.Bucket.put(bucket, "milk", 3)
    assert KV.Bucket.get(bucket, "milk") == 3
  end

  test "deletes", %{bucket: bucket} do
    KV.Bucket.put(bucket, "milk", 3)
    assert KV.Bucket.delete(bucket, "milk") == 3
    assert KV.Bucket.delete(bucket, "milk") == nil
  end

  test "are temporary workers" do
    assert Supervisor.child_spec(KV.Bucket, []).restart == :temporary
  end

  test "fails on purpose", %{bucket: bucket} do
    KV.Bucket.put(bucket, "eggs", 12)
    assert KV.Bucket.get(bucket, "eggs") == 6
  end

  describe "with a second bucket" do
    setup %{bucket: bucket} do
      KV.Bucket.put(bucket, "x", 1)
      {:ok, other: start_supervised!(KV.Bucket, id: :other)}
    end

    test "they are separate", %{bucket: b, other: o} do
      assert KV.Bucket.get(b, "x") == 1
      refute KV.Bucket.get(o, "x")
    end

    @tag :skip
    test "skipped" do
      flunk "never"
    end

    test "map of two", context do
      assert %{bucket: _, other: _, test: name} = context
      assert name == :"test with a second bucket map of two"
      assert context.describe == "with a second bucket"
      assert is_list(Map.keys(context))
      assert map_size(context) == 99
    end
  end
end

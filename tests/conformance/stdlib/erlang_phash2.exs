# :erlang.phash2 spreads keys over buckets the same way on every BEAM: a sharding example
defmodule Shards do
  def shard_for(key, count), do: :erlang.phash2(key, count)

  def spread(keys, count) do
    keys
    |> Enum.group_by(&shard_for(&1, count))
    |> Enum.sort()
  end
end

users = ["alice", "bob", "carol", "dave", "eve", "frank", "grace", "heidi"]
IO.inspect(Shards.spread(users, 3))
IO.inspect(Shards.spread([:north, :south, :east, :west], 2))
IO.inspect(Enum.map(1..10, &Shards.shard_for(&1, 4)))

for term <- [{:user, 42}, [1, 2, 3], 'charlist', %{name: "Ann", age: 31}, 2.5, -7, Integer.pow(3, 50), "", {}] do
  IO.puts("#{inspect(term)} -> #{:erlang.phash2(term)}")
end

# equal maps hash the same whatever order they were built in
a = Map.new([{:x, 1}, {:y, 2}, {:z, 3}])
b = %{z: 3, y: 2} |> Map.put(:x, 1)
IO.inspect(:erlang.phash2(a) == :erlang.phash2(b))
IO.inspect(:erlang.phash2(Map.new(1..100, &{&1, &1 * &1})))
IO.inspect(:erlang.phash2("a longer binary that takes several rounds of mixing to hash", 4_294_967_296))

# MapSet and Range as everyday code uses them: membership, set algebra, sets as
# enumerables and collectables, ranges as lazy sequences with sizes and steps.
defmodule Tags do
  def common(a, b), do: MapSet.intersection(MapSet.new(a), MapSet.new(b))
end

admins = MapSet.new(["ann", "bob"])
editors = MapSet.new(["bob", "cid", "dee"])

IO.inspect admins
IO.inspect MapSet.union(admins, editors)
IO.inspect MapSet.intersection(admins, editors)
IO.inspect MapSet.difference(editors, admins)
IO.inspect MapSet.symmetric_difference(admins, editors)
IO.inspect MapSet.member?(editors, "cid")
IO.inspect MapSet.subset?(MapSet.new(["bob"]), admins)
IO.inspect MapSet.disjoint?(admins, MapSet.new(["zed"]))
IO.inspect MapSet.equal?(MapSet.new([1, 2]), MapSet.new([2, 1]))
IO.inspect MapSet.size(editors)
IO.inspect MapSet.put(admins, "eve") |> MapSet.delete("ann")
IO.inspect MapSet.to_list(editors)
IO.inspect MapSet.new([1, 2, 3, 4], &rem(&1, 3))
IO.inspect MapSet.filter(editors, &String.starts_with?(&1, "d"))
IO.inspect MapSet.reject(editors, &String.starts_with?(&1, "d"))
IO.inspect Tags.common([:elixir, :erlang, :lfe], [:erlang, :elixir, :gleam])
IO.inspect Enum.map(editors, &String.upcase/1)
IO.inspect Enum.into([3, 3, 1], MapSet.new())
IO.inspect Enum.sum(MapSet.new([1, 2, 3, 3]))
IO.inspect MapSet.new()
IO.inspect MapSet.new([{:a, 1}, {:b, 2}])

IO.inspect 1..10
IO.inspect 10..1
IO.inspect Range.new(1, 10, 3)
IO.inspect Range.new(1, 10, 3) |> Enum.to_list()
IO.inspect Range.new(10, 1, -4) |> Enum.to_list()
IO.inspect Range.size(1..10)
IO.inspect Range.size(Range.new(1, 10, 4))
IO.inspect Range.size(Range.new(5, 1, 1))
IO.inspect Range.shift(1..3, 2)
IO.inspect Range.disjoint?(1..5, 6..10)
IO.inspect Range.disjoint?(1..5, 5..10)
IO.inspect Range.disjoint?(Range.new(1, 9, 2), Range.new(2, 10, 2))
IO.inspect Range.disjoint?(Range.new(1, 20, 3), Range.new(2, 20, 5))
IO.inspect 7 in 1..10
IO.inspect 4 in Range.new(1, 10, 3)
IO.inspect Enum.count(1..1_000_000)
IO.inspect Enum.member?(1..1_000_000, 999_999)
IO.inspect Enum.at(1..100, -5)
IO.inspect Enum.slice(1..100, 10..15)
IO.inspect Enum.min_max(Range.new(10, 1, -3))
IO.inspect Enum.sum(Range.new(1, 100, 7))
IO.inspect Enum.reverse(1..5)

try do
  Range.new(1, :a)
rescue
  e -> IO.puts(Exception.message(e))
end

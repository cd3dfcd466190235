# Maps: access, update syntax, and the Map module's docs examples
map = %{name: "Dave", likes: "Programming", where: "Dallas"}
IO.inspect Map.keys(map)
IO.inspect Map.values(map)
IO.inspect map[:name]
IO.inspect map.name
map1 = Map.drop(map, [:where, :likes])
IO.inspect map1
map2 = Map.put(map, :also_likes, "Ruby")
IO.inspect map2
IO.inspect Map.has_key?(map1, :where)
{value, updated_map} = Map.pop(map2, :also_likes)
IO.inspect {value, updated_map}
IO.inspect Map.equal?(map, updated_map)
m = %{a: 1, b: 2, c: 3}
IO.inspect %{m | b: "two", c: "three"}
try do
  IO.inspect %{m | d: 4}
rescue
  e -> IO.inspect e
end
people = [
  %{name: "Grumpy", height: 1.24},
  %{name: "Dave", height: 1.88},
  %{name: "Dopey", height: 1.32},
  %{name: "Shaquille", height: 2.16},
  %{name: "Sneezy", height: 1.28}
]
IO.inspect(for person = %{height: height} <- people, height > 1.5, do: person)
IO.inspect Map.new([{1, 2}, {3, 4}])
IO.inspect Map.new([:a, :b], fn x -> {x, x} end)
IO.inspect Map.merge(%{a: 1, b: 2}, %{a: 3, d: 4})
IO.inspect Map.merge(%{a: 1, b: 2}, %{a: 3, d: 4}, fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Map.update(%{a: 1}, :a, 13, fn existing_value -> existing_value * 2 end)
IO.inspect Map.update(%{a: 1}, :b, 11, fn existing_value -> existing_value * 2 end)
IO.inspect Map.update!(%{a: 1}, :a, &(&1 * 2))
try do
  Map.update!(%{a: 1}, :b, &(&1 * 2))
rescue
  e -> IO.puts Exception.message(e)
end
try do
  Map.fetch!(%{a: 1}, :b)
rescue
  e -> IO.puts Exception.message(e)
end
IO.inspect Map.fetch(%{a: 1}, :a)
IO.inspect Map.get(%{a: 1}, :b, "default")
IO.inspect Map.get_and_update(%{a: 1}, :a, fn current_value -> {current_value, "new value!"} end)
IO.inspect Map.get_lazy(%{a: 1}, :b, fn -> 13 end)
IO.inspect Map.put_new(%{a: 1}, :b, 2)
IO.inspect Map.put_new(%{a: 1, b: 2}, :a, 3)
IO.inspect Map.split(%{a: 1, b: 2, c: 3, d: 4}, [:a, :c, :e])
IO.inspect Map.take(%{a: 1, b: 2, c: 3}, [:a, :c, :e])
IO.inspect Map.to_list(%{a: 1})
IO.inspect Map.filter(%{one: 1, two: 2, three: 3}, fn {_key, val} -> rem(val, 2) == 1 end)
IO.inspect Map.reject(%{one: 1, two: 2, three: 3}, fn {_key, val} -> rem(val, 2) == 1 end)
IO.inspect Map.from_struct(%URI{})  |> Map.keys() |> length()
IO.inspect Map.replace(%{a: 1}, :b, 2)
IO.inspect Map.replace!(%{a: 1, b: 2}, :a, 3)
IO.inspect Map.delete(%{a: 1, b: 2}, :a)
IO.inspect Map.pop_lazy(%{a: 1}, :a, fn -> 13 end)
IO.inspect Map.map(%{a: 1, b: 2}, fn {_k, v} -> v * 2 end) 
IO.inspect map_size(%{a: 1})
IO.inspect %{"a" => 1, 1 => :x, {1, 2} => [3]}
IO.inspect %{:a => 1, "b" => 2}

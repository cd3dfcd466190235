# Maps from the book and Map's docs: keys, update syntax, merge/update/split/filter, pattern matching
map = %{name: "Dave", likes: "Programming", where: "Dallas"}
IO.inspect(Map.keys(map))
IO.inspect(Map.values(map))
IO.inspect(map[:name])
IO.inspect(map.name)
map1 = Map.drop(map, [:where, :likes])
IO.inspect(map1)
map2 = Map.put(map, :also_likes, "Ruby")
IO.inspect(map2)
IO.inspect(Map.has_key?(map1, :where))
{value, updated_map} = Map.pop(map2, :also_likes)
IO.inspect({value, updated_map})
IO.inspect(Map.equal?(map, updated_map))
people = [
  %{name: "Grumpy", height: 1.24},
  %{name: "Dave", height: 1.88},
  %{name: "Dopey", height: 1.32},
  %{name: "Shaquille", height: 2.16},
  %{name: "Sneezy", height: 1.28}
]
IO.inspect(for person = %{height: height} <- people, height > 1.5, do: person)
m = %{a: 1, b: 2, c: 3}
m1 = %{m | b: "two", c: "three"}
IO.inspect(m1)
try do
  %{m | d: 4}
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
IO.inspect(Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}))
IO.inspect(Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Map.update(%{a: 1}, :a, 13, &(&1 * 2)))
IO.inspect(Map.update(%{a: 1}, :b, 13, &(&1 * 2)))
IO.inspect(Map.get_and_update(%{a: 1}, :a, fn current -> {current, "new value!"} end))
IO.inspect(Map.new([{:b, 1}, {:a, 2}]))
IO.inspect(Map.new([:a, :b], fn x -> {x, x} end))
IO.inspect(Map.split(%{a: 1, b: 2, c: 3}, [:a, :c, :e]))
IO.inspect(Map.take(%{a: 1, b: 2, c: 3}, [:a, :c, :e]))
IO.inspect(Map.filter(%{one: 1, two: 2, three: 3}, fn {_key, val} -> rem(val, 2) == 1 end))
IO.inspect(Map.reject(%{one: 1, two: 2, three: 3}, fn {_key, val} -> rem(val, 2) == 1 end))
IO.inspect(Map.to_list(%{a: 1, b: 2}))
IO.inspect(Map.fetch(%{a: 1}, :b))
IO.inspect(Map.fetch!(%{a: 1}, :a))
IO.inspect(Map.replace(%{a: 1}, :b, 2))
IO.inspect(Map.put_new_lazy(%{a: 1}, :b, fn -> 42 end))
IO.inspect(Map.from_keys([1, 2, 3], :x))
IO.inspect(Map.intersect(%{a: 1, b: 2}, %{b: "b", c: "c"}))
IO.inspect(%{"b" => 1, "a" => 2, 3 => :three, :x => [1]})
IO.inspect(map_size(map))
%{name: n} = map
IO.puts(n)
data = %{buttercup: %{color: "yellow"}, rose: %{color: "red"}}
for {flower, %{color: c}} <- data, do: IO.puts("#{flower} is #{c}")

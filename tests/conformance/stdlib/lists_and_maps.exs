# List and Map beyond the basics: positions from 0, key lists of tuples, diffs, and maps
# updated, split, popped and merged with a fun.
inventory = [{:apple, 3, 0.5}, {:pear, 0, 0.75}, {:fig, 12, 0.2}]

IO.inspect List.keyfind(inventory, :pear, 0)
IO.inspect List.keyfind(inventory, 12, 1)
IO.inspect List.keyfind(inventory, :kiwi, 0, :none)
IO.inspect List.keysort(inventory, 1)
IO.inspect List.keysort(inventory, 2, :desc)
IO.inspect List.keyreplace(inventory, :pear, 0, {:pear, 5, 0.75})
IO.inspect List.keystore(inventory, :kiwi, 0, {:kiwi, 1, 1.0})
IO.inspect List.keydelete(inventory, :apple, 0)
IO.inspect List.keytake(inventory, :fig, 0)
IO.inspect List.keymember?(inventory, :fig, 0)
IO.inspect List.insert_at([1, 2, 3], 1, :x)
IO.inspect List.insert_at([1, 2, 3], -1, :x)
IO.inspect List.replace_at([1, 2, 3], -1, :x)
IO.inspect List.update_at([1, 2, 3], 0, &(&1 * 100))
IO.inspect List.delete_at([1, 2, 3], 1)
IO.inspect List.pop_at([1, 2, 3], 5, :none)
IO.inspect List.first([], :empty)
IO.inspect List.last([1, 2, 3])
IO.inspect List.flatten([1, [2, [3]]], [4])
IO.inspect List.wrap(nil)
IO.inspect List.wrap({:a})
IO.inspect List.duplicate(:ok, 3)
IO.inspect List.zip([[1, 2, 3], [:a, :b, :c]])
IO.inspect List.starts_with?([1, 2, 3], [1, 2])
IO.inspect List.improper?([1 | 2])
IO.inspect List.ascii_printable?('hello')
IO.inspect List.to_string(['abc', "def", ?g])
IO.inspect List.to_integer('42')
IO.inspect List.to_float('2.5')
IO.inspect List.to_tuple([:a, :b])
IO.inspect List.foldr([1, 2, 3], [], fn x, acc -> [x * 2 | acc] end)
IO.inspect List.myers_difference([1, 4, 2, 3], [1, 2, 3, 4])
IO.inspect List.myers_difference([:a, :b, :c], [:a, :x, :c])

scores = %{"ann" => 31, "bob" => 25}
IO.inspect Map.update(scores, "ann", 0, &(&1 + 1))
IO.inspect Map.update(scores, "cid", 0, &(&1 + 1))
IO.inspect Map.update!(scores, "bob", &(&1 * 2))
IO.inspect Map.pop(scores, "ann")
IO.inspect Map.pop(scores, "zed", :none)
IO.inspect Map.pop_lazy(scores, "zed", fn -> :computed end)
IO.inspect Map.split(scores, ["ann"])
IO.inspect Map.take(scores, ["bob", "zed"])
IO.inspect Map.drop(scores, ["bob"])
IO.inspect Map.replace(scores, "zed", 1)
IO.inspect Map.replace!(scores, "ann", 1)
IO.inspect Map.merge(scores, %{"bob" => 30, "cid" => 1}, fn _k, old, new -> max(old, new) end)
IO.inspect Map.put_new_lazy(scores, "dee", fn -> 40 end)
IO.inspect Map.get_lazy(scores, "zed", fn -> 0 end)
IO.inspect Map.get_and_update(scores, "ann", fn v -> {v, v + 100} end)
IO.inspect Map.get_and_update(scores, "ann", fn _ -> :pop end)
IO.inspect Map.filter(scores, fn {_k, v} -> v > 30 end)
IO.inspect Map.reject(scores, fn {_k, v} -> v > 30 end)
IO.inspect Map.new([{:a, 1}, {:b, 2}], fn {k, v} -> {v, k} end)
IO.inspect Map.new(MapSet.new([{:x, 1}]))
IO.inspect Map.from_keys([:a, :b], nil)
IO.inspect Map.equal?(%{a: 1}, %{a: 1.0})
IO.inspect Map.to_list(%{b: 2, a: 1})

try do
  Map.fetch!(scores, "zed")
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Map.pop!(scores, "zed")
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Map.put(:not_a_map, :a, 1)
rescue
  e -> IO.puts(Exception.message(e))
end

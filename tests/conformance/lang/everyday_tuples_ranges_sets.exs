# Tuples, ranges, MapSet, small Kernel helpers
t = {:ok, 1, "two"}
IO.inspect elem(t, 2)
IO.inspect put_elem(t, 1, 100)
IO.inspect tuple_size(t)
IO.inspect Tuple.append(t, :x)
IO.inspect Tuple.delete_at(t, 0)
IO.inspect Tuple.insert_at(t, 0, :first)
IO.inspect Tuple.to_list(t)
IO.inspect Tuple.duplicate(0, 3)
IO.inspect Tuple.product({2, 3})
IO.inspect Tuple.sum({2, 3})
r = 1..10
IO.inspect Enum.sum(r)
IO.inspect Range.size(r)
IO.inspect 5 in r
IO.inspect r.first
IO.inspect r.last
IO.inspect 10..1//-1 |> Enum.to_list
IO.inspect Enum.to_list(10..1)
IO.inspect Range.new(1, 10, 3) |> Enum.to_list
IO.inspect Range.disjoint?(1..5, 6..9)
IO.inspect 1..0//1 |> Enum.to_list
IO.inspect Enum.count(1..0//1)
IO.inspect first..last = 3..7
IO.inspect {first, last}
s = MapSet.new([1, 2, 3])
IO.inspect MapSet.put(s, 4)
IO.inspect MapSet.member?(s, 2)
IO.inspect MapSet.union(s, MapSet.new([5]))
IO.inspect MapSet.intersection(s, MapSet.new([2, 3, 4]))
IO.inspect MapSet.difference(s, MapSet.new([1]))
IO.inspect MapSet.subset?(MapSet.new([1]), s)
IO.inspect MapSet.size(s)
IO.inspect MapSet.to_list(s)
IO.inspect Enum.map(s, &(&1 * 2))
IO.inspect MapSet.new(["b", "a"])
IO.inspect MapSet.new()
IO.inspect MapSet.delete(s, 1)
IO.inspect MapSet.equal?(s, MapSet.new([3, 2, 1]))
IO.inspect MapSet.disjoint?(s, MapSet.new([9]))
IO.inspect Enum.into([1, 1, 2], MapSet.new())
IO.inspect :atom |> Atom.to_string()
IO.inspect Atom.to_charlist(:abc)
IO.inspect is_atom(Foo)
IO.inspect Function.identity(3)
IO.inspect Kernel.then(5, &(&1 + 1))
IO.inspect tap(5, &IO.inspect(&1 * 10))
IO.inspect binding() |> length()

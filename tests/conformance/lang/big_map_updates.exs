# Puts, updates and deletes on maps of thousands of keys, as a word count or a cache
# builds them: the results, and big maps printed after edits (the BEAM's order for
# maps of more than 32 keys, docs/map_order.md).
words = for i <- 1..20_000, do: "w#{rem(i * 7919, 5_000)}"
freq = Enum.frequencies(words)
IO.puts(map_size(freq))
IO.inspect(freq |> Enum.sort() |> Enum.take(3))
IO.inspect(Enum.max_by(freq, fn {_w, n} -> n end))

squares = Enum.reduce(1..10_000, %{}, fn i, acc -> Map.put(acc, i, i * i) end)
bumped = Enum.reduce(1..10_000, squares, fn i, acc -> Map.update!(acc, i, &(&1 + 1)) end)
zeroed = Enum.reduce(1..5_000, bumped, fn i, acc -> %{acc | i => 0} end)
IO.inspect({squares[77], bumped[77], zeroed[77], zeroed[9_999]})
IO.inspect({map_size(squares), map_size(bumped), map_size(zeroed)})

few = Enum.reduce(1..9_960, zeroed, fn i, acc -> Map.delete(acc, i) end)
IO.inspect(few)
IO.inspect(Map.keys(few) |> Enum.sum())

{popped, rest} = Map.pop(few, 9_999)
IO.inspect({popped, map_size(rest), Map.has_key?(rest, 9_999)})
merged = Map.merge(squares, %{1 => :one, 20_000 => :twenty_thousand})
IO.inspect({merged[1], merged[2], merged[20_000], map_size(merged)})
IO.inspect(Map.merge(few, squares) == Map.merge(squares, few))
IO.inspect(squares == Enum.into(1..10_000, %{}, &{&1, &1 * &1}))
IO.inspect(Map.take(zeroed, [1, 5_000, 5_001, 10_001]))
IO.inspect(:maps.remove(10_000, few) |> map_size())
cache = Enum.reduce(1..3_000, %{}, fn i, acc ->
  acc = Map.put_new(acc, rem(i, 700), i)
  if rem(i, 5) == 0, do: Map.delete(acc, rem(i, 11)), else: acc
end)
IO.inspect({map_size(cache), Enum.sum(Map.values(cache))})

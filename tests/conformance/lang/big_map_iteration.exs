# Maps of more than 32 keys: Enum.to_list, Map.keys and inspect list them in the BEAM's
# hash-trie order, while everything that walks :maps.iterator (Enum.reduce/3 on a map and
# so Enum.map, filter, each, for; :maps.fold, :maps.next) goes the opposite way.
# Integer and string keys only: atoms hash by their atom-table index, which varies.
ints = Map.new(1..40, fn n -> {n, n * n} end)
words = Map.new(1..60, fn n -> {"w#{n}", n} end)
big = Map.new(1..100, fn n -> {n * 7, rem(n, 5)} end)
show = fn label, value -> IO.puts(label <> ": " <> inspect(value, limit: :infinity, width: 100_000)) end
keys = fn pairs -> Enum.map(pairs, fn {k, _} -> k end) end

show.("listed", Map.keys(ints))
show.("Enum.to_list", Enum.to_list(ints) |> keys.())
show.("Enum.map", Enum.map(ints, fn {k, _} -> k end))
show.("Enum.reduce", Enum.reduce(ints, [], fn {k, _}, acc -> [k | acc] end))
show.("Enum.reduce/2", Enum.reduce(words, fn {k, _}, acc -> if is_tuple(acc), do: [k], else: [k | acc] end))
show.("Enum.filter", Enum.filter(words, fn {_, v} -> rem(v, 3) == 0 end) |> keys.())
show.("Enum.reject", Enum.reject(big, fn {_, v} -> v > 1 end) |> keys.())
show.("Enum.with_index", Enum.with_index(ints) |> Enum.take(5))
show.("Enum.with_index/2", Enum.with_index(words, fn {k, _}, i -> {i, k} end) |> Enum.take(5))
show.("Enum.group_by", Enum.group_by(big, fn {_, v} -> v end, fn {k, _} -> k end))
show.("Enum.sort_by ties", Enum.sort_by(words, fn {_, v} -> rem(v, 2) end) |> keys.())
show.("Enum.uniq_by", Enum.uniq_by(big, fn {_, v} -> v end))
show.("Enum.map_join", Enum.map_join(ints, " ", fn {k, _} -> k end))
show.("Enum.flat_map", Enum.flat_map(ints, fn {k, v} -> [k, v] end) |> Enum.take(8))
show.("Enum.split", Enum.split(words, 4) |> elem(0))
show.("Enum.take", Enum.take(words, 4))
show.("Enum.zip", Enum.zip(words, 1..4))
show.("Enum.find", Enum.find(big, fn {_, v} -> v == 4 end))
show.("Enum.reduce_while", Enum.reduce_while(ints, [], fn {k, _}, acc -> if length(acc) < 5, do: {:cont, [k | acc]}, else: {:halt, acc} end))
show.("Enum.max_by", Enum.max_by(big, fn {_, v} -> v end))
show.("Stream.map", Stream.map(ints, fn {k, _} -> k end) |> Enum.take(6))

Process.put(:seen, [])
Enum.each(words, fn {k, _} -> Process.put(:seen, [k | Process.get(:seen)]) end)
show.("Enum.each", Process.get(:seen) |> Enum.reverse())

show.("for", for({k, v} <- big, v == 0, do: k))
show.("for reduce", for({k, _} <- ints, reduce: 0, do: (acc -> acc * 3 + k)))
show.("for into", for({k, v} <- ints, into: %{}, do: {v, k}) |> Map.keys() |> Enum.take(8))

show.(":maps.fold", :maps.fold(fn k, _, acc -> [k | acc] end, [], words))
Process.put(:seen, [])
:maps.foreach(fn k, _ -> Process.put(:seen, [k | Process.get(:seen)]) end, big)
show.(":maps.foreach", Process.get(:seen))
show.(":maps.to_list", :maps.to_list(big) |> keys.())

defmodule Walk do
  def keys(iterator, acc \\ []) do
    case :maps.next(iterator) do
      :none -> Enum.reverse(acc)
      {k, _v, next} -> keys(next, [k | acc])
    end
  end
end

show.(":maps.next", Walk.keys(:maps.iterator(words)))
{k1, v1, rest} = :maps.next(:maps.iterator(ints))
show.("first", {k1, v1})
show.("rest", rest)
show.(":maps.iterator small", :maps.iterator(%{1 => :a, 2 => :b}))
show.(":maps.next small", :maps.next(:maps.iterator(%{1 => :a, 2 => :b})))
show.(":maps.next none", :maps.next(:none))
show.(":maps.next bad", try(do: :maps.next(:nope), rescue: (e -> Exception.message(e))))

set = MapSet.new(1..70)
show.("MapSet.to_list", MapSet.to_list(set) |> Enum.take(10))
show.("MapSet Enum.map", Enum.map(set, &(&1 * 2)) |> Enum.take(10))
show.("MapSet for", for(x <- set, rem(x, 9) == 0, do: x))
show.("MapSet.filter", MapSet.filter(set, &(rem(&1, 11) == 0)) |> MapSet.to_list())
Process.put(:seen, [])
MapSet.filter(set, fn x -> Process.put(:seen, [x | Process.get(:seen)]) end)
show.("MapSet.filter calls", Process.get(:seen) |> Enum.reverse() |> Enum.take(10))
show.("MapSet inspect", MapSet.new(1..40, &"s#{&1}"))

small = Map.new(1..32, fn n -> {n, n} end)
show.("32 keys map", Enum.map(small, fn {k, _} -> k end))
show.("32 keys list", Map.keys(small))
IO.puts(:io_lib.format("~w", [Map.new(1..36, fn n -> {n, n} end)]))

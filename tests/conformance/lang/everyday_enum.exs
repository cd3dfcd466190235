# The Enum module's docs examples
require Integer
IO.inspect Enum.to_list(1..5)
IO.inspect Enum.concat([1, 2, 3], [4, 5, 6])
IO.inspect Enum.map([1, 2, 3, 4], &String.duplicate("*", &1))
IO.inspect Enum.at(10..20, 3)
IO.inspect Enum.at(10..20, 20)
IO.inspect Enum.at(10..20, 20, :no_one_here)
IO.inspect Enum.filter([1, 2, 3, 4], &Integer.is_even/1)
IO.inspect Enum.reject([1, 2, 3, 4], &Integer.is_even/1)
IO.inspect Enum.sort ["there", "was", "a", "crooked", "man"]
IO.inspect Enum.sort ["there", "was", "a", "crooked", "man"], &(String.length(&1) <= String.length(&2))
IO.inspect Enum.max ["there", "was", "a", "crooked", "man"]
IO.inspect Enum.max_by ["there", "was", "a", "crooked", "man"], &String.length/1
IO.inspect Enum.take(1..5, 3)
IO.inspect Enum.take_every(1..10, 2)
IO.inspect Enum.take_while(1..10, &(&1 < 4))
IO.inspect Enum.split(1..5, 3)
IO.inspect Enum.split_while(1..10, &(&1 < 4))
IO.inspect Enum.join([1, 2, 3])
IO.inspect Enum.join([1, 2, 3], ", ")
IO.inspect Enum.all?([1, 2, 3], &(&1 < 4))
IO.inspect Enum.any?([1, 2, 3], &(&1 < 4))
IO.inspect Enum.member?([1, 2, 3], 4)
IO.inspect Enum.empty?([])
IO.inspect Enum.zip([1, 2, 3], [:a, :b, :c])
IO.inspect Enum.with_index(["once", "upon", "a", "time"])
IO.inspect Enum.with_index(["a", "b"], 1)
IO.inspect Enum.reduce(1..100, &(&1 + &2))
IO.inspect Enum.reduce(["now", "is", "the", "time"], fn word, longest ->
  if String.length(word) > String.length(longest) do word else longest end end)
IO.inspect Enum.reduce(["now", "is", "the", "time"], 0, fn word, longest ->
  if String.length(word) > longest, do: String.length(word), else: longest end)
import Enum
deck = for rank <- '23456789TJQKA', suit <- 'CDHS', do: [suit, rank]
IO.inspect deck |> take(13)
IO.inspect length(deck)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5, 6], 2)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2, [7])
IO.inspect Enum.chunk_every([1, 2, 3, 4], 3, 3, [])
IO.inspect Enum.chunk_every([1, 2, 3, 4], 10)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2, :discard)
IO.inspect Enum.chunk_by([1, 2, 2, 3, 4, 4, 6, 7, 7], &(rem(&1, 2) == 1))
IO.inspect Enum.chunk_while(1..10, [], fn element, acc ->
  if rem(element, 2) == 0 do
    {:cont, Enum.reverse([element | acc]), []}
  else
    {:cont, [element | acc]}
  end
end, fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end)
IO.inspect Enum.flat_map_reduce(1..100, 0, fn x, acc ->
  if acc < 3, do: {[x], acc + 1}, else: {:halt, acc}
end)
IO.inspect Enum.flat_map([:a, :b, :c], fn x -> [x, x] end)
IO.inspect Enum.flat_map([{1, 3}, {4, 6}], fn {x, y} -> x..y end)
IO.inspect Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, x + acc} end)
IO.inspect Enum.group_by(~w{ant buffalo cat dingo}, &String.length/1)
IO.inspect Enum.group_by(~w{ant buffalo cat dingo}, &String.length/1, &String.first/1)
IO.inspect Enum.frequencies(~w{ant buffalo ant ant buffalo dingo})
IO.inspect Enum.frequencies_by(~w{aa aA bb cc}, &String.downcase/1)
IO.inspect Enum.dedup([1, 2, 3, 3, 2, 1])
IO.inspect Enum.dedup_by([{1, :a}, {2, :b}, {2, :c}, {1, :a}], fn {x, _} -> x end)
IO.inspect Enum.uniq([1, 2, 3, 3, 2, 1])
IO.inspect Enum.uniq_by([{1, :x}, {2, :y}, {1, :z}], fn {x, _} -> x end)
IO.inspect Enum.intersperse([1, 2, 3], 0)
IO.inspect Enum.into([a: 1, b: 2], %{})
IO.inspect Enum.into(%{a: 1}, %{b: 2})
IO.inspect Enum.into([1, 2], [0])
IO.inspect Enum.into([a: 1, b: 2], %{}, fn {k, v} -> {v, k} end)
IO.inspect Enum.min_max([2, 3, 1])
IO.inspect Enum.min_by(["a", "aa", "aaa"], fn x -> String.length(x) end)
IO.inspect Enum.sum([1, 2, 3])
IO.inspect Enum.product([2, 3, 4])
IO.inspect Enum.count([1, 2, 3], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.find([2, 3, 4], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find_index([2, 4, 6], fn x -> x == 6 end)
IO.inspect Enum.find_value([2, 3, 4], fn x -> x > 2 && x * x end)
IO.inspect Enum.reverse([1, 2, 3], [4, 5, 6])
IO.inspect Enum.slice(1..100, 5..10)
IO.inspect Enum.slice([1, 2, 3, 4, 5], 1, 2)
IO.inspect Enum.slice(1..10, 5..-1//1)
IO.inspect Enum.scan(1..5, &(&1 + &2))
IO.inspect Enum.scan(1..5, 0, &(&1 + &2))
IO.inspect Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1)
IO.inspect Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1, :desc)
IO.inspect Enum.sort([3, 1, 2], :desc)
IO.inspect Enum.zip_with([1, 2], [3, 4], fn x, y -> x + y end)
IO.inspect Enum.zip([[1, 2, 3], [:a, :b, :c], ["foo", "bar", "baz"]])
IO.inspect Enum.unzip([{:a, 1}, {:b, 2}, {:c, 3}])
IO.inspect Enum.each([1, 2], &IO.puts/1)
IO.inspect Enum.random([1]) 
IO.inspect Enum.reduce_while(1..100, 0, fn x, acc ->
  if x < 5, do: {:cont, acc + x}, else: {:halt, acc}
end)
IO.inspect Enum.split_with([5, 4, 3, 2, 1, 0], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.map_join([1, 2, 3], " = ", &(&1 * 2))
IO.inspect Enum.map_intersperse([1, 2, 3], :a, &(&1 * 2))
IO.inspect Enum.count_until(1..20, 5)
IO.inspect Enum.drop(1..10, -3)
IO.inspect Enum.drop_every(1..10, 2)
IO.inspect Enum.drop_while([1, 2, 3, 2, 1], fn x -> x < 3 end)
IO.inspect Enum.fetch([2, 4, 6], 4)
IO.inspect Enum.zip_reduce([1, 2], [3, 4], 0, fn x, y, acc -> x + y + acc end)
IO.inspect Enum.max([], fn -> 0 end)
try do
  Enum.max([])
rescue
  e -> IO.inspect e
end
try do
  Enum.fetch!([1], 4)
rescue
  e -> IO.inspect e
end
IO.inspect Enum.sort([%{a: 2}, %{a: 1}])
IO.inspect Enum.to_list(%{a: 1, b: 2})
IO.inspect Enum.map(%{a: 1, b: 2}, fn {k, v} -> {k, v * 2} end)

# Enum pipelines as Programming Elixir and Elixir's docs write them: lists, ranges and
# maps through one reduce, chunks, sorting with ties, zips and the rarer corners.
defmodule Words do
  def frequencies(text) do
    text
    |> String.downcase()
    |> String.split()
    |> Enum.frequencies()
    |> Enum.sort_by(fn {word, count} -> {-count, word} end)
    |> Enum.take(3)
  end
end

IO.inspect Words.frequencies("the cat and the hat and the bat")

orders = [
  %{item: "tea", qty: 2, price: 3.5},
  %{item: "cake", qty: 1, price: 4.0},
  %{item: "tea", qty: 1, price: 3.5},
  %{item: "jam", qty: 3, price: 2.25}
]

orders
|> Enum.group_by(& &1.item, & &1.qty)
|> IO.inspect()

orders
|> Enum.map(&(&1.qty * &1.price))
|> Enum.sum()
|> IO.inspect()

IO.inspect Enum.max_by(orders, & &1.qty).item
IO.inspect Enum.min_max_by(orders, & &1.price)
IO.inspect Enum.split_with(1..10, &(rem(&1, 3) == 0))
IO.inspect Enum.chunk_every(1..10, 3)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5], 2, 1, :discard)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5], 3, 3, [:pad, :pad])
IO.inspect Enum.chunk_by(["a", "b", "ab", "cd", "e"], &String.length/1)
IO.inspect Enum.chunk_while(1..10, [], fn x, acc ->
  if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
end, fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end)

# sorting: stable for <= and :asc/:desc, equal items reversed for a strict comparison
people = [{"ann", 31}, {"bob", 25}, {"cid", 31}, {"dee", 25}, {"eve", 40}]
IO.inspect Enum.sort_by(people, &elem(&1, 1))
IO.inspect Enum.sort_by(people, &elem(&1, 1), :desc)
IO.inspect Enum.sort_by(people, &elem(&1, 1), &>/2)
IO.inspect Enum.sort(people, fn {_, a}, {_, b} -> a < b end)
IO.inspect Enum.sort([3, 1, 2], :desc)

IO.inspect Enum.zip([1, 2, 3], [:a, :b])
IO.inspect Enum.zip([[1, 2, 3], [:a, :b, :c], ["x", "y", "z"]])
IO.inspect Enum.unzip([{1, :a}, {2, :b}])
IO.inspect Enum.zip_with([1, 2, 3], [10, 20, 30], &+/2)
IO.inspect Enum.zip_reduce([1, 2], [3, 4], 0, fn a, b, acc -> acc + a * b end)
IO.inspect Enum.with_index(["a", "b", "c"], 1)
IO.inspect Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, acc + x} end)
IO.inspect Enum.scan(1..5, &*/2)
IO.inspect Enum.flat_map_reduce(1..100, 0, fn x, acc ->
  if acc >= 3, do: {:halt, acc}, else: {[x, -x], acc + 1}
end)
IO.inspect Enum.reduce_while(1..100, 0, fn x, acc ->
  if acc + x > 20, do: {:halt, acc}, else: {:cont, acc + x}
end)
IO.inspect Enum.slice(10..30, 2..5)
IO.inspect Enum.slice([:a, :b, :c, :d, :e], -3, 2)
IO.inspect Enum.slide([:a, :b, :c, :d, :e, :f], 3..4, 1)
IO.inspect Enum.take(1..10, -3)
IO.inspect Enum.drop(1..10, -7)
IO.inspect Enum.take_every(1..20, 5)
IO.inspect Enum.dedup([1, 1, 2, 2, 2, 1, 3])
IO.inspect Enum.dedup_by([{1, :a}, {1, :b}, {2, :c}], &elem(&1, 0))
IO.inspect Enum.uniq_by([{1, :x}, {2, :y}, {1, :z}], &elem(&1, 0))
IO.inspect Enum.intersperse([1, 2, 3], :sep)
IO.inspect Enum.map_join(1..4, " + ", &Integer.to_string/1)
IO.inspect Enum.join(["a", :b, 3, 4.5], "-")
IO.inspect Enum.into([a: 1, b: 2], %{c: 3})
IO.inspect Enum.into(%{a: 1}, [])
IO.inspect Enum.count_until(1..1000, 10)
IO.inspect Enum.frequencies_by(["apple", "avocado", "banana"], &String.first/1)
IO.inspect Enum.at([1, 2, 3], -1)
IO.inspect Enum.fetch(1..3, 5)
IO.inspect Enum.find_value([1, 2, 3], fn x -> x > 1 && x * 10 end)
IO.inspect Enum.find_index(["a", "b"], &(&1 == "b"))
IO.inspect Enum.empty?(%{})
IO.inspect Enum.member?(1..10, 7)
IO.inspect Enum.sum(1..100)
IO.inspect Enum.product(1..10)
IO.inspect Enum.reverse_slice([1, 2, 3, 4, 5, 6], 1, 3)
IO.inspect Enum.max([], fn -> :empty end)

try do
  Enum.max([])
rescue
  e -> IO.inspect(e)
end

try do
  Enum.fetch!([1, 2], 5)
rescue
  e in Enum.OutOfBoundsError -> IO.puts(Exception.message(e))
end

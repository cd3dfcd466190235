# Comprehensions as Programming Elixir writes them: generators, filters, into:, reduce:,
# stepped ranges, and a million elements (for is a loop on the BEAM)
IO.inspect(Enum.to_list(1..10//2))
x = 5
IO.inspect(1..x//2)
first..last//step = 1..10//3
IO.inspect({first, last, step})
a..b = 3..7//2
IO.inspect({a, b})
IO.inspect(Enum.to_list(10..1//-3))
IO.inspect(1..10//1)
IO.inspect(1..9//2 |> Enum.sum)
IO.inspect(for x <- 1..10//3, do: x * x)
r = for x <- 1..5, reduce: 0 do
  acc -> acc + x
end
IO.inspect r
IO.inspect(for x <- ~w(a b c), reduce: %{} do
  acc -> Map.put(acc, x, String.upcase(x))
end)
IO.inspect(for {k, v} <- [a: 1, b: 2, c: 3], v > 1, reduce: {0, []} do
  {n, ks} when v > 2 -> {n + v, [k | ks]}
  {n, ks} -> {n, [k | ks]}
end)
IO.inspect(for x <- [1, 2], y <- [3, 4], x + y > 4, do: {x, y})
IO.inspect(for x <- [1, 2, 3], into: %{}, do: {x, x * x})
IO.inspect(for x <- [1, 2, 2, 3], into: MapSet.new(), do: x)
IO.inspect(for x <- [1, 2, 2, 3], uniq: true, do: x * 10)
IO.inspect(for {:ok, v} <- [{:ok, 1}, :error, {:ok, 3}], do: v)
IO.inspect(for x <- [1, 2, 3], y = x * 2, rem(y, 4) == 0, do: y)
IO.inspect(for w <- ["a", "b"], into: "", do: String.upcase(w))
IO.inspect(for i <- 1..3, j <- 1..i, do: {i, j})
IO.inspect(for x when x > 2 <- [1, 2, 3, 4], do: x)
IO.inspect(for(x <- 1..1_000_000, do: x + 1) |> length)
IO.inspect(for x <- 1..1_000_000, rem(x, 7) == 0, reduce: 0 do
  acc -> acc + x
end)

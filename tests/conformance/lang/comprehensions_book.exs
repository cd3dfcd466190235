# Comprehensions from the book: several generators, filters, binaries, into:, reduce:, uniq:
IO.inspect(for x <- [1, 2, 3, 4, 5], do: x * x)
IO.inspect(for x <- [1, 2, 3, 4, 5], x < 4, do: x * x)
IO.inspect(for x <- [1, 2], y <- [5, 6], do: x * y)
IO.inspect(for x <- [1, 2], y <- [5, 6], do: {x, y})
min_maxes = [{1, 4}, {2, 3}, {10, 15}]
IO.inspect(for {min, max} <- min_maxes, n <- min..max, do: n)
first8 = [1, 2, 3, 4, 5, 6, 7, 8]
IO.inspect(for x <- first8, y <- first8, x >= y, rem(x * y, 10) == 0, do: {x, y})
reports = [dallas: :hot, minneapolis: :cold, dc: :muggy, la: :smoggy]
IO.inspect(for {city, weather} <- reports, do: {weather, city})
IO.inspect(for <<ch <- "hello">>, do: ch)
IO.inspect(for <<ch <- "hello">>, do: <<ch>>)
IO.inspect(for << <<b1::size(2), b2::size(3), b3::size(3)>> <- "hello" >>, do: "0#{b1}#{b2}#{b3}")
name = "Dave"
IO.inspect(for name <- ["cat", "dog"], do: String.upcase(name))
IO.inspect(name)
IO.inspect(for x <- ~w{ cat dog }, into: %{}, do: {x, String.upcase(x)})
IO.inspect(for x <- ~w{ cat dog }, into: Map.new(), do: {x, String.upcase(x)})
IO.inspect(for x <- ~w{ cat dog }, into: %{"ant" => "ANT"}, do: {x, String.upcase(x)})
IO.inspect(for x <- [1, 2, 3], reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for x <- [1, 1, 2, 3, 3], uniq: true, do: x * 10)
IO.inspect(for x <- ~w(a b c), into: "", do: x <> "-")
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for x <- 1..3, y = x * 2, do: y)
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for i <- 1..4, rem(i, 2) == 0, into: [], do: i)
IO.inspect(for c <- 'abc', do: c - ?a)
words = ~w(apple banana cherry avocado)
IO.inspect(for w <- words, String.starts_with?(w, "a"), reduce: %{} do
  acc -> Map.update(acc, String.first(w), [w], &[w | &1])
end)

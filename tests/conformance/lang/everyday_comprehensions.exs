# Comprehensions: generators, filters, binaries, into:, uniq:, reduce:
IO.inspect for x <- [1, 2, 3, 4, 5], do: x * x
IO.inspect for x <- [1, 2, 3, 4, 5], x < 4, do: x * x
IO.inspect for x <- [1, 2], y <- [5, 6], do: x * y
IO.inspect for x <- [1, 2], y <- [5, 6], do: {x, y}
min_maxes = [{1, 4}, {2, 3}, {10, 15}]
IO.inspect for {min, max} <- min_maxes, n <- min..max, do: n
first8 = [1, 2, 3, 4, 5, 6, 7, 8]
IO.inspect for x <- first8, y <- first8, x >= y, rem(x * y, 10) == 0, do: {x, y}
reports = [dallas: :hot, minneapolis: :cold, dc: :muggy, la: :smoggy]
IO.inspect for {city, weather} <- reports, do: {weather, city}
IO.inspect for << ch <- "hello" >>, do: ch
IO.inspect for << ch <- "hello" >>, do: <<ch>>
IO.inspect for << << b1::size(2), b2::size(3), b3::size(3) >> <- "hello" >>, do: "0#{b1}#{b2}#{b3}"
IO.inspect for x <- ~w{ cat dog }, into: %{}, do: {x, String.upcase(x)}
IO.inspect for x <- ~w{ cat dog }, into: Map.new, do: {x, String.upcase(x)}
IO.inspect for x <- ~w{ cat dog }, into: %{"ant" => "ANT"}, do: {x, String.upcase(x)}
IO.inspect for x <- 1..3, into: "", do: "#{x}"
IO.inspect for x <- [3, 1, 2, 1], uniq: true, do: x
IO.inspect(for x <- 1..4, reduce: 0 do
  acc -> acc + x
end)
IO.inspect for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k}
IO.inspect for x <- [1, 2, 3], x > 1, y = x * 2, do: y
IO.inspect for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v
IO.inspect for x <- 1..3, y <- 1..x, do: {x, y}
IO.inspect for <<c <- "abc">>, into: [], do: c
IO.inspect for x <- 1..10, rem(x, 2) == 0, rem(x, 3) == 0, do: x
x = 99
IO.inspect for x <- [1, 2], do: x
IO.inspect x
IO.inspect for <<r::8, g::8, b::8 <- <<1, 2, 3, 4, 5, 6>> >>, do: {r, g, b}
IO.inspect(for word <- ~w(a bb ccc), reduce: %{} do
  acc -> Map.put(acc, word, String.length(word))
end)

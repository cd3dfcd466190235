require Integer
IO.inspect Enum.to_list 1..5
IO.inspect Enum.concat([1,2,3], [4,5,6])
list = [1, 2, 3]
IO.inspect Enum.map(list, &(&1 * 10)) ++ list
IO.inspect Enum.at(10..20, 3)
IO.inspect Enum.filter([1, 2, 3, 4], &Integer.is_even/1)
IO.inspect Enum.reject([1, 2, 3, 4], &Integer.is_even/1)
IO.inspect Enum.sort ["there", "was", "a", "crooked", "man"]
IO.inspect Enum.sort ["there", "was", "a", "crooked", "man"], &(String.length(&1) <= String.length(&2))
IO.inspect Enum.max ["there", "was", "a", "crooked", "man"]
IO.inspect Enum.max_by ["there", "was", "a", "crooked", "man"], &String.length/1
IO.inspect Enum.take(list, 3)
IO.inspect Enum.take_every 1..10, 3
IO.inspect Enum.take_while(1..10, &(&1 < 4))
IO.inspect Enum.split(1..10, 3)
IO.inspect Enum.split_while(1..10, &(&1 < 4))
IO.inspect Enum.join(list, ", ")
IO.inspect Enum.all?(list, &(&1 < 4))
IO.inspect Enum.any?(list, &(&1 > 4))
IO.inspect Enum.member?(list, 4)
IO.inspect Enum.empty?(list)
IO.inspect Enum.zip(list, [:a, :b, :c])
IO.inspect Enum.with_index(["once", "upon", "a", "time"])
IO.inspect Enum.reduce(1..100, &(&1+&2))
IO.inspect Enum.reduce(["now", "is", "the", "time"], fn word, longest -> if String.length(word) > String.length(longest), do: word, else: longest end)
IO.inspect Enum.reduce(["now", "is", "the", "time"], 0, fn word, longest -> if String.length(word) > longest, do: String.length(word), else: longest end)
import Enum
deck = for rank <- '23456789TJQKA', suit <- 'CDHS', do: [suit,rank]
IO.inspect deck |> shuffle |> length
IO.inspect deck |> take(13) |> length
IO.inspect Stream.map([1, 2, 3, 4], &(&1 + 1)) |> Enum.to_list
s = Stream.map [1, 3, 5, 7], &(&1 + 1)
IO.inspect Enum.to_list s
squares = Stream.map [1, 2, 3, 4], &(&1*&1)
plus_ones = Stream.map squares, &(&1+1)
odds = Stream.filter plus_ones, fn x -> rem(x,2) == 1 end
IO.inspect Enum.to_list odds
IO.inspect Stream.cycle(~w{ green white }) |> Stream.zip(1..5) |> Enum.map(fn {class, value} -> "<tr class='#{class}'><td>#{value}</td></tr>\n" end) |> IO.puts
IO.inspect Stream.repeatedly(fn -> true end) |> Enum.take(3)
IO.inspect Stream.iterate(0, &(&1+1)) |> Enum.take(5)
IO.inspect Stream.iterate(2, &(&1*&1)) |> Enum.take(5)
IO.inspect Stream.iterate([], &[&1]) |> Enum.take(5)
IO.inspect Stream.unfold({0,1}, fn {f1,f2} -> {f1, {f2, f1+f2}} end) |> Enum.take(15)
IO.inspect 1..10 |> Enum.chunk_every(3)
IO.inspect 1..10 |> Enum.chunk_every(3, 3, :discard)
IO.inspect Enum.group_by(~w{apple avocado banana}, &String.first/1)
IO.inspect Enum.frequencies(~w{a b a c b a})
IO.inspect Enum.uniq([1, 2, 1, 3])
IO.inspect Enum.dedup([1, 1, 2, 1])
IO.inspect Enum.flat_map([1, 2], &[&1, &1])
IO.inspect Enum.scan(1..5, &(&1 + &2))
IO.inspect Enum.into([a: 1], %{})
IO.inspect Enum.sum([]), label: "sum"
IO.inspect for x <- [1, 2, 3, 4, 5], x > 2, do: x * x
IO.inspect for x <- 1..3, y <- 1..3, x >= y, do: {x, y}
min_maxes = [{1, 4}, {2, 3}, {10, 15}]
IO.inspect for {min, max} <- min_maxes, n <- min..max, do: n
first8 = [ 1,2,3,4,5,6,7,8 ]
IO.inspect for x <- first8, y <- first8, x >= y, rem(x*y, 10)==0, do: { x, y }
IO.inspect for << ch <- "hello" >>, do: ch
IO.inspect for << ch <- "hello" >>, do: <<ch>>
IO.inspect for x <- ~w{ cat dog }, into: %{}, do: { x, String.upcase(x) }
IO.inspect for x <- ~w{ cat dog }, into: Map.new, do: { x, String.upcase(x) }
IO.inspect for x <- ~w{ cat dog }, into: %{"ant" => "ANT"}, do: { x, String.upcase(x) }

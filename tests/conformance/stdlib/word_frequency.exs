# Text work as the book's first chapters do it: words, frequencies, sets and streams
text = """
The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs -- quickly, QUICKLY!
"""

words =
  text
  |> String.downcase()
  |> String.split(~r/[^a-z]+/, trim: true)

IO.inspect(length(words))
IO.inspect(Enum.frequencies(words) |> Enum.sort_by(fn {w, n} -> {-n, w} end) |> Enum.take(4))
IO.inspect(words |> MapSet.new() |> MapSet.size())
stop = MapSet.new(~w(the over))
IO.inspect(words |> MapSet.new() |> MapSet.difference(stop) |> Enum.sort() |> Enum.take(5))
IO.inspect(Regex.scan(~r/\b(\w)(\w*)\b/, "hello big world", capture: :all_but_first))
IO.inspect(String.split(text, "\n", trim: true) |> Enum.map(&String.length/1))
IO.inspect(words |> Enum.group_by(&String.length/1) |> Map.keys() |> Enum.sort())
IO.inspect(Stream.zip(Stream.cycle([:a, :b]), words) |> Enum.take(3))
longest = Enum.max_by(words, &String.length/1)
IO.puts("longest: #{longest} (#{String.length(longest)})")
IO.inspect(words |> Enum.uniq() |> Enum.chunk_every(4) |> Enum.map(&Enum.join(&1, "-")))
IO.inspect(for w <- words, String.starts_with?(w, "q"), into: MapSet.new(), do: String.upcase(w))

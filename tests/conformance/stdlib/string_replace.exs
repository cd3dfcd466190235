# String.replace/3,4 with a string, a list of strings or a regex, and a function to
# compute each replacement
IO.inspect String.replace("hello", "l", "L")
IO.inspect String.replace("hello", "l", "L", global: false)
IO.inspect String.replace("abc", "", "-")
IO.inspect String.replace("abc", "", "-", global: false)
IO.inspect String.replace("abc", ["a", "c"], "x")
IO.inspect String.replace("abc", ["a", "c"], fn x -> x <> x end)
IO.inspect String.replace("aaa", "a", "b", global: false)
IO.inspect String.replace("abc", "b", fn x -> "[#{x}]" end)
IO.inspect String.replace("a1b22c333", ~r/\d+/, fn d -> "<#{d}>" end)
IO.inspect String.replace("a1b22c333", ~r/\d+/, "#", global: false)
IO.inspect String.replace("2024-05-06", ~r/(\d+)-(\d+)-(\d+)/, "\\3/\\2/\\1")
IO.inspect Regex.replace(~r/[aeiou]/, "programming elixir", &String.upcase/1)

"the cat sat on the mat"
|> String.replace(["cat", "mat"], &String.upcase/1)
|> IO.puts()

# String.upcase/downcase/capitalize beyond ASCII, and String.slice with ranges.
for s <- ["José Valim", "école", "straße", "ÀÉÎÕÜ àéîõü ÿ", "Ærøskøbing", "Łódź",
          "Ελληνικά", "Привет мир", "Ёжик", "Ğüneş", "İstanbul", "Ｅｌｉｘｉｒ"] do
  IO.inspect({String.upcase(s), String.downcase(s), String.capitalize(s)})
end

IO.puts(String.upcase("programming elixir ≥ 1.6"))
IO.inspect(String.capitalize("ÉLAN vital"))

text = "the cat on the mat"
IO.inspect(String.slice(text, 4, 3))
IO.inspect(String.slice(text, 3..-1))
IO.inspect(String.slice(text, -3..-1))
IO.inspect(String.slice(text, 0..2))
IO.inspect(String.slice(text, 0..-1//2))
IO.inspect(String.slice(text, 20..30))
IO.inspect(String.slice("héllo wörld", 1..4))
IO.inspect(String.slice(text, 10..2))

try do
  String.slice(text, 5..1//-1)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

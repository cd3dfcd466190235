# String interpolation of a list goes through String.Chars as to_string/1 does: chardata
# (code points, strings, nested lists) becomes a string, anything else is Elixir's
# ArgumentError, and an integer that is no code point a UnicodeConversionError
name = 'José'
IO.puts "Hello, #{name}!"
IO.puts "#{[?a, "bc", [?d, ["e"]]]} and #{[]}"

for bad <- [[:a], [1, :b], [[:x]], [3.5], ["a" | :b], [-1], [0x110000], [0xD800]] do
  try do
    IO.puts("never #{bad}")
  rescue
    e in [ArgumentError, UnicodeConversionError] ->
      IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

# to_string/1 says the same
try do
  to_string([:ok, "fine"])
rescue
  e -> IO.puts(Exception.message(e))
end

# uncaught, the script stops with it
IO.puts "list: #{[1, 2, :three]}"

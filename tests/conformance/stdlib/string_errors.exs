# What String's functions raise for a value that is not a string (nil, a number, an atom)
attempts = [
  fn -> String.upcase(nil) end,
  fn -> String.downcase(42) end,
  fn -> String.length(nil) end,
  fn -> String.split(nil, ",") end,
  fn -> String.trim(5) end,
  fn -> String.contains?(nil, "a") end,
  fn -> String.starts_with?(nil, "a") end,
  fn -> String.reverse(123) end,
  fn -> String.pad_leading(7, 3, "0") end,
  fn -> String.pad_leading("7", 3, "") end,
  fn -> String.to_integer(nil) end,
  fn -> String.to_integer("12x") end,
  fn -> String.to_float("1") end,
  fn -> String.to_atom(1) end,
  fn -> String.graphemes(nil) end
]

for attempt <- attempts do
  try do
    attempt.()
  rescue
    e -> IO.puts "#{inspect(e.__struct__)}: #{Exception.message(e)}"
  end
end

IO.inspect String.pad_leading("abc", 6, "-=")
IO.inspect String.pad_trailing("abc", 8, "<>")
IO.inspect String.pad_leading("ab", 5, "é")

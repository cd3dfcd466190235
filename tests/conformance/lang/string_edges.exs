# String functions at their edges, as Elixir 1.14's own tests try them: Unicode
# whitespace in trim and split/1 (split/1 keeps the no-break spaces), slices that start
# before the string, replacement functions returning iodata, and the clauses that refuse
# a negative count or a float position.
IO.inspect(String.trim("\u3000 abc\u00A0 \u2028"))
IO.inspect(String.trim_leading("\u0085\u2003 text"))
IO.inspect(String.trim_trailing("text\u205F\u00A0\n"))
IO.inspect(String.split(" a\u00A0b\u2003c\u0085d  e "))
IO.inspect(String.split("one\u202Ftwo\u2007three four"))
IO.inspect({String.slice("elixir", -10, 1), String.slice("あいうえお", -10, 2), String.slice("elixir", 8, 2)})
IO.inspect(String.replace("a,b,c", [",", "b"], fn x -> [?[, x, ?]] end))
IO.inspect(String.replace("elixir", "", fn "" -> [""] end))
IO.inspect(String.replace("abc", "b", fn b -> [b, b, ?!] end))
IO.inspect(MapSet.new([97, 98, 99]))
IO.inspect(MapSet.new([[104, 105], {~c"ok"}]))
IO.inspect([MapSet.new([~c"x"]), ~c"x"])

for {label, f} <- [
      pad: fn -> String.pad_leading("-", -1) end,
      pad3: fn -> String.pad_trailing("-", -2, "*") end,
      at: fn -> String.at("elixir", 0.1) end,
      slice: fn -> String.slice("abc", 1, -1) end
    ] do
  try do
    f.()
  rescue
    e in FunctionClauseError -> IO.puts("#{label}: #{Exception.message(e)}")
  end
end

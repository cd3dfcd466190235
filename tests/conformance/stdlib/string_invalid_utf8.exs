# A byte that starts no code point (a stray or cut-short sequence) is a code point and a
# grapheme of its own to String's functions
s = <<?a, 195, 10, ?a>>
IO.inspect String.codepoints(s)
IO.inspect String.graphemes(s)
IO.inspect String.length(s)
IO.inspect String.split_at(s, 2)
IO.inspect String.split_at(<<107, 205, 135, 184>>, 1)
IO.inspect String.slice(s, 1..2)
IO.inspect String.at(s, 2)
IO.inspect String.next_grapheme(<<195, 10, 97>>)
IO.inspect String.codepoints(<<0xC0, 0x80, 0xED, 0xA0, 0x80>>)
IO.inspect String.upcase(<<?a, 0xE3, 0x81, ?b>>)

# pad_leading/3 and pad_trailing/3 with a list: an element that is no string fails once the
# padding reaches it
IO.inspect String.pad_leading("abc", 4, ["-", 10])
for attempt <- [fn -> String.pad_leading("-", 3, ["-", 10]) end, fn -> String.pad_trailing("abc", 5, [:a]) end] do
  try do
    attempt.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

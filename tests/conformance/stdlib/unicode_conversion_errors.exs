# Invalid or cut-short UTF-8 in String.to_charlist/1, List.to_string/1 and List.to_charlist/1:
# UnicodeConversionError says where ("invalid" or "incomplete encoding starting at"), with
# what converted before it; binaries in a list are read as one stream of bytes
attempts = [
  fn -> String.to_charlist(<<0xDF, 0xFF>>) end,
  fn -> String.to_charlist(<<106, 111, 115, 195>>) end,
  fn -> String.to_charlist(<<"ab", 0xE3, 0x81, ?c>>) end,
  fn -> List.to_string(["a", "b", <<0xD800::size(16)>>]) end,
  fn -> List.to_charlist(["a", "b", <<0xD800::size(16)>>]) end,
  fn -> List.to_string(["a", [1, <<0xE3>>]]) end,
  fn -> List.to_string(["a", [1, <<0xE3>>], "bc"]) end,
  fn -> List.to_string(["a", <<0xED, 0xA0, 0x80>>]) end,
  fn -> List.to_string([<<0xE3, 0x81>>, 0x82]) end,
  fn -> List.to_string(["x", 0xDFFF]) end,
  fn -> List.to_string([-1, :a]) end,
  fn -> "#{[<<0xFF>>]}" end
]

for attempt <- attempts do
  try do
    IO.inspect(attempt.())
  rescue
    e -> IO.inspect({e.__struct__, Map.get(e, :encoded), Exception.message(e) |> String.split("\n") |> hd()})
  end
end

IO.inspect List.to_string([<<0xE3>>, <<0x81, 0x82>>])
IO.inspect String.to_charlist("æß")
IO.inspect :unicode.characters_to_binary(<<0xE3>>)
IO.inspect :unicode.characters_to_binary(<<0xE3, 1, 2>>)
IO.inspect :unicode.characters_to_binary(["a", <<0xF4, 0x90>>])
IO.inspect :unicode.characters_to_list(<<"ab", 0xC0>>)
IO.inspect :unicode.characters_to_list(["a", 0x1F600])
try do :unicode.characters_to_binary([:a]) rescue e -> IO.puts(Exception.message(e)) end

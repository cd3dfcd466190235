# List.to_string/1, List.to_charlist/1 and to_string/1 of a list with an integer that is no code point: UnicodeConversionError, as :unicode answers
for f <- [fn -> List.to_string([0xDFFF]) end, fn -> List.to_string(["a", 0xDFFF]) end, fn -> List.to_string([-1]) end, fn -> List.to_charlist([0xDFFF]) end, fn -> to_string([0x110000]) end] do
  try do
    IO.inspect f.()
  rescue
    e -> IO.inspect {e.__struct__, Exception.message(e)}
  end
end
IO.inspect List.to_string([?h, "é", [0x1F600]])
try do to_string([:a]) rescue e in ArgumentError -> IO.puts(e.message |> String.split("\n") |> hd()) end

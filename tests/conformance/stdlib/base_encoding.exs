# Base as its docs show it: hex (encode16/decode16 with case:), base32 and base64 (with
# padding: and, for base64, ignore: :whitespace), the URL-safe alphabet, and the errors.
IO.inspect Base.encode16("foobar")
IO.inspect Base.encode16("foobar", case: :lower)
IO.inspect Base.decode16("666F6F626172")
IO.inspect Base.decode16("666f6f626172", case: :lower)
IO.inspect Base.decode16("666f6F626172", case: :mixed)
IO.inspect Base.decode16("666f6f626172")

IO.inspect Base.encode32("foob")
IO.inspect Base.encode32("foob", case: :lower, padding: false)
IO.inspect Base.decode32!("MZXW6YQ=")
IO.inspect Base.decode32("mzxw6yq", case: :lower, padding: false)
IO.inspect Base.hex_encode32("foob")
IO.inspect Base.hex_decode32!("CPNMUOG=")

IO.inspect Base.encode64("Elixir rocks!")
IO.inspect Base.encode64("hi", padding: false)
IO.inspect Base.decode64("RWxpeGlyIHJvY2tzIQ==")
IO.inspect Base.decode64!("aGk", padding: false)
IO.inspect Base.decode64!("aGk=\n", ignore: :whitespace)
IO.inspect Base.url_encode64(<<251, 255, 254>>)
IO.inspect Base.url_decode64!("-__-")
IO.inspect Base.encode64(<<0, 1, 2, 3, 255>>) |> Base.decode64!()

token = :crypto_free_token |> Atom.to_string() |> Base.url_encode64(padding: false)
IO.puts "token: #{token}"
IO.inspect Base.url_decode64(token, padding: false)

for text <- ["abc", "zz", "aGk", "aGk*", "Q===", "a*bcdefgh"] do
  IO.inspect {text, Base.decode64(text), Base.decode16(text)}
end

for {label, fun} <- [
      odd_hex: fn -> Base.decode16!("abc") end,
      lower_hex: fn -> Base.decode16!("ab") end,
      padding: fn -> Base.decode64!("aGk") end,
      alphabet: fn -> Base.decode64!("aGk*") end,
      url_alphabet: fn -> Base.url_decode64!("+/8=") end
    ] do
  try do
    fun.()
  rescue
    e in ArgumentError -> IO.puts("#{label}: #{Exception.message(e)}")
  end
end

try do
  Base.encode16("a", case: :title)
rescue
  e -> IO.inspect(e)
end

# Binaries and bit syntax, as "Programming Elixir" (Strings and Binaries) and Elixir's
# getting-started guide write them.
b = <<1, 2, 3>>
IO.inspect(b)
IO.inspect(byte_size(b))
IO.inspect(bit_size(b))

b = <<1::size(4), 1::size(4)>>
IO.inspect(b)
IO.inspect(byte_size(b))

int = <<1>>
float = <<2.5::float>>
mix = <<int::binary, float::binary>>
IO.inspect(mix)

# the parts of an IEEE float
<<sign::size(1), exp::size(11), mantissa::size(52)>> = <<3.14159::float>>
IO.inspect({sign, exp, mantissa})
IO.inspect((1 + mantissa / :math.pow(2, 52)) * :math.pow(2, exp - 1023))

defmodule Utf8 do
  def each(str, func) when is_binary(str), do: _each(str, func)

  defp _each(<<head::utf8, tail::binary>>, func) do
    func.(head)
    _each(tail, func)
  end

  defp _each(<<>>, _func), do: []
end

Utf8.each("∂og", fn char -> IO.puts(char) end)

<<a, b, rest::binary>> = "hello"
IO.inspect({a, b, rest})
IO.inspect(<<"abc", 0>>)
IO.inspect(<<104, 101, 108, 108, 111>>)
IO.inspect(<<256::16>>)
IO.inspect(<<300>>)
IO.inspect(<<-1>>)
IO.inspect(<<-1::signed-16>>)
IO.inspect(<<1.5::32>>)
<<x::16, y::little-16>> = <<1, 2, 3, 4>>
IO.inspect({x, y})
<<s::signed-8, u::unsigned-8>> = <<255, 255>>
IO.inspect({s, u})
IO.inspect(<<?a::utf8, 0x2202::utf8>>)
IO.inspect(<<0x2202::utf16>>)
IO.inspect(<<0x1F600::utf16>>)
IO.inspect(<<?a::utf32-little>>)
IO.inspect(<<"hello"::binary, "!">>)
IO.inspect(<<2 ** 70::96>>)
<<big::96>> = <<2 ** 70::96>>
IO.inspect(big)

# a length-prefixed message: the size comes from the pattern itself
defmodule Packet do
  def decode(<<len::8, body::binary-size(len), rest::binary>>), do: {body, rest}
  def decode(_), do: :incomplete

  def encode(body) when is_binary(body), do: <<byte_size(body)::8, body::binary>>
end

packet = Packet.encode("ping") <> Packet.encode("pong")
IO.inspect(packet)
{first, rest} = Packet.decode(packet)
IO.inspect(first)
IO.inspect(Packet.decode(rest))
IO.inspect(Packet.decode(<<9, "short">>))

# prefixes, and cases
case "GET /index.html" do
  <<"GET ", path::binary>> -> IO.puts("get #{path}")
  _ -> IO.puts("other")
end

matches = fn
  <<"#", hex::binary-size(6)>> -> {:color, hex}
  <<c, _::binary>> when c in ?0..?9 -> :number
  <<>> -> :empty
  _ -> :other
end

IO.inspect(Enum.map(["#ff8800", "42", "", "x"], matches))

# comprehensions over binaries
IO.inspect(for <<ch <- "hello">>, do: ch)
IO.inspect(for <<ch <- "hello">>, do: <<ch>>)
pixels = <<213, 45, 132, 64, 76, 32, 76, 0, 0, 234, 32, 15>>
IO.inspect(for <<r::8, g::8, b::8 <- pixels>>, do: {r, g, b})
IO.inspect(for <<c::utf8 <- "héllo">>, c > 104, do: c)
IO.inspect(for <<c <- "abc">>, into: "", do: <<c + 1>>)

# :binary
IO.inspect(:binary.list_to_bin([104, [105, "!"]]))
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect({:binary.first("abc"), :binary.last("abc"), :binary.at("abc", 1)})
IO.inspect(:binary.part("hello world", 6, 5))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:binary.encode_unsigned(65_536))

# construction errors
for value <- [1.5, :atom] do
  try do
    IO.inspect(<<value>>)
  rescue
    e in ArgumentError -> IO.puts(e.message)
  end
end

try do
  x = 1
  IO.inspect(<<x::binary>>)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

try do
  <<n::8>> = "ab"
  IO.inspect(n)
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end

# Bitstrings whose size is not a multiple of 8 bits: built, printed, measured, matched,
# compared and walked, as in Programming Elixir's "Strings and Binaries" chapter
b = <<1::size(2), 1::size(3)>>
IO.inspect(b)
IO.inspect(byte_size(b))
IO.inspect(bit_size(b))
IO.inspect({is_binary(b), is_bitstring(b), is_bitstring("abc")})
IO.inspect(<<255, 1::4>>)
IO.inspect(<<1::1, 0::1, 1::1>>)
IO.inspect(<<3::size(12)>>)
IO.inspect(<<-1::size(4)>>)
IO.inspect(<<1::1>> == <<1::1>>)
IO.inspect(<<1::1>> == <<1::2>>)
IO.inspect(Enum.sort([<<1::2>>, <<1::1>>, <<0::1>>, "a", <<>>]))
<<x::size(2), y::size(3)>> = b
IO.inspect({x, y})
<<first::size(3), rest::bitstring>> = <<200>>
IO.inspect({first, rest, bit_size(rest)})
<<a::4, rest2::bits>> = <<171, 205>>
IO.inspect({a, rest2})
case <<5::3>> do
  <<_::binary>> -> IO.puts("a binary")
  <<n::3>> -> IO.puts("three bits: #{n}")
end
IO.inspect(for <<bit::1 <- <<0b10110000>> >>, do: bit)
IO.inspect(for <<c::3 <- "a">>, do: c)
IO.inspect(<<b::bitstring, 7::3>>)
IO.inspect(<<b::bits, "xyz">>)
IO.inspect(<<1::4, 15::4>>)
IO.inspect(<<b::bitstring, 1::3>> |> bit_size())
IO.inspect(%{bits: <<1::3>>}, base: :hex)
IO.inspect(<<1::4>>, base: :binary)
IO.puts(inspect([<<0::1>>, <<1::7>>]))
defmodule Bits do
  def count_ones(<<>>), do: 0
  def count_ones(<<bit::1, rest::bitstring>>), do: bit + count_ones(rest)
end
IO.inspect(Bits.count_ones(<<0b1011::4, 0b111::3>>))
IO.inspect(is_binary(<<0::7>>))
three = Enum.at([<<1::3>>], 0)
try do
  IO.puts(three)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  "a" <> three
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(String.valid?(three))
send(self(), {:bits, three})
receive do
  {:bits, got} -> IO.inspect(%{got => bit_size(got)})
end

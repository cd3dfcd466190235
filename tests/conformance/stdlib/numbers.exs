# Integer, Float and :math as Programming Elixir uses them: parsing, rounding to a number
# of places (on the exact value, so 2.675 rounds to 2.67), digits and bases, and floats
# printed the ways Elixir prints them (inspect, to_string and interpolation differ).
defmodule Money do
  def parse(text) do
    case Float.parse(text) do
      {amount, ""} -> {:ok, Float.round(amount, 2)}
      {_, rest} -> {:error, "unexpected #{inspect(rest)}"}
      :error -> {:error, "not a number"}
    end
  end
end

IO.inspect Money.parse("12.345")
IO.inspect Money.parse("12.34 EUR")
IO.inspect Money.parse("abc")

for x <- [100.0, 1.0e10, 123456.0, 0.1, 0.0001, 1.0e-5, 2.5e-3, 9007199254740992.0, 1.0e16, -0.0] do
  IO.puts "#{inspect(x)} | #{Float.to_string(x)} | #{x}"
end

IO.inspect Float.round(2.675, 2)
IO.inspect Float.round(-2.675, 2)
IO.inspect Float.round(1.005, 2)
IO.inspect Float.round(5.5)
IO.inspect Float.floor(-1.23456, 3)
IO.inspect Float.ceil(1.23456, 3)
IO.inspect Float.ceil(1.0e-30, 5)
IO.inspect Float.ratio(0.75)
IO.inspect Float.parse("1.5e3 and more")
IO.inspect Float.parse(".5")
IO.inspect Float.pow(2.0, 10)
IO.inspect Float.max_finite()
IO.inspect Float.to_charlist(7.5)

IO.inspect Integer.parse("42 apples")
IO.inspect Integer.parse("ff", 16)
IO.inspect Integer.parse("x")
IO.inspect Integer.to_string(255, 2)
IO.inspect Integer.to_charlist(255, 16)
IO.inspect Integer.digits(1984)
IO.inspect Integer.digits(255, 2)
IO.inspect Integer.undigits([1, 9, 8, 4])
IO.inspect Integer.undigits([1, 1, 1, 1], 2)
IO.inspect Integer.gcd(84, 36)
IO.inspect Integer.extended_gcd(240, 46)
IO.inspect Integer.floor_div(-7, 2)
IO.inspect Integer.mod(-7, 3)
IO.inspect Integer.pow(2, 100)
require Integer
IO.inspect Integer.is_even(10)
IO.inspect Enum.filter(1..10, fn x -> Integer.is_odd(x) end)

IO.inspect :math.sqrt(2)
IO.inspect :math.pow(2, 0.5)
IO.inspect :math.pi()
IO.inspect :math.log(:math.exp(1))
IO.inspect :math.floor(-1.5)
IO.inspect Float.round(:math.sin(:math.pi() / 6), 10)

try do
  Float.round(1.5, 16)
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Integer.undigits([1, 10])
rescue
  e -> IO.puts(Exception.message(e))
end

# Integer and Float functions, arithmetic, :io.format of numbers
IO.inspect Float.round(5.5674, 2)
IO.inspect Float.round(-5.5675, 3)
IO.inspect Float.ceil(34.25, 1)
IO.inspect Float.floor(-56.5, 1)
IO.inspect Float.to_string(7.0)
IO.inspect Float.parse("34.25abc")
IO.inspect Float.parse("abc")
IO.inspect Float.ratio(0.75)
IO.inspect Float.round(2.5)
IO.inspect Integer.parse("34abc")
IO.inspect Integer.parse("ff", 16)
IO.inspect Integer.to_string(255, 16)
IO.inspect Integer.to_string(-255, 2)
IO.inspect Integer.digits(123)
IO.inspect Integer.undigits([1, 2, 3])
IO.inspect Integer.digits(255, 16)
IO.inspect Integer.pow(2, 100)
IO.inspect Integer.gcd(12, 18)
IO.inspect Integer.mod(-5, 3)
IO.inspect Integer.floor_div(-5, 3)
IO.inspect Integer.to_charlist(42)
IO.inspect Integer.extended_gcd(240, 46)
IO.inspect div(-7, 2)
IO.inspect rem(-7, 2)
IO.inspect 7 / 2
IO.inspect trunc(3.7)
IO.inspect round(3.5)
IO.inspect round(-3.5)
IO.inspect abs(-3)
IO.inspect max(1, 2.0)
IO.inspect 2 ** 10
IO.inspect 2.0 ** 3
IO.inspect 0x1F + 0b101 + 0o17
IO.inspect 1_000 * 1_000
IO.inspect 10 == 10.0
IO.inspect 10 === 10.0
IO.inspect :math.sqrt(16)
IO.inspect :math.pow(2, 0.5)
IO.inspect :rand.uniform(1)

IO.puts 3.14159 |> Float.round(2) |> Float.to_string
IO.puts :io_lib.format("~.2f", [3.14159])
:io.format("~w ~p ~s~n", [1, "two", "three"])
:io.format("~5.2f|~-6s|~6s|~3..0B~n", [3.14159, "ab", "cd", 7])
IO.puts :erlang.float_to_binary(3.14159, decimals: 2)
IO.inspect 1.0e3
IO.inspect 12.5e-3
IO.inspect 1234567.0
IO.inspect 0.000123
IO.inspect 1.0 / 3.0 * 3
IO.inspect Float.round(1.005, 2)
IO.inspect 9_007_199_254_740_993
IO.inspect 100 |> Integer.to_string() |> String.pad_leading(5, "0")
IO.inspect is_number(1.0)
IO.inspect Integer.parse("  12")
IO.inspect Integer.parse("-12")
IO.inspect Float.parse("1e3")
IO.inspect Float.parse(".5")
IO.inspect String.to_float("1.0e3")
IO.inspect 5 |> Integer.to_string(2) |> String.pad_leading(8, "0")
IO.inspect Enum.sum([0.1, 0.2, 0.3])
IO.inspect :erlang.round(2.675 * 100) / 100
IO.inspect Float.floor(3.999)
IO.inspect ceil(3.1)
IO.inspect floor(-3.1)

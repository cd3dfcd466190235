# Integers past 64 bits: arithmetic, text both ways, bases, Bitwise, rounding of big floats
IO.inspect 123456789012345678901234567890 * 987654321098765432109876543210
IO.inspect -99999999999999999999 - 1
IO.inspect Integer.to_string(2 ** 200)
IO.inspect String.to_integer("-000123456789012345678901234567890")
IO.inspect Integer.parse("1000000000000000000 rest")
IO.inspect 0x1FFFFFFFFFFFFFFFFFFFF
IO.inspect Bitwise.band(2 ** 100 + 5, 2 ** 100 + 3)
IO.inspect Bitwise.bnot(2 ** 70)
IO.inspect Float.round(1.23456789, 4)
IO.inspect Float.ratio(0.1)
IO.inspect round(1.0e20)
IO.inspect trunc(-1.5e25)
IO.inspect div(10 ** 40, 7)
IO.inspect 10 ** 36
IO.inspect 10 ** 18

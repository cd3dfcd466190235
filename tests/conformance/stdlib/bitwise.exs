# Bitwise: the functions and, after `import Bitwise`, the operators
IO.inspect Bitwise.band(12, 10)
IO.inspect :erlang.bor(12, 10)

import Bitwise

IO.inspect bor(1, 2)
IO.inspect bxor(5, 3)
IO.inspect bnot(5)
IO.inspect ~~~5
IO.inspect 1 <<< 10
IO.inspect 1024 >>> 3
IO.inspect 1 <<< 4 >>> 2
IO.inspect 6 &&& 3 ||| 8
IO.inspect Enum.map([1, 2, 3], &(&1 <<< 1))
IO.inspect Enum.reduce([1, 2, 4], 0, &bor/2)

# at any size, negative numbers as two's complement
IO.inspect band(-(2 ** 70) - 3, 2 ** 68 + 7)
IO.inspect bor(-(2 ** 70), 5)
IO.inspect bxor(2 ** 65, -1)
IO.inspect bsr(-5, 1)
IO.inspect bsl(-3, 65)
IO.inspect bsr(2 ** 80, 79)

defmodule Flags do
  import Bitwise

  @read 0b100
  @write 0b010
  @exec 0b001

  def even?(x) when band(x, 1) == 0, do: true
  def even?(_), do: false

  def odd?(x) when (x &&& 1) == 1, do: true
  def odd?(_), do: false

  def describe(mode) do
    for {flag, name} <- [{@read, "r"}, {@write, "w"}, {@exec, "x"}], into: "" do
      if (mode &&& flag) != 0, do: name, else: "-"
    end
  end
end

IO.inspect {Flags.even?(4), Flags.odd?(4), Flags.odd?(7)}
IO.puts Flags.describe(0b110)
IO.puts Flags.describe(7)

try do
  Bitwise.band(1.0, 2)
rescue
  e -> IO.inspect e
end

# Kernel.**/2 as Elixir 1.14 defines it: an integer to a non-negative integer power is an
# exact integer, any other pair of numbers goes through :math.pow/2 (so 2 ** -1 is 0.5),
# and Integer.pow/2 takes non-negative exponents only.
IO.inspect 2 ** 10
IO.inspect 2 ** 100
IO.inspect 2 ** -1
IO.inspect 10 ** -3
IO.inspect (-2) ** -3
IO.inspect 2 ** 0.5
IO.inspect 2.0 ** 3
IO.inspect 0 ** 0
IO.inspect Integer.pow(3, 4)
IO.inspect Float.pow(2.0, -2)

for {label, fun} <- [
      zero_to_negative: fn -> 0 ** -1 end,
      negative_root: fn -> (-8.0) ** 0.5 end,
      overflow: fn -> 10.0 ** 400 end,
      integer_pow_negative: fn -> Integer.pow(2, -1) end
    ] do
  try do
    fun.()
  rescue
    e -> IO.puts("#{label}: #{inspect(e)}")
  end
end

try do
  apply(Kernel, :**, ["2", 2])
rescue
  e in FunctionClauseError -> IO.puts("#{e.module}.#{e.function}/#{e.arity}")
end

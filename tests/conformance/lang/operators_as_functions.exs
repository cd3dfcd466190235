# Operators are Kernel's functions: called by their module (Kernel.+(1, 2)), captured
# (&+/2), passed to Enum and applied by name.
IO.inspect Kernel.+(1, 2)
IO.inspect Kernel.-(10, 4)
IO.inspect Kernel.*(6, 7)
IO.inspect Kernel./(1, 4)
IO.inspect Kernel.<>("foo", "bar")
IO.inspect Kernel.++([1], [2, 3])
IO.inspect Kernel.--([1, 2, 3], [2])
IO.inspect Kernel.==(1, 1.0)
IO.inspect Kernel.===(1, 1.0)
IO.inspect Kernel.<(1, 2)
IO.inspect Kernel.**(2, 8)
IO.inspect Kernel.=~("hello", "ell")
IO.inspect Kernel.!(nil)
IO.inspect Enum.reduce([1, 2, 3, 4], &Kernel.*/2)
IO.inspect Enum.zip_with([1, 2], [3, 4], &+/2)
IO.inspect Enum.map([{1, 2}, {3, 4}], fn {a, b} -> Kernel.+(a, b) end)

for op <- [:+, :-, :*, :div, :rem, :max] do
  IO.puts "7 #{op} 3 = #{apply(Kernel, op, [7, 3])}"
end

try do
  Kernel.+(1, :two)
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end

# More siblings (operators, closures, interpolation, ++), as in sibling_bindings.exs.
u = 1
IO.inspect(Kernel.+(u = 2, u))
IO.inspect(u)
v = 1
IO.inspect((v = 2) + v)
w = 1
IO.inspect({w = 2, {w, x = w + 1}}); IO.inspect({w, x})
y = 1
IO.inspect([y = 2 | [y]])
z = 1
IO.inspect(%{z => (z = 3)})
aa = 1
IO.inspect({aa = 2, fn -> aa end.()})
bb = 1
IO.inspect(String.duplicate("a", bb = 2) <> to_string(bb))
cc = 1
IO.inspect(if(cc = 2, do: {cc, (cc = 3; cc)}, else: 0))
dd = 1
IO.inspect(for x <- [1], do: {dd = x + 5, dd})
ee = 1
IO.inspect({ee = 2, ee} == {2, 1})
ff = 1
IO.inspect("#{ff = 2}#{ff}")
gg = 1
IO.inspect([gg = 2, gg] ++ [gg])

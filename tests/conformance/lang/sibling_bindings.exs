# Sibling expressions (a call's arguments; a tuple's, list's or map's elements; the parts of an
# interpolation; an operator's operands) see only the variables bound before them, and what
# one binds is seen after them all; patterns and function heads bind once for all their places.
a = 5
IO.inspect({a = 1, a})
IO.inspect(a)
b = 5
IO.inspect([b = 2, b, b + 1])
IO.inspect(b)
c = 5
IO.inspect(%{x: c = 3, y: c})
IO.inspect(c)
d = 1
IO.inspect(foo: (d = 7), bar: d)
IO.inspect(d)
e = 1
IO.inspect(<<e = 65, e>>)
f = 1
IO.inspect(max(f = 10, f))
IO.inspect(f)
{g, g} = {1, 1}
IO.inspect(g)
try do
  {h, h} = {1, 2}
  IO.inspect(h)
rescue e in MatchError -> IO.inspect(e)
end
i = 3
{i, j = i} = {4, 4}
IO.inspect({i, j})
k = 3
case {1, 1} do
  {k, k} -> IO.inspect({:same, k})
end
case {1, 2} do
  {m, m} -> IO.inspect({:same, m})
  _ -> IO.puts("no")
end
n = 2
case {2, 2} do
  {^n, n} -> IO.inspect({:pin, n})
end
case {2, 3} do
  {^n, n} -> IO.inspect({:pin2, n})
end
IO.inspect(n)
defmodule M do
  def f(x, x), do: {:same, x}
  def f(x, y), do: {:diff, x, y}
  def g({x, [x | _]}), do: x
  def g(_), do: :nope
end
IO.inspect(M.f(1, 1))
IO.inspect(M.f(1, 2))
IO.inspect(M.g({1, [1, 2]}))
IO.inspect(M.g({1, [2]}))
fun = fn x, x -> :same; _, _ -> :diff end
IO.inspect({fun.(1, 1), fun.(1, 2)})
o = 1
IO.inspect((fn -> {o = 2, o} end).())
IO.inspect(o)
p = 1
[p = 9, q = p] = [9, 9]
IO.inspect({p, q})
r = 1
IO.inspect({r, r = 2, r})
IO.inspect(r)
s = 1
IO.inspect(if(s = 2, do: s, else: 0))
t = 1
IO.inspect({(t = 2; t), t})

# Forms that run in order see what earlier parts bound: &&, ||, and, for filters, with,
# pipelines into a call, case, if; and where siblings do not (map pairs, |, interpolation).
a = 1
IO.inspect((a = 2) && a)
IO.inspect(a)
b = nil
IO.inspect((b = false) || b)
c = 1
IO.inspect((c = true) and c)
IO.inspect(for x <- [1, 2, 3], y = x * 2, y > 2, do: {x, y})
IO.inspect(with {:ok, v} <- {:ok, 1}, w = v + 1, do: {v, w})
d = 1
IO.inspect((d = 5) |> Kernel.+(d))
IO.inspect(unless(e = false, do: e))
f = [1, 2]
IO.inspect(Enum.map(f = [3], fn x -> x + length(f) end))
g = 1
IO.inspect(case g = 2 do 2 -> g end)
h = 1
IO.inspect([h | (h = [2])])
i = 1
IO.inspect(%{i: (i = 2), j: i})
j = %{k: 1}
IO.inspect(%{j | k: (j = 5)})
IO.inspect(j)
k = 1
IO.inspect(-(k = 3) + k)
l = 1
IO.inspect(not(l = false) and l)
m = "x"
IO.inspect("#{m}#{m = "y"}#{m}")
IO.inspect(m)
defmodule T do
  def f(a, b \\ 2), do: {a, b}
end
n = 1
IO.inspect(T.f(n = 5, n))
o = 1
IO.inspect(<<(o = 65), o>>)
p = {1, 2}
{q, r} = p = {3, 4}
IO.inspect({q, r, p})
s = 1
IO.inspect([s = 2 | [s]])
IO.inspect(if(t = 3, do: t))

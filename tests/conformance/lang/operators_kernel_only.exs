# `import Kernel, only: [...]` leaves the other operators out; what the module still uses
# of them works, and a guard and a function head compile as before.
defmodule M do
  import Kernel, only: [def: 2, +: 2, is_integer: 1]
  def f(x) when is_integer(x), do: x + 1
  def g([h | t]), do: {h, t}
end

IO.inspect(M.f(1))
IO.inspect(M.g([1, 2]))

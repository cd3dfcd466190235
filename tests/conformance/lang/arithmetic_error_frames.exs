# Where OTP 25's JIT puts an arithmetic error: / in a module's code and x + 1, x - 1 fail in
# the function itself (no :erlang frame, so nothing to blame in the message); x + y, x * 2,
# div and rem fail in the :erlang BIF's frame, and so does / in the script's own body.
defmodule M do
  def a(x, y), do: x / y
  def b(x, y), do: x + y
  def c(x), do: x * 2
  def e(x, y), do: div(x, y)
  def g(x), do: x - 1
  def i(x), do: 10 / x
  def k(x), do: x + 1
  def h(x), do: Enum.map([x], fn y -> 1 / y end)
end

for {f, a} <- [a: [1, 0], b: [1, :a], c: [:a], e: [1, 0], g: [:a], i: [0], k: [:a], h: [0]] do
  try do
    apply(M, f, a)
  rescue
    e ->
      [{mod, _, _, _} | _] = __STACKTRACE__
      IO.inspect({f, mod, Exception.message(e)})
  end
end

x = 0
try do
  1 / x
rescue
  e -> IO.inspect({:script, elem(hd(__STACKTRACE__), 0), Exception.message(e)})
end

# defguard and defguardp: guards built from others, used in the defining module, after import,
# and as Mod.guard(x) once the module is required (in guards of def, case and fn, and in bodies).
defmodule Guards do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguard is_positive_even(n) when is_even(n) and n > 0
  defguardp is_small(n) when n < 10
  def classify(n) when is_positive_even(n) and is_small(n), do: :small_positive_even
  def classify(n) when is_even(n), do: :even
  def classify(_), do: :other
  def check(n), do: is_even(n)
end
defmodule User do
  import Guards
  def kind(x) when is_even(x), do: "even #{x}"
  def kind(x), do: "odd #{x}"
  def direct(x), do: is_positive_even(x)
end
defmodule Req do
  require Guards
  def f(x) when Guards.is_even(x), do: :yes
  def f(_), do: :no
end
defmodule Top do
  require Guards
  def run do
    case 8 do
      x when Guards.is_even(x) -> IO.puts("case even")
    end
    IO.inspect Enum.filter(1..10, fn x when Guards.is_even(x) -> true; _ -> false end)
  end
end
IO.inspect Enum.map([2, 12, -4, 3, :a], &Guards.classify/1)
IO.inspect Guards.check(4)
IO.inspect Guards.check(:x)
IO.inspect User.kind(4)
IO.inspect User.kind(5)
IO.inspect User.direct(6)
IO.inspect {Req.f(2), Req.f(3)}
Top.run()

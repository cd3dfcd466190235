# Kernel.dbg/2 (new in Elixir 1.14): the location, the code and its value; a pipeline step
# by step; dbg() shows the binding; print_location: false; inspect options.
defmodule M do
  def f(x) do
    dbg(x * 2)
    x |> Integer.to_string() |> String.pad_leading(5, "0") |> dbg()
  end
end
M.f(21)
a = %{name: "x", list: Enum.to_list(1..30)}
dbg(a)
dbg()
r = dbg(1 + 1, [])
IO.inspect r
dbg(Enum.map([1,2], fn x -> x * 2 end))
case 1 do
  _ -> dbg(:in_case)
end
f = fn -> dbg("in fn") end
f.()
defmodule N do
  dbg(1 + 2)
  defp p(x), do: dbg(x, print_location: false)
  def q(list), do: Enum.map(list, fn x -> p(x) end)
  def r(a, b \\ 2), do: dbg({a, b})
end
N.q([:a])
N.r(1)
"hello world" |> String.split() |> Enum.map(&String.upcase/1) |> Enum.join("-") |> dbg()
dbg(%{a: 1}, limit: 1)
x = [1, 2, 3]
x |> Enum.sum() |> dbg
# a step without parentheses: a local name is shown bare (Elixir's quote reads it as a
# variable), a remote call with ()
[:a, :b, :c] |> tl() |> tl |> Kernel.hd() |> dbg()
"abc" |> String.upcase |> String.reverse |> dbg

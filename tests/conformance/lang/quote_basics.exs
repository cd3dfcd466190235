# quote returns Elixir's AST as terms; unquote and unquote_splicing put values into it
# (Kernel.SpecialForms.quote/2 and the "Macros and Code Evaluation" chapter).
IO.inspect(quote do: 1 + 2)
IO.inspect(quote do: x)
IO.inspect(quote do: sum(1, 2, 3))
IO.inspect(quote do: IO.puts("hi"))
IO.inspect(quote do: [1, 2, {3, 4}, {5, 6, 7}])
IO.inspect(quote do: %{a: 1})
IO.inspect(quote do: if(x, do: 1, else: 2))
IO.inspect(quote(do: (a = 1; b = a * 2)))
IO.inspect(quote do: fn x -> x end)
IO.inspect(quote do: is_nil(x))
IO.inspect(quote do: x |> f())
IO.inspect(quote do: "a#{x}b")
IO.inspect(quote do: :atom)

IO.inspect(
  quote do
    case x do
      1 -> :a
      _ -> :b
    end
  end
)

y = 5
IO.inspect(quote do: 1 + unquote(y))
l = [1, 2]
IO.inspect(quote do: f(0, unquote_splicing(l), 3))
IO.inspect(quote do: [0, unquote_splicing(l)])
IO.inspect(quote do: &(&1 + 1))
IO.inspect(quote do: Enum.map(l, &IO.inspect/1))
IO.inspect(quote do: x.y)
IO.inspect(quote do: @foo)
IO.inspect(quote do: %S{a: 1})
IO.inspect(quote do: <<1, 2>>)
IO.inspect(quote do: not x)
IO.inspect(quote do: -x)
IO.inspect(quote do: [a: 1])
IO.inspect(quote do: {1, 2})
IO.inspect(quote do: f.(1))
IO.inspect(quote do: m[:a])
IO.inspect(quote do: a and b)
IO.inspect(quote do: x = 1)
IO.inspect(quote do: ^x)
IO.inspect(quote(location: :keep, do: 1 + 2))
IO.inspect(quote(unquote: false, do: unquote(y)))
IO.inspect(Elixir)

defmodule M do
  # inside a module, the module is the context
  def q, do: quote(do: x + y)
end

IO.inspect(M.q())
IO.inspect(quote bind_quoted: [a: 1], do: a + 1)
IO.inspect(quote bind_quoted: [t: {1, 2, 3}], do: t)

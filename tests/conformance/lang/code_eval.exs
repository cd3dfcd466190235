# Macro.to_string/1, Macro.escape/1, Code.eval_string/2 and Code.eval_quoted/2.
x = 1
IO.puts(Macro.to_string(quote do: unquote(x) + y * 2))
IO.puts(Macro.to_string(quote do: IO.puts("a #{b}")))
IO.puts(Macro.to_string(quote do: Enum.map([1, 2], fn x -> x * 2 end)))
IO.puts(Macro.to_string(quote do: %{a: 1, b: [1, 2]}))

IO.puts(
  Macro.to_string(
    quote do
      case x do
        1 -> :one
        _ -> :other
      end
    end
  )
)

IO.puts(Macro.to_string(quote do: if(a, do: b, else: c)))
IO.inspect(Code.eval_string("a * b", a: 6, b: 7))
IO.inspect(Code.eval_string("z = 3; w = z + 1"))
IO.inspect(Code.eval_string("[h | t] = [1, 2]", z: 0))
IO.inspect(Code.eval_quoted(quote(do: 1 + 2)))
IO.inspect(Code.eval_quoted({:+, [], [1, 2]}))
# a quote's variables are hygienic: var! reaches the binding's
IO.inspect(Code.eval_quoted(quote(do: var!(a) + 1), a: 41))
IO.inspect(Code.eval_quoted(quote(do: c = 3)))
IO.inspect(Macro.escape({1, 2, 3}))
IO.inspect(Macro.escape([1, {:a, :b}]))
IO.inspect(Macro.escape(%{a: {:b, 2}, c: [1, {1, 2, 3}]}))
fun = fn a -> quote do: unquote(a) * 2 end
ast = fun.(quote do: 3 + 4)
IO.inspect(ast)
IO.puts(Macro.to_string(ast))
IO.inspect(Code.eval_quoted(ast))

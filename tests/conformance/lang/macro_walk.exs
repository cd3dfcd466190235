# Macro.prewalk/2,3, postwalk/2,3, traverse/4, var/2, generate_arguments/2,
# decompose_call/1, pipe/3, unpipe/1 and escape/2, as Macro's docs show them
ast = quote do: 5 + 3 * 7

IO.inspect(Macro.prewalk(ast, fn
  {:+, meta, children} -> {:*, meta, children}
  {:*, meta, children} -> {:+, meta, children}
  other -> other
end))

new_ast = Macro.postwalk(ast, fn
  {:+, meta, children} -> {:*, meta, children}
  {:*, meta, children} -> {:+, meta, children}
  other -> other
end)
IO.inspect(Code.eval_quoted(ast))
IO.inspect(Code.eval_quoted(new_ast))

# the order each walk visits the nodes
IO.inspect(Macro.prewalk(ast, [], fn node, acc -> {node, [node | acc]} end) |> elem(1) |> Enum.reverse())
IO.inspect(Macro.postwalk(ast, [], fn node, acc -> {node, [node | acc]} end) |> elem(1) |> Enum.reverse())

# collecting the variables of an expression
code = quote do: total = price * quantity + tax(price)
{_, vars} =
  Macro.prewalk(code, [], fn
    {name, _meta, context} = var, acc when is_atom(name) and is_atom(context) -> {var, [name | acc]}
    node, acc -> {node, acc}
  end)
IO.inspect(Enum.reverse(vars))

{renamed, count} =
  Macro.traverse(code, 0,
    fn
      {:price, meta, ctx}, n when is_atom(ctx) -> {{:cost, meta, ctx}, n + 1}
      node, n -> {node, n}
    end,
    fn node, n -> {node, n} end)
IO.puts(Macro.to_string(renamed))
IO.inspect(count)

IO.inspect(Macro.var(:foo, nil))
IO.inspect(Macro.var(:foo, Other))
IO.inspect(Macro.generate_arguments(2, __MODULE__))
IO.inspect(Macro.generate_arguments(0, nil))
IO.inspect(Macro.decompose_call(quote(do: foo)))
IO.inspect(Macro.decompose_call(quote(do: foo())))
IO.inspect(Macro.decompose_call(quote(do: foo(1, 2, 3))))
IO.inspect(Macro.decompose_call(quote(do: Elixir.M.foo(1, 2, 3))))
IO.inspect(Macro.decompose_call(quote(do: 42)))
IO.inspect(Macro.decompose_call(quote(do: {:foo, [], []})))

IO.inspect(Macro.unpipe(quote(do: :foo |> bar(1) |> baz(2))))
IO.puts(Macro.to_string(Macro.pipe(quote(do: input), quote(do: String.split(",")), 0)))
IO.puts(Macro.to_string(quote(do: "a,b" |> String.split(",") |> Enum.map(&String.upcase/1))))

try do
  Macro.pipe(1, quote(do: fn x -> x end), 0)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

IO.inspect(Macro.escape({:a, :b, :c}))
IO.inspect(Macro.escape([1, {:unquote, [], [2]}], unquote: true))
IO.inspect(Macro.escape(%{a: 1}, unquote: false))
for call <- [quote(do: %{}), quote(do: Foo), quote(do: -x), quote(do: unquote())] do
  try do
    Macro.pipe(quote(do: a), call, 0)
  rescue
    e -> IO.puts(e.message)
  end
end

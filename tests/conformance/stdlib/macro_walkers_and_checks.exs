# Macro.prewalker/postwalker (the nodes prewalk/postwalk visit, in order), operator?/2,
# quoted_literal?/1, validate/1, update_meta/2; Macro.pipe/3 refuses an operator; a |> b
# quotes b as a variable, as Elixir's parser reads it
ast = quote do: :mod.foo(bar({1, 2}), [3, 4, five])
IO.inspect(Enum.map(Macro.prewalker(ast), & &1))
IO.inspect(Enum.map(Macro.postwalker(ast), & &1))
IO.inspect(Enum.take(Macro.prewalker(ast), 3))

IO.inspect({Macro.operator?(:+, 2), Macro.operator?(:+, 1), Macro.operator?(:+, 0),
            Macro.operator?(:|>, 2), Macro.operator?(:"//", 2), Macro.operator?(:foo, 2)})

literals = [quote(do: "foo"), quote(do: {"foo", 1}), quote(do: %{foo: "bar"}),
            quote(do: %URI{path: "/"}), quote(do: {"foo", var})]
IO.inspect(Enum.map(literals, &Macro.quoted_literal?/1))

terms = [1, 1.0, :foo, "bar", self(), {1, 2}, {:foo, [], :baz}, [1, 2, 3], <<0::4>>,
         {1, 2, 3}, [{1, 2, 3}], %{}, &Enum.map/2]
IO.inspect(Enum.map(terms, &Macro.validate/1))

quoted = quote line: 10, do: sample()
IO.inspect(Macro.update_meta(quoted, &Keyword.delete(&1, :line)))

for into <- [quote(do: 1 + 1), quote(do: !x), quote(do: a |> b)] do
  try do
    Macro.pipe(1, into, 0)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

IO.inspect(Macro.unpipe(quote(do: foo |> bar |> baz)))

# %{x} and %Struct{foo(1)} are fine quoted (the map's entries as written) and print back so;
# compiled, a map needs key-value pairs
IO.inspect(quote(do: %Test{foo(1)} + 2))
IO.puts(Macro.to_string(quote(do: %Test{foo(1)} + 2)))
IO.inspect(quote(do: %{a, b}))
IO.puts(Macro.to_string(quote(do: %{a, b: 1})))
Code.eval_string("x = 1\n%{x}")

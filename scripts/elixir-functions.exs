# scripts/elixir-functions.exs: writes tests/data/elixir_functions.txt, the public functions
# of the everyday modules as real Elixir defines them (Module.__info__(:functions)), one
# `Module.name/arity` a line. Run it under the Elixir taskplay follows (1.14.0):
#
#   elixir scripts/elixir-functions.exs > tests/data/elixir_functions.txt
#
# __struct__/0,1 (what defstruct adds) are left out: they are not API one calls. Macros
# (Kernel.if/2, Integer.is_even/1) are not functions and are not listed. The doctest in
# tests/stdlib_coverage.test.cpp checks taskplay's function_exported?/3 against this list.
modules = [Kernel, Enum, String, Map, List, Keyword, Integer, Float, Tuple, Atom, Stream,
           MapSet, Range, Regex, Function, Exception]

IO.puts("# Elixir #{System.version()}: the public functions of #{length(modules)} modules " <>
          "(scripts/elixir-functions.exs)")

for module <- modules,
    {name, arity} <- Enum.sort(module.__info__(:functions)),
    name not in [:__struct__] do
  IO.puts("#{inspect(module)}.#{name}/#{arity}")
end

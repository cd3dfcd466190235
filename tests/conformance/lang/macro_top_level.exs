# A macro's module defined in this file cannot be required at the file's top level: Elixir
# compiles the file's top level before it defines the module (a CompileError, nothing runs).
defmodule Twice do
  defmacro twice(x), do: quote(do: unquote(x) * 2)
end

IO.puts("never printed")
require Twice
IO.puts(Twice.twice(3))

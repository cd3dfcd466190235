# A struct used at the top level of the script that defines it: Elixir refuses it at
# compile time (the whole file is compiled before any of it runs), so nothing prints.
defmodule Point do
  defstruct x: 0, y: 0
end

IO.puts("before")
p = %Point{x: 1}
IO.inspect(p)

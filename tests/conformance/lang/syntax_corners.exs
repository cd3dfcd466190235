# Corners of the syntax Elixir's own tests use: special forms' atoms as keyword keys,
# `..` alone (0..-1//1), a remote call whose name is unquoted (Mod.unquote(name)(args)),
# an attribute set with parentheses, defstruct given @enforce_keys.
IO.inspect([%{}: :%, {}: 1, <<>>: 2, %: :%{}])
IO.inspect((..))
IO.inspect(Enum.slice([1, 2, 3], ..))
IO.inspect(String.slice("elixir", ..))

fun = :upcase
IO.inspect(quote(do: String.unquote(fun)("abc")))
IO.inspect(quote(unquote: false, do: Kernel.unquote(:is_atom)(:ok)))
IO.inspect(Code.eval_quoted(quote(do: String.unquote(fun)("abc"))))

defmodule Gen do
  for name <- [:a, :b] do
    def unquote(name)(), do: Kernel.unquote(:to_string)(unquote(name))
  end
end

IO.inspect({Gen.a(), Gen.b()})

defmodule Point do
  @enforce_keys [:x, :y]
  defstruct @enforce_keys
  @origin(%{x: 0, y: 0})
  def origin, do: struct!(__MODULE__, @origin)
end

IO.inspect(Point.origin())

try do
  struct!(Point, x: 1)
rescue
  e -> IO.puts(Exception.message(e))
end

# Macros with default arguments (defmacro m(x \\ 3)), used in their own module and from another.
defmodule M do
  defmacro twice(x \\ 3), do: quote(do: unquote(x) * 2)
  defmacrop inc(x, by \\ 1), do: quote(do: unquote(x) + unquote(by))
  defmacro tag(a \\ :x, b, c \\ :z) do
    quote do: {unquote(a), unquote(b), unquote(c)}
  end
  def go, do: {twice(), twice(5), inc(1), inc(1, 10)}
  def tags, do: {tag(1), tag(1, 2), tag(1, 2, 3)}
end
defmodule User do
  require M
  def go, do: {M.twice(), M.twice(21), M.tag(:only)}
end
IO.inspect M.go
IO.inspect M.tags
IO.inspect User.go

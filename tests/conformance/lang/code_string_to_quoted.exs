# Code.string_to_quoted/1 and string_to_quoted!/1: code read into its quoted form, then
# evaluated, printed back and walked, as the Code and Macro docs show
IO.inspect(Code.string_to_quoted("1 + 2"))
IO.inspect(Code.string_to_quoted!("foo(bar, :baz)"))
IO.inspect(Code.string_to_quoted!("x = [1, 2] |> Enum.map(&(&1 * 2))"))
IO.inspect(Code.string_to_quoted!("%{name: \"José\", tags: [:a, :b]}"))
IO.inspect(Code.string_to_quoted!("a = 1\nb = a + 1"))
IO.inspect(Code.string_to_quoted!(""))
IO.inspect(Code.string_to_quoted!("{1, 2, 3}"))
IO.inspect(Code.string_to_quoted!('fn x -> x * 2 end'))

{:ok, quoted} = Code.string_to_quoted("Enum.sum([1, 2, 3]) * factor")
IO.inspect(Code.eval_quoted(quoted, factor: 10))
IO.puts(Macro.to_string(quoted))

source = """
defmodule Greeter do
  def hello(name), do: "Hello, " <> name
end
"""
IO.puts(Macro.to_string(Code.string_to_quoted!(source)))

# the names of the functions a piece of code calls
{_, calls} =
  Macro.prewalk(Code.string_to_quoted!("String.upcase(trim(name)) <> suffix(1)"), [], fn
    {name, _, args} = node, acc when is_atom(name) and is_list(args) -> {node, [name | acc]}
    node, acc -> {node, acc}
  end)
IO.inspect(Enum.reverse(calls))

case Code.string_to_quoted("1 + * 2") do
  {:ok, _} -> IO.puts("parsed")
  {:error, {meta, message, token}} -> IO.inspect({meta[:line], message, token})
end

try do
  Code.string_to_quoted!("1 + * 2")
rescue
  e in SyntaxError -> IO.puts("SyntaxError on line #{e.line}")
end

# eval_string/3 and eval_quoted/3 take options (file:, line:) as well
IO.inspect(Code.eval_string("a * 2", [a: 21], file: "calc.exs", line: 10))
IO.inspect(Code.eval_string("[x | y]", [x: 1, y: [2]], []))
IO.inspect(Code.eval_quoted(quote(do: 40 + 2), [], file: "q.exs"))

# Sigils as everyday Elixir writes them: word lists, strings with quotes in them,
# charlists, regexes, every delimiter, heredoc sigils and a sigil of our own.
defmodule Colors do
  @primary ~w(red green blue)a
  def primary, do: @primary
  def primary?(color), do: color in @primary
end

IO.inspect Colors.primary()
IO.inspect Colors.primary?(:green)
IO.inspect Colors.primary?(:pink)

IO.inspect ~w(apple banana cherry)
IO.inspect ~w(apple banana cherry)c
IO.inspect ~w[one  two
  three]s
name = "world"
IO.inspect ~s(She said "hello, #{name}")
IO.inspect ~S(No #{interpolation} and no \n escapes)
IO.inspect ~c(charlist #{1 + 1})
IO.inspect ~C(raw #{1 + 1})

for s <- [~s/slash/, ~s|pipe|, ~s"double", ~s'single', ~s(parens), ~s[brackets], ~s{braces}, ~s<angles>] do
  IO.puts s
end

IO.inspect ~s(escaped \) paren)
IO.inspect ~S[keep \] and \n]

poem = ~s"""
  Roses are red,
    violets are blue.
  """
IO.write poem

raw = ~S"""
A #{raw} heredoc\n
"""
IO.inspect raw

defmodule Dates do
  # ~d(2023-01-15) -> {2023, 1, 15}; the u modifier gives a map
  def sigil_d(text, modifiers) do
    [y, m, d] = text |> String.split("-") |> Enum.map(&String.to_integer/1)
    if modifiers == 'u', do: %{year: y, month: m, day: d}, else: {y, m, d}
  end

  def demo do
    IO.inspect ~d(2023-01-15)
    IO.inspect ~d(1999-12-31)u
  end
end

Dates.demo()

case ~w(ok done) do
  ~w(ok done) -> IO.puts "matched a word list"
end

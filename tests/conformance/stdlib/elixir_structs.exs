# Elixir's own structs and exceptions as a program builds them: %Mod{}, Mod.exception/1,
# Mod.__struct__/0,1, struct/2, Mod.message/1
IO.inspect %RuntimeError{}
IO.inspect %ArgumentError{message: "x"}
IO.inspect %KeyError{key: 1}
IO.inspect %Range{first: 1, last: 2, step: 1}
IO.inspect %MapSet{}
IO.inspect %Date{year: 2020, month: 1, day: 1}
IO.inspect %Time{hour: 1, minute: 2, second: 3}
IO.inspect struct(RuntimeError, message: "y")
IO.inspect struct(Date, year: 2024, month: 2, day: 29)
IO.inspect RuntimeError.exception("m")
IO.inspect ArgumentError.exception(message: "m")
IO.inspect Enum.EmptyError.exception([])
IO.inspect KeyError.message(%KeyError{key: :a, term: [b: 1]})
IO.inspect MatchError.message(%MatchError{term: {1, 2}})
IO.inspect Exception.message(%RuntimeError{})
IO.inspect match?(%RuntimeError{}, RuntimeError.exception("x"))
IO.inspect Map.keys(%CaseClauseError{})
IO.inspect Map.to_list(Task.__struct__())
try do
  raise %RuntimeError{message: "struct raised"}
rescue
  e in RuntimeError -> IO.inspect(e)
end
try do
  raise %ArgumentError{}
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  raise KeyError, key: :k, term: %{a: 1}
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  struct!(Range, foo: 1)
rescue
  e -> IO.inspect(e)
end
try do
  Range.__struct__(bar: 2)
rescue
  e -> IO.inspect(e)
end
IO.inspect struct(Range, foo: 1)
defmodule Check do
  def kind(%ArgumentError{message: m}), do: {:arg, m}
  def kind(%RuntimeError{}), do: :runtime
  def kind(%{__exception__: true}), do: :other
end
IO.inspect Enum.map([ArgumentError.exception("a"), %RuntimeError{}, %MatchError{}], &Check.kind/1)

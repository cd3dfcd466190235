# The line a CondClauseError reports: cond's last clause (Elixir compiles cond to nested
# cases; the innermost raises), in a function and at the top of a script.
defmodule Grade do
  def of(score) do
    cond do
      score >= 90 -> :a
      score >= 80 -> :b
      score >= 70 -> :c
    end
  end
end

IO.inspect(Grade.of(95))

try do
  Grade.of(10)
rescue
  e in CondClauseError ->
    IO.puts(Exception.message(e))
    [{Grade, :of, 1, location} | _] = __STACKTRACE__
    IO.inspect(Keyword.get(location, :line), label: "line in Grade.of/1")
end

try do
  x = 3
  cond do
    x > 5 -> :big
    x > 4 ->
      :medium
  end
rescue
  CondClauseError ->
    [{_, _, _, location} | _] = __STACKTRACE__
    IO.inspect(Keyword.get(location, :line), label: "line at the top")
end

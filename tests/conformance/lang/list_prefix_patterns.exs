# A pattern 'prefix' ++ rest or [a, b] ++ rest: the list starts with those elements (the
# left side must be a literal proper list), as command parsers written over charlists do.
defmodule Command do
  def parse('say ' ++ rest), do: {:say, rest}
  def parse('quit'), do: :quit
  def parse([?#] ++ comment), do: {:comment, comment}
  def parse([a, b] ++ rest) when a == b, do: {:double, a, rest}
  def parse(other), do: {:unknown, other}
end

IO.inspect Command.parse('say hello')
IO.inspect Command.parse('quit')
IO.inspect Command.parse('# note')
IO.inspect Command.parse('xxyz')
IO.inspect Command.parse('ab')
IO.inspect match?([1, _] ++ _, [1, 2, 3])
IO.inspect match?([1, _] ++ _, [1])
'key=' ++ value = 'key=42'
IO.inspect value
case [:ok, 1, 2] do
  [:error] ++ _ -> IO.puts "error"
  [:ok] ++ items -> IO.inspect(items, label: "items")
end

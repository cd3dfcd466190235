# Code.ensure_loaded?/1, ensure_loaded/1, ensure_compiled/1, ensure_compiled!/1 and :code.ensure_loaded/1
# for modules of Elixir, of Erlang, of the program and for one that does not exist.
defmodule Mine do
  def hi, do: :hi
end
IO.inspect {Code.ensure_loaded?(Enum), Code.ensure_loaded?(Nope), Code.ensure_loaded?(Mine), Code.ensure_loaded?(:lists)}
IO.inspect {Code.ensure_loaded(Enum), Code.ensure_loaded(Nope)}
IO.inspect {Code.ensure_compiled(Mine), Code.ensure_compiled(Nope)}
IO.inspect Code.ensure_compiled!(Mine)
IO.inspect :code.ensure_loaded(Mine)
IO.inspect :code.is_loaded(Nope)
IO.inspect function_exported?(Mine, :hi, 0)
Code.ensure_compiled!(Nope)

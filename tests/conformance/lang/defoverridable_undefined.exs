# defoverridable of a function not defined: an ArgumentError as the body runs
defmodule NotDefined do
  defoverridable f: 1
end

# Mod.__info__/1 of the program's own modules: :functions (defaults, defdelegate, defstruct,
# defexception and use GenServer add theirs; defp and defguard are not functions), :macros
# (public defguards), :module.
defmodule MyList do
  defdelegate rev(list), to: Enum, as: :reverse
  def first(list, default \\ nil), do: List.first(list) || default
  def sum(l), do: Enum.sum(l)
  defp hidden, do: :x
  defguard is_two(x) when x == 2
  def use_hidden, do: hidden()
end
defmodule Pt do
  defstruct [:x, :y]
end
defmodule Boom do
  defexception [:message]
end
defmodule Srv do
  use GenServer
  def init(s), do: {:ok, s}
end
IO.inspect MyList.__info__(:functions)
IO.inspect MyList.__info__(:macros)
IO.inspect MyList.__info__(:module)
IO.inspect Pt.__info__(:functions)
IO.inspect Boom.__info__(:functions)
IO.inspect Srv.__info__(:functions)
IO.inspect function_exported?(MyList, :__info__, 1)

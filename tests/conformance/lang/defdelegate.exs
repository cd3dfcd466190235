# defdelegate: a module's public function that hands the call to another module's,
# renamed with as:, with a default argument, to an Erlang module, and a failure inside
# the delegate (its stack trace names the target, as Elixir's does).
defmodule MyList do
  defdelegate reverse(list), to: Enum
  defdelegate rev(list), to: Enum, as: :reverse
  defdelegate first(list, default \\ nil), to: List
  defdelegate shout(s), to: String, as: :upcase
  defdelegate sum(l), to: :lists
end

defmodule Stack do
  defstruct items: []
  def new, do: %Stack{}
  def push(%Stack{items: i} = s, x), do: %{s | items: [x | i]}
  defdelegate size(list), to: Kernel, as: :length
end

IO.inspect(MyList.reverse([1, 2, 3]))
IO.inspect(MyList.rev([1, 2]))
IO.inspect(MyList.first([]))
IO.inspect(MyList.first([], :none))
IO.inspect(MyList.first([7, 8]))
IO.inspect(MyList.shout("abc"))
IO.inspect(MyList.sum([1, 2, 3]))
IO.inspect(function_exported?(MyList, :rev, 1))
IO.inspect(function_exported?(MyList, :first, 1))
IO.inspect(Stack.size(Stack.push(Stack.new(), 1).items))

try do
  MyList.rev(:not_a_list)
rescue
  e -> IO.puts(Exception.message(e))
end

# @derive of the program's own protocols: the struct takes the protocol's implementation for Any
defprotocol Size do
  @doc "Calculates the size (and not the length!) of a data structure"
  def size(data)
end

defimpl Size, for: Any do
  def size(_), do: 0
end

defimpl Size, for: Map do
  def size(map), do: map_size(map)
end

defprotocol Describe do
  def describe(term)
end

defimpl Describe, for: Any do
  def describe(term), do: "a value: #{inspect(term)}"
end

defmodule User do
  @derive [Size, Describe]
  defstruct [:name, :age]
end

defmodule Account do
  @derive Size
  @derive {Inspect, only: [:id]}
  defstruct [:id, :secret]
end

defmodule Plain do
  defstruct [:x]
end

defmodule Main do
  def run do
    IO.inspect Size.size(%User{name: "jane"})
    IO.inspect Size.size(%Account{id: 1, secret: "s"})
    IO.inspect Size.size(%{a: 1, b: 2})
    IO.puts Describe.describe(%User{name: "jane", age: 30})
    IO.inspect Size.impl_for(%User{})
    IO.inspect Size.impl_for(%Plain{})
    IO.inspect %Account{id: 1, secret: "s"}
    try do
      Size.size(%Plain{x: 1})
    rescue
      e in Protocol.UndefinedError -> IO.puts Exception.message(e)
    end
    try do
      Describe.describe(%Account{})
    rescue
      e in Protocol.UndefinedError -> IO.puts Exception.message(e)
    end
  end
end

Main.run()

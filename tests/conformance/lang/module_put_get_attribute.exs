# Module.put_attribute/3 and Module.get_attribute/2 of __MODULE__ in a module body: as
# @name value and @name (accumulating attributes too)
defmodule Conf do
  Module.put_attribute(__MODULE__, :answer, 42)
  @doubled Module.get_attribute(__MODULE__, :answer) * 2
  def answer, do: @answer
  def doubled, do: @doubled
  IO.inspect(Module.get_attribute(__MODULE__, :answer))
  Module.register_attribute(__MODULE__, :items, accumulate: true)
  Module.put_attribute(__MODULE__, :items, :a)
  @items :b
  Module.put_attribute(__MODULE__, :items, :c)
  def items, do: @items
  IO.inspect(Module.get_attribute(__MODULE__, :items))
  x = Enum.sum([1, 2])
  Module.put_attribute(__MODULE__, :sum, x)
  def sum, do: @sum
end
IO.inspect({Conf.answer(), Conf.doubled(), Conf.items(), Conf.sum()})

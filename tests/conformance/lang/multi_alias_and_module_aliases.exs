# alias MyApp.{A, B} (one alias each), __MODULE__.Sub as an alias, %__MODULE__.Sub{} and
# alias __MODULE__.{...}, in module bodies and function bodies, as Elixir projects write them.
defmodule Shop do
  defmodule Item do
    defstruct name: nil, price: 0
  end
  defmodule Cart.Line do
    def describe(%Shop.Item{name: n}), do: "line: #{n}"
  end
  alias __MODULE__.Item
  alias __MODULE__.{Cart.Line}
  def new(name), do: %Item{name: name}
  def sub, do: %__MODULE__.Item{name: "via module"}
  def line(item), do: Line.describe(item)
  def call_nested, do: __MODULE__.Cart.Line.describe(new("nested"))
  def local_alias do
    alias Shop.{Item, Cart}
    {Item, Cart.Line}
  end
end
IO.inspect Shop.new("apple")
IO.inspect Shop.sub()
IO.puts Shop.line(Shop.new("pear"))
IO.puts Shop.call_nested()
IO.inspect Shop.local_alias()
defmodule Shop.Client do
  alias Shop.{
    Item,
    Cart.Line
  }
  def go, do: Line.describe(%Item{name: "multi-line"})
  def me, do: __MODULE__
end
IO.puts Shop.Client.go()
IO.inspect Shop.Client.me()

defmodule Settings do
  @base 10
  @limit @base * 3 + 2
  @names Enum.map(~w(ann bob), &String.capitalize/1)
  @table for n <- 1..3, into: %{}, do: {n, n * n}
  @enforce_keys [:id]
  defstruct id: nil, names: @names, size: length(@names)
  def limit, do: @limit
  def names, do: @names
  def table, do: @table
  def square(n) when is_map_key(@table, n), do: @table[n]
  def square(_), do: :unknown
end
defmodule Shape do
  defmodule Circle do
    defstruct r: 1
    def area(%__MODULE__{r: r}), do: 3 * r * r
  end
  def describe(%Circle{} = c), do: "circle #{Circle.area(c)}"
  def describe(%_{} = s), do: "struct #{inspect(s.__struct__)}"
  def describe(_), do: "other"
end
defmodule Main do
  def run do
    IO.inspect(Settings.limit())
    IO.inspect(Settings.names())
    IO.inspect(Settings.table())
    IO.inspect({Settings.square(2), Settings.square(9)})
    IO.inspect(%Settings{id: 7})
    IO.puts(Shape.describe(%Shape.Circle{r: 2}))
    IO.puts(Shape.describe(%Settings{id: 1}))
    IO.puts(Shape.describe(%{}))
    IO.inspect(%Shape.Circle{})
    alias Shape.Circle
    IO.inspect(%Circle{r: 5} |> Circle.area())
  end
end
Main.run()

# Inspect.Algebra documents laid out at a width, as Elixir's: a custom Inspect
# implementation's document breaks over lines with the data around it, and format/2 of
# groups, glue, nest, flex breaks and lines
defmodule Bag do
  defstruct items: []
end

defimpl Inspect, for: Bag do
  import Inspect.Algebra

  def inspect(%Bag{items: items}, opts) do
    container_doc("#Bag<", items, ">", opts, &to_doc/2, separator: ",", break: :flex)
  end
end

defmodule Pair do
  defstruct [:left, :right]
end

defimpl Inspect, for: Pair do
  import Inspect.Algebra

  def inspect(%Pair{left: left, right: right}, opts) do
    group(
      concat([
        "#Pair<",
        nest(concat([break(""), to_doc(left, opts), ",", break(), to_doc(right, opts)]), 2),
        break(""),
        ">"
      ])
    )
  end
end

defmodule Point do
  defstruct x: 0, y: 0
end

defimpl Inspect, for: Point do
  import Inspect.Algebra

  def inspect(%Point{x: x, y: y}, opts) do
    concat(["#Point<", to_doc(x, opts), ", ", to_doc(y, opts), ">"])
  end
end

defmodule Demo do
  def run do
    IO.inspect(Enum.map(1..10, &%Point{x: &1, y: &1 * 1000}))
    IO.inspect(%Bag{items: Enum.to_list(1..40)})
    IO.inspect(%Bag{items: Enum.to_list(1..10)}, width: 20)
    IO.inspect(%Bag{items: ["alpha", "beta", "gamma", "delta"]}, width: 15)
    IO.inspect(%Pair{left: 1, right: 2})
    IO.inspect(%Pair{left: String.duplicate("a", 50), right: String.duplicate("b", 50)})
    IO.inspect([%Pair{left: 1, right: 2}, %Pair{left: Enum.to_list(1..30), right: :x}])
    IO.inspect(%{pairs: Enum.map(1..5, &%Pair{left: &1, right: &1 * 2})}, width: 40)
    IO.puts(inspect(%Bag{items: Enum.to_list(1..40)}, pretty: true))
    IO.puts(inspect(%Bag{items: Enum.to_list(1..40)}))
    IO.puts(inspect([%Pair{left: [1, 2], right: %Bag{items: [3]}}]))
  end
end

Demo.run()

import Inspect.Algebra
IO.puts(format(group(glue(glue("hello", "big"), "world")), 10))
IO.puts(format(group(glue(glue("hello", "big"), "world")), 80))
IO.puts(format(nest(glue("hello", "world"), 4), 5))
IO.puts(format(fold_doc(["a", "b", "c"], fn doc, acc -> glue(doc, "!", acc) end), 80))
IO.puts(format(group(flex_glue(flex_glue("aaaa", "bbbb"), "cccc")), 9))
IO.puts(format(group(concat(["a", flex_break(), "b"])), 1))
IO.puts(format(nest(concat(["a", line(), "b"]), :cursor), 80))
IO.puts(format(concat("x", nest(concat(["a", line(), "b"]), :reset)), 80))
IO.puts(format(group(concat(["[", nest(concat([break(""), "1,", break(), "2"]), 2), break(""), "]"])), 3))
IO.inspect(empty())
IO.inspect(concat("a", "b"))
IO.inspect(glue("a", "b"))
IO.puts(format(next_break_fits(group(concat(["fn", break(), "x"])), :enabled), 3))
IO.puts(format(force_unfit(group(concat(["a", break(), "b"]))), 80))
IO.puts(format(group(glue("a", "b")), :infinity))
doc = container_doc("[", Enum.to_list(1..5), "]", %Inspect.Opts{limit: :infinity}, fn i, _ -> to_string(i) end)
IO.inspect(IO.iodata_to_binary(format(doc, 5)))
doc = container_doc("[", Enum.to_list(1..5), "]", %Inspect.Opts{limit: 3}, fn i, _ -> to_string(i) end, separator: "!")
IO.inspect(IO.iodata_to_binary(format(doc, 20)))

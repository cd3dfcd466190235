# The book's Tracer (Macros chapter): a def macro that replaces Kernel's, after import Kernel, except: [def: 2]
defmodule Tracer do
  def dump_args(args) do
    args |> Enum.map(&inspect/1) |> Enum.join(", ")
  end
  def dump_defn(name, args) do
    "#{name}(#{dump_args(args)})"
  end
  defmacro def(definition = {:when, _, [{name, _, args} | _]}, do: content) do
    quote do
      Kernel.def(unquote(definition)) do
        IO.puts "==> call: #{Tracer.dump_defn(unquote(name), unquote(args))}"
        result = unquote(content)
        IO.puts "<== result: #{result}"
        result
      end
    end
  end
  defmacro def(definition = {name, _, args}, do: content) do
    quote do
      Kernel.def(unquote(definition)) do
        IO.puts "==> call: #{Tracer.dump_defn(unquote(name), unquote(args))}"
        result = unquote(content)
        IO.puts "<== result: #{result}"
        result
      end
    end
  end
  defmacro __using__(_opts) do
    quote do
      import Kernel, except: [def: 2]
      import unquote(__MODULE__), only: [def: 2]
    end
  end
end
defmodule Test do
  use Tracer
  def puts_sum_three(a, b, c), do: IO.inspect(a + b + c)
  def add_list(list), do: Enum.reduce(list, 0, &(&1 + &2))
  def pos(x) when x > 0, do: :pos
end
Test.puts_sum_three(1, 2, 3)
Test.add_list([5, 6, 7, 8])
Test.pos(3)
defmodule Plain do
  use Tracer
  def greet(name) do
    "hello #{name}"
  end
end
Plain.greet("world")
IO.inspect Test.__info__(:functions)

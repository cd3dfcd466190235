# The book's Tracer ("Linking Modules: Behaviours and Use"): a module's own `defmacro def`
# replaces Kernel's def in the modules that `use` it (import Kernel, except: [def: 2]),
# while inside Tracer itself `def` stays Kernel's: Elixir looks at imports before a
# module's own macros.
defmodule Tracer do
  def dump_args(args), do: args |> Enum.map(&inspect/1) |> Enum.join(", ")
  def dump_defn(name, args), do: "#{name}(#{dump_args(args)})"

  defmacro def(definition = {:when, _, [{name, _, args}, _guard]}, do: content) do
    trace(definition, name, args, content)
  end

  defmacro def(definition = {name, _, args}, do: content) do
    trace(definition, name, args, content)
  end

  defp trace(definition, name, args, content) do
    quote do
      Kernel.def unquote(definition) do
        IO.puts("==> call:   #{Tracer.dump_defn(unquote(name), unquote(args))}")
        result = unquote(content)
        IO.puts("<== result: #{inspect(result)}")
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
  def odd?(n) when is_integer(n), do: rem(n, 2) == 1
end

Test.puts_sum_three(1, 2, 3)
Test.add_list([5, 6, 7, 8])
Test.odd?(3)

# A module hiding one of Kernel's functions and importing its own
defmodule Loud do
  def inspect(term), do: "LOUD " <> Kernel.inspect(term)
end

defmodule UsesLoud do
  import Kernel, except: [inspect: 1]
  import Loud
  def show(x), do: inspect(x)
  def show_all(xs), do: Enum.map(xs, &inspect/1)
end

IO.puts(UsesLoud.show(:ok))
IO.inspect(UsesLoud.show_all([1, "two"]))

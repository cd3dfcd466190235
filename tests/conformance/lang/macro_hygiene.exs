# Macro hygiene: a macro's variables are its own unless var! reaches the caller's.
defmodule Hygiene do
  defmacro no_interference do
    quote do: a = 1
  end

  defmacro interference do
    quote do: var!(a) = 1
  end

  defmacro twice(expr) do
    quote do
      x = unquote(expr)
      x * 2
    end
  end
end

defmodule HygieneTest do
  require Hygiene

  def go do
    a = 13
    Hygiene.no_interference()
    IO.puts(a)
    Hygiene.interference()
    IO.puts(a)
    x = 5
    IO.puts(Hygiene.twice(x + 1))
    IO.puts(x)
  end
end

HygieneTest.go()

defmodule Local do
  defmacrop square(x) do
    quote bind_quoted: [x: x] do
      x * x
    end
  end

  def area(side), do: square(side)
end

IO.puts(Local.area(7))

defmodule Imported do
  defmacro double(x), do: quote(do: unquote(x) * 2)
  def helper, do: :ok
end

defmodule UsesImport do
  import Imported
  def run, do: double(21)
end

IO.puts(UsesImport.run())
IO.inspect(Imported.__info__(:macros))
IO.inspect(Imported.__info__(:functions))
IO.inspect(macro_exported?(Imported, :double, 1))
IO.inspect(function_exported?(Imported, :double, 1))

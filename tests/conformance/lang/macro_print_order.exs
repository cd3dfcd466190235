# A macro runs when the code calling it is expanded: a macro called in a def's body runs
# when the module body reaches that def, one called in the body itself (or `use`) before
# the body runs; its prints land among the script's own output at that point
IO.puts("script starts")

defmodule Tracer do
  defmacro trace(expr) do
    IO.puts("expanding trace(#{Macro.to_string(expr)})")

    quote do
      value = unquote(expr)
      IO.puts("#{unquote(Macro.to_string(expr))} = #{inspect(value)}")
      value
    end
  end

  defmacro __using__(opts) do
    IO.puts("use Tracer with #{inspect(opts)}")

    quote do
      require Tracer
      def traced?, do: true
    end
  end
end

IO.puts("Tracer defined")

defmodule Calc do
  use Tracer, level: 1
  IO.puts("Calc body starts")

  def add(a, b), do: Tracer.trace(a + b)

  IO.puts("between the defs")

  def mul(a, b) do
    Tracer.trace(a * b)
  end

  defp double(x), do: Tracer.trace(x * 2)
  def quad(x), do: double(double(x))

  IO.puts("Calc body ends")
end

IO.puts("Calc defined")
Calc.add(1, 2)
Calc.mul(3, 4)
Calc.quad(5)
IO.inspect(Calc.traced?())

defmodule Outer do
  require Tracer
  IO.puts("Outer body")

  defmodule Inner do
    require Tracer
    IO.puts("Inner body")
    Tracer.trace(:in_inner_body)
    def f, do: Tracer.trace(:inner_f)
  end

  def g, do: Tracer.trace(:outer_g)
  IO.puts("Outer body ends")
end

Outer.Inner.f()
Outer.g()
IO.puts("script ends")

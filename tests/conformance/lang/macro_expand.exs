# Macro.expand_once/2 and Macro.expand/2 with __ENV__, as the Macros guide and Macro's docs
# use them: Kernel's unless/if/&&/||/|>, a required module's macro, an imported one, aliases
defmodule Unless do
  defmacro macro_unless(clause, do: expression) do
    quote do
      if(!unquote(clause), do: unquote(expression))
    end
  end
end

defmodule Shapes do
  defmacro square(x), do: quote(do: unquote(x) * unquote(x))
  defmacro twice(x), do: quote(do: square(unquote(x)) + square(unquote(x)))
end

defmodule Lengths do
  defmacro defmodule_with_length(name, do: block) do
    expanded = Macro.expand(name, __CALLER__)
    length = length(Atom.to_charlist(expanded))

    quote do
      defmodule unquote(name) do
        def name_length, do: unquote(length)
        unquote(block)
      end
    end
  end
end

defmodule Demo do
  require Unless
  require Shapes
  alias String.Chars, as: Chars

  def guide do
    expr = quote do: Unless.macro_unless(true, do: IO.puts("this should never be printed"))
    res = Macro.expand_once(expr, __ENV__)
    IO.puts(Macro.to_string(res))
    IO.puts(Macro.to_string(Macro.expand_once(res, __ENV__)))
    IO.puts(Macro.to_string(Macro.expand(res, __ENV__)))
  end

  def shapes do
    IO.inspect(Macro.expand_once(quote(do: Shapes.square(3)), __ENV__))
    once = Macro.expand_once(quote(do: Shapes.twice(y)), __ENV__)
    IO.puts(Macro.to_string(once))
    # expand/2 expands the node itself, not the calls inside it
    IO.puts(Macro.to_string(Macro.expand(quote(do: Shapes.twice(y)), __ENV__)))
    # a module that is not required does not expand
    IO.inspect(Macro.expand(quote(do: Lengths.defmodule_with_length(X, do: nil)), __ENV__))
  end

  def aliases do
    IO.inspect(Macro.expand(quote(do: Chars), __ENV__))
    IO.inspect(Macro.expand(quote(do: Chars.List), __ENV__))
    IO.inspect(Macro.expand(quote(do: Some.Other), __ENV__))
    IO.inspect(Macro.expand(quote(do: __MODULE__), __ENV__))
  end
end

Demo.guide()
Demo.shapes()
Demo.aliases()

defmodule Importer do
  import Shapes

  def run do
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: square(a + 1)), __ENV__)))
    IO.inspect(square(4))
  end
end

Importer.run()

defmodule UsesLength do
  require Lengths

  Lengths.defmodule_with_length MyApp.Long.Name do
    def hello, do: :hi
  end
end

IO.inspect({UsesLength.MyApp.Long.Name.name_length(), UsesLength.MyApp.Long.Name.hello()})

# Kernel's macros, one step and all the way
for expr <- [
      quote(do: unless(ready?, do: wait(), else: go())),
      quote(do: if(ready?, do: go())),
      quote(do: a && b),
      quote(do: a || b),
      quote(do: !valid?),
      quote(do: is_nil(value)),
      quote(do: "hi" |> String.upcase() |> String.duplicate(2)),
      quote(do: to_string(42)),
      quote(do: Kernel.unless(done, do: :work)),
      quote(do: String.upcase("x")),
      quote(do: 1 + 2),
      :atom
    ] do
  IO.puts("#{Macro.to_string(expr)}  ==>")
  IO.puts(Macro.to_string(Macro.expand_once(expr, __ENV__)))
  IO.puts(Macro.to_string(Macro.expand(expr, __ENV__)))
end

alias Enum, as: E
IO.inspect(Macro.expand(quote(do: E), __ENV__))
IO.inspect(Macro.expand(quote(do: E.Foo), __ENV__))
IO.inspect(Macro.expand_once(quote(do: is_nil(x)), __ENV__))

try do
  Macro.expand(quote(do: if(x, do: 1, then: 2)), __ENV__)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

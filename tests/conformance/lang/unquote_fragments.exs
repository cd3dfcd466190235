# Defs made while a module's body runs: unquote fragments in a for, a def's unquote
# fragments alone, the book's mydef (bind_quoted) called in an Enum.each, a __using__ that
# returns defs made from its options, attributes set in such a loop
defmodule Pairs do
  for {name, val} <- [a: 1, b: 2] do
    def unquote(name)(), do: unquote(val)
  end
end
IO.inspect({Pairs.a(), Pairs.b()})

defmodule My do
  defmacro mydef(name) do
    quote bind_quoted: [name: name] do
      def unquote(name)(), do: unquote(name)
    end
  end
end

defmodule Colours do
  require My
  [:red, :green, :blue] |> Enum.each(&My.mydef(&1))
  def other(x), do: x * 2
end
IO.inspect Colours.red
IO.inspect Colours.green
IO.inspect Colours.other(3)

defmodule Defs do
  defmacro __using__(opts) do
    for {k, v} <- opts do
      quote do
        def unquote(k)(), do: unquote(v)
      end
    end
  end
end

defmodule U do
  use Defs, x: 10, y: "hi"
end
IO.inspect {U.x, U.y}

defmodule Attr do
  Module.register_attribute(__MODULE__, :names, accumulate: true)
  for n <- [:one, :two] do
    @names n
    def unquote(n)(), do: unquote(Atom.to_string(n))
  end
  def names, do: @names
end
IO.inspect {Attr.one, Attr.two, Attr.names}

defmodule Fns do
  @ops [add: :+, sub: :-]
  for {name, op} <- @ops do
    def unquote(name)(a, b), do: unquote(op)(a, b)
  end
  for n <- 1..3 do
    def times(unquote(n), x), do: x * unquote(n)
  end
end
IO.inspect {Fns.add(1, 2), Fns.sub(5, 3), Fns.times(2, 7)}

IO.puts("before")

defmodule Colors do
  IO.puts("body start")
  @prefix "color:"
  names = [:red, :green]
  for {n, i} <- Enum.with_index(names) do
    IO.puts("defining #{n}")
    def unquote(n)(), do: {unquote(i), @prefix <> unquote(Atom.to_string(n))}
  end

  def unquote(:"fixed name")(), do: :fixed
  table = %{a: 1, b: 2}
  def table, do: unquote(Macro.escape(table))
  def all, do: unquote(names)

  for n <- 1..2 do
    def code(unquote(n)), do: unquote(n * 10)
  end
  def code(_), do: :other
end

IO.inspect(Colors.red())
IO.inspect(Colors.green())
IO.inspect(apply(Colors, :"fixed name", []))
IO.inspect(Colors.table())
IO.inspect(Colors.all())
IO.inspect({Colors.code(1), Colors.code(2), Colors.code(3)})
IO.inspect(Colors.__info__(:functions))

defmodule Defaults do
  defmacro __using__(opts) do
    for {key, value} <- opts do
      quote do
        def unquote(key)(), do: unquote(value)
      end
    end
  end
end

defmodule AppConfig do
  use Defaults, host: "localhost", port: 4000
end
IO.inspect({AppConfig.host(), AppConfig.port()})

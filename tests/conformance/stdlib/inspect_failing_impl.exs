# A struct whose Inspect implementation raises: inspect/2 gives an #Inspect.Error<...> that
# says what was raised and shows the struct as a map (safe: true, the default); with
# safe: false the Inspect.Error itself is raised. (The stacktrace part is left out here:
# its last frames are Elixir's compiler's own.)
defmodule Point do
  defstruct x: 0, y: 0
end

defimpl Inspect, for: Point do
  def inspect(%Point{x: x}, _opts) when x < 0, do: raise(ArgumentError, "negative x")
  def inspect(%Point{x: x, y: y}, _opts), do: "#Point<#{x}, #{y}>"
end

defmodule Show do
  def without_stacktrace(text), do: text |> String.split("\n\n  Stacktrace:") |> hd()

  def run do
    IO.inspect %Point{x: 1, y: 2}
    IO.puts without_stacktrace(inspect(%Point{x: -1, y: 2}))
    IO.puts without_stacktrace(inspect([%Point{x: 3, y: 4}, %Point{x: -5, y: 6}]))
    IO.puts without_stacktrace(inspect(%{key: %Point{x: -1, y: 0}}, pretty: true, width: 20))

    try do
      inspect(%Point{x: -1}, safe: false)
    rescue
      e in Inspect.Error ->
        IO.inspect {e.exception_module, e.exception_message, e.inspected_struct}
        IO.puts Exception.message(e)
    end

    error = Inspect.Error.exception(exception: %RuntimeError{message: "boom\n"}, stacktrace: [], inspected_struct: "%{a: 1}")
    IO.inspect error.exception_message
    IO.puts inspect(error)
  end
end

Show.run()
IO.inspect {Elixir.Point, Elixir.Point == Point, Elixir.String.upcase("abc")}
alias Point, as: P
IO.inspect {P, Elixir.P, Elixir.P == :"Elixir.P"}

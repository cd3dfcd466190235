# Which implementation a protocol picks: Elixir's own protocols answer impl_for/1 for the
# built-in types, the program's structs (their own defimpl) and, for Inspect, Any.
defmodule User do
  defstruct [:name]
end

defmodule Countdown do
  defstruct [:from]

  defimpl Enumerable do
    def reduce(%Countdown{from: n}, acc, fun), do: Enumerable.reduce(Enum.to_list(n..1//-1), acc, fun)
    def count(%Countdown{from: n}), do: {:ok, n}
    def member?(%Countdown{from: n}, x), do: {:ok, x in 1..n}
    def slice(_), do: {:error, __MODULE__}
  end
end

defmodule Describe do
  def enumerable?(term), do: Enumerable.impl_for(term) != nil

  def run do
    values = [[1, 2], %{a: 1}, 1..3, MapSet.new([1]), Stream.map([1], & &1), &is_atom/1,
              :atom, 42, 4.2, "text", {1, 2}, struct(User, name: "x"), struct(Countdown, from: 3)]
    for v <- values do
      IO.inspect {Enumerable.impl_for(v), Collectable.impl_for(v), String.Chars.impl_for(v),
                  Inspect.impl_for(v), List.Chars.impl_for(v)}
    end
    IO.inspect Enum.filter(values, &enumerable?/1) |> length()
    IO.inspect Enum.to_list(struct(Countdown, from: 3))
  end
end

Describe.run()
IO.inspect Enumerable.impl_for!([1])
IO.inspect Enumerable.__protocol__(:functions)
IO.inspect String.Chars.__protocol__(:functions)
IO.inspect Inspect.__protocol__(:functions)
IO.inspect Collectable.__protocol__(:functions)
IO.inspect Enumerable.__protocol__(:module)

try do
  Enumerable.impl_for!(42)
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end

# rescue clauses as Elixir's own tests write them: a list from a macro, a module attribute,
# `e in _`, and ErlangError, which takes every error raised as an Erlang term.
defmodule R do
  defmacrop exceptions, do: [ArgumentError, KeyError]
  @errors [RuntimeError]
  def f(g) do
    try do
      g.()
    rescue
      x in exceptions() -> {:listed, x.__struct__}
      x in @errors -> {:attr, x.__struct__}
      x in _ -> {:any, x.__struct__}
    end
  end
end
IO.inspect R.f(fn -> raise ArgumentError end)
IO.inspect R.f(fn -> raise "boom" end)
IO.inspect R.f(fn -> Enum.fetch!([], 1) end)
for f <- [fn -> DoNotExist.for_sure() end, fn -> :erlang.error(:badarg) end,
          fn -> Map.fetch!(Map.new(), :a) end, fn -> raise "elixir" end, fn -> Enum.sum([1, :a]) end,
          fn -> :erlang.error({:custom, 1}) end, fn -> raise ArgumentError, "mine" end] do
  result =
    try do
      f.()
    rescue
      e in [ErlangError] -> {:erlang_error, e.__struct__}
      e -> {:other, e.__struct__}
    end
  IO.inspect(result)
end

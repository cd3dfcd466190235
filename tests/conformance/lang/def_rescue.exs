# A function body with rescue, catch, else and after at the def level, as the book's
# error chapter and Elixir's docs write them (an implicit try)
defmodule Safe do
  def divide(a, b) do
    a / b
  rescue
    ArithmeticError -> :infinity
  end

  def parse(text), do: String.to_integer(text), rescue: (ArgumentError -> :not_a_number)

  def fetch(map, key) do
    Map.fetch!(map, key)
  rescue
    e in KeyError -> {:missing, e.key}
  else
    value -> {:ok, value}
  end

  def thrower(x) do
    if x > 1, do: throw({:big, x}), else: x
  catch
    {:big, n} -> {:caught, n}
  end

  def exits do
    exit(:gone)
  catch
    :exit, reason -> {:exit, reason}
  end

  def with_after(x) do
    IO.puts("working on #{x}")
    x * 2
  after
    IO.puts("cleaned up #{x}")
  end

  defp hidden(list) do
    hd(list)
  rescue
    ArgumentError -> :empty
  end

  def first(list), do: hidden(list)

  def reraise_it do
    raise "inner"
  rescue
    e -> reraise RuntimeError, [message: "outer: " <> e.message], __STACKTRACE__
  end
end

IO.inspect Safe.divide(1, 0)
IO.inspect Safe.divide(1, 2)
IO.inspect Safe.parse("12")
IO.inspect Safe.parse("x")
IO.inspect Safe.fetch(%{a: 1}, :a)
IO.inspect Safe.fetch(%{a: 1}, :b)
IO.inspect Safe.thrower(1)
IO.inspect Safe.thrower(5)
IO.inspect Safe.exits()
IO.inspect Safe.with_after(21)
IO.inspect Safe.first([])
IO.inspect Safe.first([:x])

try do
  Safe.reraise_it()
rescue
  e -> IO.puts(Exception.message(e))
end

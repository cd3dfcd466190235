# Control flow: if/unless, case with guards, cond, with/else, boolean operators
defmodule FizzBuzz do
  def upto(n) when n > 0, do: 1..n |> Enum.map(&fizzbuzz/1)
  defp fizzbuzz(n) do
    cond do
      rem(n, 3) == 0 and rem(n, 5) == 0 -> "FizzBuzz"
      rem(n, 3) == 0 -> "Fizz"
      rem(n, 5) == 0 -> "Buzz"
      true -> n
    end
  end
  def fb2(n), do: _fb(n, rem(n, 3), rem(n, 5))
  defp _fb(_, 0, 0), do: "FizzBuzz"
  defp _fb(_, 0, _), do: "Fizz"
  defp _fb(_, _, 0), do: "Buzz"
  defp _fb(n, _, _), do: n
end
IO.inspect FizzBuzz.upto(20)
IO.inspect Enum.map(1..15, &FizzBuzz.fb2/1)
IO.puts(if 1 == 1, do: "true part", else: "false part")
IO.inspect(if 1 == 2, do: "true part")
unless 1 == 1, do: IO.puts("error"), else: IO.puts("OK")
case Map.fetch(%{}, :file) do
  {:ok, _file} -> IO.puts "opened"
  :error -> IO.puts "Failed to find file"
end
dave = %{name: "Dave", state: "TX", likes: "programming"}
case dave do
  %{state: some_state} = person -> IO.puts "#{person.name} lives in #{some_state}"
  _ -> IO.puts "No matches"
end
dave = %{name: "Dave", age: 27}
case dave do
  person = %{age: age} when is_number(age) and age >= 21 -> IO.puts "You are cleared to enter the Foo Bar, #{person.name}"
  _ -> IO.puts "Sorry, no admission"
end
content = "Now is the time"
lp = with {:ok, file} <- {:ok, "x"}, content = "a:b:c", [a | _] <- String.split(content, ":") do
  {file, a}
end
IO.inspect lp
IO.inspect content
result = with {:ok, a} <- {:ok, 1}, {:ok, b} <- {:error, :nope} do
  a + b
else
  {:error, r} -> {:failed, r}
end
IO.inspect result
r2 = with [a | _] <- [] do a end
IO.inspect r2
values = [1, 2, 3]
mean = with count = Enum.count(values), sum = Enum.sum(values), do: sum / count
IO.inspect mean
x = 5
msg = cond do
  x > 10 -> "big"
  x > 3 -> "medium"
  true -> "small"
end
IO.puts msg
IO.inspect(true && "yes")
IO.inspect(nil || "default")
IO.inspect(!nil)
IO.inspect(false or true)
IO.inspect(1 in [1, 2])
IO.inspect(is_nil(nil) and not false)
IO.inspect(case {1, 2} do {a, a} -> :same; {_, _} -> :diff end)
f = fn
  x when is_integer(x) and rem(x, 2) == 0 -> :even
  x when is_integer(x) -> :odd
  _ -> :other
end
IO.inspect Enum.map([1, 2, :a], f)

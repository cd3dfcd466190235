# Control flow: FizzBuzz with cond, if/unless, case with guards, with/else, boolean operators
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
end
IO.inspect(FizzBuzz.upto(20))
IO.puts(if 1 == 1, do: "true part", else: "false part")
IO.inspect(if 1 == 2, do: "true part")
unless 1 == 1, do: IO.puts("error"), else: IO.puts("OK")
x = 5
r = case x do
  n when n < 0 -> :negative
  0 -> :zero
  n when n in 1..9 -> :digit
  _ -> :big
end
IO.inspect(r)
dave = %{name: "Dave", state: "TX", likes: "programming"}
case dave do
  %{state: some_state} = person -> IO.puts("#{person.name} lives in #{some_state}")
  _ -> IO.puts("No matches")
end
try do
  case 3 do
    1 -> :one
  end
rescue
  e in CaseClauseError -> IO.puts(Exception.message(e))
end
try do
  cond do
    false -> 1
  end
rescue
  e in CondClauseError -> IO.puts(Exception.message(e))
end
result =
  with {:ok, a} <- {:ok, 1},
       {:ok, b} <- {:ok, a + 1},
       c = a + b,
       true <- c > 2 do
    {:sum, c}
  end
IO.inspect(result)
r2 = with {:ok, a} <- {:error, :nope}, do: a
IO.inspect(r2)
r3 = with {:ok, a} <- Map.fetch(%{}, :a) do
  a
else
  :error -> "not found"
end
IO.inspect(r3)
content = "Now is the time"
lp = with {:ok, file} = {:ok, content}, [word | _] = String.split(file), do: String.upcase(word)
IO.inspect(lp)
n = 17
msg = if rem(n, 2) == 0, do: "even", else: "odd"
IO.puts("#{n} is #{msg}")
IO.inspect(nil || :default)
IO.inspect(false && :never)
IO.inspect(1 && 2)
IO.inspect(!nil)
IO.inspect(true and false or true)
IO.inspect(:a in [:a, :b])
IO.inspect(1 not in [2, 3])

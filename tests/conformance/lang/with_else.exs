# with: the happy path, an else that matches, and WithClauseError when none does
defmodule Account do
  def parse(%{"name" => name, "age" => age}) do
    with {age, ""} <- Integer.parse(age),
         true <- age >= 18 do
      {:ok, %{name: name, age: age}}
    else
      :error -> {:error, "age is not a number"}
      {_age, rest} -> {:error, "unexpected #{inspect(rest)} after the age"}
      false -> {:error, "too young"}
    end
  end
end

IO.inspect Account.parse(%{"name" => "Dave", "age" => "42"})
IO.inspect Account.parse(%{"name" => "Dave", "age" => "forty"})
IO.inspect Account.parse(%{"name" => "Dave", "age" => "42x"})
IO.inspect Account.parse(%{"name" => "Kid", "age" => "12"})

result =
  with {:ok, a} <- {:ok, 1},
       b = a + 1,
       {:ok, c} <- {:ok, b * 10} do
    a + b + c
  end

IO.inspect result
IO.inspect(with {:ok, x} <- {:error, :nope}, do: x)

try do
  with {:ok, x} <- {:error, 1} do
    x
  else
    {:error, 2} -> :no
  end
rescue
  e in WithClauseError ->
    IO.inspect e
    IO.puts Exception.message(e)
end

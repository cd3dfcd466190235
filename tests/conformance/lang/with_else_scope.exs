# with's else clauses see the variables bound before the with, not those its clauses bound
# (Elixir's scoping), and a with in a loop keeps the loop's recursion a tail call.
state = 1
result =
  with 1 <- state,
       state = 2,
       :ok <- :error,
       do: state,
       else: (_ -> state)
IO.inspect {result, state}
defmodule L do
  def loop(n) do
    with {:ok, m} <- step(n), x = m * 2, true <- x < 100 do
      loop(m)
    else
      :done -> :finished
      false -> {:too_big, n}
    end
  end
  defp step(0), do: :done
  defp step(n), do: {:ok, n - 1}
  def long(0, acc), do: acc
  def long(n, acc) do
    with true <- n > 0 do
      long(n - 1, acc + 1)
    else
      _ -> acc
    end
  end
end
IO.inspect L.loop(10)
IO.inspect L.long(1_000_000, 0)
try do
  with {:ok, x} <- {:error, 1} do x else {:other, _} -> :no end
rescue
  e -> IO.inspect e
end

# The process dictionary: Process.put/get/delete/get_keys and :erlang's own names for them.
# Each process has its own. Integer keys list in the BEAM's hash order (newest buckets
# last); the order of other keys depends on the BEAM's atom table, so they are sorted.
defmodule Memo do
  def fib(n) when n < 2, do: n

  def fib(n) do
    case Process.get({:fib, n}) do
      nil ->
        value = fib(n - 1) + fib(n - 2)
        Process.put({:fib, n}, value)
        value

      value ->
        value
    end
  end

  def run(parent) do
    IO.inspect(Process.get_keys())
    IO.inspect(Process.put(:count, 1))
    IO.inspect(Process.put(:count, 2))
    IO.inspect(Process.get(:count))
    IO.inspect(Process.get(:missing))
    IO.inspect(Process.get(:missing, :default))
    Process.put(:flag, :undefined)
    IO.inspect(Process.get(:flag, :was_undefined))
    IO.inspect(Process.put(:same, 2))
    IO.inspect(Process.get_keys(2) |> Enum.sort())
    IO.inspect(Process.delete(:count))
    IO.inspect(Process.delete(:count))
    IO.inspect(Process.get() |> Enum.sort())
    IO.inspect(:erlang.erase() |> Enum.sort())
    IO.inspect(Process.get())
    IO.inspect(fib(30))
    IO.inspect(length(Process.get_keys()))
    :erlang.erase()
    for i <- 1..6, do: Process.put(i, i * i)
    IO.inspect(Process.get())
    Process.put(3, :three)
    Process.delete(5)
    IO.inspect(Process.get_keys())
    IO.inspect(Process.info(self(), :dictionary))
    send(parent, :done)
  end
end

me = self()
spawn(Memo, :run, [me])

receive do
  :done -> :ok
end

other = spawn(fn -> Process.put(:mine, 1); receive do: (_ -> :ok) end)
Process.sleep(10)
IO.inspect(Process.info(other, :dictionary))
IO.inspect(Process.get(:mine))

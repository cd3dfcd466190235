# Exceptions of your own: exception/1, message/1, implicit try in def, reraise, Exception's functions
defmodule MyError do
  defexception [:message, :code]
  @impl true
  def exception(value) do
    msg = "did not get what was expected, got: #{inspect(value)}"
    %MyError{message: msg, code: 42}
  end
end
defmodule Account do
  defmodule InsufficientFunds do
    defexception [:needed, :available]
    def message(%{needed: n, available: a}), do: "need #{n}, have #{a}"
  end
  def withdraw(balance, amount) when amount > balance,
    do: raise(InsufficientFunds, needed: amount, available: balance)
  def withdraw(balance, amount), do: balance - amount
  def safe_withdraw(balance, amount) do
    {:ok, withdraw(balance, amount)}
  rescue
    e in InsufficientFunds -> {:error, Exception.message(e)}
  end
end
IO.inspect(Account.safe_withdraw(100, 30))
IO.inspect(Account.safe_withdraw(10, 30))
try do
  raise MyError, :oops
rescue
  e in MyError -> IO.inspect({e.message, e.code})
end
try do
  Account.withdraw(1, 2)
rescue
  e ->
    IO.puts(Exception.format(:error, e))
    IO.inspect(Exception.exception?(e))
    IO.inspect(e.__struct__)
end
defmodule Retry do
  def run(0, _fun), do: :gave_up
  def run(n, fun) do
    fun.()
  rescue
    RuntimeError -> run(n - 1, fun)
  end
end
Process.put(:tries, 0)
IO.inspect(Retry.run(3, fn -> Process.put(:tries, Process.get(:tries) + 1); raise "no" end))
IO.inspect(Process.get(:tries))
result =
  try do
    raise "x"
  rescue
    e in RuntimeError -> reraise_safely = fn -> e.message end; reraise_safely.()
  after
    IO.puts("cleanup")
  end
IO.inspect(result)
try do
  try do
    raise ArgumentError, "inner"
  rescue
    e -> reraise e, __STACKTRACE__
  end
rescue
  e -> IO.inspect(e)
end
try do
  exit({:shutdown, :because})
catch
  :exit, {:shutdown, why} -> IO.inspect(why)
end
x = try do
  throw({:found, 42})
catch
  {:found, v} -> v
end
IO.inspect(x)
IO.inspect(catch_it = (try do Integer.parse("12abc") catch _ -> :never end))
error = %ArgumentError{message: "bad"}
IO.inspect(Exception.message(error))
IO.inspect(Exception.blame(:error, error, []) |> elem(0))
try do
  raise %RuntimeError{message: "struct raise"}
rescue
  e -> IO.inspect(e)
end
try do
  1 = Enum.random([2])
rescue
  e in MatchError -> IO.inspect(e)
end
try do
  apply(String, :nope, [])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end

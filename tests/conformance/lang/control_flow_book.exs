defmodule Checker do
  def check(x) do
    cond do
      x < 0 -> :negative
      x == 0 -> :zero
      true -> :positive
    end
  end
end
IO.inspect Enum.map([-1, 0, 1], &Checker.check/1)
result = with {:ok, a} <- {:ok, 1},
              {:ok, b} <- {:ok, 2} do
  a + b
end
IO.inspect result
result = with {:ok, a} <- {:ok, 1},
              {:ok, b} <- {:error, :nope} do
  a + b
else
  {:error, reason} -> {:failed, reason}
end
IO.inspect result
content = "Now is the time"
lp = with {:ok, file} = {:ok, content},
          [_ | _] = words <- String.split(file),
          count = length(words) do
  "#{count} words"
end
IO.puts lp
IO.inspect(with x when x > 1 <- 0, do: :big)
values = [1, 2, 3]
mean = with count = Enum.count(values), sum = Enum.sum(values), do: sum/count
IO.inspect mean
defmodule Bouncer do
  dave = %{name: "Dave", age: 27}
  case dave do
    person = %{age: age} when is_number(age) and age >= 21 ->
      IO.puts "You are cleared to enter the Foo Bar, #{person.name}"
    _ ->
      IO.puts "Sorry, no admission"
  end
end
if 1 == 1, do: IO.puts("true part"), else: IO.puts("false part")
unless 1 == 1, do: "error", else: IO.puts("OK")
x = if nil, do: 1
IO.inspect x
try do
  raise "Giving up"
rescue
  [RuntimeError] -> IO.puts "rescued"
end
defmodule Boom do
  def start(n) do
    try do
      raise_error(n)
    rescue
      [FunctionClauseError, RuntimeError] -> IO.puts "no function match or runtime error"
      error in [ArithmeticError] -> IO.inspect error; IO.puts "Uh-oh! Arithmetic error"; reraise "too late, we're doomed", __STACKTRACE__
      other_errors -> IO.puts "Disaster! #{inspect other_errors}"
    after
      IO.puts "DONE!"
    end
  end
  defp raise_error(0), do: IO.puts "No error"
  defp raise_error(val = 1) do
    IO.puts "About to divide by zero"
    1 / (val - 1)
  end
  defp raise_error(2) do
    IO.puts "About to call a function that does not exist"
    raise_error(99)
  end
end
Boom.start(0)
Boom.start(2)
try do
  Boom.start(1)
rescue
  e -> IO.inspect e
end
defmodule Catch do
  def start(n) do
    try do
      incite(n)
    catch
      :exit, code -> "Exited with code #{inspect code}"
      :throw, value -> "throw called with #{inspect value}"
      what, value -> "Caught #{inspect what} with #{inspect value}"
    end
  end
  defp incite(1), do: exit(:something_bad_happened)
  defp incite(2), do: throw {:animal, "wombat"}
  defp incite(3), do: :erlang.error "Oh no!"
end
IO.puts Catch.start(1)
IO.puts Catch.start(2)
IO.puts Catch.start(3)
defmodule KinectProtocolError do
  defexception message: "Kinect protocol error", can_retry: false
  def full_message(me) do
    "Kinect failed: #{me.message}, retriable: #{me.can_retry}"
  end
end
try do
  raise KinectProtocolError, can_retry: true
rescue
  e in KinectProtocolError -> IO.puts KinectProtocolError.full_message(e)
end

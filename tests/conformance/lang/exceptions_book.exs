# Exceptions from the book: rescue lists, after, defexception with fields, throw/catch, exit
defmodule KinectProtocolError do
  defexception message: "Kinect protocol error", can_retry: false
  def full_message(me), do: "Kinect failed: #{me.message}, retriable: #{me.can_retry}"
end
defmodule Boom do
  def start(n) do
    try do
      raise_error(n)
    rescue
      [FunctionClauseError, RuntimeError] -> IO.puts("no function match or runtime error")
      error in [ArithmeticError] ->
        IO.inspect(error)
        IO.puts("Uh-oh! Arithmetic error: " <> error.message)
      other_errors -> IO.puts("Disaster! #{inspect(other_errors)}")
    after
      IO.puts("DONE!")
    end
  end
  defp raise_error(0), do: IO.puts("No error")
  defp raise_error(val = 1) do
    IO.puts("About to divide by zero")
    1 / (val - 1)
  end
  defp raise_error(2) do
    IO.puts("About to call a function that doesn't exist")
    raise_error(99)
  end
  defp raise_error(3) do
    IO.puts("About to try creating a directory with no permission")
    raise File.Error, reason: :eacces, action: "make directory", path: "/not_allowed"
  end
end
Boom.start(1)
Boom.start(2)
Boom.start(3)
try do
  raise KinectProtocolError, can_retry: true
rescue
  e in KinectProtocolError ->
    IO.puts(KinectProtocolError.full_message(e))
    IO.inspect(e)
end
try do
  raise "oops"
rescue
  e -> IO.inspect(e)
end
try do
  raise ArgumentError
rescue
  e -> IO.inspect(Exception.message(e))
end
try do
  raise ArgumentError, message: "custom"
rescue
  e -> IO.inspect(e)
end
r = try do
  throw(:hello)
catch
  x -> {:caught, x}
end
IO.inspect(r)
r = try do
  exit(:bye)
catch
  :exit, reason -> {:exit, reason}
end
IO.inspect(r)
r = try do
  :erlang.error(:badarg)
rescue
  e -> e
end
IO.inspect(r)
IO.inspect(try(do: 1 / 1, else: (x -> {:ok, x})))
f = fn -> Integer.parse("x") end
IO.inspect(f.())
IO.inspect(Exception.format(:error, %RuntimeError{message: "x"}))
try do
  String.to_integer("abc")
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Map.fetch!(%{a: 1}, :b)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Enum.fetch!([1], 5)
rescue
  e -> IO.inspect(e)
end
try do
  :foo + 1
rescue
  e -> IO.puts(Exception.message(e))
end

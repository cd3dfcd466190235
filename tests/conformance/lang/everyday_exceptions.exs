# Exceptions: raise/rescue/after/else, throw/catch, exit, defexception with message/1; the last raise is uncaught
defmodule KinectProtocolError do
  defexception message: "Kinect protocol error", can_retry: false
  def full_message(me) do
    "Kinect failed: #{me.message}, retriable: #{me.can_retry}"
  end
end
defmodule MyErr do
  defexception [:value]
  @impl true
  def message(%{value: v}), do: "bad value: #{inspect v}"
end
try do
  raise KinectProtocolError, can_retry: true
rescue
  e in KinectProtocolError -> IO.puts KinectProtocolError.full_message(e)
end
try do
  raise MyErr, value: 42
rescue
  e -> IO.puts Exception.message(e); IO.inspect e
end
try do
  raise "boom"
rescue
  e in RuntimeError -> IO.inspect e
end
try do
  1 / 0
rescue
  e in ArithmeticError -> IO.inspect e
end
try do
  :erlang.error(:badarg)
rescue
  e -> IO.inspect e
end
try do
  throw {:oops, 1}
catch
  {:oops, n} -> IO.puts "caught #{n}"
end
try do
  exit(:bye)
catch
  :exit, reason -> IO.inspect reason
end
result = try do
  raise ArgumentError, "bad"
rescue
  ArgumentError -> :rescued
after
  IO.puts "after"
end
IO.inspect result
try do
  Integer.parse(nil)
rescue
  e -> IO.puts Exception.message(e)
end
try do
  String.to_integer("abc")
rescue
  e -> IO.inspect e
end
try do
  apply(Enum, :nope, [1])
rescue
  e -> IO.puts Exception.message(e)
end
try do
  elem({1}, 3)
rescue
  e -> IO.puts Exception.message(e)
end
try do
  hd([])
rescue
  e -> IO.puts Exception.message(e)
end
try do
  :a + 1
rescue
  e -> IO.puts Exception.message(e)
end
try do
  case 5 do
    1 -> :one
  end
rescue
  e -> IO.puts Exception.message(e)
end
try do
  cond do
    false -> 1
  end
rescue
  e -> IO.puts Exception.message(e)
end
try do
  fun = fn x when x > 0 -> x end
  fun.(-1)
rescue
  e -> IO.puts Exception.message(e)
end
try do
  with {:ok, x} <- {:error, 1} do
    x
  else
    {:ok, _} -> 2
  end
rescue
  e -> IO.puts Exception.message(e)
end
try do
  raise ArgumentError
rescue
  e -> IO.puts Exception.message(e)
end
try do
  Keyword.fetch!([], :x)
rescue
  e in KeyError -> IO.inspect {e.key, e.term}
end
e = RuntimeError.exception("hi")
IO.inspect e
IO.inspect Exception.exception?(e)
x = try do
  raise "x"
rescue
  _ -> :r
else
  v -> v
end
IO.inspect x
y = try do
  :ok
rescue
  _ -> :r
else
  v -> {:else, v}
end
IO.inspect y
try do
  try do
    raise "inner"
  after
    IO.puts "inner after"
  end
rescue
  e -> IO.puts "outer #{e.message}"
end
try do
  raise %RuntimeError{message: "struct raise"}
rescue
  e -> IO.puts e.message
end
try do
  reraise_me = fn -> raise "first" end
  try do
    reraise_me.()
  rescue
    e -> reraise e, __STACKTRACE__
  end
rescue
  e -> IO.puts "re: #{e.message}"
end
IO.puts Exception.format_banner(:error, %RuntimeError{message: "b"})
IO.puts Exception.format_banner(:throw, :x)
IO.puts Exception.format_banner(:exit, :normal)
raise MyErr, value: [1, 2]

# A macro called without `require`: a warning while compiling, then the call fails as a
# call of a function that does not exist.
defmodule Mac do
  defmacro m(x), do: x
end

try do
  Mac.m(1)
rescue
  e -> IO.puts(Exception.message(e))
end

IO.puts("before the failing call")
Mac.m(2)

# Kernel's macros refuse bad arguments with ArgumentErrors while expanding: if/unless keys,
# use of something that is not a module
for code <- ["if true, foo: 7", "if true, do: 7, do: 6", "if true, else: 6", "unless true, []", "use 42", "x = 1\nuse x"] do
  try do
    Code.eval_string(code)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

# binary_slice/2 takes a step, not a negative one
IO.inspect(binary_slice("abcde", 1..3//2))
IO.inspect(binary_slice("abcdef", -3..-1//2))
IO.inspect(binary_slice("x", 0..0//2))

try do
  binary_slice("abcdef", 5..1//-1)
rescue
  e -> IO.puts(Exception.message(e))
end

# Code.eval_string/3 with __ENV__ sees the caller's aliases
defmodule Shop.Item do
  defstruct name: "thing"
end

defmodule Shop do
  alias Shop.Item

  def eval(code), do: Code.eval_string(code, [], __ENV__)
end

IO.inspect(Shop.eval("%Item{name: \"pen\"}"))
IO.inspect(Shop.eval("%struct{} = %Item{}"))

# A sign right after a call's name: `f -x` passes -x, but `f -(x)`, `f -[x]`, `f -{x}`,
# `f -%{}` and `f -:a` subtract from f's result, as Elixir's tokenizer reads them.
defmodule Sign do
  def show(x), do: IO.inspect(x)
  def attempt(label, fun) do
    try do
      fun.()
    rescue
      e -> IO.puts("#{label}: #{Exception.message(e)}")
    end
  end
end

x = 7
Sign.show -x
Sign.show -1 * 3
Sign.show -?a
Sign.show -abs(-4)
Sign.show -Kernel.abs(-4)
Sign.show +x
IO.inspect(-(10 ** 18) * 10)
IO.inspect [-(2) * 3, -(x) + 1]
y = x -(2)
IO.inspect y
z = x +(2)
IO.inspect z
Sign.attempt("paren", fn -> IO.inspect -(2) end)
Sign.attempt("list", fn -> IO.inspect -[1] end)
Sign.attempt("tuple", fn -> IO.inspect -{1} end)
Sign.attempt("map", fn -> IO.inspect -%{} end)
Sign.attempt("atom", fn -> IO.inspect -:math.pi end)
Sign.attempt("plus", fn -> IO.inspect +(10 ** 18) * 10 end)

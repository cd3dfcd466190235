# Where Elixir 1.14 on OTP 25 raises an ArithmeticError, and what it then says. The JIT checks
# some operations inline: they fail in the function's own frame, with nothing for
# Exception.blame/3 to add (+ with a small integer literal on either side, - with a
# non-negative one on the right, unary +; in a module's code also + - * with a float literal
# and /). The rest fail in erlang:op/2, whose frame shows the arguments (in a module's code a
# literal on the left of + or * moved right) and lets blame add ": :a + 1". A constant
# non-number operand always fails in erlang:op/2 (the compiler knows and calls it). The
# operand here is an atom the compiler cannot see (a function's argument, or
# List.first/1's result).
defmodule Arith do
  @one 1
  def add1(x), do: x + 1
  def one_add(x), do: 1 + x
  def sub1(x), do: x - 1
  def sub0(x), do: x - 0
  def sub_neg(x), do: x - -1
  def one_sub(x), do: 1 - x
  def mul2(x), do: x * 2
  def two_mul(x), do: 2 * x
  def addf(x), do: x + 1.5
  def fadd(x), do: 1.5 + x
  def fsub(x), do: 1.5 - x
  def subf(x), do: x - 1.5
  def mulf(x), do: x * 0.5
  def half(x), do: x / 2
  def over(x), do: 2 / x
  def pos(x), do: +x
  def neg(x), do: -x
  def add(x, y), do: x + y
  def sub(x, y), do: x - y
  def mul(x, y), do: x * y
  def dvd(x, y), do: x / y
  def small_max(x), do: x + 576_460_752_303_423_487
  def small_min(x), do: x + -576_460_752_303_423_488
  def big(x), do: x + 576_460_752_303_423_488
  def big_left(x), do: 576_460_752_303_423_488 + x
  def big_sub(x), do: x - 576_460_752_303_423_488
  def attr(x), do: x + @one
  def kernel_add(x), do: Kernel.+(x, 1)
  def kernel_mul(x), do: Kernel.*(3, x)
  def erlang_add(x), do: :erlang.+(x, 1)
  def erlang_sub(x), do: :erlang.-(x, x)
  def kernel_pos(x), do: Kernel.+(x)
  def kernel_neg(x), do: Kernel.-(x)
  def erlang_neg(x), do: :erlang.-(x)
  def applied(x), do: apply(:erlang, :+, [x, 1])
  def applied_mul(x), do: apply(:erlang, :*, [x, 2])
  def add_atom(x), do: x + :b
  def str_mul(), do: "s" * 2
  def pos_atom(), do: +:b
  def nested(x), do: (x + 1) * 2
  def in_fn(x), do: Enum.map([x], fn y -> y * 1.0 end)
  def in_fn_int(x), do: Enum.map([x], fn y -> y * 3 end)
  def in_fn_div(x), do: Enum.map([x], fn y -> y / 3 end)
end

defmodule Show do
  # the top frame, and the message before and after Exception.blame/3
  def run(name, f) do
    f.()
    IO.puts("#{name}: no error")
  rescue
    e -> report(name, e, __STACKTRACE__)
  end

  def report(name, e, [top | _] = stacktrace) do
    {blamed, _} = Exception.blame(:error, e, stacktrace)
    IO.puts("#{name}: #{inspect(e.__struct__)} #{Exception.message(e)}")
    IO.puts("  blamed: #{Exception.message(blamed)}")
    IO.puts("  top: #{frame(top)}")
  end

  defp frame({:erlang, _, _, _} = entry),
    do: inspect(entry) <> " | " <> Exception.format_stacktrace_entry(entry)

  defp frame({:elixir_compiler_0, fun, _, loc}) do
    kind = if fun == :__FILE__, do: "script body", else: "fn in the script"
    "#{kind}, line #{loc[:line]}"
  end

  defp frame(entry), do: Exception.format_stacktrace_entry(entry)
end

a = List.first([String.to_atom("a")])

for f <- [:add1, :one_add, :sub1, :sub0, :sub_neg, :one_sub, :mul2, :two_mul, :addf, :fadd,
          :fsub, :subf, :mulf, :half, :over, :pos, :neg, :small_max, :small_min, :big,
          :big_left, :big_sub, :attr, :kernel_add, :kernel_mul, :erlang_add, :erlang_sub,
          :kernel_pos, :kernel_neg, :erlang_neg, :applied, :applied_mul, :add_atom, :nested,
          :in_fn, :in_fn_int, :in_fn_div] do
  Show.run(f, fn -> apply(Arith, f, [a]) end)
end

Show.run(:add, fn -> Arith.add(a, 1) end)
Show.run(:sub, fn -> Arith.sub(2, a) end)
Show.run(:mul, fn -> Arith.mul(a, 2.5) end)
Show.run(:dvd, fn -> Arith.dvd(1, a) end)
Show.run(:dvd_zero, fn -> Arith.dvd(1, 0) end)
Show.run(:half_zero, fn -> Arith.over(0) end)
Show.run(:str_mul, fn -> Arith.str_mul() end)
Show.run(:pos_atom, fn -> Arith.pos_atom() end)
Show.run(:pos_number, fn -> IO.inspect({Arith.pos(-2), Arith.pos(-0.5)}) end)

# in a script: its body and its fns (no float instructions: / and float literals keep erlang:op/2)
Show.run(:fn_add1, fn -> a + 1 end)
Show.run(:fn_one_add, fn -> 1 + a end)
Show.run(:fn_sub1, fn -> a - 1 end)
Show.run(:fn_sub_neg, fn -> a - -1 end)
Show.run(:fn_mul2, fn -> 2 * a end)
Show.run(:fn_addf, fn -> a + 1.0 end)
Show.run(:fn_half, fn -> a / 2 end)
Show.run(:fn_pos, fn -> +a end)
Show.run(:fn_neg, fn -> -a end)
Show.run(:fn_kernel_add, fn -> Kernel.+(a, 1) end)
Show.run(:fn_erlang_sub, fn -> :erlang.-(a, 1) end)

# the script's body itself
for {name, result} <- [
      top_add1: fn -> a + 1 end,
      top_one_add: fn -> 1 + a end
    ] do
  Show.run(name, result)
end

try do
  a - -1
rescue
  e -> Show.report(:top_sub_neg, e, __STACKTRACE__)
end

try do
  2 * a
rescue
  e -> Show.report(:top_mul2, e, __STACKTRACE__)
end

try do
  a / 2
rescue
  e -> Show.report(:top_half, e, __STACKTRACE__)
end

try do
  +a
rescue
  e -> Show.report(:top_pos, e, __STACKTRACE__)
end

try do
  Kernel.-(a, 1)
rescue
  e -> Show.report(:top_kernel_sub, e, __STACKTRACE__)
end

# the operators as functions: :erlang's BIFs, called through funs and apply
Show.run(:reduce_erlang_add, fn -> Enum.reduce([1, a], &:erlang.+/2) end)
Show.run(:reduce_add, fn -> Enum.reduce([1, a], &+/2) end)
Show.run(:reduce_kernel_add, fn -> Enum.reduce([1, a], &Kernel.+/2) end)
Show.run(:map_pos, fn -> Enum.map([a], &+/1) end)
Show.run(:map_neg, fn -> Enum.map([a], &:erlang.-/1) end)
Show.run(:map_div, fn -> Enum.map([a], &(&1 / 2)) end)
Show.run(:apply_sub, fn -> apply(:erlang, :-, [5, a]) end)
Show.run(:apply_div, fn -> apply(:erlang, :/, [5, a]) end)
Show.run(:apply_mul, fn -> apply(:erlang, :*, [a, 5]) end)
Show.run(:apply_dynamic, fn -> apply(:erlang, List.first([:+]), [a, 1]) end)

IO.inspect(apply(:erlang, :-, [5, 2]))
IO.inspect(apply(:erlang, :+, [5]))
IO.inspect(apply(:erlang, :-, [5]))
IO.inspect(apply(:erlang, :/, [5, 2]))
IO.inspect(apply(:erlang, :*, [5, 2.0]))
IO.inspect(Enum.reduce([1, 2, 3], &:erlang.+/2))
IO.inspect(Enum.reduce([1, 2, 3], &:erlang.*/2))
IO.inspect(Enum.reduce([8, 2], &:erlang.//2))
IO.inspect(Enum.map([1, 2.5], &:erlang.-/1))
IO.inspect(Enum.map([1, 2.5], &:erlang.+/1))
IO.inspect(Enum.reduce([1, 2, 3], &Kernel.-/2))
IO.inspect(Enum.reduce([1, 2, 3], &-/2))
IO.inspect({Kernel.-(5), Kernel.+(5), :erlang.-(5), :erlang.+(5, 6), :erlang.*(2, 3)})
IO.inspect({:erlang./(1, 4), Kernel./(1, 4)})
IO.inspect([&:erlang.+/2, &Kernel.+/2, &+/2, &-/1, &//2, &Kernel.//2, &*/2, &abs/1, &div/2])
IO.inspect(Enum.map([:+, :-, :*, :/], &function_exported?(:erlang, &1, 2)))

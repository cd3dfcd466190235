# Anonymous functions from the book: several clauses, closures, & captures, :file.format_error
sum = fn a, b -> a + b end
IO.inspect(sum.(1, 2))
greet = fn -> IO.puts("Hello") end
greet.()
swap = fn {a, b} -> {b, a} end
IO.inspect(swap.({6, 8}))
handle_open = fn
  {:ok, file} -> "Read data: #{file}"
  {_, error} -> "Error: #{:file.format_error(error)}"
end
IO.puts(handle_open.({:ok, "x"}))
IO.puts(handle_open.({:error, :enoent}))
fizz_word = fn
  0, 0, _ -> "FizzBuzz"
  0, _, _ -> "Fizz"
  _, 0, _ -> "Buzz"
  _, _, c -> c
end
fizzbuzz = fn n -> fizz_word.(rem(n, 3), rem(n, 5), n) end
IO.inspect(Enum.map(10..16, fizzbuzz))
add_n = fn n -> fn other -> n + other end end
add_two = add_n.(2)
IO.inspect(add_two.(3))
prefix = fn p -> fn s -> "#{p} #{s}" end end
IO.puts(prefix.("Elixir").("Rocks"))
times_2 = &(&1 * 2)
IO.inspect(Enum.map([1, 2, 3], times_2))
IO.inspect(Enum.map([1, 2, 3], &(&1 * &1)))
len = &Enum.count/1
IO.inspect(len.([1, 2, 3, 4]))
IO.inspect(&String.length/1)
IO.inspect((&{&1, &2}).(1, 2))
IO.inspect((&[&1 | &2]).(1, [2]))
IO.inspect((&"bacon and #{&1}").("eggs"))
IO.inspect(is_function(sum), label: "is fun")
IO.inspect(is_function(sum, 3))
IO.inspect(Function.info(sum)[:arity])
m = &Kernel.min/2
IO.inspect(m.(99, 88))

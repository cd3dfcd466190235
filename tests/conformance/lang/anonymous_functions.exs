handle_open = fn
  {:ok, file} -> "Read data: #{file}"
  {_, error} -> "Error: #{error}"
end
IO.puts handle_open.({:ok, "data"})
IO.puts handle_open.({:error, :enoent})
fizz_word = fn
  0, 0, _ -> "FizzBuzz"
  0, _, _ -> "Fizz"
  _, 0, _ -> "Buzz"
  _, _, c -> c
end
fizz = fn n -> fizz_word.(rem(n, 3), rem(n, 5), n) end
IO.puts Enum.map_join(10..16, " ", fizz)
greeter = fn name -> (fn -> "Hello #{name}" end) end
dave_greeter = greeter.("Dave")
IO.puts dave_greeter.()
add_n = fn n -> (fn other -> n + other end) end
add_two = add_n.(2)
IO.puts add_two.(3)
times_2 = fn n -> n * 2 end
apply = fn (fun, value) -> fun.(value) end
IO.puts apply.(times_2, 6)
list = [1, 3, 5, 7, 9]
IO.inspect Enum.map list, fn elem -> elem * 2 end
IO.inspect Enum.map list, &(&1 * &1)
l = &length/1
IO.puts l.([1, 3, 5, 7])
len = &Enum.count/1
IO.puts len.([1, 2, 3, 4])
m = &Kernel.min/2
IO.puts m.(99, 88)
divrem = &{ div(&1, &2), rem(&1, &2) }
IO.inspect divrem.(13, 5)
s = &"bacon and #{&1}"
IO.puts s.("custard")
match_end = &~r/.*#{&1}$/
IO.inspect "cat" =~ match_end.("t")
IO.inspect Enum.map [1, 2, 3, 4], &(&1 + 2)
Enum.each [1, 2, 3, 4], &IO.inspect/1
IO.inspect is_function(times_2, 1)
sum = fn a, b -> a + b end
IO.inspect :erlang.fun_info(sum, :arity)
try do
  sum.(1)
rescue
  e in BadArityError -> IO.puts "bad arity: #{inspect(e.args)}"
end
x = 1
f = fn -> x end
x = 2
IO.inspect {f.(), x}

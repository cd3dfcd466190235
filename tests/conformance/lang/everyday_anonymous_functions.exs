# Anonymous functions, closures and the & capture, in the manner of Programming Elixir
add = fn a, b -> a + b end
IO.puts add.(1, 2)
greet = fn -> IO.puts "Hello" end
greet.()
swap = fn {a, b} -> {b, a} end
IO.inspect swap.({6, 8})
handle_open = fn
  {:ok, file} -> "Read data: #{file}"
  {_, error} -> "Error: #{:file.format_error(error)}"
end
IO.puts handle_open.({:ok, "x"})
IO.puts handle_open.({:error, :enoent})
fun1 = fn -> fn -> "Hello" end end
IO.puts fun1.().()
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
IO.inspect Enum.map list, &(&1 + 1)
l = &length/1
IO.inspect l.([1,3,5,7])
len = &Enum.count/1
IO.inspect len.([1,2,3,4])
m = &Kernel.min/2
IO.inspect m.(99, 88)
s = &"bacon and #{&1}"
IO.puts s.("custard")
match_end = &~r/.*#{&1}$/
IO.inspect "cat" =~ match_end.("t")
divrem = &{div(&1, &2), rem(&1, &2)}
IO.inspect divrem.(13, 5)
IO.inspect is_function(add, 2)
IO.inspect Function.info(add)[:arity]

# A race: two processes register the same name. Whoever comes second gets an
# ArgumentError, unless the first has already ended (a dead process's name is free
# again). Explore finds all three endings.
parent = self()
register = fn who ->
  spawn(fn ->
    result =
      try do
        Process.register(self(), :leader)
        :registered
      rescue
        ArgumentError -> :already_taken
      end
    send(parent, {who, result})
  end)
end
register.(:a)
register.(:b)
a = receive do {:a, result} -> result end
b = receive do {:b, result} -> result end
IO.puts("a: #{a}, b: #{b}")

# What :ets raises for bad arguments, as Elixir 1.14 prints it, and :badarg caught raw
t = :ets.new(:t, [:set])
:ets.insert(t, {:k, 1, "s"})

for f <- [
      fn -> :ets.new("t", []) end,
      fn -> :ets.new(:t, [:bogus]) end,
      fn -> :ets.new(:dup, [:named_table]); :ets.new(:dup, [:named_table]) end,
      fn -> :ets.insert(t, :not_a_tuple) end,
      fn -> :ets.insert(t, {}) end,
      fn -> :ets.insert(t, [{:a}, :b]) end,
      fn -> :ets.lookup(:no_such_table, 1) end,
      fn -> :ets.lookup_element(t, :nope, 2) end,
      fn -> :ets.lookup_element(t, :k, 9) end,
      fn -> :ets.update_counter(t, :k, {3, 1}) end,
      fn -> :ets.select(t, :bad) end,
      fn -> :ets.info(t, :bogus) end,
      fn -> :ets.next(t, :nope) end,
      fn -> :ets.delete(:no_such_table) end
    ] do
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

IO.inspect :ets.info(:no_such_table)
IO.inspect :ets.info(:no_such_table, :size)

try do
  :ets.lookup(:no_such_table, 1)
catch
  :error, reason -> IO.inspect({reason, hd(__STACKTRACE__)})
end

:ets.lookup_element(t, :gone, 2)

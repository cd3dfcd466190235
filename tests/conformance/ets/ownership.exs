# A table lives as long as its owner: it goes when the owner ends, unless an heir takes
# it; give_away hands it over; private tables are the owner's alone
parent = self()

owner =
  spawn(fn ->
    t = :ets.new(:short_lived, [:named_table, :public])
    :ets.insert(t, {:key, :value})
    send(parent, :ready)
    receive do: (:stop -> :ok)
  end)

receive do: (:ready -> :ok)
IO.inspect :ets.lookup(:short_lived, :key)
IO.inspect :ets.whereis(:short_lived) |> is_reference()
ref = Process.monitor(owner)
send(owner, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
IO.inspect :ets.whereis(:short_lived)
IO.inspect :ets.info(:short_lived)

try do
  :ets.lookup(:short_lived, :key)
rescue
  e -> IO.puts(Exception.message(e))
end

# an heir gets the table, and a message saying so
heir_owner =
  spawn(fn ->
    t = :ets.new(:inherited, [:named_table, {:heir, parent, :my_data}])
    :ets.insert(t, {:a, 1})
    send(parent, :ready)
  end)

receive do: (:ready -> :ok)

receive do
  {:"ETS-TRANSFER", tab, from, data} -> IO.inspect({tab, from == heir_owner, data})
end

IO.inspect :ets.info(:inherited, :owner) == self()
IO.inspect :ets.lookup(:inherited, :a)

# give_away
receiver =
  spawn(fn ->
    receive do
      {:"ETS-TRANSFER", tab, _from, data} ->
        send(parent, {:got, tab, data, :ets.info(tab, :owner) == self()})
    end
  end)

:ets.give_away(:inherited, receiver, :gift)
receive do: ({:got, tab, data, mine} -> IO.inspect({tab, data, mine}))

# private and protected tables seen from another process
secret = :ets.new(:secret, [:private])
open = :ets.new(:open, [:protected])
:ets.insert(open, {:x, 1})

Task.async(fn ->
  for f <- [fn -> :ets.lookup(secret, :x) end, fn -> :ets.lookup(open, :x) end, fn -> :ets.insert(open, {:y, 2}) end] do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end)
|> Task.await()

IO.inspect :ets.info(secret, :protection)

# A race: two clients each read an Agent's counter, then write back what they read plus
# one. When both read before either writes, one update is lost: 1 instead of 2. Explore
# finds both endings. (The next preset does the same with Agent.get_and_update/2.)
{:ok, counter} = Agent.start_link(fn -> 0 end)
parent = self()
for _ <- 1..2 do
  spawn(fn ->
    value = Agent.get(counter, & &1)
    Agent.update(counter, fn _ -> value + 1 end)
    send(parent, :done)
  end)
end
receive do :done -> :ok end
receive do :done -> :ok end
IO.puts("get then update: #{Agent.get(counter, & &1)}")

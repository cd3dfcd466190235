# No race: two clients each add one to an Agent's counter with Agent.get_and_update/2,
# which reads and writes in one step inside the Agent. Whatever the order, no update is
# lost: explore finds one ending, 2. (Compare the lost update of the preset before.)
{:ok, counter} = Agent.start_link(fn -> 0 end)
parent = self()
for _ <- 1..2 do
  spawn(fn ->
    Agent.get_and_update(counter, fn n -> {n, n + 1} end)
    send(parent, :done)
  end)
end
receive do :done -> :ok end
receive do :done -> :ok end
IO.puts("get_and_update: #{Agent.get(counter, & &1)}")

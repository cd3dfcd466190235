# The book's first processes: a greeter with receive/after, spawned squares, Task and Agent
defmodule Spawn1 do
  def greet do
    receive do
      {sender, msg} -> send(sender, {:ok, "Hello, #{msg}"})
      greet()
    end
  end
end
pid = spawn(Spawn1, :greet, [])
send(pid, {self(), "World!"})
receive do
  {:ok, message} -> IO.puts(message)
end
send(pid, {self(), "Kermit!"})
receive do
  {:ok, message} -> IO.puts(message)
after
  500 -> IO.puts("The greeter has gone away")
end
parent = self()
pids = for n <- 1..5, do: spawn(fn -> send(parent, {self(), n * n}) end)
results = for p <- pids, do: (receive do {^p, r} -> r end)
IO.inspect(results)
t = Task.async(fn -> Enum.sum(1..100) end)
IO.inspect(Task.await(t))
IO.inspect(Task.async_stream(1..3, &(&1 * 2)) |> Enum.to_list())
{:ok, agent} = Agent.start_link(fn -> [] end)
Agent.update(agent, &["eggs" | &1])
IO.inspect(Agent.get(agent, & &1))

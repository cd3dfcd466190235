# Processes from the book: spawn/send/receive with after, a chain of 1000 processes, links, monitors, Task and Agent
defmodule SpawnBasic do
  def greet do
    receive do
      {sender, msg} -> send(sender, {:ok, "Hello, #{msg}"})
      greet()
    end
  end
end
pid = spawn(SpawnBasic, :greet, [])
send(pid, {self(), "World!"})
receive do
  {:ok, message} -> IO.puts message
end
send(pid, {self(), "Kermit!"})
receive do
  {:ok, message} -> IO.puts message
after 500 -> IO.puts "The greeter has gone away"
end
defmodule Chain do
  def counter(next_pid) do
    receive do
      n -> send(next_pid, n + 1)
    end
  end
  def create_processes(n) do
    code_to_run = fn (_, send_to) -> spawn(Chain, :counter, [send_to]) end
    last = Enum.reduce(1..n, self(), code_to_run)
    send(last, 0)
    receive do
      final_answer when is_integer(final_answer) -> "Result is #{inspect(final_answer)}"
    end
  end
end
IO.puts Chain.create_processes(1000)
defmodule Link do
  def sad_function do
    exit(:boom)
  end
  def run do
    Process.flag(:trap_exit, true)
    spawn_link(Link, :sad_function, [])
    receive do
      msg -> IO.puts "MESSAGE RECEIVED: #{inspect msg |> elem(0)} #{inspect msg |> elem(2)}"
    after 1000 -> IO.puts "Nothing happened as far as I am concerned"
    end
  end
end
Link.run()
res = spawn_monitor(fn -> exit(:bye) end)
receive do
  {:DOWN, _ref, :process, _pid, reason} -> IO.inspect reason
end
IO.inspect is_tuple(res)
task = Task.async(fn -> 1 + 1 end)
IO.inspect Task.await(task)
{:ok, agent} = Agent.start_link(fn -> 0 end)
Agent.update(agent, &(&1 + 5))
IO.inspect Agent.get(agent, & &1)
parent = self()
for i <- 1..3, do: spawn(fn -> send(parent, {:n, i * i}) end)
results = for _ <- 1..3, do: (receive do {:n, v} -> v end)
IO.inspect Enum.sort(results)
IO.inspect Process.alive?(self())
receive do
  :never -> :ok
after 10 -> IO.puts "timeout"
end

# :timer as Programming Elixir's clients use it: a ticker on send_interval, a one-off
# reminder with send_after, apply_after running a function in a new process, cancel, tc.
defmodule Ticker do
  def start(parent, every, count) do
    spawn(fn -> init(parent, every, count) end)
  end

  defp init(parent, every, count) do
    {:ok, tref} = :timer.send_interval(every, :tick)
    loop(parent, tref, count, 0)
  end

  defp loop(parent, tref, count, seen) when seen == count do
    {:ok, :cancel} = :timer.cancel(tref)
    send(parent, {:ticked, seen})
  end

  defp loop(parent, tref, count, seen) do
    receive do
      :tick ->
        IO.puts("tick #{seen + 1}")
        loop(parent, tref, count, seen + 1)
    end
  end
end

defmodule Reminder do
  def remind(pid, text), do: send(pid, {:reminder, text})
end

Ticker.start(self(), 5, 3)
receive do
  {:ticked, n} -> IO.puts("ticker stopped after #{n} ticks")
end

{:ok, {:send_local, ref}} = :timer.send_after(20, {:wake, 1})
IO.inspect(is_reference(ref))
receive do
  {:wake, n} -> IO.puts("woke #{n}")
end

{:ok, tref} = :timer.send_after(1_000, :never)
IO.inspect(:timer.cancel(tref))

{:ok, {:once, _}} = :timer.apply_after(10, Reminder, :remind, [self(), "call home"])
receive do
  {:reminder, text} -> IO.puts("reminder: #{text}")
end

{time, value} = :timer.tc(fn -> Enum.sum(1..1000) end)
IO.inspect({is_integer(time) and time >= 0, value})
{_, value} = :timer.tc(Enum, :reverse, [[1, 2, 3]])
IO.inspect(value)
{_, value} = :timer.tc(fn a, b -> a * b end, [6, 7])
IO.inspect(value)

IO.inspect(:timer.sleep(10))
IO.inspect(:timer.send_after(-5, :x))
IO.inspect(:timer.send_interval(:soon, :x))
IO.inspect(:timer.apply_after(10, "M", :f, []))
IO.inspect(:timer.cancel(:nope))
IO.inspect({:timer.seconds(3), :timer.minutes(2), :timer.hours(1), :timer.hms(1, 2, 3)})

# System.halt/1 from a process other than the script's stops the whole run at once with
# its status: the script's own work after it never prints, nor do System.at_exit's funs.
# System.argv/0 is [] for `elixir x.exs`.
defmodule Watchdog do
  def start(limit) do
    spawn(fn -> loop(0, limit) end)
  end

  defp loop(count, limit) do
    receive do
      :tick when count + 1 >= limit ->
        IO.puts("watchdog: #{count + 1} ticks, halting")
        System.halt(3)

      :tick ->
        IO.puts("watchdog: tick #{count + 1}")
        loop(count + 1, limit)
    end
  end
end

System.at_exit(fn status -> IO.puts("at_exit with #{status}") end)
IO.inspect(System.argv(), label: "argv")
dog = Watchdog.start(3)

for n <- 1..5 do
  send(dog, :tick)
  Process.sleep(10)
  IO.puts("main: sent #{n}")
end

IO.puts("main: done")

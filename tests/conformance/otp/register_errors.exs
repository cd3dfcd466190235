# Process.register/2, whereis/1, unregister/1 and registered/0 with the errors Elixir raises
pid = spawn(fn -> receive do: (:stop -> :ok) end)
IO.inspect Process.register(pid, :worker)
IO.inspect Process.whereis(:worker) == pid
IO.inspect :worker in Process.registered()
IO.inspect Process.info(pid, :registered_name)

for f <- [
      fn -> Process.register(self(), :worker) end,
      fn -> Process.register(pid, :another) end,
      fn -> Process.register(self(), nil) end,
      fn -> Process.register(self(), "name") end,
      fn -> Process.unregister(:nobody) end,
      fn -> send(:nobody, :hello) end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
  end
end

IO.inspect Process.unregister(:worker)
IO.inspect Process.whereis(:worker)
IO.inspect Process.info(pid, :registered_name)

mref = Process.monitor(pid)
send(pid, :stop)
receive do: ({:DOWN, ^mref, :process, _, reason} -> IO.inspect(reason))

try do
  Process.register(pid, :too_late)
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end

defmodule Watch do
  def reason(fun) do
    {child, ref} = spawn_monitor(fun)

    receive do
      {:DOWN, ^ref, :process, ^child, reason} -> reason
    end
  end
end

IO.inspect Watch.reason(fn -> exit(:bye) end), label: "spawn_monitor"
{e, _} = Watch.reason(fn -> raise "oops" end)
IO.inspect e, label: "spawn_monitor"

# Process.info/2 with the keys learners look at, on a waiting process, a dead one, a list
parent = self()
pid = spawn(fn ->
  Process.put(:role, :worker)
  send(parent, :ready)
  receive do: (:go -> :ok)
end)
receive do: (:ready -> :ok)
send(pid, :first)
send(pid, {:second, 2})
Process.sleep(10)
IO.inspect Process.info(pid, :messages)
IO.inspect Process.info(pid, :message_queue_len)
IO.inspect Process.info(pid, :status)
IO.inspect Process.info(pid, :dictionary)
IO.inspect Process.info(pid, :trap_exit)
IO.inspect Process.info(pid, :registered_name)
IO.inspect Process.info(pid, :links)
IO.inspect Process.info(pid, :monitors)
IO.inspect Process.info(pid, [:message_queue_len, :trap_exit, :registered_name])
IO.inspect Process.info(pid, :priority)
IO.inspect Process.info(pid, :group_leader) |> elem(0)
IO.inspect Process.info(pid, :initial_call)
ref = Process.monitor(pid)
IO.inspect Process.info(self(), :monitors) == {:monitors, [process: pid]}
IO.inspect Process.info(pid, :monitored_by) == {:monitored_by, [self()]}
send(pid, :go)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
IO.inspect Process.info(pid)
IO.inspect Process.info(pid, :messages)
try do
  Process.info(pid, :bogus)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Process.info(self(), :bogus)
rescue
  e -> IO.puts(Exception.message(e))
end
info = Process.info(self())
IO.inspect Keyword.keys(info)

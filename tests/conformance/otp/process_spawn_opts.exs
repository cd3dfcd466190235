{pid, ref} = Process.spawn(fn -> exit(:x) end, [:monitor])
IO.inspect is_reference(ref)
receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect r end
pid = Process.spawn(fn -> :ok end, [])
IO.inspect is_pid(pid)
IO.inspect Process.flag(:trap_exit, true)
IO.inspect Process.flag(:trap_exit, false)
IO.inspect Process.info(self(), :trap_exit)
IO.inspect Process.info(self(), [:trap_exit, :message_queue_len])
send self(), :a
send self(), {:b, 1}
IO.inspect Process.info(self(), :messages)
IO.inspect Process.info(self(), :message_queue_len)
IO.inspect Process.list() |> is_list
IO.inspect Process.group_leader() |> is_pid
p = spawn(fn -> Process.sleep(:infinity) end)
IO.inspect Process.exit(p, :normal)
IO.inspect Process.alive?(p)
IO.inspect Process.exit(p, :shutdown)
Process.sleep(5)
IO.inspect Process.alive?(p)
IO.inspect Process.unlink(self())


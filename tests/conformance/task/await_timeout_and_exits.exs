t = Task.async(fn -> Process.sleep(1000); :never end)
try do
  Task.await(t, 50)
catch
  :exit, reason -> IO.inspect(reason)
end
Process.flag(:trap_exit, true)
t2 = Task.async(fn -> raise "boom" end)
receive do
  {:EXIT, pid, {%RuntimeError{message: m}, _}} -> IO.inspect({pid == t2.pid, m})
end
receive do
  {:DOWN, ref, :process, _, {%RuntimeError{}, _}} -> IO.inspect(ref == t2.ref)
end
{:ok, pid} = Task.start(fn -> IO.puts "started"; :ok end)
Process.sleep(10)
IO.inspect Process.alive?(pid)
{:ok, pid} = Task.start_link(fn -> receive do :go -> IO.puts "going" end end)
send pid, :go
receive do {:EXIT, ^pid, r} -> IO.inspect r end
IO.puts "last"
Task.await(Task.async(fn -> exit(:bye) end))

# Process.group_leader/2: a process's IO to :stdio goes to its group leader, an I/O device
# (here a StringIO); the processes it spawns inherit it; Process.info shows it
{:ok, io} = StringIO.open("typed input\n")
standard = Process.group_leader()
IO.inspect Process.info(self(), :group_leader) == {:group_leader, standard}

Process.group_leader(self(), io)
IO.puts "to the string"
IO.write "more "
IO.inspect %{a: 1}, label: "inspected"
IO.binwrite "bytes\n"
line = IO.gets("prompt> ")
child = spawn(fn -> IO.puts "from a child"; send(self(), :ok) end)
ref = Process.monitor(child)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
Process.group_leader(self(), standard)

IO.puts "back on the console"
IO.inspect line
{input, output} = StringIO.contents(io)
IO.inspect input
IO.puts output

# another process's leader
other = spawn(fn -> receive do: (:go -> IO.puts("other speaks")) end)
{:ok, io2} = StringIO.open("")
IO.inspect Process.group_leader(other, io2)
IO.inspect Process.info(other, :group_leader) == {:group_leader, io2}
ref = Process.monitor(other)
send(other, :go)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
IO.inspect StringIO.contents(io2)

try do
  Process.group_leader(:not_a_pid, io2)
rescue
  e in ArgumentError -> IO.puts Exception.message(e)
end
dead = spawn(fn -> :ok end)
Process.sleep(10)
try do
  Process.group_leader(dead, io2)
rescue
  e in ArgumentError -> IO.puts Exception.message(e)
end

# timers
ref = Process.send_after(self(), :tick, 30)
IO.inspect is_reference(ref)
receive do :tick -> IO.puts "tick" end
ref = Process.send_after(self(), :never, 1000)
left = Process.cancel_timer(ref)
IO.inspect is_integer(left) and left > 0
IO.inspect Process.cancel_timer(ref)
{:ok, tref} = :timer.send_interval(10, :beat)
for _ <- 1..3, do: receive(do: (:beat -> IO.puts "beat"))
IO.inspect :timer.cancel(tref)
# a beat the timer sent before it was cancelled may be waiting: take those, then wait
# longer than the interval to see that no more come
flush = fn flush -> receive do :beat -> flush.(flush) after 0 -> :ok end end
flush.(flush)
Process.sleep(30)
{:ok, _} = :timer.send_after(5, :later)
receive do :later -> IO.puts "later" end
{:ok, _} = :timer.apply_after(5, Kernel, :send, [self(), :applied])
receive do :applied -> IO.puts "applied" end
{t, v} = :timer.tc(fn -> Enum.sum(1..100) end)
IO.inspect {is_integer(t), v}
{_, v} = :timer.tc(Enum, :sum, [[1, 2]])
IO.inspect v
IO.inspect :timer.seconds(2)
IO.inspect :timer.minutes(1)
IO.inspect :timer.hours(1)
IO.inspect :timer.hms(1, 2, 3)
receive do
  x -> IO.inspect x
after 0 -> IO.puts "empty mailbox"
end
send self(), :a
send self(), :b
flush = fn f -> receive do m -> IO.inspect(m); f.(f) after 0 -> :done end end
IO.inspect flush.(flush)

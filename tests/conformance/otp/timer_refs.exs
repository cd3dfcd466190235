# Timers as references: read_timer/cancel_timer give the milliseconds left (or false once the
# timer fired or was cancelled), :erlang.start_timer sends {:timeout, ref, msg}, cancel_timer
# with async:/info: options.
r = Process.send_after(self(), :hello, 1000)
left = Process.read_timer(r)
left2 = :erlang.read_timer(r)
IO.inspect({left in 900..1000, left2 in 900..left}, label: "left, in ms (a loaded machine may take some)")
IO.inspect(is_integer(Process.cancel_timer(r)), label: "cancelled")
IO.inspect(Process.cancel_timer(r), label: "cancel again")
IO.inspect(Process.read_timer(r), label: "read cancelled")

fired = Process.send_after(self(), :fired, 10)
receive do
  :fired -> IO.puts("got :fired")
end
IO.inspect(Process.read_timer(fired), label: "read fired")
IO.inspect(Process.cancel_timer(fired), label: "cancel fired")
IO.inspect(Process.cancel_timer(fired, info: false), label: "cancel info: false")
IO.inspect(Process.cancel_timer(fired, async: true), label: "cancel async")
receive do
  {:cancel_timer, ^fired, result} -> IO.inspect(result, label: "async result")
end

t = :erlang.start_timer(20, self(), :tick)
receive do
  {:timeout, ^t, msg} -> IO.inspect(msg, label: "start_timer sent")
end

e = :erlang.send_after(30, self(), :erlang_send_after)
receive do
  m -> IO.inspect(m, label: "erlang send_after")
end
IO.inspect(:erlang.cancel_timer(e), label: "erlang cancel fired")

later = Process.send_after(self(), :never, 5000)
IO.inspect(Process.cancel_timer(later, async: true, info: false), label: "async no info")
Process.sleep(10)
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")

Process.register(self(), :me)
Process.send_after(:me, :by_name, 5)
receive do
  :by_name -> IO.puts("sent by name")
end

try do
  Process.read_timer(:not_a_ref)
rescue
  e -> IO.inspect(e.__struct__, label: "read_timer(:not_a_ref)")
end

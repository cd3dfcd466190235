# The :erlang BIFs under Process, called directly as Erlang-minded code and the book's
# asides do: process_info (with :undefined for the dead, [] for no registered name),
# monitor/2, link/exit, timers, statistics and system_info, pids as charlists, and
# send/2 to {name, node}.
defmodule Probe do
  def run do
    me = self()
    worker = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(:erlang.is_process_alive(worker), label: "alive")
    IO.inspect(:erlang.process_info(self(), :registered_name), label: "no name")
    Process.register(self(), :probe)
    IO.inspect(:erlang.process_info(self(), :registered_name), label: "named")
    IO.inspect(:erlang.process_info(self(), [:trap_exit, :message_queue_len]), label: "items")

    ref = :erlang.monitor(:process, worker)
    send({:probe, node()}, :to_myself)
    send({:nobody, node()}, :dropped)
    receive do :to_myself -> IO.puts("got a message sent to {name, node}") end
    send(worker, :stop)
    receive do
      {:DOWN, ^ref, :process, ^worker, reason} -> IO.inspect(reason, label: "down")
    end
    IO.inspect(:erlang.process_info(worker), label: "dead, /1")
    IO.inspect(:erlang.process_info(worker, :links), label: "dead, /2")

    :erlang.process_flag(:trap_exit, true)
    linked = spawn(fn -> receive do _ -> :ok end end)
    true = :erlang.link(linked)
    :erlang.exit(linked, :bye)
    receive do {:EXIT, ^linked, r} -> IO.inspect(r, label: "exit signal") end

    t = :erlang.start_timer(20, me, :tick)
    IO.inspect(is_integer(:erlang.read_timer(t, async: false)), label: "timer pending")
    receive do {:timeout, ^t, msg} -> IO.inspect(msg, label: "timeout message") end

    {:ok, _} = :timer.exit_after(10, worker_to_stop(), :stopped)
    receive do {:EXIT, _, r} -> IO.inspect(r, label: "exit_after") end
    IO.inspect(:timer.now_diff({0, 2, 500}, {0, 1, 0}), label: "now_diff")

    {wall, _} = :erlang.statistics(:wall_clock)
    IO.inspect(is_integer(wall), label: "wall clock")
    {reds, _} = :erlang.statistics(:reductions)
    IO.inspect(reds > 0, label: "reductions")
    IO.inspect(:erlang.system_info(:process_count) >= 1, label: "process count")
    IO.inspect(:erlang.system_info(:process_limit), label: "process limit")
    IO.inspect(:erlang.system_info(:otp_release), label: "otp release")
    IO.inspect(:erlang.memory(:total) > 0, label: "memory")

    list = :erlang.pid_to_list(self())
    IO.inspect(hd(list) == ?< and List.last(list) == ?>, label: "pid as a charlist")
    IO.inspect(:erlang.list_to_pid(list) == self(), label: "and back")
    IO.inspect(Enum.member?(:erlang.registered(), :probe), label: "registered")
    IO.inspect(Enum.member?(:erlang.processes(), self()), label: "processes")
  end

  defp worker_to_stop do
    spawn_link(fn -> Process.sleep(:infinity) end)
  end
end

Probe.run()

# Task.start: not linked. The caller is unaffected by the crash and gets no
# :EXIT even when trapping; a monitor still sees the reason.
defmodule Unlinked do
  def run do
    Process.flag(:trap_exit, true)
    {:ok, pid} = Task.start(fn ->
      Process.sleep(10)
      raise "boom"
    end)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: m}, _}} -> IO.puts "DOWN: #{m}"
    end
    receive do
      {:EXIT, _, _} -> IO.puts "an :EXIT arrived"
    after
      50 -> IO.puts "no :EXIT, the caller is fine"
    end
  end
end

Unlinked.run()

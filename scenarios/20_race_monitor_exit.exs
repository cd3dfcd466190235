# A race: a monitor set up while the process exits. If it has already exited, the
# :DOWN message says :noproc; if not, it carries the real reason, :finished.
# Explore finds both endings.
defmodule Watch do
  def down_reason(pid) do
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end

pid = spawn(fn -> exit(:finished) end)
IO.puts("DOWN: #{inspect(Watch.down_reason(pid))}")

# Process.info/1,2 as people use it: the mailbox, links, monitors, trap_exit, status and
# the registered name, one item or a list of them; nil once the process is gone.
defmodule Watcher do
  def wait do
    receive do
      :stop -> :ok
    end
  end

  def run do
    pid = spawn(Watcher, :wait, [])
    Process.sleep(10)
    IO.inspect(Process.info(pid, :messages))
    send(pid, :hello)
    send(pid, {:work, 1})
    Process.sleep(10)
    IO.inspect(Process.info(pid, :messages))
    IO.inspect(Process.info(pid, :message_queue_len))
    IO.inspect(Process.info(pid, :status))
    IO.inspect(Process.info(pid, :registered_name))
    IO.inspect(Process.info(pid, :trap_exit))
    IO.inspect(Process.info(pid, :initial_call))
    IO.inspect(Process.info(pid, :current_function))
    IO.inspect(Process.info(self(), :status))
    Process.register(pid, :watched)
    IO.inspect(Process.info(pid, [:registered_name, :message_queue_len, :links]))
    Process.link(pid)
    {:links, [linked]} = Process.info(pid, :links)
    IO.inspect(linked == self())
    ref = Process.monitor(pid)
    {:monitored_by, [by]} = Process.info(pid, :monitored_by)
    IO.inspect(by == self())
    {:monitors, [{:process, watched}]} = Process.info(self(), :monitors)
    IO.inspect(watched == pid)
    Process.demonitor(ref)
    Process.monitor(:watched)
    IO.inspect(Process.info(self(), :monitors))
    info = Process.info(pid)
    IO.inspect(Keyword.keys(info))
    IO.inspect(for {k, v} <- info, k in [:registered_name, :status, :trap_exit], do: {k, v})
    Process.unlink(pid)
    send(pid, :stop)
    Process.sleep(10)
    IO.inspect(Process.info(pid))
    IO.inspect(Process.info(pid, :messages))
    IO.inspect(Process.info(pid, [:messages]))

    try do
      Process.info(self(), :no_such_item)
    rescue
      e -> IO.inspect(e)
    end

    try do
      Process.info(self(), "messages")
    rescue
      e -> IO.inspect(e)
    end
  end
end

Watcher.run()

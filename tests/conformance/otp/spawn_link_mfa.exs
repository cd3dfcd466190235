# spawn_link/3 and spawn_monitor/3 with module, function, args: a linked child that
# exits takes a trapping parent's {:EXIT, ...}; a monitored one sends :DOWN.
defmodule Link3 do
  def sad_function(reason) do
    Process.sleep(50)
    exit(reason)
  end

  def run do
    Process.flag(:trap_exit, true)
    pid = spawn_link(Link3, :sad_function, [:boom])

    receive do
      {:EXIT, ^pid, reason} -> IO.puts("MESSAGE RECEIVED: #{inspect(reason)}")
    after
      1000 -> IO.puts("Nothing happened as far as I am concerned")
    end

    {pid, ref} = spawn_monitor(Link3, :sad_function, [{:shutdown, :done}])

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.puts("DOWN: #{inspect(reason)}")
    end

    {pid, ref} = spawn_monitor(Link3, :sad_function, [:normal])

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.puts("DOWN: #{inspect(reason)}")
    end
  end
end

Link3.run()

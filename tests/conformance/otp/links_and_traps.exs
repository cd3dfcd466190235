# Programming Elixir's links: a linked child that exits takes its parent with it unless the
# parent traps exits; then each exit arrives as an {:EXIT, pid, reason} message.
defmodule Link do
  def sad_function(reason) do
    receive do
      :go -> exit(reason)
    end
  end

  def raising do
    receive do
      :go -> raise "boom"
    end
  end

  def watch(fun) do
    pid = spawn_link(fun)
    send(pid, :go)

    receive do
      {:EXIT, ^pid, {%RuntimeError{message: m}, _stack}} -> IO.puts("EXIT: raised #{m}")
      {:EXIT, ^pid, reason} -> IO.puts("EXIT: #{inspect(reason)}")
    end
  end
end

Process.flag(:trap_exit, true)
Link.watch(fn -> Link.sad_function(:normal) end)
Link.watch(fn -> Link.sad_function(:boom) end)
Link.watch(fn -> Link.sad_function({:shutdown, :tired}) end)
Link.watch(&Link.raising/0)
Link.watch(fn -> receive(do: (:go -> Process.exit(self(), :kill))) end)

# without trapping, an abnormal exit of the linked process kills this one too: watch it
# from a monitor in a middle process
Process.flag(:trap_exit, false)

defmodule Middle do
  def run do
    {middle, ref} =
      spawn_monitor(fn ->
        child = spawn_link(fn -> receive(do: (:go -> exit(:chain_reaction))) end)
        send(child, :go)
        receive(do: (:never -> :ok))
      end)

    receive do
      {:DOWN, ^ref, :process, ^middle, reason} -> IO.inspect(reason, label: "middle died")
    end

    # a :normal exit of a linked process does not
    {middle2, ref2} =
      spawn_monitor(fn ->
        child = spawn_link(fn -> :ok end)
        mref = Process.monitor(child)
        receive(do: ({:DOWN, ^mref, _, _, _} -> :ok))
        exit(:survived)
      end)

    receive do
      {:DOWN, ^ref2, :process, ^middle2, reason} -> IO.inspect(reason, label: "middle2")
    end
  end
end

Middle.run()

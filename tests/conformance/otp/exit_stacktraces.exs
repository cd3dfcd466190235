# Where a caller's stack trace puts an exit from GenServer.call, GenServer.stop,
# Agent.get and Task.await: the library function's frame (lib/gen_server.ex, lib/task.ex)
# on top of the caller's line, and no frame for a caller that made the call its last
Logger.configure(level: :none)

defmodule Server do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:slow, _, s), do: (Process.sleep(100); {:reply, :ok, s})
  def handle_call(:crash, _, _s), do: raise("boom")
  def handle_call(:self, _, s), do: {:reply, GenServer.call(self(), :x), s}
end

defmodule Client do
  def slow(pid) do
    result = GenServer.call(pid, :slow, 10)
    {:got, result}
  end

  def last_call(pid), do: GenServer.call(pid, :crash)
  def unknown, do: Agent.get(:no_agent, & &1)
  def stop_unknown, do: GenServer.stop(:no_server)

  def await_slow do
    task = Task.async(fn -> Process.sleep(100) end)
    Task.await(task, 10)
  end

  def await_crash do
    Process.flag(:trap_exit, true)
    task = Task.async(fn -> exit(:bye) end)
    value = Task.await(task)
    {:value, value}
  end

  def top_frames(fun) do
    try do
      fun.()
    catch
      :exit, reason -> {elem(reason, 0), Enum.take(__STACKTRACE__, 2)}
    end
  end
end

{:ok, pid} = GenServer.start(Server, [])
IO.inspect Client.top_frames(fn -> Client.slow(pid) end)
IO.inspect Client.top_frames(fn -> Client.last_call(pid) end)
{:ok, pid} = GenServer.start(Server, [])
IO.inspect Client.top_frames(fn -> GenServer.call(pid, :self) end) |> elem(1) |> hd()
IO.inspect Client.top_frames(&Client.unknown/0)
IO.inspect Client.top_frames(&Client.stop_unknown/0)
IO.inspect Client.top_frames(&Client.await_slow/0)
IO.inspect Client.top_frames(&Client.await_crash/0)

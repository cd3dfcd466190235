# What Logger prints when processes of each kind crash: a Task, an Agent, a GenServer
# that gets a message it has no handle_info for, a child of a DynamicSupervisor. Each
# report is captured (capture_log) and printed without its timestamp and without the
# inside of #Function<...> (the BEAM numbers funs by the compiled module's hash).
ExUnit.start(autorun: false)

defmodule Log do
  def show(title, fun) do
    IO.puts("== #{title}")
    # (Logger.flush/0: the report reaches Logger before the fun returns)
    ExUnit.CaptureLog.capture_log(fn -> fun.(); Logger.flush() end)
    |> String.replace(~r/^\d\d:\d\d:\d\d\.\d\d\d /m, "")
    |> String.replace(~r/#Function<[^>]*>/, "#Function<...>")
    |> IO.write()
  end

  def wait(pid) do
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end

defmodule Quiet do
  use GenServer
  def init(arg), do: {:ok, arg}
  def handle_cast(:exit, s), do: {:stop, :normal, s}
end

defmodule Main do
  def run do
    Log.show("task raises", fn ->
      map = Map.new(a: 1)
      {:ok, pid} = Task.start(fn -> Map.fetch!(map, :key) end)
      Log.wait(pid)
    end)

    Log.show("agent update raises", fn ->
      {:ok, agent} = Agent.start(fn -> 1 end)
      Agent.cast(agent, fn n -> n + :one end)
      Log.wait(agent)
    end)

    Log.show("unexpected message", fn ->
      {:ok, pid} = GenServer.start(Quiet, :st)
      send(pid, :surprise)
      GenServer.cast(pid, :exit)
      Log.wait(pid)
    end)

    Log.show("dynamic child", fn ->
      {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
      {:ok, pid} = DynamicSupervisor.start_child(sup, %{id: Quiet, start: {GenServer, :start_link, [Quiet, :kid]}, restart: :temporary})
      GenServer.cast(pid, {:no_clause, 1})
      Log.wait(pid)
      IO.inspect(DynamicSupervisor.count_children(sup), label: "children")
    end)
  end
end

Main.run()

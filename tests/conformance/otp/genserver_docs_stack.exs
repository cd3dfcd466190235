defmodule Stack do
  use GenServer

  # Client

  def start_link(default) when is_binary(default) do
    GenServer.start_link(__MODULE__, default)
  end

  def push(pid, element) do
    GenServer.cast(pid, {:push, element})
  end

  def pop(pid) do
    GenServer.call(pid, :pop)
  end

  # Server (callbacks)

  @impl true
  def init(elements) do
    initial_state = String.split(elements, ",", trim: true)
    {:ok, initial_state}
  end

  @impl true
  def handle_call(:pop, _from, state) do
    [to_caller | new_state] = state
    {:reply, to_caller, new_state}
  end

  @impl true
  def handle_cast({:push, element}, state) do
    new_state = [element | state]
    {:noreply, new_state}
  end
end

{:ok, pid} = Stack.start_link("hello,world")
IO.inspect Stack.pop(pid)
Stack.push(pid, "elixir")
IO.inspect Stack.pop(pid)
IO.inspect Stack.pop(pid)
IO.inspect :sys.get_state(pid)
IO.inspect :sys.replace_state(pid, fn s -> ["x" | s] end)
IO.inspect Stack.pop(pid)

defmodule MyApp.Periodically do
  use GenServer

  def start_link(parent) do
    GenServer.start_link(__MODULE__, %{parent: parent})
  end

  @impl true
  def init(state) do
    schedule_work()
    {:ok, Map.put(state, :count, 0)}
  end

  @impl true
  def handle_info(:work, state) do
    IO.puts "work #{state.count}"
    send(state.parent, {:worked, state.count})
    schedule_work()
    {:noreply, %{state | count: state.count + 1}}
  end

  defp schedule_work do
    Process.send_after(self(), :work, 30)
  end
end
{:ok, p} = MyApp.Periodically.start_link(self())
receive do {:worked, 2} -> :ok end
GenServer.stop(p)
IO.puts "stopped"

defmodule Hib do
  use GenServer
  def init(_), do: {:ok, 0, :hibernate}
  def handle_call(:x, _, s), do: {:reply, s, s + 1, 50}
  def handle_info(:timeout, s) do
    IO.puts "timeout with #{s}"
    {:noreply, s}
  end
  def handle_info(other, s) do
    IO.inspect(other, label: "info")
    {:noreply, s}
  end
end
{:ok, h} = GenServer.start(Hib, nil)
IO.inspect GenServer.call(h, :x)
Process.sleep(100)
send h, :other
Process.sleep(10)
IO.inspect GenServer.call(h, :x)
IO.inspect GenServer.call(h, :x, 1000)
ref = Process.monitor(h)
GenServer.stop(h, :shutdown)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect r end

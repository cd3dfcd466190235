# A counter server under a module-based supervisor. Adding a string is a bad call:
# the server raises ArithmeticError and dies; its supervisor restarts it, and the
# count starts over at the value init/1 gives it.
defmodule Counter do
  use GenServer

  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: __MODULE__)
  def add(n), do: GenServer.call(__MODULE__, {:add, n})
  def value, do: GenServer.call(__MODULE__, :value)

  @impl true
  def init(start), do: {:ok, start}

  @impl true
  def handle_call({:add, n}, _from, count), do: {:reply, count + n, count + n}
  def handle_call(:value, _from, count), do: {:reply, count, count}
end

defmodule CounterSupervisor do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    Supervisor.init([{Counter, 0}], strategy: :one_for_one)
  end
end

defmodule Wait do
  # until the supervisor has registered a new Counter
  def restarted(old) do
    case Process.whereis(Counter) do
      pid when is_pid(pid) and pid != old -> pid
      _ -> Process.sleep(10); restarted(old)
    end
  end
end

{:ok, _sup} = CounterSupervisor.start_link(:ok)
Counter.add(1)
Counter.add(2)
IO.inspect(Counter.value(), label: "value")
old = Process.whereis(Counter)
try do
  Counter.add("one")
catch
  :exit, {reason, {GenServer, :call, _}} -> IO.puts("the call exited: #{inspect(elem(reason, 0))}")
end
Wait.restarted(old)
IO.inspect(Counter.value(), label: "value after the restart")
IO.inspect(Supervisor.which_children(CounterSupervisor) |> length(), label: "children")

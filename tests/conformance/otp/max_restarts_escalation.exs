# A child that keeps crashing exhausts its supervisor's max_restarts: the supervisor gives up
# and exits :shutdown, and a supervisor above it restarts it (or gives up in turn).
defmodule Fragile do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    send(:main, {:started, name})
    {:ok, name}
  end
  def handle_call(:crash, _from, _name), do: raise("crash")
  def handle_call(:ping, _from, name), do: {:reply, :pong, name}
end

defmodule Inner do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: Inner)
  def init(:ok) do
    Supervisor.init([{Fragile, :worker}], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
  end
end

defmodule Crash do
  # the pid registered under name, once there is one (a restart may still be under way)
  def wait_for(name) do
    case Process.whereis(name) do
      nil ->
        Process.sleep(1)
        wait_for(name)
      pid -> pid
    end
  end

  def it do
    pid = wait_for(:worker)
    mref = watch(pid)
    {{%RuntimeError{message: message}, _}, _} = catch_exit(fn -> GenServer.call(:worker, :crash) end)
    receive do
      {:DOWN, ^mref, _, _, _} -> message
    end
  end
  def watch(pid), do: Process.monitor(pid)
  defp catch_exit(fun) do
    try do
      fun.()
    catch
      :exit, reason -> reason
    end
  end
end
Logger.configure(level: :none)
Process.register(self(), :main)
{:ok, top} = Supervisor.start_link([Inner], strategy: :one_for_one, max_restarts: 1, max_seconds: 5)
inner = Process.whereis(Inner)
ref = Crash.watch(inner)

crash = &Crash.it/0

IO.inspect(crash.(), label: "1st")
Process.sleep(10)
IO.inspect(crash.(), label: "2nd")
Process.sleep(10)
IO.inspect(crash.(), label: "3rd")
receive do
  {:DOWN, ^ref, :process, ^inner, reason} -> IO.inspect(reason, label: "inner supervisor exited")
end
Process.sleep(10)
new_inner = Crash.wait_for(Inner)
IO.inspect(is_pid(new_inner) and new_inner != inner, label: "inner restarted by top")
IO.inspect(GenServer.call(Crash.wait_for(:worker), :ping), label: "ping")
IO.inspect(Supervisor.count_children(top), label: "top children")
top_ref = Crash.watch(top)
Process.unlink(top)
for _ <- 1..3 do
  crash.()
  Process.sleep(10)
end
receive do
  {:DOWN, ^top_ref, :process, ^top, reason} -> IO.inspect(reason, label: "top exited")
after
  1000 -> IO.puts("top still alive")
end
starts =
  Stream.repeatedly(fn -> receive do {:started, :worker} -> 1 after 0 -> nil end end)
  |> Enum.take_while(& &1)
  |> length()
IO.inspect(starts, label: "worker starts")

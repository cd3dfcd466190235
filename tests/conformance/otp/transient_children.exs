# Restart values overridden in `use GenServer` and in child_spec: a :transient worker
# is restarted after a crash but not after a normal stop; a :temporary one never
defmodule Job do
  use GenServer, restart: :transient

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name), do: {:ok, name}
  def handle_call(:crash, _from, _state), do: raise("crashed on purpose")
  def handle_call(:finish, _from, state), do: {:stop, :normal, :done, state}
  def handle_call(:ping, _from, state), do: {:reply, :pong, state}
end

IO.inspect Job.child_spec(:a)
IO.inspect Supervisor.child_spec({Job, :b}, restart: :temporary, id: :b_job)

children = [
  Supervisor.child_spec({Job, :a}, id: :a),
  Supervisor.child_spec({Job, :b}, id: :b, restart: :temporary)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
Logger.configure(level: :none)

a = Process.whereis(:a)
try do
  GenServer.call(:a, :crash)
catch
  :exit, {reason, _} -> IO.inspect(elem(reason, 0), label: "call exited")
end

Process.sleep(50)
IO.inspect {:a_restarted, Process.whereis(:a) != a, GenServer.call(:a, :ping)}

IO.inspect GenServer.call(:a, :finish)
Process.sleep(50)
IO.inspect {:a_after_normal, Process.whereis(:a)}

IO.inspect GenServer.call(:b, :ping)
try do
  GenServer.call(:b, :crash)
catch
  :exit, {reason, _} -> IO.inspect(elem(reason, 0), label: "call exited")
end

Process.sleep(50)
IO.inspect {:b_after_crash, Process.whereis(:b)}
IO.inspect Supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, is_pid(pid)} end)
IO.inspect Supervisor.count_children(sup)

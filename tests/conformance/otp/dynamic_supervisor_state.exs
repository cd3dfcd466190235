# A DynamicSupervisor's state as :sys.get_state/1 shows it (%DynamicSupervisor{}), and a
# code change: init/1 runs again with the arguments it was given (here replaced first with
# :sys.replace_state/2), and its flags are checked and taken, or refused.
defmodule Pool do
  use DynamicSupervisor
  def init(arg), do: arg
end

defmodule Sleeper do
  def start_link, do: {:ok, spawn_link(fn -> Process.sleep(:infinity) end)}
end

{:ok, pid} = DynamicSupervisor.start_link(Pool, {:ok, %{max_children: 5}})
{:ok, _} = DynamicSupervisor.start_child(pid, %{id: 1, start: {Sleeper, :start_link, []}})
state = :sys.get_state(pid)
IO.inspect(%{state | children: map_size(state.children), name: elem(state.name, 1)})

upgrade = fn arg ->
  :ok = :sys.suspend(pid)
  :sys.replace_state(pid, fn state -> %{state | args: arg} end)
  result = :sys.change_code(pid, :gen_server, 123, :extra)
  :ok = :sys.resume(pid)
  result
end

IO.inspect(upgrade.({:ok, %{strategy: :one_for_all}}))
IO.inspect(upgrade.({:ok, %{intensity: -1}}))
IO.inspect(upgrade.({:ok, %{period: 0}}))
IO.inspect(upgrade.({:ok, %{max_children: -1}}))
IO.inspect(upgrade.({:ok, %{extra_arguments: :none}}))
IO.inspect(upgrade.(:unknown))
IO.inspect(upgrade.(:ignore))
IO.inspect(:sys.get_state(pid).max_children, label: "max_children unchanged")
IO.inspect(upgrade.({:ok, %{max_children: 1, intensity: 7}}))
state = :sys.get_state(pid)
IO.inspect({state.max_children, state.max_restarts, state.max_seconds}, label: "after upgrade")
IO.inspect(DynamicSupervisor.start_child(pid, %{id: 2, start: {Sleeper, :start_link, []}}))

# The spawn_opt: start option of GenServer, Agent and DynamicSupervisor: the priority shows
# in Process.info/2; a bad option is erlang:spawn_opt's ArgumentError in the caller.
# Supervisor.start_link/2,3 go through :supervisor.start_link, which takes no spawn_opt.
defmodule Stack do
  use GenServer
  def init(items), do: {:ok, items}
end

{:ok, pid} = GenServer.start_link(Stack, [], spawn_opt: [priority: :high])
IO.inspect(Process.info(pid, :priority))
{:ok, pid} = Agent.start_link(fn -> 0 end, spawn_opt: [priority: :low, fullsweep_after: 10])
IO.inspect(Process.info(pid, :priority))
{:ok, pid} = Supervisor.start_link([], strategy: :one_for_one, spawn_opt: [priority: :max])
IO.inspect(Process.info(pid, :priority))
{:ok, pid} = DynamicSupervisor.start_link(strategy: :one_for_one, spawn_opt: [priority: :high])
IO.inspect(Process.info(pid, :priority))
{:ok, pid} = Agent.start_link(fn -> 0 end)
IO.inspect(Process.info(pid, :priority))
IO.inspect(Process.info(self(), :priority))

for opts <- [[priority: :urgent], [:bogus], :bogus] do
  try do
    Agent.start_link(fn -> 0 end, spawn_opt: opts)
  rescue
    e in ArgumentError -> IO.puts("#{inspect(opts)}: " <> String.replace(e.message, "\n", " "))
  end
end

# Names in :global (one node): {:global, term} and {:via, :global, term} address the same
# table, which :global.register_name/2, whereis_name/1, send/2 and unregister_name/1 use.
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one, name: {:via, :global, :via_sup})
IO.inspect(Supervisor.which_children({:via, :global, :via_sup}))
IO.inspect(Supervisor.which_children({:global, :via_sup}))
IO.inspect(:global.whereis_name(:via_sup) == sup)

{:ok, agent} = Agent.start_link(fn -> 1 end, name: {:global, {:counter, 1}})
IO.inspect(Agent.get({:via, :global, {:counter, 1}}, & &1))
IO.inspect(Supervisor.start_link([], strategy: :one_for_one, name: {:global, {:counter, 1}}) ==
  {:error, {:already_started, agent}})

IO.inspect(:global.register_name(:me, self()))
IO.inspect(:global.register_name(:me, self()))
IO.inspect(:global.send(:me, :hello) == self())
receive do
  :hello -> IO.puts("got hello")
end
IO.inspect(:global.unregister_name(:me))
IO.inspect(:global.whereis_name(:me))
IO.inspect(:global.unregister_name(:nobody))
IO.inspect(try do
  :global.send(:nobody, :hi)
catch
  :exit, reason -> reason
end)

pid = spawn(fn -> receive do: (:stop -> :ok) end)
IO.inspect(:global.register_name(:worker, pid))
ref = Process.monitor(pid)
send(pid, :stop)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
IO.inspect(:global.whereis_name(:worker))

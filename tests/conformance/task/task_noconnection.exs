# A task's :DOWN with the reason :noconnection (its node went away) makes await and
# await_many exit {:nodedown, node}; the message is made here by hand, as Elixir's own
# tests do, since one node has no connection to lose.
exit_of = fn f ->
  try do
    f.()
  catch
    :exit, {reason, {Task, function, _args}} -> {function, reason}
  end
end

ref = make_ref()
task = %Task{ref: ref, pid: self(), owner: self(), mfa: {Kernel, :self, 0}}
send(self(), {:DOWN, ref, :process, self(), :noconnection})
IO.inspect(exit_of.(fn -> Task.await(task) end))

send(self(), {:DOWN, ref, :process, {:name, :node}, :noconnection})
IO.inspect(exit_of.(fn -> Task.await(task) end))

send(self(), {:DOWN, ref, :process, self(), :noconnection})
IO.inspect(exit_of.(fn -> Task.await_many([task]) end))

send(self(), {:DOWN, ref, :process, self(), :other})
IO.inspect(exit_of.(fn -> Task.await(task) end))

# What proc_lib leaves in a server's dictionary: "$ancestors" (who started it, by registered
# name when it has one) and "$initial_call", which :proc_lib.initial_call/1 and
# translate_initial_call/1 read back. Agent says which function it runs; DynamicSupervisor
# says it is a supervisor, as Supervisor does.
defmodule Stack do
  use GenServer
  def start_link(items), do: GenServer.start_link(__MODULE__, items)
  def init(items), do: {:ok, items}
end

defmodule Counter do
  def zero, do: 0
end

defmodule Dyn do
  use DynamicSupervisor
  def init(:ok), do: DynamicSupervisor.init(strategy: :one_for_one)
end

show = fn label, pid ->
  IO.inspect(:proc_lib.translate_initial_call(pid), label: label)
  IO.inspect(:proc_lib.initial_call(pid), label: label)
  IO.inspect(Process.get(:"$ancestors") == nil, label: "#{label} (caller has no ancestors)")
  {:dictionary, dict} = Process.info(pid, :dictionary)
  IO.inspect(dict[:"$ancestors"] == [self()], label: "#{label} ancestors")
end

{:ok, stack} = Stack.start_link([1])
show.("GenServer", stack)
{:ok, agent} = Agent.start_link(&Counter.zero/0)
show.("Agent fun", agent)
{:ok, agent} = Agent.start(Counter, :zero, [])
show.("Agent mfa", agent)
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
show.("Supervisor", sup)
{:ok, dyn} = DynamicSupervisor.start_link(strategy: :one_for_one)
show.("DynamicSupervisor", dyn)
{:ok, dyn} = DynamicSupervisor.start_link(Dyn, :ok)
show.("DynamicSupervisor module", dyn)
IO.inspect(:supervisor.get_callback_module(sup), label: "callback module")
IO.inspect(:supervisor.get_callback_module(dyn), label: "callback module")

# a child's ancestors: its supervisor (by name, when it has one), then the supervisor's
{:ok, named} = Supervisor.start_link([{Stack, [:a]}], strategy: :one_for_one, name: :stacks)
[{Stack, child, :worker, [Stack]}] = Supervisor.which_children(named)
{:dictionary, dict} = Process.info(child, :dictionary)
IO.inspect(dict[:"$ancestors"] == [:stacks, self()], label: "child ancestors")
IO.inspect(:proc_lib.translate_initial_call(child), label: "child")

# a plain spawned process has none
pid = spawn(fn -> receive do: (:stop -> :ok) end)
IO.inspect(:proc_lib.translate_initial_call(pid), label: "spawn")
IO.inspect(:proc_lib.initial_call(pid), label: "spawn")
IO.inspect(:proc_lib.translate_initial_call(self()), label: "self")
IO.inspect(:proc_lib.translate_initial_call(Process.info(stack)), label: "info list")
IO.inspect(:proc_lib.initial_call(Process.info(stack)), label: "info list")
IO.inspect(:proc_lib.translate_initial_call([{:"$initial_call", {M, :f, 2}}]), label: "not info")
IO.inspect(:proc_lib.initial_call(dictionary: [{:"$initial_call", {M, :f, 2}}]), label: "info")

# Small OTP corners programs hit: cast to a missing name is :ok, send to a missing name
# raises, :sys.get_state/replace_state of an Agent, Registry via names with
# update_value, Task.yield_many with a timeout, GenServer.call to itself.
defmodule Counter do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, 0, name: {:via, Registry, {Reg, name, :initial}})
  def init(n), do: {:ok, n}
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
  def handle_call(:self_call, _from, n), do: {:reply, GenServer.call(self(), :inc), n}
end

IO.inspect(GenServer.cast(:missing, :hello), label: "cast to a missing name")
try do
  send(:missing, :hello)
rescue
  e -> IO.inspect(e, label: "send to a missing name")
end
{:ok, agent} = Agent.start_link(fn -> [1, 2] end)
IO.inspect(:sys.get_state(agent), label: "agent state")
:sys.replace_state(agent, fn l -> [0 | l] end)
IO.inspect(Agent.get(agent, & &1), label: "after replace_state")

{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
{:ok, c} = Counter.start_link("c1")
IO.inspect(GenServer.call({:via, Registry, {Reg, "c1"}}, :inc), label: "via call")
IO.inspect(Registry.lookup(Reg, "c1") == [{c, :initial}], label: "lookup with value")
IO.inspect(Counter.start_link("c1") == {:error, {:already_started, c}}, label: "already started")
IO.inspect(Registry.update_value(Reg, "c1", &(&1)), label: "update_value from another process")
{:ok, _} = Registry.register(Reg, "mine", 1)
IO.inspect(Registry.update_value(Reg, "mine", &(&1 + 1)), label: "update_value")
IO.inspect(Registry.lookup(Reg, "mine") |> Enum.map(&elem(&1, 1)), label: "mine")
IO.inspect(Registry.select(Reg, [{{:"$1", :_, :"$2"}, [], [{{:"$1", :"$2"}}]}]) |> Enum.sort(), label: "select")
Process.flag(:trap_exit, true)
{reason, {GenServer, :call, _}} = catch_self = (try do GenServer.call({:via, Registry, {Reg, "c1"}}, :self_call, 5000) catch :exit, e -> e end)
_ = catch_self
IO.inspect(reason, label: "call to itself")

tasks = [Task.async(fn -> :quick end), Task.async(fn -> Process.sleep(5000); :slow end)]
IO.inspect(Task.yield_many(tasks, 50) |> Enum.map(fn {_t, r} -> r end), label: "yield_many")
[_, slow] = tasks
IO.inspect(Task.shutdown(slow), label: "shutdown the slow one")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")

# Named servers through a Registry, as the DynamicSupervisor docs pair them: each child a
# GenServer named {:via, Registry, {Reg, id}}, found again by its id after a restart.
defmodule Account do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
  def via(id), do: {:via, Registry, {Accounts, id}}
  def deposit(id, n), do: GenServer.call(via(id), {:deposit, n})
  def balance(id), do: GenServer.call(via(id), :balance)

  def init(id), do: {:ok, {id, 0}}
  def handle_call({:deposit, n}, _from, {id, b}) when n > 0, do: {:reply, b + n, {id, b + n}}
  def handle_call(:balance, _from, {_, b} = s), do: {:reply, b, s}
end

Logger.configure(level: :none)
children = [
  {Registry, keys: :unique, name: Accounts},
  {DynamicSupervisor, strategy: :one_for_one, name: Accounts.Sup}
]
{:ok, _} = Supervisor.start_link(children, strategy: :rest_for_one)

{:ok, a} = DynamicSupervisor.start_child(Accounts.Sup, {Account, "a-1"})
{:ok, _} = DynamicSupervisor.start_child(Accounts.Sup, {Account, "b-2"})
IO.inspect(DynamicSupervisor.start_child(Accounts.Sup, {Account, "a-1"}) == {:error, {:already_started, a}})
IO.inspect(Account.deposit("a-1", 50))
IO.inspect(Account.deposit("a-1", 25))
IO.inspect(Account.deposit("b-2", 10))
IO.inspect(GenServer.whereis(Account.via("a-1")) == a)
IO.inspect(Registry.whereis_name({Accounts, "a-1"}) == a)
IO.inspect(Registry.whereis_name({Accounts, "zzz"}))
IO.inspect(Registry.keys(Accounts, a))
IO.inspect(Registry.count(Accounts))

# a bad deposit crashes the account during the call; the supervisor restarts it, empty
ref = Process.monitor(a)
try do
  Account.deposit("a-1", -5)
catch
  :exit, {{reason, _}, {GenServer, :call, _}} -> IO.inspect(reason, label: "call exited")
end
receive do: ({:DOWN, ^ref, :process, _, _} -> :ok)
new_a = fn wait ->
  case GenServer.whereis(Account.via("a-1")) do
    pid when is_pid(pid) and pid != a -> pid
    _ -> Process.sleep(5); wait.(wait)
  end
end
IO.inspect(new_a.(new_a) != a)
IO.inspect(Account.balance("a-1"))
IO.inspect(Account.balance("b-2"))

IO.inspect(Registry.send({Accounts, "b-2"}, :direct))
try do
  Registry.send({Accounts, "nobody"}, :lost)
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  Account.balance("nobody")
catch
  :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason, label: "nobody")
end

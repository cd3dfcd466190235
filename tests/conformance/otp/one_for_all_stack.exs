# :one_for_all and :rest_for_one as the book's Sequence stash example grows them: a
# crash in one child restarts its siblings (all, or those started after it); each child
# says when it starts, so the order shows
defmodule Part do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)

  def init(name) do
    IO.puts("starting #{name}")
    {:ok, name}
  end

  def handle_cast(:crash, name), do: raise("#{name} crashed")

  def terminate(reason, name) do
    IO.puts("#{name} terminating: #{inspect(reason)}")
  end
end

Logger.configure(level: :none)

for strategy <- [:one_for_all, :rest_for_one] do
  IO.puts("-- #{strategy}")
  children = for name <- [:a, :b, :c], do: Supervisor.child_spec({Part, name}, id: name)
  {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
  before = for name <- [:a, :b, :c], into: %{}, do: {name, Process.whereis(name)}
  ref = Process.monitor(Process.whereis(:b))
  GenServer.cast(:b, :crash)
  receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
  Process.sleep(50)
  for name <- [:a, :b, :c], do: IO.inspect({name, Process.whereis(name) != before[name]})
  Supervisor.stop(sup)
end

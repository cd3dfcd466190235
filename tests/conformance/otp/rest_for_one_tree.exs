# Supervision strategies as the Supervisor docs describe them: each worker reports when it
# starts, so the restarts a crash causes can be read in order, with no sleeping.
defmodule Worker do
  use GenServer

  def start_link({name, observer}) do
    GenServer.start_link(__MODULE__, {name, observer}, name: name)
  end

  def child_spec({name, observer}) do
    %{id: name, start: {__MODULE__, :start_link, [{name, observer}]}}
  end

  @impl true
  def init({name, observer}) do
    send(observer, {:started, name})
    {:ok, name}
  end

  @impl true
  def handle_cast(:crash, name), do: raise("#{name} crashed")
end

defmodule Tree do
  def run(strategy) do
    me = self()
    children = for name <- [:a, :b, :c], do: {Worker, {name, me}}
    {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
    IO.inspect(collect(3), label: "#{strategy} started")
    GenServer.cast(:b, :crash)
    expected = %{one_for_one: 1, one_for_all: 3, rest_for_one: 2}[strategy]
    IO.inspect(collect(expected), label: "#{strategy} after :b crashed")
    ids = for {id, pid, _, _} <- Supervisor.which_children(sup), is_pid(pid), do: id
    IO.inspect(ids, label: "running")
    Supervisor.stop(sup)
  end

  defp collect(0), do: []

  defp collect(n) do
    receive do
      {:started, name} -> [name | collect(n - 1)]
    end
  end
end

Logger.configure(level: :none)
Enum.each([:one_for_one, :one_for_all, :rest_for_one], &Tree.run/1)

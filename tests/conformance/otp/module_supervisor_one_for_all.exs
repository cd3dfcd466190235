defmodule Stack do
  use GenServer
  def start_link(state), do: GenServer.start_link(__MODULE__, state, name: __MODULE__)
  def init(s), do: {:ok, s}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_cast({:push, h}, t), do: {:noreply, [h | t]}
end

defmodule MyApp.Supervisor do
  use Supervisor

  def start_link(init_arg) do
    Supervisor.start_link(__MODULE__, init_arg, name: __MODULE__)
  end

  @impl true
  def init(_init_arg) do
    children = [
      {Stack, [:hello]},
      %{id: :agent, start: {Agent, :start_link, [fn -> 0 end, [name: MyAgent]]}},
      {Task.Supervisor, name: MyApp.TaskSupervisor}
    ]

    Supervisor.init(children, strategy: :one_for_all, max_restarts: 2, max_seconds: 5)
  end
end

{:ok, sup} = MyApp.Supervisor.start_link([])
IO.inspect MyApp.Supervisor.child_spec([])
IO.inspect Supervisor.count_children(sup)
IO.inspect Enum.map(Supervisor.which_children(MyApp.Supervisor), fn {id, p, t, m} -> {id, is_pid(p), t, m} end)
IO.inspect GenServer.call(Stack, :pop)
Agent.update(MyAgent, &(&1 + 1))
IO.inspect Agent.get(MyAgent, & &1)
task = Task.Supervisor.async(MyApp.TaskSupervisor, fn -> :done end)
IO.inspect Task.await(task)
ref = Process.monitor(Process.whereis(MyAgent))
GenServer.call(Stack, :pop) |> IO.inspect
catch_exit = fn f -> try do f.() catch :exit, r -> {:exit, r} end end
r = catch_exit.(fn -> GenServer.call(Stack, :pop) end)
IO.inspect elem(r, 0)
receive do {:DOWN, ^ref, _, _, reason} -> IO.inspect reason end
Process.sleep(50)
IO.inspect Agent.get(MyAgent, & &1)
IO.inspect GenServer.call(Stack, :pop)
IO.inspect :supervisor.get_callback_module(sup)
Process.flag(:trap_exit, true)
Process.link(sup)
for _ <- 1..3 do
  Process.exit(Process.whereis(Stack), :kill)
  Process.sleep(20)
end
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "sup exit")
after 1000 -> IO.puts "still up"
end

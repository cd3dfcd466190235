# The Task docs' pattern for a GenServer: start work with Task.Supervisor.async_nolink and
# take its result in handle_info as {ref, result}, demonitor with :flush; a crashing task
# arrives as {:DOWN, ref, :process, pid, reason} and the server lives on.
defmodule Worker do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def run(fun), do: GenServer.call(__MODULE__, {:run, fun})
  def results, do: GenServer.call(__MODULE__, :results)

  @impl true
  def init(:ok), do: {:ok, %{tasks: %{}, results: []}}

  @impl true
  def handle_call({:run, fun}, _from, state) do
    task = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fun)
    {:reply, :started, put_in(state.tasks[task.ref], map_size(state.tasks) + length(state.results) + 1)}
  end

  def handle_call(:results, _from, state), do: {:reply, Enum.reverse(state.results), state}

  @impl true
  def handle_info({ref, result}, state) when is_reference(ref) do
    Process.demonitor(ref, [:flush])
    {n, tasks} = Map.pop(state.tasks, ref)
    {:noreply, %{state | tasks: tasks, results: [{n, {:ok, result}} | state.results]}}
  end

  def handle_info({:DOWN, ref, :process, _pid, reason}, state) do
    {n, tasks} = Map.pop(state.tasks, ref)
    reason = if is_tuple(reason), do: elem(reason, 0).__struct__, else: reason
    {:noreply, %{state | tasks: tasks, results: [{n, {:down, reason}} | state.results]}}
  end
end

Logger.configure(level: :none)
children = [{Task.Supervisor, name: MyApp.TaskSupervisor}, Worker]
{:ok, _} = Supervisor.start_link(children, strategy: :one_for_one)
pid = Process.whereis(Worker)
IO.inspect(Worker.run(fn -> Process.sleep(30); :slow end), label: "run 1")
IO.inspect(Worker.run(fn -> raise ArgumentError end), label: "run 2")
IO.inspect(Worker.run(fn -> 6 * 7 end), label: "run 3")
IO.inspect(Worker.run(fn -> exit(:bye) end), label: "run 4")
Process.sleep(100)
IO.inspect(Worker.results() |> Enum.sort(), label: "results")
IO.inspect(Process.whereis(Worker) == pid, label: "same server")
IO.inspect(Task.Supervisor.children(MyApp.TaskSupervisor), label: "tasks left")

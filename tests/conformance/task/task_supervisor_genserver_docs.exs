defmodule MyApp.Server do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
  def init(_), do: {:ok, %{ref: nil, result: nil, waiting: nil}}

  def start_task(n), do: GenServer.call(__MODULE__, {:start_task, n})
  def result, do: GenServer.call(__MODULE__, :result)

  def handle_call({:start_task, n}, _from, %{ref: nil} = state) do
    task =
      Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn ->
        if n < 0, do: raise("negative")
        Process.sleep(300)
        n * 2
      end)
    {:reply, :ok, %{state | ref: task.ref}}
  end

  def handle_call({:start_task, _}, _from, state), do: {:reply, :already_running, state}
  def handle_call(:result, from, %{ref: nil} = state), do: {:reply, state.result, state}
  def handle_call(:result, from, state), do: {:noreply, %{state | waiting: from}}

  def handle_info({ref, answer}, %{ref: ref} = state) do
    Process.demonitor(ref, [:flush])
    if state.waiting, do: GenServer.reply(state.waiting, {:ok, answer})
    {:noreply, %{state | ref: nil, result: {:ok, answer}, waiting: nil}}
  end

  def handle_info({:DOWN, ref, :process, _pid, reason}, %{ref: ref} = state) do
    r = {:failed, elem(reason, 0).__struct__}
    if state.waiting, do: GenServer.reply(state.waiting, r)
    {:noreply, %{state | ref: nil, result: r, waiting: nil}}
  end
end

children = [
  {Task.Supervisor, name: MyApp.TaskSupervisor},
  MyApp.Server
]
{:ok, _} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect MyApp.Server.start_task(21)
IO.inspect MyApp.Server.start_task(1)
IO.inspect MyApp.Server.result()
IO.inspect MyApp.Server.start_task(-1)
IO.inspect MyApp.Server.result()
IO.inspect MyApp.Server.result()
stream = Task.async_stream(1..5, fn x -> x * x end, max_concurrency: 2)
IO.inspect Enum.to_list(stream)
IO.inspect Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 10); x end) |> Enum.map(fn {:ok, x} -> x end)
{:ok, sup} = Supervisor.start_link([{Task, fn -> IO.puts("task child ran") end}], strategy: :one_for_one)
Process.sleep(20)
IO.inspect Supervisor.which_children(sup)
defmodule MyTask do
  use Task, restart: :transient
  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])
  def run(arg), do: IO.puts("MyTask #{arg}")
end
IO.inspect MyTask.child_spec(:x)
{:ok, _} = Supervisor.start_link([{MyTask, :hello}], strategy: :one_for_one)
Process.sleep(20)

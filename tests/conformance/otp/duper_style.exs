# The shape of the book's Duper application: a Results server, a source of work, workers
# started under a DynamicSupervisor that each pull work until none is left, and a Gatherer
# that waits for every worker to report done, then prints the duplicates.
defmodule Duper.Results do
  use GenServer
  @me __MODULE__
  def start_link(_), do: GenServer.start_link(__MODULE__, :no_args, name: @me)
  def add_hash_for(path, hash), do: GenServer.cast(@me, {:add, path, hash})
  def find_duplicates(), do: GenServer.call(@me, :find_duplicates)
  def init(:no_args), do: {:ok, %{}}
  def handle_cast({:add, path, hash}, results) do
    {:noreply, Map.update(results, hash, [path], fn existing -> [path | existing] end)}
  end
  def handle_call(:find_duplicates, _from, results) do
    {:reply, results |> Map.values() |> Enum.filter(&(length(&1) > 1)) |> Enum.map(&Enum.sort/1) |> Enum.sort(), results}
  end
end

defmodule Duper.PathFinder do
  use GenServer
  @me PathFinder
  def start_link(paths), do: GenServer.start_link(__MODULE__, paths, name: @me)
  def next_path(), do: GenServer.call(@me, :next_path)
  def init(paths), do: {:ok, paths}
  def handle_call(:next_path, _from, []), do: {:reply, nil, []}
  def handle_call(:next_path, _from, [path | rest]), do: {:reply, path, rest}
end

defmodule Duper.WorkerSupervisor do
  use DynamicSupervisor
  @me WorkerSupervisor
  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, :no_args, name: @me)
  def init(:no_args), do: DynamicSupervisor.init(strategy: :one_for_one)
  def add_worker(), do: {:ok, _pid} = DynamicSupervisor.start_child(@me, Duper.Worker)
end

defmodule Duper.Worker do
  use GenServer, restart: :transient
  def start_link(_), do: GenServer.start_link(__MODULE__, :no_args)
  def init(:no_args) do
    Process.send_after(self(), :do_one_file, 0)
    {:ok, nil}
  end
  def handle_info(:do_one_file, _) do
    Duper.PathFinder.next_path() |> add_result()
  end
  defp add_result(nil) do
    Duper.Gatherer.done()
    {:stop, :normal, nil}
  end
  defp add_result(path) do
    Duper.Gatherer.result(path, hash_of_file_at(path))
    send(self(), :do_one_file)
    {:noreply, nil}
  end
  defp hash_of_file_at(path), do: :erlang.phash2(String.length(path))
end

defmodule Duper.Gatherer do
  use GenServer, restart: :transient
  @me Gatherer
  def start_link(worker_count), do: GenServer.start_link(__MODULE__, worker_count, name: @me)
  def done(), do: GenServer.cast(@me, :done)
  def result(path, hash), do: GenServer.cast(@me, {:result, path, hash})
  def init(worker_count) do
    Process.send_after(self(), :kickoff, 0)
    {:ok, worker_count}
  end
  def handle_info(:kickoff, worker_count) do
    1..worker_count |> Enum.each(fn _ -> Duper.WorkerSupervisor.add_worker() end)
    {:noreply, worker_count}
  end
  def handle_cast(:done, _worker_count = 1) do
    report_results()
    send(:main, :all_done)
    {:stop, :normal, 0}
  end
  def handle_cast(:done, worker_count), do: {:noreply, worker_count - 1}
  def handle_cast({:result, path, hash}, worker_count) do
    Duper.Results.add_hash_for(path, hash)
    {:noreply, worker_count}
  end
  defp report_results() do
    IO.puts("Results:\n")
    Duper.Results.find_duplicates() |> Enum.each(&IO.inspect/1)
  end
end

Process.register(self(), :main)
paths = ~w(a.txt bb.txt c.txt dd.txt eee.txt f.ex gg.ex hhh.ex i.md)
children = [
  Duper.Results,
  {Duper.PathFinder, paths},
  Duper.WorkerSupervisor,
  {Duper.Gatherer, 3}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all, name: Duper.Supervisor)
receive do
  :all_done -> IO.puts("\nall done")
end
# each worker stops right after its last cast: wait for them to be gone
wait = fn wait, tries ->
  case DynamicSupervisor.count_children(WorkerSupervisor) do
    %{active: 0} = counts -> counts
    _ when tries > 0 -> Process.sleep(5); wait.(wait, tries - 1)
    counts -> counts
  end
end
IO.inspect(wait.(wait, 200), label: "workers left")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, _} -> {id, type} end), label: "children")

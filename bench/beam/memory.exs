# Workload 2: memory per idle process. A holder process spawn_links n processes, each
# blocked in `receive`, keeping no list of them (a list of pids would itself count in
# :erlang.memory(:processes)). Per process = the growth of :erlang.memory(:processes) / n.
# Also reports :erlang.process_info(pid, :memory) of one idle process.
# Run with --erl "+P 2000000" (the default limit is 262,144 processes).
Code.require_file("common.exs", __DIR__)

defmodule MemoryBench do
  def run(n) do
    base = :erlang.system_info(:process_count)
    :erlang.garbage_collect()
    m0 = :erlang.memory(:processes)
    me = self()
    holder = spawn(fn -> hold(n, me) end)
    one =
      receive do
        {:ready, pid} -> pid
      end

    m1 = :erlang.memory(:processes)
    {:memory, one_bytes} = :erlang.process_info(one, :memory)
    Process.exit(holder, :kill)
    Bench.wait_processes(base)
    [{"bytes_per_process", (m1 - m0) / n}, {"process_info_memory", one_bytes * 1.0}]
  end

  defp hold(n, parent) do
    last = spawn_loop(n, nil)
    wait_started(last)
    send(parent, {:ready, last})
    receive do
      :never -> :ok
    end
  end

  defp spawn_loop(0, last), do: last

  defp spawn_loop(k, _) do
    pid = spawn_link(&idle/0)
    spawn_loop(k - 1, pid)
  end

  defp idle do
    receive do
      :never -> :ok
    end
  end

  # Until the last child has run and blocks in receive (the others ran before it).
  defp wait_started(pid) do
    case :erlang.process_info(pid, :status) do
      {:status, :waiting} ->
        Process.sleep(100)

      _ ->
        :erlang.yield()
        wait_started(pid)
    end
  end
end

Bench.run("memory", 200_000, &MemoryBench.run/1, warm_up: false)

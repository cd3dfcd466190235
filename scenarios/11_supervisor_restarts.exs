# A permanent worker that crashes is restarted; past max_restarts (3 in 5 s) the
# supervisor gives up and exits with :shutdown.
defmodule Worker do
  use Task, restart: :permanent

  def start_link(parent) do
    Task.start_link(fn ->
      send(parent, {:started, self()})
      receive do
        :crash -> raise "crash"
      end
    end)
  end
end

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{Worker, self()}], strategy: :one_for_one, max_restarts: 3, max_seconds: 5)
for n <- 1..4 do
  receive do
    {:started, pid} ->
      IO.puts "worker started (#{n})"
      send(pid, :crash)
  end
end
receive do
  {:EXIT, ^sup, reason} -> IO.puts "supervisor exited: #{inspect reason}"
end

# A {Task, fun} child under a Supervisor: Task's child spec is restart: :temporary,
# so a task that finishes (or crashes) is not restarted.
defmodule TaskChild do
  def run do
    parent = self()
    children = [
      {Task, fn -> send(parent, {:task_ran, self()}) end}
    ]
    IO.inspect Task.child_spec(:a_fun)
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    receive do
      {:task_ran, pid} ->
        IO.puts "the task ran"
        # wait for its end (:normal, or :noproc if it is already gone)
        ref = Process.monitor(pid)
        receive do
          {:DOWN, ^ref, :process, ^pid, _reason} -> IO.puts "the task ended"
        end
    end
    IO.inspect Supervisor.count_children(sup)
    IO.inspect Supervisor.which_children(sup)
  end
end

TaskChild.run()

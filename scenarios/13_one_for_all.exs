# :one_for_all: when one child dies, the others are stopped and all restart.
defmodule Named do
  def start_link(name, parent) do
    pid = spawn_link(fn ->
      send(parent, {:up, name})
      receive do
        :crash -> exit(:boom)
      end
    end)
    Process.register(pid, name)
    {:ok, pid}
  end

  def await_up(label) do
    for _ <- 1..3 do
      receive do
        {:up, name} -> IO.puts "#{label} #{name}"
      end
    end
  end
end

me = self()
children = for name <- [:a, :b, :c] do
  %{id: name, start: {Named, :start_link, [name, me]}}
end
{:ok, _sup} = Supervisor.start_link(children, strategy: :one_for_all)
Named.await_up("up")
send(:b, :crash)
Named.await_up("up again")
IO.inspect receive(do: ({:up, n} -> n), after: (10 -> :no_more))

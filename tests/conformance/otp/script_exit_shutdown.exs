# The script ends itself with exit({:shutdown, reason}): elixir's Kernel.CLI takes it as a
# clean end (status 0, nothing printed), as it does exit(:shutdown); {:shutdown, n} with an
# integer n would be the status n.
defmodule Worker do
  def run(parent) do
    send(parent, {:done, self()})
  end
end

pid = spawn(Worker, :run, [self()])
receive do
  {:done, ^pid} -> IO.puts("worker done")
end
IO.puts("stopping")
exit({:shutdown, :done})

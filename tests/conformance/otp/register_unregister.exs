defmodule Parallel do
  def pmap(collection, func) do
    me = self()
    collection
    |> Enum.map(fn (elem) -> spawn_link fn -> (send me, { self(), func.(elem) }) end end)
    |> Enum.map(fn (pid) -> receive do { ^pid, result } -> result end end)
  end
end
IO.inspect Parallel.pmap 1..10, &(&1 * &1)
defmodule Tracer do
  def dump_args(args), do: args |> Enum.map(&inspect/1) |> Enum.join(", ")
end
IO.puts Tracer.dump_args([1, :a, "b"])
Process.register(self(), :main)
send :main, :hello
receive do
  :hello -> IO.puts "got hello via name"
end
IO.inspect Process.whereis(:main) == self()
IO.inspect Process.registered() |> Enum.member?(:main)
Process.unregister(:main)
IO.inspect Process.whereis(:main)
try do
  send :nobody, :hi
rescue
  e -> IO.inspect e
end
IO.inspect Process.info(self(), :registered_name)
Process.register(self(), :again)
IO.inspect Process.info(self(), :registered_name)
try do
  Process.register(self(), :again2)
rescue
  e -> IO.inspect e
end
pid = spawn(fn -> receive do _ -> :ok end end)
try do
  Process.register(pid, :again)
rescue
  e -> IO.inspect e
end

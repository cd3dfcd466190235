# What Process.info shows of the script's own process: `elixir x.exs` runs it linked to one
# process of its own (the compiler's checker) and monitored by one; links the script makes
# come on top, and go with unlink and with a linked process's end.
{:links, links} = Process.info(self(), :links)
IO.puts("links at start: #{length(links)}")
{:monitored_by, by} = Process.info(self(), :monitored_by)
IO.puts("monitored by at start: #{length(by)}")

workers = for _ <- 1..3, do: spawn_link(fn -> receive do :stop -> :ok end end)
{:links, links} = Process.info(self(), :links)
IO.puts("links with 3 workers: #{length(links)}")
IO.inspect(Enum.all?(workers, &(&1 in links)), label: "all workers linked")

[first | rest] = workers
Process.unlink(first)
send(first, :stop)
{:links, links} = Process.info(self(), :links)
IO.puts("after unlink: #{length(links)}")

Enum.each(rest, &send(&1, :stop))
Process.sleep(20)
{:links, links} = Process.info(self(), :links)
IO.puts("after the workers ended: #{length(links)}")

me = self()
watcher = spawn(fn -> Process.monitor(me); receive do :stop -> :ok end end)
Process.sleep(10)
{:monitored_by, by} = Process.info(self(), :monitored_by)
IO.puts("monitored by with a watcher: #{length(by)}")
IO.inspect(watcher in by, label: "watcher among them")

{:ok, agent} = Agent.start_link(fn -> 0 end)
IO.inspect(Process.info(agent, :links), label: "agent's links are the script")
|> then(fn {:links, [p]} -> IO.inspect(p == self(), label: "the script") end)

task = Task.async(fn -> Process.info(me, :links) end)
{:links, links} = Task.await(task)
IO.puts("links seen from a task: #{length(links)}")
IO.puts("links at the end: #{length(elem(Process.info(self(), :links), 1))}")

# Logger as scripts use it: the level, configure/1, and the macros' laziness (a message
# the level drops is never evaluated). Logger's own output goes to stderr (not compared).
require Logger

defmodule Audit do
  require Logger

  def run(n) do
    Logger.info("audit #{n}")
    Logger.debug(fn -> IO.puts("debug message built for #{n}") && "dbg" end)
    n * 2
  end
end

IO.inspect(Logger.level(), label: "default level")
IO.inspect(Logger.info("hello"), label: "info returns")
IO.inspect(Audit.run(1), label: "run at :debug")

Logger.configure(level: :info)
IO.inspect(Logger.level(), label: "after configure")
Logger.debug(IO.puts("this is never evaluated"))
IO.inspect(Audit.run(2), label: "run at :info")

Logger.configure(level: :warn)
IO.inspect(Logger.level(), label: ":warn is")
IO.inspect(Logger.compare_levels(:debug, :info))
IO.inspect(Logger.compare_levels(:error, :warning))
IO.inspect(Logger.compare_levels(:info, :info))

Logger.log(:error, "via log/2")
Logger.warning("a warning", user: 1)

# :none silences everything, the crash reports of processes too
Logger.configure(level: :none)
pid = spawn(fn -> receive(do: (:go -> raise "quiet crash")) end)
ref = Process.monitor(pid)
send(pid, :go)
receive do
  {:DOWN, ^ref, :process, _, {error, _stack}} -> IO.inspect(error, label: "down")
end
Logger.error(IO.puts("not even an error is evaluated"))
IO.inspect(Logger.level())

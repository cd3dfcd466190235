# A caller that does not trap exits links to a server whose init/1 returns {:stop, reason}:
# start_link returns {:error, reason} but the exit signal follows at once, and the caller
# dies with that reason before its next receive or output.
defmodule Doomed do
  use GenServer
  def init(reason), do: {:stop, reason}
end

IO.puts("before")
result = GenServer.start_link(Doomed, :bad_init)
IO.inspect(result, label: "result")
IO.puts("never printed")

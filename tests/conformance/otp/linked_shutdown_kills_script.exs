# A linked process exits with {:shutdown, 4}: the exit signal kills the script, and elixir
# prints it as an EXIT with status 1 (the status n is only for the script's own exit).
IO.puts("before")
spawn_link(fn -> exit({:shutdown, 4}) end)
Process.sleep(1000)
IO.puts("never printed")

# Links and trap_exit with plain processes: exit reasons as a trapping parent sees them.
Process.flag(:trap_exit, true)
for fun <- [
      fn -> :ok end,
      fn -> exit(:bye) end,
      fn -> exit({:shutdown, :done}) end,
      fn -> 1 / 0 end,
      fn -> Map.fetch!(%{}, :k) end
    ] do
  pid = spawn_link(fun)
  receive do
    {:EXIT, ^pid, {error, [_ | _]}} -> IO.puts "error: #{inspect error}"
    {:EXIT, ^pid, reason} -> IO.puts "reason: #{inspect reason}"
  end
end
victim = spawn_link(fn -> Process.sleep(:infinity) end)
Process.exit(victim, :kill)
receive do
  {:EXIT, ^victim, reason} -> IO.puts "killed: #{inspect reason}"
end

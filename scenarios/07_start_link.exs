# Task.start_link: linked, no reply. A trapping caller sees each way a task
# ends as an :EXIT message.
Process.flag(:trap_exit, true)
show = fn fun ->
  {:ok, pid} = Task.start_link(fun)
  receive do
    {:EXIT, ^pid, {%RuntimeError{message: m}, _}} -> IO.puts "raise: #{m}"
    {:EXIT, ^pid, {{:nocatch, v}, _}} -> IO.puts "throw: #{inspect v}"
    {:EXIT, ^pid, reason} -> IO.puts "exit: #{inspect reason}"
  end
end
show.(fn -> raise "boom" end)
show.(fn -> throw :oops end)
show.(fn -> exit(:custom) end)
show.(fn -> :returned end)

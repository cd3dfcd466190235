# System.cmd/2,3 and System.find_executable/1 (outputs that depend on no path or clock)
IO.inspect(System.cmd("echo", ["hello", "world"]))
IO.inspect(System.cmd("sh", ["-c", "echo out; echo err >&2; exit 3"], stderr_to_stdout: true))
IO.inspect(System.cmd("sh", ["-c", "exit 7"]))
IO.inspect(System.cmd("sh", ["-c", "pwd"], cd: "/usr"))
IO.inspect(System.cmd("sh", ["-c", "echo $TASKPLAY_X-$TASKPLAY_Y"],
             env: [{"TASKPLAY_X", "bar"}, {"TASKPLAY_Y", nil}]))
IO.inspect(System.cmd("printf", ["a\\nb\\n"], into: []))
IO.inspect(System.cmd("true", [], into: []))
IO.inspect(System.cmd("/bin/sh", ["-c", "printf 'x%.0s' 1 2 3"]))
{out, 0} = System.cmd("sh", ["-c", "seq 1 20000"])
IO.inspect({byte_size(out), String.slice(out, -6, 6)})
IO.inspect(System.find_executable("/bin/sh"))
IO.inspect(System.find_executable("no_such_program_xyz"))
IO.inspect(System.find_executable("sh") |> is_binary())
System.cmd("echo", ["streamed"], into: IO.stream())

for f <- [fn -> System.cmd("no_such_program_xyz", []) end,
          fn -> System.cmd("echo", [:a]) end] do
  try do
    f.()
  rescue
    e ->
      IO.inspect(e)
      IO.puts(Exception.message(e))
  end
end

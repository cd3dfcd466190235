# Where a process writes: IO's device names and Erlang's (:standard_io, :standard_error,
# :user), the group leader's pid as a device, and :io's put_chars/nl/format as Erlang-minded
# code calls them, from the script and from spawned processes.
IO.puts(:stdio, "stdio")
IO.puts(:standard_io, "standard_io")
IO.write(:user, "user\n")
IO.puts(:standard_error, "to stderr: not on stdout")
IO.puts(Process.group_leader(), "the group leader")
IO.binwrite("binwrite\n")
:io.put_chars("put_chars\n")
:io.put_chars(:standard_io, ["iodata ", ?o, ?k, "\n"])
:io.nl()
:io.format("~s has ~b items~n", ["cart", 3])
:io.fwrite("~p~n", [%{a: 1}])

parent = self()
spawn(fn ->
  :io.put_chars("from a spawned process\n")
  IO.puts(Process.group_leader(), "its group leader is the same")
  send(parent, :done)
end)

receive do
  :done -> IO.puts("done")
end

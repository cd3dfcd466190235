# :io.format/fwrite/put_chars/nl/write go to the process's group leader, as IO.write does:
# a process whose group leader is a StringIO writes there (and so does a process it spawns,
# which inherits it); capture_io makes a StringIO the group leader, so it captures :io's
# output too, a spawned process's included. :standard_error and :user are not the leader.
{:ok, sio} = StringIO.open("")
parent = self()

spawn(fn ->
  Process.group_leader(self(), sio)
  :io.format("fmt ~p~n", [1])
  :io.format("fmt1~n")
  :io.format(:standard_io, "fmt3 ~s~n", ["x"])
  :io.fwrite("fw ~w~n", [3])
  :io.put_chars("pc1\n")
  :io.put_chars(:standard_io, ["pc", ?2, '\n'])
  :io.nl()
  :io.nl(:standard_io)
  :io.write({:a, 1})
  :io.write(:standard_io, [1, 2])
  :io.format(:standard_error, "to stderr~n", [])
  IO.puts("puts")
  spawn(fn ->
    :io.format("child ~p~n", [2])
    send(parent, :child_done)
  end)
  send(parent, :done)
end)

receive do: (:done -> :ok)
receive do: (:child_done -> :ok)
IO.inspect(StringIO.contents(sio))

IO.inspect(:io.format(sio, "to sio ~p~n", [:direct]))
IO.inspect(:io.put_chars(sio, "put to sio\n"))
IO.inspect(StringIO.contents(sio))

import ExUnit.CaptureIO

IO.inspect(
  capture_io(fn ->
    :io.format("in capture ~p~n", [:x])
    :io.put_chars("pc")
    :io.nl()
    :io.write(:w)
  end)
)

IO.inspect(
  capture_io(fn ->
    me = self()
    spawn(fn -> :io.format("spawned ~p~n", [:child]); send(me, :printed) end)
    receive do: (:printed -> :ok)
  end)
)

IO.inspect(capture_io("input\n", fn -> :io.format("read ~s", [IO.gets("prompt> ")]) end))
IO.inspect(with_io(fn -> :io.format("with_io~n"); :result end))

:io.format("after ~p~n", [:ok])
IO.inspect(:io.write(:x))
IO.inspect(:io.nl())
IO.inspect(:io.put_chars("y\n"))
IO.inspect(:io_lib.write({:a, [1, "b"]}) |> IO.chardata_to_string())

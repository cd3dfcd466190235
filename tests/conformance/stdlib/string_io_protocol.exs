# StringIO answers Erlang's I/O protocol as Elixir 1.14's: input that is no UTF-8 is an
# error for reads in :unicode (and is left unread), output it cannot translate is
# :no_translation, :io.get_password/1 reads a line, and get_until feeds a callback line by
# line
bad = <<130, 227, 129, 132, 227, 129, 134>>
{:ok, pid} = StringIO.open(bad)
IO.inspect IO.read(pid, :line)
IO.inspect IO.read(pid, 2)
IO.inspect IO.gets(pid, ">")
IO.inspect IO.getn(pid, ">", 2)
IO.inspect StringIO.contents(pid)
IO.inspect IO.binread(pid, 2)
try do
  IO.stream(pid, 2) |> Enum.to_list()
rescue
  e -> IO.inspect(e)
end

{:ok, pid} = StringIO.open("e\u0301x\r\nmore\n")
IO.inspect IO.read(pid, 1)
IO.inspect :io.get_password(pid)
IO.inspect :io.request(pid, {:get_line, ''})
IO.inspect :io.request(pid, {:get_chars, '', 1})

{:ok, pid} = StringIO.open("")
try do IO.write(pid, <<222>>) rescue e -> IO.inspect(e) end
try do IO.write(pid, [:a]) rescue e -> IO.puts(Exception.message(e)) end
IO.inspect IO.binwrite(pid, [<<1::1>>])
IO.inspect :io.request(pid, {:put_chars, :unicode, <<222>>})
IO.inspect :io.request(pid, {:put_chars, :latin1, [300]})
IO.inspect :io.request(pid, {:put_chars, :latin1, <<222>>})
IO.inspect StringIO.contents(pid)

{:ok, pid} = StringIO.open("", encoding: :latin1)
IO.inspect :io.request(pid, {:put_chars, :unicode, "é"})
IO.inspect :io.request(pid, {:put_chars, :unicode, "😀"})
IO.inspect StringIO.contents(pid)

defmodule Callbacks do
  def until_eof(continuation, :eof), do: {:done, continuation, :eof}
  def until_eof(continuation, content), do: {:more, continuation ++ content}

  def up_to_3(continuation, :eof), do: {:done, continuation, :eof}
  def up_to_3(continuation, content) do
    case continuation ++ content do
      [a, b, c | tail] -> {:done, [a, b, c], tail}
      chars -> {:more, chars}
    end
  end
end

{:ok, pid} = StringIO.open("abcdefg")
IO.inspect :io.request(pid, {:get_until, :unicode, "", Callbacks, :up_to_3, []})
IO.inspect IO.read(pid, :eof)
{:ok, pid} = StringIO.open("abc\r\nd", capture_prompt: true)
IO.inspect :io.request(pid, {:get_until, :unicode, ">", Callbacks, :until_eof, []})
IO.inspect StringIO.contents(pid)
{:ok, pid} = StringIO.open(bad)
IO.inspect :io.request(pid, {:get_until, :unicode, "", Callbacks, :until_eof, []})
IO.inspect :io.request(pid, {:get_until, :latin1, "", Callbacks, :until_eof, []})

# StringIO as its docs and the IO docs use it: a process that is an I/O device, reading
# from a string and collecting what is written to it
{:ok, pid} = StringIO.open("foo")
IO.inspect(IO.read(pid, 2))
IO.inspect(StringIO.contents(pid))

{:ok, pid} = StringIO.open("in")
IO.write(pid, "out")
IO.inspect(StringIO.contents(pid))
IO.inspect(StringIO.close(pid))
IO.inspect(Process.alive?(pid))

{:ok, pid} = StringIO.open("")
IO.write(pid, "foo")
IO.inspect(StringIO.flush(pid))
IO.inspect(StringIO.contents(pid))

IO.inspect(StringIO.open("foo", fn pid ->
  input = IO.gets(pid, ">")
  IO.write(pid, "The input was #{input}")
  StringIO.contents(pid)
end))

IO.inspect(StringIO.open("foo", [capture_prompt: true], fn pid ->
  input = IO.gets(pid, ">")
  IO.write(pid, "The input was #{input}")
  StringIO.contents(pid)
end))

# a device for code that reads lines and writes a report
defmodule Report do
  def run(device) do
    device
    |> IO.stream(:line)
    |> Enum.map(&String.trim/1)
    |> Enum.reject(&(&1 == ""))
    |> Enum.with_index(1)
    |> Enum.each(fn {line, n} -> IO.puts(device, "#{n}: #{String.upcase(line)}") end)
  end
end

{:ok, dev} = StringIO.open("alpha\n\nbeta\r\ngamma")
Report.run(dev)
{remaining, report} = StringIO.contents(dev)
IO.inspect(remaining)
IO.write(report)

{:ok, dev} = StringIO.open("one\ntwo\n")
IO.inspect(IO.gets(dev, ""))
IO.inspect(IO.read(dev, :line))
IO.inspect(IO.gets(dev, ""))
IO.inspect(IO.read(dev, :all))
IO.inspect(dev, %{a: [1, 2]}, label: "map")
IO.binwrite(dev, "bytes")
IO.inspect(StringIO.contents(dev))

{:ok, dev} = StringIO.open("héllo wörld")
IO.inspect(IO.read(dev, 4))
IO.inspect(IO.read(dev, :eof))
IO.inspect(IO.read(dev, :eof))

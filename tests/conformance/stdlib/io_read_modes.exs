# IO.read/getn/gets on a file opened with :charlist answer lists; IO.read(file, :all) at
# the end is "" or ''; IO.getn/3 with a count or :eof; IO.warn with a keyword's file
dir = Path.join(System.tmp_dir!(), "io_read_modes_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "a.txt")
File.write!(path, "FOO\nbar λ\n")

{:ok, file} = File.open(path, [:charlist])
IO.inspect IO.read(file, 3)
IO.inspect IO.gets(file, "")
IO.inspect IO.read(file, :all)
IO.inspect IO.read(file, :all)
IO.inspect IO.read(file, :line)
File.close(file)

{:ok, file} = File.open(path, [:charlist, :utf8])
IO.inspect IO.read(file, :eof)
File.close(file)

{:ok, file} = File.open(path, [:utf8])
IO.inspect IO.getn(file, "", 5)
IO.inspect IO.getn(file, "")
IO.inspect IO.getn(file, "", :eof)
IO.inspect IO.getn(file, "", :eof)
IO.inspect IO.read(file, :all)
File.close(file)

File.open!(path, [], fn f -> IO.inspect(IO.binread(f, :eof)) end)

ExUnit.start(seed: 0)
import ExUnit.CaptureIO
IO.inspect capture_io("hello", fn -> IO.write(IO.getn(">")) end)
IO.inspect capture_io("hello", fn -> IO.write(IO.getn(">", 3)) end)
IO.inspect capture_io("hello", fn -> IO.write(IO.getn(Process.group_leader(), ">")) end)
IO.inspect capture_io("hello", fn -> IO.write(IO.getn(Process.group_leader(), ">", 99)) end)
IO.inspect capture_io("a\nb\n", fn -> IO.inspect(IO.read(:stdio, :all)) end)

IO.inspect capture_io(:stderr, fn -> IO.warn("hi", file: "lib/foo.ex", module: Foo) end)
IO.inspect capture_io(:stderr, fn -> IO.warn("hi", file: "lib/foo.ex", line: 3, module: Foo, function: {:bar, 1}) end)
IO.inspect capture_io(:stderr, fn -> IO.warn("hi", line: 3) end)
IO.inspect capture_io(:stderr, fn -> IO.warn(:hi, []) end)
File.rm_rf!(dir)

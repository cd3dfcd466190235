# Files as Elixir's File and IO docs use them: write, read, append, open a device, stream lines
dir = Path.join(System.tmp_dir!(), "taskplay_files_#{:erlang.phash2(__DIR__)}")
File.rm_rf!(dir)
IO.inspect File.mkdir_p(Path.join(dir, "notes/old"))
IO.inspect File.exists?(dir)
IO.inspect File.dir?(dir)
path = Path.join(dir, "hello.txt")
IO.inspect File.write(path, "Hello\nWorld\n")
IO.inspect File.read(path)
IO.inspect File.regular?(path)
IO.inspect File.write(path, ["more ", 'lines', ?\n], [:append])
IO.inspect File.read!(path)
IO.inspect File.read(Path.join(dir, "missing.txt"))

# a device: File.open gives a pid that IO reads and writes
{:ok, file} = File.open(path, [:read])
IO.inspect is_pid(file)
IO.inspect IO.read(file, :line)
IO.inspect IO.binread(file, :line)
IO.inspect IO.read(file, :eof)
IO.inspect IO.read(file, :line)
IO.inspect File.close(file)

{:ok, file} = File.open(Path.join(dir, "out.txt"), [:write, :utf8])
IO.write(file, "Ol\u00e1, ")
IO.puts(file, "mundo")
IO.binwrite(file, "bytes\n")
IO.inspect(file, %{id: 1, tags: [:a, :b]}, label: "data")
File.close(file)
IO.write File.read!(Path.join(dir, "out.txt"))

{:ok, file} = File.open(Path.join(dir, "out.txt"), [:read, :utf8])
IO.inspect IO.read(file, 3)
IO.inspect IO.stream(file, :line) |> Enum.map(&String.trim/1)
File.close(file)

# File.open/3 closes the file after the function
File.open(path, [:append], fn f -> IO.write(f, "appended\n") end) |> IO.inspect()
File.open!(path, fn f -> IO.read(f, :eof) |> String.split("\n", trim: true) end) |> IO.inspect()

# streams of lines, as the book counts words
path
|> File.stream!()
|> Stream.map(&String.trim/1)
|> Stream.with_index(1)
|> Enum.each(fn {line, n} -> IO.puts("#{n}: #{line}") end)
IO.inspect File.stream!(path, [], 5) |> Enum.take(2)
longest = File.stream!(path) |> Enum.max_by(&String.length/1) |> String.trim()
IO.puts "longest: #{longest}"

# listing, copying, renaming, removing
File.write!(Path.join(dir, "notes/a.md"), "# A")
IO.inspect File.cp(Path.join(dir, "notes/a.md"), Path.join(dir, "notes/b.md"))
IO.inspect File.rename(Path.join(dir, "notes/b.md"), Path.join(dir, "notes/c.md"))
IO.inspect File.ls!(Path.join(dir, "notes")) |> Enum.sort()
IO.inspect File.touch(Path.join(dir, "notes/empty"))
IO.inspect File.read!(Path.join(dir, "notes/empty"))
IO.inspect File.rm(Path.join(dir, "notes/c.md"))
IO.inspect File.rm(Path.join(dir, "notes/c.md"))
IO.inspect File.mkdir(Path.join(dir, "notes"))
IO.inspect File.rmdir(Path.join(dir, "notes/old"))
IO.inspect File.ls(Path.join(dir, "nothing"))
IO.inspect File.read(dir)

# the bang functions raise File.Error
for fun <- [
      fn -> File.read!(Path.join(dir, "missing.txt")) end,
      fn -> File.ls!(Path.join(dir, "missing")) end,
      fn -> File.rm!(Path.join(dir, "missing.txt")) end,
      fn -> File.write!(Path.join(dir, "no/such/dir.txt"), "x") end,
      fn -> File.open!(Path.join(dir, "missing.txt")) end,
      fn -> File.stream!(Path.join(dir, "missing.txt")) |> Enum.to_list() end
    ] do
  try do
    fun.()
  rescue
    e in File.Error ->
      IO.puts(String.replace(Exception.message(e), dir, "DIR"))
      IO.inspect(e.reason)
  end
end

{:ok, removed} = File.rm_rf(dir)
IO.inspect length(removed)
IO.inspect File.exists?(dir)
File.read!(Path.join(dir, "gone.txt"))

# File.stream! and IO.stream are structs (%File.Stream{}, %IO.Stream{}): printed, walked
# lazily, counted, and collectable, so Enum.into/Stream.into write through them
dir = Path.join(System.tmp_dir!(), "io_file_streams_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "lines.txt")
File.write!(path, "one\ntwo\nthree\n")

IO.inspect File.stream!(path) |> Map.delete(:path)
IO.inspect File.stream!(path, [:utf8], 3) |> Map.delete(:path)
IO.inspect File.stream!(path, [read_ahead: false], 4).modes
IO.inspect File.stream!(path, [:read_ahead]).modes
IO.inspect IO.stream()
IO.inspect IO.stream(:stdio, 2)
IO.inspect IO.binstream(:stderr, :line)
IO.inspect IO.stream() == IO.stream(:stdio, :line)

IO.inspect File.stream!(path) |> Enum.map(&String.trim/1)
IO.inspect File.stream!(path) |> Enum.count()
IO.inspect File.stream!(path, [], 4) |> Enum.count()
IO.inspect File.stream!(path, [], 4) |> Enum.to_list()
IO.inspect Enum.member?(File.stream!(path), "two\n")
IO.inspect Enum.slice(File.stream!(path), 1..2)
IO.inspect File.stream!(path) |> Stream.map(&String.upcase/1) |> Enum.take(2)

out = Path.join(dir, "out.txt")
result = ["a\n", "b\n"] |> Enum.into(File.stream!(out))
IO.inspect result.line_or_bytes
IO.inspect File.read!(out)
File.stream!(path) |> Stream.map(&String.upcase/1) |> Stream.into(File.stream!(out)) |> Stream.run()
IO.inspect File.read!(out)
File.stream!(out, [:append]) |> then(&Enum.into(["more\n"], &1))
IO.inspect File.read!(out)

IO.inspect Enum.into(["x", "y", "\n"], IO.stream(:stdio, :line))
for line <- ["first", "second"], into: IO.stream(), do: line <> "\n"

try do
  File.stream!(Path.join(dir, "missing")) |> Enum.to_list()
rescue
  e in File.Error -> IO.puts Exception.message(e) |> String.replace(dir, "DIR")
end
File.rm_rf!(dir)

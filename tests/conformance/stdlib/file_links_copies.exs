# File's functions on links, copies and renames, in a fresh folder under the temp dir
dir = Path.join(System.tmp_dir!(), "taskplay_file_more_#{System.unique_integer([:positive])}")
File.rm_rf!(dir)
File.mkdir_p!(dir)
p = &Path.join(dir, &1)
rel = &Path.relative_to(&1, dir)

File.write!(p.("a.txt"), "alpha\n")
IO.inspect(File.cp(p.("a.txt"), p.("b.txt")))
IO.inspect(File.read!(p.("b.txt")))
IO.inspect(File.cp!(p.("a.txt"), p.("c.txt")))
IO.inspect(File.cp(p.("nope.txt"), p.("d.txt")))
IO.inspect(File.cp(p.("a.txt"), p.("no/such/dir.txt")))
IO.inspect(File.copy(p.("a.txt"), p.("e.txt")))
IO.inspect(File.copy(p.("a.txt"), p.("f.txt"), 3))
IO.inspect(File.read!(p.("f.txt")))
IO.inspect(File.copy!(p.("a.txt"), p.("g.txt")))
IO.inspect(File.copy(p.("nope.txt"), p.("g.txt")))
IO.inspect(File.rename(p.("g.txt"), p.("h.txt")))
IO.inspect(File.exists?(p.("g.txt")))
IO.inspect(File.rename!(p.("h.txt"), p.("i.txt")))
IO.inspect(File.rename(p.("nope.txt"), p.("j.txt")))
IO.inspect(File.ln(p.("a.txt"), p.("hard.txt")))
IO.inspect(File.stat!(p.("a.txt")).links)
IO.inspect(File.ln(p.("a.txt"), p.("hard.txt")))
IO.inspect(File.ln_s("a.txt", p.("soft.txt")))
IO.inspect(File.ln_s("a.txt", p.("soft.txt")))
IO.inspect(File.read!(p.("soft.txt")))
IO.inspect(File.read_link(p.("soft.txt")))
IO.inspect(File.read_link!(p.("soft.txt")))
IO.inspect(File.read_link(p.("a.txt")))
IO.inspect(File.read_link(p.("nope")))
IO.inspect(File.lstat!(p.("soft.txt")).type)
IO.inspect(File.stat!(p.("soft.txt")).type)
IO.inspect(File.lstat(p.("a.txt")) |> elem(1) |> Map.get(:size))
IO.inspect(File.lstat(p.("nope")))
IO.inspect(File.ln_s!("b.txt", p.("soft2.txt")))
IO.inspect(File.chmod(p.("a.txt"), 0o600))
IO.inspect(File.stat!(p.("a.txt")).mode |> Integer.to_string(8))
IO.inspect(File.chmod!(p.("a.txt"), 0o644))
IO.inspect(File.chmod(p.("nope"), 0o644))
File.mkdir_p!(p.("tree/sub"))
File.write!(p.("tree/x.txt"), "x")
File.write!(p.("tree/sub/y.txt"), "y")
{:ok, copied} = File.cp_r(p.("tree"), p.("tree2"))
IO.inspect(copied |> Enum.map(rel) |> Enum.sort())
IO.inspect(File.read!(p.("tree2/sub/y.txt")))
IO.inspect(File.cp_r!(p.("tree"), p.("tree3")) |> length())
IO.inspect(File.cp_r(p.("nope"), p.("tree4")) |> then(fn {:error, r, f} -> {:error, r, rel.(f)} end))
IO.inspect(Path.wildcard(p.("*.txt")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("**/*.txt")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("tree*/{x,z}.txt")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("[ab].txt")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("?.txt")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("tree/*/y.txt")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("tree/**")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("nothing*")))
File.write!(p.(".hidden"), "")
IO.inspect(Path.wildcard(p.("*hidden")) |> Enum.map(rel))
IO.inspect(Path.wildcard(p.("*hidden"), match_dot: true) |> Enum.map(rel))
IO.inspect(File.ls!(dir) |> Enum.sort())

for f <- [fn -> File.cp!(p.("nope.txt"), p.("z.txt")) end,
          fn -> File.rename!(p.("nope.txt"), p.("z.txt")) end,
          fn -> File.ln!(p.("a.txt"), p.("hard.txt")) end,
          fn -> File.ln_s!("a.txt", p.("soft.txt")) end,
          fn -> File.read_link!(p.("a.txt")) end,
          fn -> File.lstat!(p.("nope")) end,
          fn -> File.copy!(p.("nope"), p.("z")) end,
          fn -> File.chmod!(p.("nope"), 0o644) end,
          fn -> File.cp_r!(p.("nope"), p.("z")) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e) |> String.replace(dir, "DIR"))
  end
end

File.rm_rf!(dir)

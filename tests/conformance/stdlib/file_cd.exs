# File.cd/1, cd!/1 and cd!/2: the working directory moves, relative paths follow it, and
# cd!/2 comes back even when the function raises
base = Path.join(System.tmp_dir!(), "file_cd_#{System.unique_integer([:positive])}")
File.mkdir_p!(Path.join(base, "inner"))
start = File.cwd!()
IO.inspect File.cd(base)
IO.inspect File.cwd!() == base
File.write!("here.txt", "hello")
IO.inspect File.read!(Path.join(base, "here.txt"))
IO.inspect File.cd("no_such_dir")
IO.inspect :file.set_cwd('inner')
IO.inspect Path.basename(File.cwd!())
IO.inspect File.cd!("..")
IO.inspect File.cd!("inner", fn -> Path.basename(File.cwd!()) end)
IO.inspect File.cwd!() == base
try do
  File.cd!("inner", fn -> raise "inside" end)
rescue
  e -> IO.inspect {e.message, File.cwd!() == base}
end
try do
  File.cd!("nowhere")
rescue
  e in File.Error -> IO.puts Exception.message(e)
end
File.cd!(start)
File.rm_rf!(base)
IO.inspect File.cwd!() == start

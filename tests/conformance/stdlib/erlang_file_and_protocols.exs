# :file's everyday functions from Elixir, System.pid/0, and Protocol.assert_protocol!/1
path = Path.join(System.tmp_dir!(), "taskplay_erlang_file_#{:erlang.phash2(__DIR__)}.txt")
IO.inspect :file.write_file(path, "from :file\n")
IO.inspect :file.read_file(path)
IO.inspect :file.read_file(String.to_charlist(path))
IO.inspect :file.read_file(path <> ".missing")
{:ok, cwd} = :file.get_cwd()
IO.inspect is_list(cwd) and List.to_string(cwd) == File.cwd!()
IO.inspect File.rm(path)
IO.inspect System.pid() |> String.to_integer() |> is_integer()
IO.inspect Protocol.assert_protocol!(Enumerable)
IO.inspect Protocol.assert_protocol!(String.Chars)

defprotocol Shape do
  def area(shape)
end

IO.inspect Protocol.assert_protocol!(Shape)
for module <- [Enum, NotAModule] do
  try do
    Protocol.assert_protocol!(module)
  rescue
    e in ArgumentError -> IO.puts Exception.message(e)
  end
end

# Code.ensure_loaded/1 and friends, System.tmp_dir/0, and what a protocol says of itself
defprotocol Size do
  @doc "Calculates the size (and not the length!) of a data structure"
  def size(data)
end

defimpl Size, for: Map do
  def size(map), do: map_size(map)
end

IO.inspect Size.__protocol__(:module)
IO.inspect Size.__protocol__(:functions)
IO.inspect Size.__protocol__(:consolidated?)
IO.inspect Size.__protocol__(:impls)
IO.inspect Enumerable.__protocol__(:consolidated?)
IO.inspect String.Chars.__protocol__(:impls)
IO.inspect Code.ensure_loaded(Enum)
IO.inspect Code.ensure_loaded(:lists)
IO.inspect Code.ensure_loaded(Size)
IO.inspect Code.ensure_loaded(DoesNotExist)
IO.inspect Code.ensure_loaded?(String)
IO.inspect Code.ensure_loaded?(DoesNotExist)
IO.inspect Code.ensure_compiled(Size.Map)
IO.inspect Code.ensure_loaded!(Size)
if Code.ensure_loaded?(Jason), do: IO.puts("json"), else: IO.puts("no json")
IO.inspect is_binary(System.tmp_dir())
IO.inspect System.tmp_dir!() == System.tmp_dir()
IO.inspect System.argv()
try do
  Code.ensure_loaded!(DoesNotExist)
rescue
  e in ArgumentError -> IO.puts Exception.message(e)
end

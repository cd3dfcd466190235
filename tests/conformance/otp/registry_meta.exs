# Registry's metadata (meta:, meta/2, put_meta/3, delete_meta/2) and update_value/3, as
# the docs show them, and what they raise for an unknown registry
{:ok, _} = Registry.start_link(keys: :unique, name: Registry.MetaTest, meta: [custom_key: "custom_value"])
IO.inspect Registry.meta(Registry.MetaTest, :custom_key)
IO.inspect Registry.meta(Registry.MetaTest, :unknown_key)
IO.inspect Registry.put_meta(Registry.MetaTest, :custom_key, "new_value")
IO.inspect Registry.meta(Registry.MetaTest, :custom_key)
IO.inspect Registry.put_meta(Registry.MetaTest, {:tuple, :key}, [1, 2])
IO.inspect Registry.meta(Registry.MetaTest, {:tuple, :key})
IO.inspect Registry.delete_meta(Registry.MetaTest, :custom_key)
IO.inspect Registry.meta(Registry.MetaTest, :custom_key)

{:ok, _} = Registry.register(Registry.MetaTest, "counter", 1)
IO.inspect Registry.update_value(Registry.MetaTest, "counter", &(&1 + 1))
IO.inspect Registry.lookup(Registry.MetaTest, "counter") |> Enum.map(&elem(&1, 1))
IO.inspect Registry.update_value(Registry.MetaTest, "missing", &(&1 + 1))

task = Task.async(fn -> Registry.update_value(Registry.MetaTest, "counter", &(&1 * 10)) end)
IO.inspect Task.await(task)

{:ok, _} = Registry.start_link(keys: :duplicate, name: Registry.DupMeta)

for f <- [
      fn -> Registry.update_value(Registry.DupMeta, "k", & &1) end,
      fn -> Registry.meta(Registry.Nowhere, :key) end,
      fn -> Registry.put_meta(Registry.Nowhere, :key, 1) end,
      fn -> Registry.lookup(Registry.Nowhere, :key) end,
      fn -> Registry.register(Registry.Nowhere, :key, 1) end
    ] do
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

# Application's environment in a script (nothing configured): get_env with and without a
# default, put_env, fetch_env, fetch_env!, get_all_env, delete_env, the two errors of
# fetch_env!, and a value put by another process seen by all. Also :persistent_term.
IO.inspect(Application.get_env(:my_app, :pool_size))
IO.inspect(Application.get_env(:my_app, :pool_size, 10))
IO.inspect(Application.put_env(:my_app, :pool_size, 4))
IO.inspect(Application.get_env(:my_app, :pool_size, 10))
IO.inspect(Application.fetch_env(:my_app, :pool_size))
IO.inspect(Application.fetch_env(:my_app, :timeout))
IO.inspect(Application.fetch_env!(:my_app, :pool_size))
Application.put_env(:my_app, :pool_size, 8)
IO.inspect(Application.get_all_env(:my_app))
IO.inspect(Application.delete_env(:my_app, :pool_size))
IO.inspect(Application.get_env(:my_app, :pool_size))

for {app, key} <- [{:other_app, :missing}, {:logger, :missing}] do
  try do
    Application.fetch_env!(app, key)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

defmodule Shop.Settings do
  def pool, do: Application.get_env(:shop, :pool, 1)
end

parent = self()
spawn(fn ->
  Application.put_env(:shop, :pool, 25)
  send(parent, :configured)
end)
receive do
  :configured -> IO.inspect(Shop.Settings.pool(), label: "pool")
end

IO.inspect(:persistent_term.put(:greeting, "hello"))
IO.inspect(:persistent_term.get(:greeting))
IO.inspect(:persistent_term.get(:nope, :default))
IO.inspect(:persistent_term.erase(:greeting))
IO.inspect(:persistent_term.erase(:greeting))
try do
  :persistent_term.get(:greeting)
rescue
  e -> IO.inspect(e)
end

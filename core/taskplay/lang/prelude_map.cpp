// The prelude's Map (Elixir 1.14's): the functions that take funs or are built from
// :maps; the hot ones (get, put, fetch, ...) are natives (natives_map.cpp). Errors are
// :maps' ({:badmap, term}, {:badkey, key}), as Elixir's Map lets them through.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_map_source() {
  return R"elixir(
defmodule Map do
  def new(list) when is_list(list), do: :maps.from_list(list)
  def new(%{__struct__: _} = struct), do: :maps.from_list(Enum.to_list(struct))
  def new(%{} = map), do: map
  def new(enumerable), do: :maps.from_list(Enum.to_list(enumerable))
  def new(enumerable, transform) when is_function(transform, 1),
    do: :maps.from_list(Enum.map(enumerable, transform))

  def from_keys(keys, value), do: :maps.from_keys(keys, value)

  def replace(map, key, value) do
    case map do
      %{^key => _} -> :maps.update(key, value, map)
      %{} -> map
      other -> :erlang.error({:badmap, other})
    end
  end
  def replace!(map, key, value), do: :maps.update(key, value, map)
  def replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1) do
    case map do
      %{^key => value} -> :maps.update(key, fun.(value), map)
      %{} -> map
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :erlang.error({:badmap, other}, [map, key, fun])
    end
  end

  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> :maps.update(key, fun.(value), map)
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other}, [map, key, default, fun])
    end
  end
  def update!(map, key, fun) when is_function(fun, 1) do
    value = Map.fetch!(map, key)
    :maps.update(key, fun.(value), map)
  end

  def merge(map1, map2, fun) when is_function(fun, 3) do
    # walk the smaller map, as Elixir does (the order fun sees the keys in)
    if map_size(map1) > map_size(map2) do
      :maps.fold(fn key, value2, acc -> update(acc, key, value2, fn value1 -> fun.(key, value1, value2) end) end, map1, map2)
    else
      :maps.fold(fn key, value1, acc -> update(acc, key, value1, fn value2 -> fun.(key, value1, value2) end) end, map2, map1)
    end
  end

  def pop(map, key), do: pop(map, key, nil)
  def pop(map, key, default) do
    case :maps.take(key, map) do
      {_, _} = taken -> taken
      :error -> {default, map}
    end
  end
  def pop!(map, key) do
    case :maps.take(key, map) do
      {_, _} = taken -> taken
      :error -> raise KeyError, key: key, term: map
    end
  end
  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case :maps.take(key, map) do
      {_, _} = taken -> taken
      :error -> {fun.(), map}
    end
  end

  def take(map, keys) when is_map(map) and is_list(keys), do: :maps.with(keys, map)
  def take(map, keys) when is_map(map), do: take(map, Enum.to_list(keys))
  def take(other, _keys), do: :erlang.error({:badmap, other})

  def drop(map, keys) when is_map(map) and is_list(keys), do: :maps.without(keys, map)
  def drop(map, keys) when is_map(map), do: drop(map, Enum.to_list(keys))
  def drop(other, keys), do: :erlang.error({:badmap, other}, [other, keys])

  def split(map, keys) when is_map(map) and is_list(keys), do: {:maps.with(keys, map), :maps.without(keys, map)}
  def split(map, keys) when is_map(map), do: split(map, Enum.to_list(keys))
  def split(other, keys), do: :erlang.error({:badmap, other}, [other, keys])

  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current = Map.get(map, key)
    case fun.(current) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {current, :maps.remove(key, map)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end
  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value = Map.fetch!(map, key)
    case fun.(value) do
      {get, update} -> {get, :maps.update(key, update, map)}
      :pop -> {value, :maps.remove(key, map)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  def from_struct(%{__struct__: _} = struct), do: :maps.remove(:__struct__, struct)

  def equal?(%{} = map1, %{} = map2), do: map1 === map2
  def equal?(%{} = map1, map2), do: :erlang.error({:badmap, map2}, [map1, map2])
  def equal?(term, other), do: :erlang.error({:badmap, term}, [term, other])

  def size(map), do: map_size(map)

  def filter(map, fun) when is_map(map) and is_function(fun, 1),
    do: :maps.from_list(for pair <- :taskplay.map_iteration(map), fun.(pair), do: pair)
  def reject(map, fun) when is_map(map) and is_function(fun, 1),
    do: :maps.from_list(for pair <- :taskplay.map_iteration(map), !fun.(pair), do: pair)
  def map(map, fun) when is_map(map), do: :maps.map(fn k, v -> fun.({k, v}) end, map)
end
)elixir";
}

}  // namespace taskplay::lang

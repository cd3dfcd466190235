// The prelude's Access: fetch/get/get_and_update/pop on maps, keyword lists and nil, and
// the accessor funs get_in/put_in/update_in take in their paths (key, key!, elem, all, at,
// at!, filter), with Elixir 1.14's errors. Structs do not implement Access (as in Elixir,
// where a struct needs its own fetch/2 and friends).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_access_source() {
  return R"elixir(
defmodule Access do
  # a struct's module has no fetch/get_and_update/pop: the UndefinedFunctionError says why
  def __no_access__(module, function, arity) do
    raise UndefinedFunctionError,
      module: module, function: function, arity: arity,
      reason: "#{inspect(module)} does not implement the Access behaviour. If you are using " <>
                "get_in/put_in/update_in, you can specify the field to be accessed using Access.key!/1"
  end

  def fetch(%{__struct__: module}, _key),
    do: __no_access__(module, :fetch, 2)
  def fetch(map, key) when is_map(map), do: Map.fetch(map, key)
  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end
  def fetch(list, key) when is_list(list),
    do: raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key))
  def fetch(nil, _key), do: :error

  def fetch!(container, key) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: container
    end
  end

  def get(container, key, default \\ nil)
  def get(%{__struct__: module}, _key, _default),
    do: __no_access__(module, :fetch, 2)
  def get(map, key, default) when is_map(map), do: Map.get(map, key, default)
  def get(list, key, default) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> default
    end
  end
  def get(list, key, _default) when is_list(list),
    do: raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key))
  def get(nil, _key, default), do: default

  def get_and_update(%{__struct__: module}, _key, _fun),
    do: __no_access__(module, :get_and_update, 3)
  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)
  def get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)
  def get_and_update(nil, key, _fun),
    do: raise(ArgumentError, "could not put/update key #{inspect(key)} on a nil value")

  def pop(%{__struct__: module}, _key),
    do: __no_access__(module, :pop, 2)
  def pop(map, key) when is_map(map), do: Map.pop(map, key)
  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)
  def pop(nil, key), do: raise(ArgumentError, "could not pop key #{inspect(key)} on a nil value")

  # [SECTION] Accessors: funs of (:get | :get_and_update, data, next)
  def key(key, default \\ nil) do
    fn
      :get, data, next -> next.(Map.get(data, key, default))
      :get_and_update, data, next ->
        current = Map.get(data, key, default)
        case next.(current) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {current, Map.delete(data, key)}
        end
    end
  end

  def key!(key) do
    fn
      :get, %{} = data, next -> next.(Map.fetch!(data, key))
      :get_and_update, %{} = data, next ->
        current = Map.fetch!(data, key)
        case next.(current) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {current, Map.delete(data, key)}
        end
      _op, data, _next -> raise "Access.key!/1 expected a map/struct, got: #{inspect(data)}"
    end
  end

  def elem(index) when is_integer(index) and index >= 0 do
    fn
      :get, data, next when is_tuple(data) -> next.(Kernel.elem(data, index))
      :get_and_update, data, next when is_tuple(data) ->
        case next.(Kernel.elem(data, index)) do
          {get, update} -> {get, put_elem(data, index, update)}
          :pop -> raise "cannot pop data from a tuple"
        end
      _op, data, _next -> raise "Access.elem/1 expected a tuple, got: #{inspect(data)}"
    end
  end

  def all() do
    fn
      :get, data, next when is_list(data) -> Enum.map(data, next)
      :get_and_update, data, next when is_list(data) -> each_get_and_update(data, next, fn _item, _index -> true end)
      _op, data, _next -> raise "Access.all/0 expected a list, got: #{inspect(data)}"
    end
  end

  def filter(fun) when is_function(fun) do
    fn
      :get, data, next when is_list(data) -> data |> Enum.filter(fun) |> Enum.map(next)
      :get_and_update, data, next when is_list(data) ->
        each_get_and_update(data, next, fn item, _index -> fun.(item) end)
      _op, data, _next -> raise "Access.filter/1 expected a list, got: #{inspect(data)}"
    end
  end

  def slice(%{__struct__: Range, step: step} = range) do
    if step > 0 do
      fn
        :get, data, next when is_list(data) -> data |> Enum.slice(range) |> Enum.map(next)
        :get_and_update, data, next when is_list(data) ->
          %{first: first, last: last} = range = slice_range(range, data)
          if first > last,
            do: {[], data},
            else: each_get_and_update(data, next, fn _item, index -> index in range end)
        _op, data, _next -> raise ArgumentError, "Access.slice/1 expected a list, got: #{inspect(data)}"
      end
    else
      raise ArgumentError, "Access.slice/1 does not accept ranges with negative steps, got: #{inspect(range)}"
    end
  end

  defp slice_range(%{first: first, last: last, step: step} = range, list) do
    if first < 0 or last < 0 do
      count = length(list)
      first = if first >= 0, do: first, else: Kernel.max(first + count, 0)
      last = if last >= 0, do: last, else: last + count
      Range.new(first, last, step)
    else
      range
    end
  end

  # The items `pick.(item, index)` chooses go through next (got, and updated or popped);
  # the others stay as they are.
  defp each_get_and_update(list, next, pick), do: each_get_and_update(list, next, pick, [], [], 0)
  defp each_get_and_update([], _next, _pick, gets, updates, _index),
    do: {:lists.reverse(gets), :lists.reverse(updates)}
  defp each_get_and_update([item | rest], next, pick, gets, updates, index) do
    if pick.(item, index) do
      case next.(item) do
        {get, update} -> each_get_and_update(rest, next, pick, [get | gets], [update | updates], index + 1)
        :pop -> each_get_and_update(rest, next, pick, [item | gets], updates, index + 1)
      end
    else
      each_get_and_update(rest, next, pick, gets, [item | updates], index + 1)
    end
  end

  def at(index) when is_integer(index) do
    fn
      :get, data, next when is_list(data) -> next.(Enum.at(data, index))
      :get_and_update, data, next when is_list(data) -> update_at(data, index, next, fn -> nil end)
      _op, data, _next -> raise "Access.at/1 expected a list, got: #{inspect(data)}"
    end
  end

  def at!(index) when is_integer(index) do
    fn
      :get, data, next when is_list(data) ->
        case Enum.fetch(data, index) do
          {:ok, value} -> next.(value)
          :error -> raise Enum.OutOfBoundsError
        end
      :get_and_update, data, next when is_list(data) ->
        update_at(data, index, next, fn -> raise Enum.OutOfBoundsError end)
      _op, data, _next -> raise "Access.at!/1 expected a list, got: #{inspect(data)}"
    end
  end

  defp update_at(list, index, next, missing) when index < 0 do
    if length(list) + index >= 0, do: update_at(list, length(list) + index, next, missing), else: {missing.(), list}
  end
  defp update_at(list, index, next, missing) do
    case Enum.split(list, index) do
      {before, [item | rest]} ->
        case next.(item) do
          {get, update} -> {get, before ++ [update | rest]}
          :pop -> {item, before ++ rest}
        end
      {_, []} -> {missing.(), list}
    end
  end
end

)elixir";
}

}  // namespace taskplay::lang

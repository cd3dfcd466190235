// The prelude's Keyword (Elixir 1.14's): keyword lists may repeat a key; get/fetch see the
// first, put/delete/update take every one away, as Elixir's do.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_keyword_source() {
  return R"elixir(
defmodule Keyword do
  def from_keys(keys, value) when is_list(keys), do: :lists.map(fn key -> {key, value} end, keys)

  def keyword?([{key, _value} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_other), do: false

  def new(), do: []
  def new(pairs), do: new(pairs, fn pair -> pair end)
  def new(pairs, transform) when is_function(transform, 1) do
    # the last of duplicate keys wins, in the order of their last appearance
    :lists.foldl(fn x, acc ->
      {key, value} = transform.(x)
      put_new(acc, key, value)
    end, [], Enum.reverse(pairs))
  end

  def get(keywords, key), do: get(keywords, key, nil)
  def get(keywords, key, default) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end
  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end
  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end
  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords
    end
  end
  def get_values(keywords, key) when is_list(keywords) and is_atom(key) do
    for {^key, value} <- keywords, do: value
  end
  def has_key?(keywords, key) when is_list(keywords) and is_atom(key), do: :lists.keymember(key, 1, keywords)

  def keys(keywords) when is_list(keywords) do
    :lists.map(fn
      {key, _} when is_atom(key) -> key
      other ->
        raise ArgumentError,
              "expected a keyword list, but an entry in the list is not a two-element tuple " <>
                "with an atom as its first element, got: #{inspect(other)}"
    end, keywords)
  end
  def values(keywords) when is_list(keywords), do: :lists.map(fn {_, v} -> v end, keywords)
  def to_list(keywords) when is_list(keywords), do: keywords
  def size(keywords), do: length(keywords)

  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key),
    do: get_and_update(keywords, [], key, fun)
  defp get_and_update([{key, current} | rest], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | rest])}
      :pop -> {current, :lists.reverse(acc, rest)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end
  defp get_and_update([{_, _} = pair | rest], acc, key, fun), do: get_and_update(rest, [pair | acc], key, fun)
  defp get_and_update([], acc, key, fun) do
    case fun.(nil) do
      {get, value} -> {get, [{key, value} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  def get_and_update!(keywords, key, fun), do: get_and_update!(keywords, key, fun, [])
  defp get_and_update!([{key, value} | rest], key, fun, acc) do
    case fun.(value) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | delete(rest, key)])}
      :pop -> {value, :lists.reverse(acc, rest)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end
  defp get_and_update!([{_, _} = pair | rest], key, fun, acc), do: get_and_update!(rest, key, fun, [pair | acc])
  defp get_and_update!([], key, _fun, acc) when is_atom(key), do: raise(KeyError, key: key, term: acc)

  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords), do: delete_key(keywords, key), else: keywords
  end
  defp delete_key([{key, _} | rest], key), do: delete_key(rest, key)
  defp delete_key([{_, _} = pair | rest], key), do: [pair | delete_key(rest, key)]
  defp delete_key([], _key), do: []

  def delete(keywords, key, value) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords),
      do: for(pair <- keywords, pair !== {key, value}, do: pair),
      else: keywords
  end

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords), do: delete_first_key(keywords, key), else: keywords
  end
  defp delete_first_key([{key, _} | rest], key), do: rest
  defp delete_first_key([{_, _} = pair | rest], key), do: [pair | delete_first_key(rest, key)]
  defp delete_first_key([], _key), do: []

  def put(keywords, key, value) when is_list(keywords) and is_atom(key), do: [{key, value} | delete(keywords, key)]
  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end
  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key), do: replace_first(keywords, key, fn _ -> value end)
  def replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1),
    do: replace_first(keywords, key, fun)
  defp replace_first([{key, value} | rest], key, fun), do: [{key, fun.(value)} | delete(rest, key)]
  defp replace_first([{_, _} = pair | rest], key, fun), do: [pair | replace_first(rest, key, fun)]
  defp replace_first([], _key, _fun), do: []

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: replace!(keywords, key, value, keywords)
  defp replace!([{key, _} | rest], key, value, _original), do: [{key, value} | delete(rest, key)]
  defp replace!([{_, _} = pair | rest], key, value, original), do: [pair | replace!(rest, key, value, original)]
  defp replace!([], key, _value, original), do: raise(KeyError, key: key, term: original)

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1),
    do: update!(keywords, key, fun, keywords)
  defp update!([{key, value} | rest], key, fun, _original), do: [{key, fun.(value)} | delete(rest, key)]
  defp update!([{_, _} = pair | rest], key, fun, original), do: [pair | update!(rest, key, fun, original)]
  defp update!([], key, _fun, original), do: raise(KeyError, key: key, term: original)

  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1),
    do: update_or_add(keywords, key, default, fun)
  defp update_or_add([{key, value} | rest], key, _default, fun), do: [{key, fun.(value)} | delete(rest, key)]
  defp update_or_add([{_, _} = pair | rest], key, default, fun), do: [pair | update_or_add(rest, key, default, fun)]
  defp update_or_add([], key, default, _fun), do: [{key, default}]

  def equal?(left, right) when is_list(left) and is_list(right), do: :lists.sort(left) === :lists.sort(right)

  def merge(keywords1, []) when is_list(keywords1), do: keywords1
  def merge([], keywords2) when is_list(keywords2), do: keywords2
  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    if keyword?(keywords2) do
      :lists.filter(fn
        {key, _value} when is_atom(key) -> not has_key?(keywords2, key)
        _ -> raise ArgumentError, "expected a keyword list as the first argument, got: #{inspect(keywords1)}"
      end, keywords1) ++ keywords2
    else
      raise ArgumentError, "expected a keyword list as the second argument, got: #{inspect(keywords2)}"
    end
  end
  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    if keyword?(keywords1),
      do: merge_with(keywords2, [], keywords1, keywords1, fun, keywords2),
      else: raise(ArgumentError, "expected a keyword list as the first argument, got: #{inspect(keywords1)}")
  end
  defp merge_with([{key, value2} | rest], acc, kept, original, fun, keywords2) when is_atom(key) do
    case :lists.keyfind(key, 1, original) do
      {^key, value1} ->
        merge_with(rest, [{key, fun.(key, value1, value2)} | acc], delete(kept, key),
                   :lists.keydelete(key, 1, original), fun, keywords2)
      false -> merge_with(rest, [{key, value2} | acc], kept, original, fun, keywords2)
    end
  end
  defp merge_with([], acc, kept, _original, _fun, _keywords2), do: kept ++ :lists.reverse(acc)
  defp merge_with(_other, _acc, _kept, _original, _fun, keywords2),
    do: raise(ArgumentError, "expected a keyword list as the second argument, got: #{inspect(keywords2)}")

  def split(keywords, keys) when is_list(keywords) and is_list(keys) do
    {take, drop} =
      :lists.foldl(fn {k, v}, {take, drop} ->
        if k in keys, do: {[{k, v} | take], drop}, else: {take, [{k, v} | drop]}
      end, {[], []}, keywords)
    {:lists.reverse(take), :lists.reverse(drop)}
  end
  def take(keywords, keys) when is_list(keywords) and is_list(keys),
    do: :lists.filter(fn {k, _} -> :lists.member(k, keys) end, keywords)
  def drop(keywords, keys) when is_list(keywords) and is_list(keys),
    do: :lists.filter(fn {k, _} -> not :lists.member(k, keys) end, keywords)

  def pop(keywords, key), do: pop(keywords, key, nil)
  def pop(keywords, key, default) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end
  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end
  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end
  def pop_values(keywords, key) when is_list(keywords) and is_atom(key) do
    {values, rest} =
      :lists.foldl(fn
        {^key, value}, {values, rest} -> {[value | values], rest}
        {_, _} = pair, {values, rest} -> {values, [pair | rest]}
      end, {[], []}, keywords)
    {:lists.reverse(values), :lists.reverse(rest)}
  end
  def pop_first(keywords, key), do: pop_first(keywords, key, nil)
  def pop_first(keywords, key, default) when is_list(keywords) and is_atom(key) do
    case :lists.keytake(key, 1, keywords) do
      {:value, {^key, value}, rest} -> {value, rest}
      false -> {default, keywords}
    end
  end

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1),
    do: for({_, _} = pair <- keywords, fun.(pair), do: pair)
  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1),
    do: for({_, _} = pair <- keywords, !fun.(pair), do: pair)
  def map(keywords, fun) when is_list(keywords), do: Enum.map(keywords, fn {k, v} -> {k, fun.({k, v})} end)

  def validate(keyword, values) when is_list(keyword) and is_list(values),
    do: validate(keyword, values, [], [], [])
  defp validate([{key, _} = pair | rest], values1, values2, acc, bad) when is_atom(key) do
    case find_key(key, values1, values2) do
      {values1, values2} -> validate(rest, values1, values2, [pair | acc], bad)
      :error ->
        case find_key(key, values2, values1) do
          {values1, values2} -> validate(rest, values1, values2, [pair | acc], bad)
          :error -> validate(rest, values1, values2, acc, [key | bad])
        end
    end
  end
  defp validate([], values1, values2, acc, []), do: {:ok, move_pairs(values1, move_pairs(values2, acc))}
  defp validate([], _values1, _values2, _acc, bad), do: {:error, bad}
  defp validate([pair | _], _values1, _values2, _acc, []),
    do: raise(ArgumentError, "expected a keyword list as first argument, got invalid entry: #{inspect(pair)}")
  defp find_key(key, [key | rest], acc), do: {rest, acc}
  defp find_key(key, [{key, _} | rest], acc), do: {rest, acc}
  defp find_key(key, [head | tail], acc), do: find_key(key, tail, [head | acc])
  defp find_key(_key, [], _acc), do: :error
  defp move_pairs([key | rest], acc) when is_atom(key), do: move_pairs(rest, acc)
  defp move_pairs([{key, _} = pair | rest], acc) when is_atom(key), do: move_pairs(rest, [pair | acc])
  defp move_pairs([], acc), do: acc
  defp move_pairs([other | _], _acc),
    do: raise(ArgumentError, "expected the second argument to be a list of atoms or tuples, got: #{inspect(other)}")

  def validate!(keyword, values) do
    case validate(keyword, values) do
      {:ok, keyword} -> keyword
      {:error, invalid} ->
        keys = for value <- values, do: if(is_atom(value), do: value, else: elem(value, 0))
        message =
          case Enum.split_with(invalid, &(&1 in keys)) do
            {_, [_ | _] = unknown} ->
              "unknown keys #{inspect(unknown)} in #{inspect(keyword)}, the allowed keys are: #{inspect(keys)}"
            {[_ | _] = known, _} -> "duplicate keys #{inspect(known)} in #{inspect(keyword)}"
          end
        raise ArgumentError, message
    end
  end
end
)elixir";
}

}  // namespace taskplay::lang

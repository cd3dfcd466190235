// The prelude's List (Elixir 1.14's), over :lists and :erlang. Positions count from 0 as
// Elixir's do (the :lists key functions count from 1).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_list_source() {
  return R"elixir(
defmodule List do
  def delete([element | rest], element), do: rest
  def delete([other | rest], element), do: [other | delete(rest, element)]
  def delete([], _element), do: []

  def duplicate(element, n), do: :lists.duplicate(n, element)
  def flatten(list), do: :lists.flatten(list)
  def flatten(list, tail), do: :lists.flatten(list, tail)
  def foldl(list, acc, fun) when is_list(list) and is_function(fun), do: :lists.foldl(fun, acc, list)
  def foldr(list, acc, fun) when is_list(list) and is_function(fun), do: :lists.foldr(fun, acc, list)

  def first(list), do: first(list, nil)
  def first([], default), do: default
  def first([head | _], _default), do: head
  def last(list), do: last(list, nil)
  def last([], default), do: default
  def last([head], _default), do: head
  def last([_ | tail], default), do: last(tail, default)

  def keyfind(list, key, position), do: keyfind(list, key, position, nil)
  def keyfind(list, key, position, default) when is_integer(position),
    do: :lists.keyfind(key, position + 1, list) || default
  def keyfind!(list, key, position) when is_integer(position) do
    :lists.keyfind(key, position + 1, list) ||
      raise KeyError, key: key, term: list,
        message: "key #{inspect(key)} at position #{inspect(position)} not found in: #{inspect(list)}"
  end
  def keymember?(list, key, position) when is_integer(position), do: :lists.keymember(key, position + 1, list)
  def keyreplace(list, key, position, new_tuple) when is_integer(position),
    do: :lists.keyreplace(key, position + 1, list, new_tuple)
  def keystore(list, key, position, new_tuple) when is_integer(position),
    do: :lists.keystore(key, position + 1, list, new_tuple)
  def keydelete(list, key, position) when is_integer(position), do: :lists.keydelete(key, position + 1, list)
  def keytake(list, key, position) when is_integer(position) do
    case :lists.keytake(key, position + 1, list) do
      {:value, element, rest} -> {element, rest}
      false -> nil
    end
  end

  def keysort(list, position), do: keysort(list, position, :asc)
  def keysort(list, position, :asc) when is_list(list) and is_integer(position), do: :lists.keysort(position + 1, list)
  def keysort(list, position, sorter) when is_list(list) and is_integer(position) do
    p = position + 1
    fun =
      case sorter do
        :desc -> fn a, b -> :erlang.element(p, a) >= :erlang.element(p, b) end
        {:asc, module} -> fn a, b -> module.compare(:erlang.element(p, a), :erlang.element(p, b)) != :gt end
        {:desc, module} -> fn a, b -> module.compare(:erlang.element(p, a), :erlang.element(p, b)) != :lt end
        f when is_function(f, 2) -> fn a, b -> f.(:erlang.element(p, a), :erlang.element(p, b)) end
        module when is_atom(module) -> fn a, b -> module.compare(:erlang.element(p, a), :erlang.element(p, b)) != :gt end
      end
    :lists.sort(fun, list)
  end

  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]

  def zip([]), do: []
  def zip(lists) when is_list(lists), do: zip_rows(Enum.map(lists, &zip_items/1), [])
  defp zip_items(tuple) when is_tuple(tuple), do: Tuple.to_list(tuple)
  defp zip_items(list) when is_list(list), do: list
  defp zip_rows(lists, acc) do
    if Enum.any?(lists, &(&1 == [])),
      do: :lists.reverse(acc),
      else: zip_rows(Enum.map(lists, &tl/1), [List.to_tuple(Enum.map(lists, &hd/1)) | acc])
  end

  def ascii_printable?(list), do: ascii_printable?(list, :infinity)
  def ascii_printable?(list, limit)
      when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)),
      do: printable?(list, limit)
  defp printable?(_, 0), do: true
  defp printable?([char | rest], n)
       when is_integer(char) and ((char >= 7 and char <= 13) or char == 27 or (char >= 32 and char <= 126)),
       do: printable?(rest, if(n == :infinity, do: n, else: n - 1))
  defp printable?([], _n), do: true
  defp printable?(_, _n), do: false

  def improper?(list) when is_list(list), do: not :taskplay.proper_list?(list)

  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    cond do
      index == -1 -> list ++ [value]
      index < 0 ->
        at = length(list) + index + 1
        if at < 0, do: [value | list], else: insert(list, at, value)
      true -> insert(list, index, value)
    end
  end
  defp insert([], _i, value), do: [value]
  defp insert(list, 0, value), do: [value | list]
  defp insert([h | t], i, value), do: [h | insert(t, i - 1, value)]

  def replace_at(list, index, value) when is_list(list) and is_integer(index),
    do: update_at(list, index, fn _ -> value end)
  def update_at(list, index, fun) when is_list(list) and is_function(fun) and is_integer(index) do
    at = if index < 0, do: length(list) + index, else: index
    if at < 0, do: list, else: update(list, at, fun)
  end
  defp update([], _i, _fun), do: []
  defp update([h | t], 0, fun), do: [fun.(h) | t]
  defp update([h | t], i, fun), do: [h | update(t, i - 1, fun)]

  def delete_at(list, index) when is_integer(index), do: elem(pop_at(list, index), 1)
  def pop_at(list, index), do: pop_at(list, index, nil)
  def pop_at(list, index, default) when is_integer(index) do
    at = if index < 0, do: length(list) + index, else: index
    pop(list, at, default, [])
  end
  defp pop([], _i, default, acc), do: {default, :lists.reverse(acc)}
  defp pop([h | t], 0, _default, acc), do: {h, :lists.reverse(acc, t)}
  defp pop([h | t], i, default, acc), do: pop(t, i - 1, default, [h | acc])

  def starts_with?([head | tail], [head | prefix_tail]), do: starts_with?(tail, prefix_tail)
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?(list, [_ | _]) when is_list(list), do: false

  def to_atom(charlist), do: :erlang.list_to_atom(charlist)
  def to_existing_atom(charlist), do: :erlang.list_to_existing_atom(charlist)
  def to_float(charlist), do: :erlang.list_to_float(charlist)
  def to_integer(charlist), do: :erlang.list_to_integer(charlist)
  def to_integer(charlist, base), do: :erlang.list_to_integer(charlist, base)
  def to_tuple(list), do: :erlang.list_to_tuple(list)
  def to_string(list) when is_list(list), do: :taskplay.chardata_to_string(list)
  def to_charlist(list) when is_list(list), do: :taskplay.chardata_to_charlist(list)

  # [SECTION] Myers' difference: the shortest edit script, walked diagonal by diagonal
  def myers_difference(list1, list2) when is_list(list1) and is_list(list2), do: myers(list1, list2, nil)
  def myers_difference(list1, list2, diff_script) when is_list(list1) and is_list(list2) and is_function(diff_script),
    do: myers(list1, list2, diff_script)

  defp myers(list1, list2, diff_script), do: envelope(0, [{0, list1, list2, []}], diff_script)

  # every path reaching each diagonal from -d to d with d edits; the first to reach the
  # end of both lists is the script
  defp envelope(d, paths, diff_script) do
    case diagonals(-d, d, paths, [], diff_script) do
      {:done, edits} -> compact(edits, [])
      {:next, paths} -> envelope(d + 1, paths, diff_script)
    end
  end
  defp diagonals(k, d, _paths, next, _diff_script) when k > d, do: {:next, :lists.reverse(next)}
  defp diagonals(k, d, paths, next, diff_script) do
    {path, rest} = step(k, d, paths, diff_script)
    case snake(path) do
      {:cont, path} -> diagonals(k + 2, d, rest, [path | next], diff_script)
      {:done, edits} -> {:done, edits}
    end
  end
  defp step(0, 0, [path], _diff_script), do: {path, []}
  defp step(k, d, [path | _] = paths, diff_script) when k == -d, do: {down(path, diff_script), paths}
  defp step(k, d, [path], diff_script) when k == d, do: {right(path, diff_script), []}
  defp step(_k, _d, [path1, path2 | rest], diff_script) do
    if elem(path1, 0) > elem(path2, 0),
      do: {right(path1, diff_script), [path2 | rest]},
      else: {down(path2, diff_script), [path2 | rest]}
  end
  defp right({y, [a | rest1] = list1, [b | rest2], edits}, diff_script) when diff_script != nil do
    if diff = diff_script.(a, b),
      do: {y + 1, rest1, rest2, [{:diff, diff} | edits]},
      else: {y, list1, rest2, [{:ins, b} | edits]}
  end
  defp right({y, list1, [b | rest], edits}, _diff_script), do: {y, list1, rest, [{:ins, b} | edits]}
  defp right({y, list1, [], edits}, _diff_script), do: {y, list1, [], edits}
  defp down({y, [a | rest1], [b | rest2] = list2, edits}, diff_script) when diff_script != nil do
    if diff = diff_script.(a, b),
      do: {y + 1, rest1, rest2, [{:diff, diff} | edits]},
      else: {y + 1, rest1, list2, [{:del, a} | edits]}
  end
  defp down({y, [a | rest], list2, edits}, _diff_script), do: {y + 1, rest, list2, [{:del, a} | edits]}
  defp down({y, [], list2, edits}, _diff_script), do: {y + 1, [], list2, edits}
  defp snake({y, [x | rest1], [x | rest2], edits}), do: snake({y + 1, rest1, rest2, [{:eq, x} | edits]})
  defp snake({_y, [], [], edits}), do: {:done, edits}
  defp snake(path), do: {:cont, path}

  # the edits in order, runs of one kind joined; an insertion between two equal runs that
  # repeats the first moves before it
  defp compact([], acc), do: acc
  defp compact([{:diff, _} = edit | rest], acc), do: compact(rest, [edit | acc])
  defp compact([{kind, x} | rest], [{kind, xs} | acc]), do: compact(rest, [{kind, [x | xs]} | acc])
  defp compact(rest, [{:eq, x}, {:ins, x}, {:eq, other} | acc]), do: compact(rest, [{:ins, x}, {:eq, x ++ other} | acc])
  defp compact([{kind, x} | rest], acc), do: compact(rest, [{kind, [x]} | acc])
end
)elixir";
}

}  // namespace taskplay::lang

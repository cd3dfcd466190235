#include "taskplay/lang/prelude.hpp"

#include <memory>

#include "taskplay/lang/compiler.hpp"
#include "taskplay/lang/parser.hpp"

namespace taskplay::lang {

namespace {

// Enum works on lists; ranges, maps and the library's streams are turned into
// lists first (:taskplay.to_list/1).
constexpr std::string_view kSource = R"elixir(
defmodule Kernel do
  def then(value, fun), do: fun.(value)
  def tap(value, fun) do
    fun.(value)
    value
  end
end

defmodule Enum do
  def to_list(list) when is_list(list), do: list
  def to_list(enumerable), do: :taskplay.to_list(enumerable)

  def map(enumerable, fun), do: map_list(to_list(enumerable), fun)
  defp map_list([], _fun), do: []
  defp map_list([h | t], fun), do: [fun.(h) | map_list(t, fun)]

  def each(enumerable, fun) do
    each_list(to_list(enumerable), fun)
    :ok
  end
  defp each_list([], _fun), do: :ok
  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  def reduce(enumerable, acc, fun), do: reduce_list(to_list(enumerable), acc, fun)
  def reduce(enumerable, fun) do
    case to_list(enumerable) do
      [h | t] -> reduce_list(t, h, fun)
      [] -> raise Enum.EmptyError
    end
  end
  defp reduce_list([], acc, _fun), do: acc
  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)

  def reduce_while(enumerable, acc, fun), do: reduce_while_list(to_list(enumerable), acc, fun)
  defp reduce_while_list([], acc, _fun), do: acc
  defp reduce_while_list([h | t], acc, fun) do
    case fun.(h, acc) do
      {:cont, acc} -> reduce_while_list(t, acc, fun)
      {:halt, acc} -> acc
    end
  end

  def map_reduce(enumerable, acc, fun) do
    {list, acc} = reduce(enumerable, {[], acc}, fn x, {out, acc} ->
      {y, acc} = fun.(x, acc)
      {[y | out], acc}
    end)
    {:lists.reverse(list), acc}
  end

  def scan(enumerable, acc, fun) do
    {list, _} = reduce(enumerable, {[], acc}, fn x, {out, acc} ->
      acc = fun.(x, acc)
      {[acc | out], acc}
    end)
    :lists.reverse(list)
  end

  def filter(enumerable, fun), do: filter_list(to_list(enumerable), fun)
  defp filter_list([], _fun), do: []
  defp filter_list([h | t], fun) do
    if fun.(h), do: [h | filter_list(t, fun)], else: filter_list(t, fun)
  end

  def reject(enumerable, fun), do: filter(enumerable, fn x -> !fun.(x) end)

  def flat_map(enumerable, fun), do: flat_map_list(to_list(enumerable), fun)
  defp flat_map_list([], _fun), do: []
  defp flat_map_list([h | t], fun), do: to_list(fun.(h)) ++ flat_map_list(t, fun)

  def sum(enumerable), do: :lists.sum(to_list(enumerable))
  def product(enumerable), do: reduce(enumerable, 1, fn x, acc -> acc * x end)
  def count(enumerable), do: length(to_list(enumerable))
  def count(enumerable, fun), do: length(filter(enumerable, fun))
  def empty?(enumerable), do: to_list(enumerable) == []
  def member?(enumerable, value), do: value in enumerable
  def reverse(enumerable), do: :lists.reverse(to_list(enumerable))
  def reverse(enumerable, tail), do: :lists.reverse(to_list(enumerable), to_list(tail))
  def concat(enumerables), do: flat_map(enumerables, fn e -> to_list(e) end)
  def concat(left, right), do: to_list(left) ++ to_list(right)
  def uniq(enumerable), do: :lists.uniq(to_list(enumerable))
  def uniq_by(enumerable, fun) do
    {list, _} = reduce(enumerable, {[], []}, fn x, {out, seen} ->
      key = fun.(x)
      if :lists.member(key, seen), do: {out, seen}, else: {[x | out], [key | seen]}
    end)
    :lists.reverse(list)
  end
  def dedup(enumerable) do
    {list, _} = reduce(enumerable, {[], make_ref()}, fn x, {out, last} ->
      if x === last, do: {out, last}, else: {[x | out], x}
    end)
    :lists.reverse(list)
  end

  def sort(enumerable), do: :lists.sort(to_list(enumerable))
  def sort(enumerable, :asc), do: sort(enumerable)
  def sort(enumerable, :desc), do: sort(enumerable, fn a, b -> a >= b end)
  def sort(enumerable, fun), do: merge_sort(to_list(enumerable), fun)
  def sort_by(enumerable, mapper), do: sort_by(enumerable, mapper, :asc)
  def sort_by(enumerable, mapper, order) do
    pairs = map(enumerable, fn x -> {mapper.(x), x} end)
    before = case order do
      :asc -> fn {a, _}, {b, _} -> a <= b end
      :desc -> fn {a, _}, {b, _} -> a >= b end
      fun -> fn {a, _}, {b, _} -> fun.(a, b) end
    end
    map(merge_sort(pairs, before), fn {_, x} -> x end)
  end
  defp merge_sort([], _fun), do: []
  defp merge_sort([x], _fun), do: [x]
  defp merge_sort(list, fun) do
    {left, right} = split_list(list, div(length(list), 2), [])
    merge(merge_sort(left, fun), merge_sort(right, fun), fun)
  end
  defp split_list(rest, 0, acc), do: {:lists.reverse(acc), rest}
  defp split_list([h | t], n, acc), do: split_list(t, n - 1, [h | acc])
  defp merge([], right, _fun), do: right
  defp merge(left, [], _fun), do: left
  defp merge([a | at] = left, [b | bt] = right, fun) do
    if fun.(a, b), do: [a | merge(at, right, fun)], else: [b | merge(left, bt, fun)]
  end

  def max(enumerable), do: reduce(enumerable, fn x, acc -> if x > acc, do: x, else: acc end)
  def min(enumerable), do: reduce(enumerable, fn x, acc -> if x < acc, do: x, else: acc end)
  def max_by(enumerable, fun), do: reduce(enumerable, fn x, acc -> if fun.(x) > fun.(acc), do: x, else: acc end)
  def min_by(enumerable, fun), do: reduce(enumerable, fn x, acc -> if fun.(x) < fun.(acc), do: x, else: acc end)

  def take(enumerable, n) when n >= 0, do: take_list(to_list(enumerable), n)
  def take(enumerable, n), do: reverse(take(reverse(enumerable), -n))
  defp take_list(_list, 0), do: []
  defp take_list([], _n), do: []
  defp take_list([h | t], n), do: [h | take_list(t, n - 1)]
  def drop(enumerable, n) when n >= 0, do: drop_list(to_list(enumerable), n)
  def drop(enumerable, n), do: reverse(drop(reverse(enumerable), -n))
  defp drop_list(list, 0), do: list
  defp drop_list([], _n), do: []
  defp drop_list([_ | t], n), do: drop_list(t, n - 1)
  def take_while(enumerable, fun), do: take_while_list(to_list(enumerable), fun)
  defp take_while_list([], _fun), do: []
  defp take_while_list([h | t], fun) do
    if fun.(h), do: [h | take_while_list(t, fun)], else: []
  end
  def drop_while(enumerable, fun), do: drop_while_list(to_list(enumerable), fun)
  defp drop_while_list([], _fun), do: []
  defp drop_while_list([h | t] = list, fun) do
    if fun.(h), do: drop_while_list(t, fun), else: list
  end
  def split(enumerable, n), do: {take(enumerable, n), drop(enumerable, n)}
  def chunk_every(enumerable, n), do: chunk_list(to_list(enumerable), n)
  defp chunk_list([], _n), do: []
  defp chunk_list(list, n), do: [take_list(list, n) | chunk_list(drop_list(list, n), n)]

  def at(enumerable, index), do: at(enumerable, index, nil)
  def at(enumerable, index, default) do
    list = to_list(enumerable)
    index = if index < 0, do: length(list) + index, else: index
    case drop_list(list, max(index, 0)) do
      [h | _] when index >= 0 -> h
      _ -> default
    end
  end
  def fetch!(enumerable, index) do
    list = to_list(enumerable)
    case drop_list(list, index) do
      [h | _] -> h
      [] -> raise Enum.OutOfBoundsError
    end
  end

  def find(enumerable, fun), do: find(enumerable, nil, fun)
  def find(enumerable, default, fun), do: find_list(to_list(enumerable), default, fun)
  defp find_list([], default, _fun), do: default
  defp find_list([h | t], default, fun) do
    if fun.(h), do: h, else: find_list(t, default, fun)
  end
  def find_index(enumerable, fun), do: find_index_list(to_list(enumerable), 0, fun)
  defp find_index_list([], _i, _fun), do: nil
  defp find_index_list([h | t], i, fun) do
    if fun.(h), do: i, else: find_index_list(t, i + 1, fun)
  end
  def find_value(enumerable, fun), do: find_value_list(to_list(enumerable), fun)
  defp find_value_list([], _fun), do: nil
  defp find_value_list([h | t], fun), do: fun.(h) || find_value_list(t, fun)

  def any?(enumerable), do: any?(enumerable, fn x -> x end)
  def any?(enumerable, fun), do: find_value_list(to_list(enumerable), fn x -> if fun.(x), do: true end) == true
  def all?(enumerable), do: all?(enumerable, fn x -> x end)
  def all?(enumerable, fun), do: !any?(enumerable, fn x -> !fun.(x) end)

  def with_index(enumerable), do: with_index(enumerable, 0)
  def with_index(enumerable, offset), do: index_list(to_list(enumerable), offset)
  defp index_list([], _i), do: []
  defp index_list([h | t], i), do: [{h, i} | index_list(t, i + 1)]
  def each_with_index(enumerable, fun), do: each(with_index(enumerable), fun)

  def zip(left, right), do: zip_list(to_list(left), to_list(right))
  defp zip_list([a | at], [b | bt]), do: [{a, b} | zip_list(at, bt)]
  defp zip_list(_, _), do: []

  def join(enumerable), do: join(enumerable, "")
  def join(enumerable, sep) do
    case map(enumerable, fn x -> to_string(x) end) do
      [] -> ""
      [h | t] -> reduce_list(t, h, fn x, acc -> acc <> sep <> x end)
    end
  end
  def map_join(enumerable, fun), do: join(map(enumerable, fun), "")
  def map_join(enumerable, sep, fun), do: join(map(enumerable, fun), sep)

  def into(enumerable, list) when is_list(list), do: list ++ to_list(enumerable)
  def into(enumerable, map) when is_map(map) do
    reduce(enumerable, map, fn {k, v}, acc -> Map.put(acc, k, v) end)
  end

  def group_by(enumerable, key_fun) do
    reduce(reverse(enumerable), %{}, fn x, acc ->
      key = key_fun.(x)
      Map.put(acc, key, [x | Map.get(acc, key, [])])
    end)
  end
  def frequencies(enumerable) do
    reduce(enumerable, %{}, fn x, acc -> Map.put(acc, x, Map.get(acc, x, 0) + 1) end)
  end
  def frequencies_by(enumerable, fun), do: frequencies(map(enumerable, fun))
  def random(enumerable), do: hd(to_list(enumerable))
end

defmodule Map do
  def update(map, key, default, fun) do
    case Map.fetch(map, key) do
      {:ok, value} -> Map.put(map, key, fun.(value))
      :error -> Map.put(map, key, default)
    end
  end
  def update!(map, key, fun), do: Map.put(map, key, fun.(Map.fetch!(map, key)))
  def get_lazy(map, key, fun) do
    case Map.fetch(map, key) do
      {:ok, value} -> value
      :error -> fun.()
    end
  end
  def new(enumerable, fun), do: Map.new(Enum.map(enumerable, fun))
  def filter(map, fun), do: Map.new(Enum.filter(Map.to_list(map), fun))
  def reject(map, fun), do: Map.new(Enum.reject(Map.to_list(map), fun))
end

defmodule List do
  def foldl(list, acc, fun), do: Enum.reduce(list, acc, fun)
  def foldr(list, acc, fun), do: Enum.reduce(:lists.reverse(list), acc, fun)
end
)elixir";

bool building = false;

}  // namespace

const Unit& prelude() {
  static const std::unique_ptr<Unit> unit = [] {
    building = true;
    NodeP tree = parse(kSource);
    CompileOptions o;
    o.file = std::string(kPreludeFile);
    auto u = compile(*tree, o);
    building = false;
    return u;
  }();
  return *unit;
}

bool prelude_kernel_has(const std::string& name, uint32_t arity) {
  if (building) return false;
  static const Atom kernel("Elixir.Kernel");
  for (const ModuleDef& m : prelude().modules) {
    if (m.name != kernel) continue;
    for (const FunctionDef& f : m.functions)
      if (!f.is_private && f.arity == arity && f.name.name() == name) return true;
  }
  return false;
}

}  // namespace taskplay::lang

// The prelude's :array, as OTP 25's stdlib keeps it: {:array, size, max, default, elements}.
//
// max is 0 for a fixed array, else the capacity of the tree; elements is a leaf (a tuple of
// 10 values), a node (a tuple of 10 children and, last, the capacity of each child), or an
// integer: a subtree of that capacity not yet expanded, all defaults. Setting an index
// expands the path to it, and past max the tree grows by a level at a time, so the same
// calls build the same terms as on the BEAM (IO.inspect shows them).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_array_source() {
  return R"elixir(
defmodule :array do
  def new(), do: new([])
  def new(options), do: new_0(options, 0, false)
  def new(size, options) when is_integer(size) and size >= 0, do: new_0(options, size, true)
  def new(_, _), do: :erlang.error(:badarg)

  defp new_0(options, size, fixed) when is_list(options), do: new_1(options, size, fixed, :undefined)
  defp new_0(options, size, fixed), do: new_1([options], size, fixed, :undefined)

  defp new_1([:fixed | options], size, _, default), do: new_1(options, size, true, default)
  defp new_1([{:fixed, fixed} | options], size, _, default) when is_boolean(fixed),
    do: new_1(options, size, fixed, default)
  defp new_1([{:default, default} | options], size, fixed, _), do: new_1(options, size, fixed, default)
  defp new_1([{:size, size} | options], _, _, default) when is_integer(size) and size >= 0,
    do: new_1(options, size, true, default)
  defp new_1([size | options], _, _, default) when is_integer(size) and size >= 0,
    do: new_1(options, size, true, default)
  defp new_1([], size, fixed, default), do: make(size, fixed, default)
  defp new_1(_, _, _, _), do: :erlang.error(:badarg)

  defp make(0, false, :undefined), do: {:array, 0, 10, :undefined, 10}
  defp make(size, fixed, default) do
    e = find_max(size - 1, 10)
    {:array, size, if(fixed, do: 0, else: e), default, e}
  end

  defp find_max(i, m) when i >= m, do: find_max(i, m * 10)
  defp find_max(_i, m), do: m

  def is_array({:array, size, max, _, _}) when is_integer(size) and is_integer(max), do: true
  def is_array(_), do: false
  def size({:array, n, _, _, _}), do: n
  def default({:array, _, _, d, _}), do: d
  def fix({:array, n, _, d, e}), do: {:array, n, 0, d, e}
  def is_fix({:array, _, 0, _, _}), do: true
  def is_fix({:array, _, _, _, _}), do: false
  def relax({:array, n, _, d, e}), do: {:array, n, find_max(n - 1, 10), d, e}

  def set(i, value, {:array, n, m, d, e}) when is_integer(i) and i >= 0 do
    cond do
      i < n -> {:array, n, m, d, set_1(i, e, value, d)}
      i < m -> {:array, i + 1, m, d, set_1(i, e, value, d)}
      m > 0 ->
        {e1, m1} = grow(i, e, m)
        {:array, i + 1, m1, d, set_1(i, e1, value, d)}
      true -> :erlang.error(:badarg)
    end
  end
  def set(_i, _v, _a), do: :erlang.error(:badarg)

  defp set_1(i, e, x, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    i1 = div(i, s)
    put_elem(e, i1, set_1(rem(i, s), elem(e, i1), x, d))
  end
  defp set_1(i, e, x, d) when is_integer(e), do: expand(i, e, x, d)
  defp set_1(i, e, x, _d), do: put_elem(e, i, x)

  defp grow(i, e, _m) when is_integer(e) do
    m1 = find_max(i, e)
    {m1, m1}
  end
  defp grow(i, e, m) when i >= m, do: grow(i, put_elem(new_node(m), 0, e), m * 10)
  defp grow(_i, e, m), do: {e, m}

  defp new_node(s), do: :erlang.make_tuple(11, s)

  defp expand(i, s, x, d) when s > 10 do
    s1 = div(s, 10)
    put_elem(new_node(s1), div(i, s1), expand(rem(i, s1), s1, x, d))
  end
  defp expand(i, _s, x, d), do: put_elem(:erlang.make_tuple(10, d), i, x)

  def get(i, {:array, n, m, d, e}) when is_integer(i) and i >= 0 do
    cond do
      i < n -> get_1(i, e, d)
      m > 0 -> d
      true -> :erlang.error(:badarg)
    end
  end
  def get(_i, _a), do: :erlang.error(:badarg)

  defp get_1(i, e, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    get_1(rem(i, s), elem(e, div(i, s)), d)
  end
  defp get_1(_i, e, d) when is_integer(e), do: d
  defp get_1(i, e, _d), do: elem(e, i)

  def reset(i, {:array, n, m, d, e} = a) when is_integer(i) and i >= 0 do
    cond do
      i < n ->
        try do
          {:array, n, m, d, reset_1(i, e, d)}
        catch
          :throw, :default -> a
        end
      m > 0 -> a
      true -> :erlang.error(:badarg)
    end
  end
  def reset(_i, _a), do: :erlang.error(:badarg)

  defp reset_1(i, e, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    i1 = div(i, s)
    put_elem(e, i1, reset_1(rem(i, s), elem(e, i1), d))
  end
  defp reset_1(_i, e, _d) when is_integer(e), do: throw(:default)
  defp reset_1(i, e, d) do
    if elem(e, i) === d, do: throw(:default), else: put_elem(e, i, d)
  end

  def resize({:array, _, _, _, _} = a), do: resize(sparse_size(a), a)
  def resize(size, {:array, n, m, d, e} = a) when is_integer(size) and size >= 0 do
    cond do
      size > n ->
        {e1, m1} = grow(size - 1, e, if(m > 0, do: m, else: find_max(n - 1, 10)))
        {:array, size, if(m > 0, do: m1, else: m), d, e1}
      size < n -> {:array, size, m, d, e}
      true -> a
    end
  end
  def resize(_size, _a), do: :erlang.error(:badarg)

  def from_list(list), do: from_list(list, :undefined)
  def from_list(list, default) when is_list(list) do
    {a, _} = Enum.reduce(list, {new(default: default), 0}, fn x, {a, i} -> {set(i, x, a), i + 1} end)
    a
  end
  def from_list(_, _), do: :erlang.error(:badarg)

  def from_orddict(list), do: from_orddict(list, :undefined)
  def from_orddict(list, default) when is_list(list) do
    Enum.reduce(list, new(default: default), fn {i, x}, a -> set(i, x, a) end)
  end
  def from_orddict(_, _), do: :erlang.error(:badarg)

  def to_list({:array, 0, _, _, _}), do: []
  def to_list({:array, n, _, d, e}), do: for(i <- 0..(n - 1), do: get_1(i, e, d))
  def sparse_to_list({:array, _, _, _, _} = a), do: for({_, v} <- sparse_to_orddict(a), do: v)
  def to_orddict({:array, 0, _, _, _}), do: []
  def to_orddict({:array, n, _, d, e}), do: for(i <- 0..(n - 1), do: {i, get_1(i, e, d)})
  def sparse_to_orddict({:array, 0, _, _, _}), do: []
  def sparse_to_orddict({:array, n, _, d, e}) do
    for i <- 0..(n - 1), v = get_1(i, e, d), v !== d, do: {i, v}
  end
  def sparse_size({:array, _, _, _, _} = a) do
    case sparse_to_orddict(a) do
      [] -> 0
      pairs -> elem(List.last(pairs), 0) + 1
    end
  end

  def foldl(f, acc, {:array, _, _, _, _} = a) when is_function(f, 3),
    do: Enum.reduce(to_orddict(a), acc, fn {i, v}, acc -> f.(i, v, acc) end)
  def foldl(_, _, _), do: :erlang.error(:badarg)
  def foldr(f, acc, {:array, _, _, _, _} = a) when is_function(f, 3),
    do: :lists.foldr(fn {i, v}, acc -> f.(i, v, acc) end, acc, to_orddict(a))
  def foldr(_, _, _), do: :erlang.error(:badarg)
  def sparse_foldl(f, acc, {:array, _, _, _, _} = a) when is_function(f, 3),
    do: Enum.reduce(sparse_to_orddict(a), acc, fn {i, v}, acc -> f.(i, v, acc) end)
  def sparse_foldl(_, _, _), do: :erlang.error(:badarg)
  def sparse_foldr(f, acc, {:array, _, _, _, _} = a) when is_function(f, 3),
    do: :lists.foldr(fn {i, v}, acc -> f.(i, v, acc) end, acc, sparse_to_orddict(a))
  def sparse_foldr(_, _, _), do: :erlang.error(:badarg)

  # every index below size gets f.(index, value): the leaves holding them are expanded
  def map(f, {:array, n, m, d, e}) when is_function(f, 2), do: {:array, n, m, d, map_1(e, 0, n, f, d, false)}
  def map(_, _), do: :erlang.error(:badarg)
  # only the values that are not the default, where the tree holds them
  def sparse_map(f, {:array, n, m, d, e}) when is_function(f, 2), do: {:array, n, m, d, map_1(e, 0, n, f, d, true)}
  def sparse_map(_, _), do: :erlang.error(:badarg)

  defp map_1(e, base, n, f, d, sparse) when tuple_size(e) == 11 do
    s = elem(e, 10)
    Enum.reduce(0..9, e, fn k, node ->
      if base + k * s < n, do: put_elem(node, k, map_1(elem(node, k), base + k * s, n, f, d, sparse)), else: node
    end)
  end
  defp map_1(e, _base, _n, _f, _d, true) when is_integer(e), do: e
  defp map_1(e, base, n, f, d, false) when is_integer(e) and e > 10, do: map_1(new_node(div(e, 10)), base, n, f, d, false)
  defp map_1(e, base, n, f, d, false) when is_integer(e), do: map_1(:erlang.make_tuple(10, d), base, n, f, d, false)
  defp map_1(leaf, base, n, f, d, sparse) do
    Enum.reduce(0..9, leaf, fn k, leaf ->
      v = elem(leaf, k)
      if base + k < n and not (sparse and v === d), do: put_elem(leaf, k, f.(base + k, v)), else: leaf
    end)
  end
end
)elixir";
}

}  // namespace taskplay::lang

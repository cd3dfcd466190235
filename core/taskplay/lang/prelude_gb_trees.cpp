// The prelude's :gb_trees and :gb_sets, as OTP 25's stdlib keeps them.
//
// A tree is {size, node}, node = nil | {key, value, smaller, bigger}; a set is {size, node},
// node = nil | {key, smaller, bigger}. Inserting rebalances a path that grew too deep
// (deeper than (size + 1)^2 allows, halved at each level) into a perfectly balanced subtree,
// and the set operations build their results from sorted lists, so the same calls build the
// same shapes as on the BEAM (IO.inspect shows them). Keys compare with < and > (1 and 1.0
// are the same key). A missing key raises what OTP raises: a FunctionClauseError of the
// helper that ran out of tree, or ErlangError {:key_exists, key}.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_gb_trees_source() {
  return R"elixir(
defmodule :gb_trees do
  def empty(), do: {0, nil}
  def is_empty({0, nil}), do: true
  def is_empty(_), do: false
  def size({size, _}) when is_integer(size) and size >= 0, do: size

  def lookup(key, {_, t}), do: lookup_1(key, t)
  defp lookup_1(key, {key1, _, smaller, _}) when key < key1, do: lookup_1(key, smaller)
  defp lookup_1(key, {key1, _, _, bigger}) when key > key1, do: lookup_1(key, bigger)
  defp lookup_1(_, {_, value, _, _}), do: {:value, value}
  defp lookup_1(_, nil), do: :none

  def is_defined(key, {_, t}), do: is_defined_1(key, t)
  defp is_defined_1(key, {key1, _, smaller, _}) when key < key1, do: is_defined_1(key, smaller)
  defp is_defined_1(key, {key1, _, _, bigger}) when key > key1, do: is_defined_1(key, bigger)
  defp is_defined_1(_, {_, _, _, _}), do: true
  defp is_defined_1(_, nil), do: false

  def get(key, {_, t}), do: get_1(key, t)
  defp get_1(key, {key1, _, smaller, _}) when key < key1, do: get_1(key, smaller)
  defp get_1(key, {key1, _, _, bigger}) when key > key1, do: get_1(key, bigger)
  defp get_1(_, {_, value, _, _}), do: value

  def update(key, val, {s, t}), do: {s, update_1(key, val, t)}
  defp update_1(key, value, {key1, v, smaller, bigger}) when key < key1,
    do: {key1, v, update_1(key, value, smaller), bigger}
  defp update_1(key, value, {key1, v, smaller, bigger}) when key > key1,
    do: {key1, v, smaller, update_1(key, value, bigger)}
  defp update_1(key, value, {_, _, smaller, bigger}), do: {key, value, smaller, bigger}

  def insert(key, val, {s, t}) when is_integer(s) do
    s1 = s + 1
    {s1, insert_1(key, val, t, s1 * s1)}
  end

  defp insert_1(key, value, {key1, v, smaller, bigger}, s) when key < key1 do
    case insert_1(key, value, smaller, div(s, 2)) do
      {t1, h1, s1} ->
        t = {key1, v, t1, bigger}
        {h2, s2} = count(bigger)
        h = 2 * max(h1, h2)
        ss = s1 + s2 + 1
        if h > ss * ss, do: balance(t, ss), else: {t, h, ss}
      t1 ->
        {key1, v, t1, bigger}
    end
  end
  defp insert_1(key, value, {key1, v, smaller, bigger}, s) when key > key1 do
    case insert_1(key, value, bigger, div(s, 2)) do
      {t1, h1, s1} ->
        t = {key1, v, smaller, t1}
        {h2, s2} = count(smaller)
        h = 2 * max(h1, h2)
        ss = s1 + s2 + 1
        if h > ss * ss, do: balance(t, ss), else: {t, h, ss}
      t1 ->
        {key1, v, smaller, t1}
    end
  end
  defp insert_1(key, value, nil, 0), do: {{key, value, nil, nil}, 1, 1}
  defp insert_1(key, value, nil, _), do: {key, value, nil, nil}
  defp insert_1(key, _, _, _), do: :erlang.error({:key_exists, key})

  defp count({_, _, nil, nil}), do: {1, 1}
  defp count({_, _, sm, bi}) do
    {h1, s1} = count(sm)
    {h2, s2} = count(bi)
    {2 * max(h1, h2), s1 + s2 + 1}
  end
  defp count(nil), do: {1, 0}

  def balance({s, t}), do: {s, balance(t, s)}
  defp balance(t, s), do: balance_list(to_list(t, []), s)

  defp balance_list(l, s) do
    {t, []} = balance_list_1(l, s)
    t
  end
  defp balance_list_1(l, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t1, [{k, v} | l1]} = balance_list_1(l, s1)
    {t2, l2} = balance_list_1(l1, s2)
    {{k, v, t1, t2}, l2}
  end
  defp balance_list_1([{key, val} | l], 1), do: {{key, val, nil, nil}, l}
  defp balance_list_1(l, 0), do: {nil, l}

  def from_orddict(l) do
    s = length(l)
    {s, balance_list(l, s)}
  end

  def enter(key, val, t) do
    if is_defined(key, t), do: update(key, val, t), else: insert(key, val, t)
  end

  def delete_any(key, t) do
    if is_defined(key, t), do: delete(key, t), else: t
  end
  def delete(key, {s, t}) when is_integer(s) and s >= 0, do: {s - 1, delete_1(key, t)}
  defp delete_1(key, {key1, value, smaller, larger}) when key < key1,
    do: {key1, value, delete_1(key, smaller), larger}
  defp delete_1(key, {key1, value, smaller, bigger}) when key > key1,
    do: {key1, value, smaller, delete_1(key, bigger)}
  defp delete_1(_, {_, _, smaller, larger}), do: merge(smaller, larger)

  def take_any(key, t) do
    if is_defined(key, t), do: take(key, t), else: :error
  end
  def take(key, {s, t}) when is_integer(s) and s >= 0 do
    {value, res} = take_1(key, t)
    {value, {s - 1, res}}
  end
  defp take_1(key, {key1, value, smaller, larger}) when key < key1 do
    {value2, smaller1} = take_1(key, smaller)
    {value2, {key1, value, smaller1, larger}}
  end
  defp take_1(key, {key1, value, smaller, bigger}) when key > key1 do
    {value2, bigger1} = take_1(key, bigger)
    {value2, {key1, value, smaller, bigger1}}
  end
  defp take_1(_, {_key, value, smaller, larger}), do: {value, merge(smaller, larger)}

  defp merge(smaller, nil), do: smaller
  defp merge(nil, larger), do: larger
  defp merge(smaller, larger) do
    {key, value, larger1} = take_smallest1(larger)
    {key, value, smaller, larger1}
  end

  def take_smallest({size, tree}) when is_integer(size) and size >= 0 do
    {key, value, larger} = take_smallest1(tree)
    {key, value, {size - 1, larger}}
  end
  defp take_smallest1({key, value, nil, larger}), do: {key, value, larger}
  defp take_smallest1({key, value, smaller, larger}) do
    {key1, value1, smaller1} = take_smallest1(smaller)
    {key1, value1, {key, value, smaller1, larger}}
  end

  def smallest({_, tree}), do: smallest_1(tree)
  defp smallest_1({key, value, nil, _larger}), do: {key, value}
  defp smallest_1({_key, _value, smaller, _larger}), do: smallest_1(smaller)

  def take_largest({size, tree}) when is_integer(size) and size >= 0 do
    {key, value, smaller} = take_largest1(tree)
    {key, value, {size - 1, smaller}}
  end
  defp take_largest1({key, value, smaller, nil}), do: {key, value, smaller}
  defp take_largest1({key, value, smaller, larger}) do
    {key1, value1, larger1} = take_largest1(larger)
    {key1, value1, {key, value, smaller, larger1}}
  end

  def largest({_, tree}), do: largest_1(tree)
  defp largest_1({key, value, _smaller, nil}), do: {key, value}
  defp largest_1({_key, _value, _smaller, larger}), do: largest_1(larger)

  def to_list({_, t}), do: to_list(t, [])
  defp to_list({key, value, small, big}, l), do: to_list(small, [{key, value} | to_list(big, l)])
  defp to_list(nil, l), do: l

  def keys({_, t}), do: keys(t, [])
  defp keys({key, _value, small, big}, l), do: keys(small, [key | keys(big, l)])
  defp keys(nil, l), do: l

  def values({_, t}), do: values(t, [])
  defp values({_key, value, small, big}, l), do: values(small, [value | values(big, l)])
  defp values(nil, l), do: l

  def iterator({_, t}), do: iterator_1(t)
  defp iterator_1(t), do: iterator(t, [])
  defp iterator({_, _, nil, _} = t, as), do: [t | as]
  defp iterator({_, _, l, _} = t, as), do: iterator(l, [t | as])
  defp iterator(nil, as), do: as

  def iterator_from(s, {_, t}), do: iterator_from(s, t, [])
  defp iterator_from(s, {k, _, _, t}, as) when k < s, do: iterator_from(s, t, as)
  defp iterator_from(_, {_, _, nil, _} = t, as), do: [t | as]
  defp iterator_from(s, {_, _, l, _} = t, as), do: iterator_from(s, l, [t | as])
  defp iterator_from(_, nil, as), do: as

  def next([{x, v, _, t} | as]), do: {x, v, iterator(t, as)}
  def next([]), do: :none

  def map(f, {size, tree}) when is_function(f, 2), do: {size, map_1(f, tree)}
  defp map_1(_, nil), do: nil
  defp map_1(f, {k, v, smaller, larger}) do
    v1 = f.(k, v)
    smaller1 = map_1(f, smaller)
    {k, v1, smaller1, map_1(f, larger)}
  end
end

defmodule :gb_sets do
  def empty(), do: {0, nil}
  def new(), do: empty()
  def is_empty({0, nil}), do: true
  def is_empty(_), do: false
  def size({size, _}), do: size
  def singleton(key), do: {1, {key, nil, nil}}

  def is_element(key, s), do: is_member(key, s)
  def is_member(key, {_, t}), do: is_member_1(key, t)
  defp is_member_1(key, {key1, smaller, _}) when key < key1, do: is_member_1(key, smaller)
  defp is_member_1(key, {key1, _, bigger}) when key > key1, do: is_member_1(key, bigger)
  defp is_member_1(_, {_, _, _}), do: true
  defp is_member_1(_, nil), do: false

  def insert(key, {s, t}) do
    s1 = s + 1
    {s1, insert_1(key, t, s1 * s1)}
  end

  defp insert_1(key, {key1, smaller, bigger}, s) when key < key1 do
    case insert_1(key, smaller, div(s, 2)) do
      {t1, h1, s1} when is_integer(h1) ->
        t = {key1, t1, bigger}
        {h2, s2} = count(bigger)
        h = 2 * max(h1, h2)
        ss = s1 + s2 + 1
        if h > ss * ss, do: balance(t, ss), else: {t, h, ss}
      t1 ->
        {key1, t1, bigger}
    end
  end
  defp insert_1(key, {key1, smaller, bigger}, s) when key > key1 do
    case insert_1(key, bigger, div(s, 2)) do
      {t1, h1, s1} when is_integer(h1) ->
        t = {key1, smaller, t1}
        {h2, s2} = count(smaller)
        h = 2 * max(h1, h2)
        ss = s1 + s2 + 1
        if h > ss * ss, do: balance(t, ss), else: {t, h, ss}
      t1 ->
        {key1, smaller, t1}
    end
  end
  defp insert_1(key, nil, 0), do: {{key, nil, nil}, 1, 1}
  defp insert_1(key, nil, _), do: {key, nil, nil}
  defp insert_1(key, _, _), do: :erlang.error({:key_exists, key})

  defp count({_, nil, nil}), do: {1, 1}
  defp count({_, sm, bi}) do
    {h1, s1} = count(sm)
    {h2, s2} = count(bi)
    {2 * max(h1, h2), s1 + s2 + 1}
  end
  defp count(nil), do: {1, 0}

  def balance({s, t}), do: {s, balance(t, s)}
  defp balance(t, s), do: balance_list(to_list_1(t), s)

  defp balance_list(l, s) do
    {t, []} = balance_list_1(l, s)
    t
  end
  defp balance_list_1(l, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t1, [k | l1]} = balance_list_1(l, s1)
    {t2, l2} = balance_list_1(l1, s2)
    {{k, t1, t2}, l2}
  end
  defp balance_list_1([key | l], 1), do: {{key, nil, nil}, l}
  defp balance_list_1(l, 0), do: {nil, l}

  defp balance_revlist(l, s) do
    {t, _} = balance_revlist_1(l, s)
    t
  end
  defp balance_revlist_1(l, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t2, [k | l1]} = balance_revlist_1(l, s1)
    {t1, l2} = balance_revlist_1(l1, s2)
    {{k, t1, t2}, l2}
  end
  defp balance_revlist_1([key | l], 1), do: {{key, nil, nil}, l}
  defp balance_revlist_1(l, 0), do: {nil, l}

  def add(key, s), do: add_element(key, s)
  def add_element(key, s) do
    if is_member(key, s), do: s, else: insert(key, s)
  end

  def from_list(l), do: from_ordset(:ordsets.from_list(l))
  def from_ordset(l) do
    s = length(l)
    {s, balance_list(l, s)}
  end

  def del_element(key, s), do: delete_any(key, s)
  def delete_any(key, s) do
    if is_member(key, s), do: delete(key, s), else: s
  end
  def delete(key, {s, t}), do: {s - 1, delete_1(key, t)}
  defp delete_1(key, {key1, smaller, larger}) when key < key1, do: {key1, delete_1(key, smaller), larger}
  defp delete_1(key, {key1, smaller, bigger}) when key > key1, do: {key1, smaller, delete_1(key, bigger)}
  defp delete_1(_, {_, smaller, larger}), do: merge(smaller, larger)

  defp merge(smaller, nil), do: smaller
  defp merge(nil, larger), do: larger
  defp merge(smaller, larger) do
    {key, larger1} = take_smallest1(larger)
    {key, smaller, larger1}
  end

  def take_smallest({s, t}) do
    {key, larger} = take_smallest1(t)
    {key, {s - 1, larger}}
  end
  defp take_smallest1({key, nil, larger}), do: {key, larger}
  defp take_smallest1({key, smaller, larger}) do
    {key1, smaller1} = take_smallest1(smaller)
    {key1, {key, smaller1, larger}}
  end

  def smallest({_, t}), do: smallest_1(t)
  defp smallest_1({key, nil, _larger}), do: key
  defp smallest_1({_key, smaller, _larger}), do: smallest_1(smaller)

  def take_largest({s, t}) do
    {key, smaller} = take_largest1(t)
    {key, {s - 1, smaller}}
  end
  defp take_largest1({key, smaller, nil}), do: {key, smaller}
  defp take_largest1({key, smaller, larger}) do
    {key1, larger1} = take_largest1(larger)
    {key1, {key, smaller, larger1}}
  end

  def largest({_, t}), do: largest_1(t)
  defp largest_1({key, _smaller, nil}), do: key
  defp largest_1({_key, _smaller, larger}), do: largest_1(larger)

  def to_list({_, t}), do: to_list(t, [])
  defp to_list_1(t), do: to_list(t, [])
  defp to_list({key, small, big}, l), do: to_list(small, [key | to_list(big, l)])
  defp to_list(nil, l), do: l

  def iterator({_, t}), do: iterator(t, [])
  defp iterator({_, nil, _} = t, as), do: [t | as]
  defp iterator({_, l, _} = t, as), do: iterator(l, [t | as])
  defp iterator(nil, as), do: as

  def iterator_from(s, {_, t}), do: iterator_from(s, t, [])
  defp iterator_from(s, {k, _, t}, as) when k < s, do: iterator_from(s, t, as)
  defp iterator_from(_, {_, nil, _} = t, as), do: [t | as]
  defp iterator_from(s, {_, l, _} = t, as), do: iterator_from(s, l, [t | as])
  defp iterator_from(_, nil, as), do: as

  def next([{x, _, t} | as]), do: {x, iterator(t, as)}
  def next([]), do: :none

  # when the other set is much bigger, the smaller one's members go one by one into it
  defp far_bigger?(n1, n2), do: n2 >= 10 and n2 >= n1 * round(1.46 * :math.log(n2))

  def union({n1, t1}, {n2, t2}) when n2 < n1, do: union(to_list_1(t2), n2, t1, n1)
  def union({n1, t1}, {n2, t2}), do: union(to_list_1(t1), n1, t2, n2)
  defp union(l, n1, t2, n2) do
    if far_bigger?(n1, n2),
      do: Enum.reduce(l, {n2, t2}, &add/2),
      else: union_2(l, to_list_1(t2), [], n1 + n2)
  end
  defp union_2([x | xs1], [y | _] = ys, as, s) when x < y, do: union_2(xs1, ys, [x | as], s)
  defp union_2([x | _] = xs, [y | ys1], as, s) when x > y, do: union_2(ys1, xs, [y | as], s)
  defp union_2([x | xs1], [_ | ys1], as, s), do: union_2(xs1, ys1, [x | as], s - 1)
  defp union_2([], ys, as, s), do: {s, balance_revlist(:lists.reverse(ys, as), s)}
  defp union_2(xs, [], as, s), do: {s, balance_revlist(:lists.reverse(xs, as), s)}

  def union([s | ss]), do: Enum.reduce(ss, s, fn s1, acc -> union(acc, s1) end)
  def union([]), do: empty()

  def intersection({n1, t1}, {n2, t2}) when n2 < n1, do: intersection_0(to_list_1(t2), n2, t1, n1)
  def intersection({n1, t1}, {n2, t2}), do: intersection_0(to_list_1(t1), n1, t2, n2)
  defp intersection_0(l, n1, t2, n2) do
    if far_bigger?(n1, n2) do
      as = for x <- l, is_member_1(x, t2), do: x
      n = length(as)
      {n, balance_revlist(:lists.reverse(as), n)}
    else
      intersection_2(l, to_list_1(t2), [], 0)
    end
  end
  defp intersection_2([x | xs1], [y | _] = ys, as, s) when x < y, do: intersection_2(xs1, ys, as, s)
  defp intersection_2([x | _] = xs, [y | ys1], as, s) when x > y, do: intersection_2(ys1, xs, as, s)
  defp intersection_2([x | xs1], [_ | ys1], as, s), do: intersection_2(xs1, ys1, [x | as], s + 1)
  defp intersection_2([], _, as, s), do: {s, balance_revlist(as, s)}
  defp intersection_2(_, [], as, s), do: {s, balance_revlist(as, s)}

  def intersection([s | ss]), do: Enum.reduce(ss, s, fn s1, acc -> intersection(acc, s1) end)

  def is_disjoint({n1, t1}, {n2, t2}) when n1 < n2, do: is_disjoint_1(t1, t2)
  def is_disjoint({_, t1}, {_, t2}), do: is_disjoint_1(t2, t1)
  defp is_disjoint_1(t1, t2), do: Enum.all?(to_list_1(t1), &(not is_member_1(&1, t2)))

  def subtract(s1, s2), do: difference(s1, s2)
  def difference({n1, t1}, {n2, t2}) do
    l = to_list_1(t1)
    if far_bigger?(n1, n2) do
      as = for x <- l, not is_member_1(x, t2), do: x
      n = length(as)
      {n, balance_revlist(:lists.reverse(as), n)}
    else
      difference_2(l, to_list_1(t2), [], n1)
    end
  end
  defp difference_2([x | xs1], [y | _] = ys, as, s) when x < y, do: difference_2(xs1, ys, [x | as], s)
  defp difference_2([x | _] = xs, [y | ys1], as, s) when x > y, do: difference_2(xs, ys1, as, s)
  defp difference_2([_x | xs1], [_y | ys1], as, s), do: difference_2(xs1, ys1, as, s - 1)
  defp difference_2([], _ys, as, s), do: {s, balance_revlist(as, s)}
  defp difference_2(xs, [], as, s), do: {s, balance_revlist(:lists.reverse(xs, as), s)}

  def is_subset({_, t1}, {_, t2}), do: Enum.all?(to_list_1(t1), &is_member_1(&1, t2))

  def is_set({0, nil}), do: true
  def is_set({n, {_, _, _}}) when is_integer(n) and n >= 0, do: true
  def is_set(_), do: false

  def filter(f, s) when is_function(f, 1), do: from_ordset(for x <- to_list(s), f.(x), do: x)

  def fold(f, a, {_, t}) when is_function(f, 2), do: fold_1(f, a, t)
  defp fold_1(f, acc0, {key, small, big}) do
    acc1 = fold_1(f, acc0, small)
    acc = f.(key, acc1)
    fold_1(f, acc, big)
  end
  defp fold_1(_, acc, _), do: acc
end
)elixir";
}

}  // namespace taskplay::lang

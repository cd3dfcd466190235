// The prelude's :ordsets, :orddict and :sets, as OTP 25's stdlib keeps them.
//
// An ordset is a list sorted by < with no two members ==; an orddict is such a list of
// {key, value} pairs. Where two == members meet (1 and 1.0), the one kept is the one OTP
// keeps (merges switch their arguments as OTP's do). A :sets set of version 2 is a map
// %{member => []}.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_ordsets_source() {
  return R"elixir(
defmodule :ordsets do
  def new(), do: []
  def is_set([e | es]), do: is_set(es, e)
  def is_set([]), do: true
  def is_set(_), do: false
  defp is_set([e2 | es], e1) when e1 < e2, do: is_set(es, e2)
  defp is_set([_ | _], _), do: false
  defp is_set([], _), do: true
  def size(s), do: length(s)
  def is_empty(s), do: s == []
  def to_list(s), do: s
  def from_list(l), do: :lists.usort(l)

  def is_element(e, [h | es]) when e > h, do: is_element(e, es)
  def is_element(e, [h | _]) when e < h, do: false
  def is_element(_e, [_h | _]), do: true
  def is_element(_, []), do: false

  def add_element(e, [h | es]) when e > h, do: [h | add_element(e, es)]
  def add_element(e, [h | _] = set) when e < h, do: [e | set]
  def add_element(_e, [_h | _] = set), do: set
  def add_element(e, []), do: [e]

  def del_element(e, [h | es]) when e > h, do: [h | del_element(e, es)]
  def del_element(e, [h | _] = set) when e < h, do: set
  def del_element(_e, [_h | es]), do: es
  def del_element(_, []), do: []

  def union([e1 | es1], [e2 | _] = set2) when e1 < e2, do: [e1 | union(es1, set2)]
  def union([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: [e2 | union(es2, set1)]
  def union([e1 | es1], [_e2 | es2]), do: [e1 | union(es1, es2)]
  def union([], es2), do: es2
  def union(es1, []), do: es1
  def union(sets) when is_list(sets), do: :lists.umerge(sets)

  def intersection([e1 | es1], [e2 | _] = set2) when e1 < e2, do: intersection(es1, set2)
  def intersection([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: intersection(es2, set1)
  def intersection([e1 | es1], [_e2 | es2]), do: [e1 | intersection(es1, es2)]
  def intersection([], _), do: []
  def intersection(_, []), do: []
  def intersection([s1, s2 | ss]), do: intersection1(intersection(s1, s2), ss)
  def intersection([s]), do: s
  defp intersection1(s1, [s2 | ss]), do: intersection1(intersection(s1, s2), ss)
  defp intersection1(s1, []), do: s1

  def is_disjoint([e1 | es1], [e2 | _] = set2) when e1 < e2, do: is_disjoint(es1, set2)
  def is_disjoint([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: is_disjoint(es2, set1)
  def is_disjoint([_e1 | _es1], [_e2 | _es2]), do: false
  def is_disjoint([], _), do: true
  def is_disjoint(_, []), do: true

  def subtract([e1 | es1], [e2 | _] = set2) when e1 < e2, do: [e1 | subtract(es1, set2)]
  def subtract([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: subtract(set1, es2)
  def subtract([_e1 | es1], [_e2 | es2]), do: subtract(es1, es2)
  def subtract([], _), do: []
  def subtract(es1, []), do: es1

  def is_subset([e1 | _], [e2 | _]) when e1 < e2, do: false
  def is_subset([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: is_subset(set1, es2)
  def is_subset([_e1 | es1], [_e2 | es2]), do: is_subset(es1, es2)
  def is_subset([], _), do: true
  def is_subset(_, []), do: false

  def fold(f, acc, set), do: :lists.foldl(f, acc, set)
  def filter(f, set), do: :lists.filter(f, set)
end

defmodule :orddict do
  def new(), do: []
  def is_key(key, [{k, _} | _]) when key < k, do: false
  def is_key(key, [{k, _} | dict]) when key > k, do: is_key(key, dict)
  def is_key(_key, [{_k, _val} | _]), do: true
  def is_key(_, []), do: false
  def to_list(dict), do: dict
  def from_list([]), do: []
  def from_list([{_, _}] = pair), do: pair
  def from_list(pairs), do: :lists.ukeysort(1, :lists.reverse(pairs))
  def size(d), do: length(d)
  def is_empty([]), do: true
  def is_empty([_ | _]), do: false

  def fetch(key, [{k, _} | d]) when key > k, do: fetch(key, d)
  def fetch(key, [{k, value} | _]) when key == k, do: value

  def find(key, [{k, _} | _]) when key < k, do: :error
  def find(key, [{k, _} | d]) when key > k, do: find(key, d)
  def find(_key, [{_k, value} | _]), do: {:ok, value}
  def find(_, []), do: :error

  def fetch_keys([{key, _} | dict]), do: [key | fetch_keys(dict)]
  def fetch_keys([]), do: []

  def erase(key, [{k, _} = e | dict]) when key < k, do: [e | dict]
  def erase(key, [{k, _} = e | dict]) when key > k, do: [e | erase(key, dict)]
  def erase(_key, [{_k, _val} | dict]), do: dict
  def erase(_, []), do: []

  def take(key, dict), do: take_1(key, dict, [])
  defp take_1(key, [{k, _} | _], _acc) when key < k, do: :error
  defp take_1(key, [{k, _} = p | d], acc) when key > k, do: take_1(key, d, [p | acc])
  defp take_1(_key, [{_k, value} | d], acc), do: {value, :lists.reverse(acc, d)}
  defp take_1(_, [], _), do: :error

  def store(key, new, [{k, _} | _] = dict) when key < k, do: [{key, new} | dict]
  def store(key, new, [{k, _} = e | dict]) when key > k, do: [e | store(key, new, dict)]
  def store(key, new, [{_k, _old} | dict]), do: [{key, new} | dict]
  def store(key, new, []), do: [{key, new}]

  def append(key, new, [{k, _} | _] = dict) when key < k, do: [{key, [new]} | dict]
  def append(key, new, [{k, _} = e | dict]) when key > k, do: [e | append(key, new, dict)]
  def append(key, new, [{_k, old} | dict]), do: [{key, old ++ [new]} | dict]
  def append(key, new, []), do: [{key, [new]}]

  def append_list(key, new_list, [{k, _} | _] = dict) when key < k, do: [{key, new_list} | dict]
  def append_list(key, new_list, [{k, _} = e | dict]) when key > k, do: [e | append_list(key, new_list, dict)]
  def append_list(key, new_list, [{_k, old} | dict]), do: [{key, old ++ new_list} | dict]
  def append_list(key, new_list, []), do: [{key, new_list}]

  def update(key, fun, [{k, _} = e | dict]) when key > k, do: [e | update(key, fun, dict)]
  def update(key, fun, [{k, val} | dict]) when key == k, do: [{key, fun.(val)} | dict]

  def update(key, _, init, [{k, _} | _] = dict) when key < k, do: [{key, init} | dict]
  def update(key, fun, init, [{k, _} = e | dict]) when key > k, do: [e | update(key, fun, init, dict)]
  def update(key, fun, _init, [{_k, val} | dict]), do: [{key, fun.(val)} | dict]
  def update(key, _, init, []), do: [{key, init}]

  def update_counter(key, incr, [{k, _} | _] = dict) when key < k, do: [{key, incr} | dict]
  def update_counter(key, incr, [{k, _} = e | dict]) when key > k, do: [e | update_counter(key, incr, dict)]
  def update_counter(key, incr, [{_k, val} | dict]), do: [{key, val + incr} | dict]
  def update_counter(key, incr, []), do: [{key, incr}]

  def fold(f, acc, [{key, val} | d]), do: fold(f, f.(key, val, acc), d)
  def fold(f, acc, []) when is_function(f, 3), do: acc

  def map(f, [{key, val} | d]), do: [{key, f.(key, val)} | map(f, d)]
  def map(f, []) when is_function(f, 2), do: []

  def filter(f, [{key, val} = e | d]) do
    if f.(key, val), do: [e | filter(f, d)], else: filter(f, d)
  end
  def filter(f, []) when is_function(f, 2), do: []

  def merge(f, [{k1, _} = e1 | d1], [{k2, _} | _] = dict2) when k1 < k2, do: [e1 | merge(f, d1, dict2)]
  def merge(f, [{k1, _} | _] = dict1, [{k2, _} = e2 | d2]) when k1 > k2, do: [e2 | merge(f, dict1, d2)]
  def merge(f, [{k1, v1} | d1], [{_k2, v2} | d2]), do: [{k1, f.(k1, v1, v2)} | merge(f, d1, d2)]
  def merge(f, [], d2) when is_function(f, 3), do: d2
  def merge(f, d1, []) when is_function(f, 3), do: d1
end

# :sets (filter turns each bucket over, as OTP does). Version 1 (the default in OTP 25) is OTP's linear hash table record
# {:set, size, n, maxn, bso, exp_size, con_size, empty, segs}: 16-slot segments, a member
# in the bucket erlang:phash/2 picks (computed here as the BEAM does for numbers, atoms,
# binaries, lists and tuples), the table growing a slot at a time past 5 per slot and
# shrinking below 3, so IO.inspect and to_list show the BEAM's order. Version 2 is a map.
defmodule :sets do
  @seg_size 16
  @expand_load 5
  @contract_load 3

  def new(), do: new_v1()
  def new([{:version, 2}]), do: %{}
  def new(opts) when is_list(opts) do
    case :proplists.get_value(:version, opts, 1) do
      1 -> new_v1()
      2 -> %{}
    end
  end
  defp new_v1() do
    empty = :erlang.make_tuple(@seg_size, [])
    {:set, 0, @seg_size, @seg_size, div(@seg_size, 2), @seg_size * @expand_load, @seg_size * @contract_load, empty, {empty}}
  end

  def from_list(list), do: :lists.foldl(&add_element/2, new(), list)
  def from_list(list, [{:version, 2}]), do: :maps.from_keys(list, [])
  def from_list(list, opts), do: :lists.foldl(&add_element/2, new(opts), list)

  def is_set(%{}), do: true
  def is_set({:set, _, _, _, _, _, _, _, _}), do: true
  def is_set(_), do: false

  def size(%{} = s), do: map_size(s)
  def size({:set, size, _, _, _, _, _, _, _}), do: size
  def is_empty(%{} = s), do: map_size(s) == 0
  def is_empty({:set, size, _, _, _, _, _, _, _}), do: size == 0

  def to_list(%{} = s), do: :maps.keys(s)
  def to_list({:set, _, _, _, _, _, _, _, _} = s), do: fold(fn e, l -> [e | l] end, [], s)

  def is_element(e, %{} = s), do: :maps.is_key(e, s)
  def is_element(e, {:set, _, _, _, _, _, _, _, _} = s), do: :lists.member(e, get_bucket(s, get_slot(s, e)))

  def add_element(e, %{} = s), do: :maps.put(e, [], s)
  def add_element(e, {:set, _, _, _, _, _, _, _, _} = s) do
    slot = get_slot(s, e)
    bucket = get_bucket(s, slot)
    if :lists.member(e, bucket), do: s, else: maybe_expand(put_bucket(s, slot, [e | bucket]), 1)
  end

  def del_element(e, %{} = s), do: :maps.remove(e, s)
  def del_element(e, {:set, _, _, _, _, _, _, _, _} = s) do
    slot = get_slot(s, e)
    bucket = get_bucket(s, slot)
    case del_bucket(e, bucket) do
      {_, 0} -> maybe_contract(s, 0)
      {bucket1, 1} -> maybe_contract(put_bucket(s, slot, bucket1), 1)
    end
  end
  defp del_bucket(e, [x | rest]) when x === e, do: {rest, 1}
  defp del_bucket(e, [x | rest]) do
    {rest1, dc} = del_bucket(e, rest)
    {[x | rest1], dc}
  end
  defp del_bucket(_, []), do: {[], 0}

  def union(%{} = s1, %{} = s2), do: :maps.merge(s1, s2)
  def union(s1, s2) do
    if size(s1) < size(s2),
      do: fold(&add_element/2, s2, s1),
      else: fold(&add_element/2, s1, s2)
  end
  def union([s1, s2 | ss]), do: union([union(s1, s2) | ss])
  def union([s]), do: s
  def union([]), do: new()

  def intersection(%{} = s1, %{} = s2), do: :maps.with(:maps.keys(s1), s2)
  def intersection(s1, s2) do
    if size(s1) < size(s2),
      do: filter(&is_element(&1, s2), s1),
      else: filter(&is_element(&1, s1), s2)
  end
  def intersection([s1, s2 | ss]), do: intersection([intersection(s1, s2) | ss])
  def intersection([s]), do: s

  def is_disjoint(s1, s2) do
    {small, big} = if size(s1) < size(s2), do: {s1, s2}, else: {s2, s1}
    fold(fn e, acc -> acc and not is_element(e, big) end, true, small)
  end

  def subtract(%{} = s1, %{} = s2), do: :maps.without(:maps.keys(s2), s1)
  def subtract(s1, s2), do: filter(&(not is_element(&1, s2)), s1)

  def is_subset(s1, s2), do: fold(fn e, acc -> acc and is_element(e, s2) end, true, s1)

  def fold(f, acc, %{} = s) when is_function(f, 2), do: :lists.foldl(f, acc, :maps.keys(s))
  def fold(f, acc, {:set, _, _, _, _, _, _, _, segs}) when is_function(f, 2) do
    segs
    |> Tuple.to_list()
    |> :lists.reverse()
    |> Enum.reduce(acc, fn seg, acc ->
      seg
      |> Tuple.to_list()
      |> :lists.reverse()
      |> Enum.reduce(acc, fn bucket, acc -> :lists.foldl(f, acc, bucket) end)
    end)
  end

  def filter(f, %{} = s) when is_function(f, 1), do: :maps.filter(fn k, _ -> f.(k) end, s)
  def filter(f, {:set, size, n, maxn, bso, exp, con, empty, segs}) when is_function(f, 1) do
    {segs1, fc} =
      segs
      |> Tuple.to_list()
      |> Enum.map_reduce(0, fn seg, fc ->
        {buckets, fc} =
          seg
          |> Tuple.to_list()
          |> Enum.map_reduce(fc, fn bucket, fc ->
            kept = :lists.reverse(:lists.filter(f, bucket))
            {kept, fc + length(bucket) - length(kept)}
          end)
        {List.to_tuple(buckets), fc}
      end)
    maybe_contract({:set, size, n, maxn, bso, exp, con, empty, List.to_tuple(segs1)}, fc)
  end

  defp get_slot({:set, _, n, maxn, bso, _, _, _, _}, e) do
    h = phash(e, maxn)
    if h > n, do: h - bso, else: h
  end
  defp get_bucket({:set, _, _, _, _, _, _, _, segs}, slot), do: get_bucket_s(segs, slot)
  defp get_bucket_s(segs, slot), do: elem(elem(segs, div(slot - 1, @seg_size)), rem(slot - 1, @seg_size))
  defp put_bucket({:set, size, n, maxn, bso, exp, con, empty, segs}, slot, bucket),
    do: {:set, size, n, maxn, bso, exp, con, empty, put_bucket_s(segs, slot, bucket)}
  defp put_bucket_s(segs, slot, bucket) do
    seg_i = div(slot - 1, @seg_size)
    put_elem(segs, seg_i, put_elem(elem(segs, seg_i), rem(slot - 1, @seg_size), bucket))
  end

  defp maybe_expand({:set, size, _, _, _, exp, _, _, _} = t0, ic) when size + ic > exp do
    {:set, size, n0, maxn, bso, _, _, empty, segs0} = maybe_expand_segs(t0)
    n = n0 + 1
    slot1 = n - bso
    {b1, b2} = rehash(get_bucket_s(segs0, slot1), slot1, n, maxn)
    segs = segs0 |> put_bucket_s(slot1, b1) |> put_bucket_s(n, b2)
    {:set, size + ic, n, maxn, bso, n * @expand_load, n * @contract_load, empty, segs}
  end
  defp maybe_expand({:set, size, n, maxn, bso, exp, con, empty, segs}, ic),
    do: {:set, size + ic, n, maxn, bso, exp, con, empty, segs}

  defp maybe_expand_segs({:set, size, n, n, bso, exp, con, empty, segs}) do
    segs = List.to_tuple(Tuple.to_list(segs) ++ :lists.duplicate(tuple_size(segs), empty))
    {:set, size, n, 2 * n, 2 * bso, exp, con, empty, segs}
  end
  defp maybe_expand_segs(t), do: t

  defp rehash([], _, _, _), do: {[], []}
  defp rehash([e | t], slot1, slot2, maxn) do
    {l1, l2} = rehash(t, slot1, slot2, maxn)
    if phash(e, maxn) == slot1, do: {[e | l1], l2}, else: {l1, [e | l2]}
  end

  defp maybe_contract({:set, size, n, maxn, bso, _, con, empty, segs0}, dc) when size - dc < con and n > @seg_size do
    slot1 = n - bso
    b1 = get_bucket_s(segs0, slot1)
    b2 = get_bucket_s(segs0, n)
    segs = segs0 |> put_bucket_s(slot1, b1 ++ b2) |> put_bucket_s(n, [])
    n1 = n - 1
    maybe_contract_segs({:set, size - dc, n1, maxn, bso, n1 * @expand_load, n1 * @contract_load, empty, segs})
  end
  defp maybe_contract({:set, size, n, maxn, bso, exp, con, empty, segs}, dc),
    do: {:set, size - dc, n, maxn, bso, exp, con, empty, segs}

  defp maybe_contract_segs({:set, size, n, maxn, n, exp, con, empty, segs}) do
    segs = List.to_tuple(Enum.take(Tuple.to_list(segs), div(tuple_size(segs), 2)))
    {:set, size, n, div(maxn, 2), div(n, 2), exp, con, empty, segs}
  end
  defp maybe_contract_segs(t), do: t

  # erlang:phash/2, the BEAM's old portable hash
  @m 4294967296
  defp phash(term, range), do: rem(hash(0, term), range) + 1

  defp hash(h, []), do: rem(h * 268435459 + 1, @m)
  defp hash(h, i) when is_integer(i) do
    y = abs(i)
    h = hash_word(h, rem(y, @m))
    h = if div(y, @m) > 0, do: hash_word(h, rem(div(y, @m), @m)), else: h
    rem(h * if(i < 0, do: 268436141, else: 268435459), @m)
  end
  defp hash(h, f) when is_float(f) do
    <<hi::32, lo::32>> = <<f::float-64>>
    rem(h * 268437017 + :erlang.bxor(hi, lo), @m)
  end
  defp hash(h, a) when is_atom(a), do: rem(h * 268440163 + hashpjw(:erlang.atom_to_binary(a, :latin1), 0), @m)
  defp hash(h, b) when is_binary(b) do
    rem(hash_bytes(b, h) * 268436141 + byte_size(b), @m)
  end
  defp hash_bytes(<<byte, rest::binary>>, h), do: hash_bytes(rest, rem(h * 268440163 + byte, @m))
  defp hash_bytes(<<>>, h), do: h
  defp hash(h, [_ | _] = l), do: hash_list(h, l)
  defp hash(h, t) when is_tuple(t) do
    h = Enum.reduce(Tuple.to_list(t), h, fn e, h -> hash(h, e) end)
    rem(h * 268439627 + tuple_size(t), @m)
  end
  defp hash(h, other), do: rem(h * 268440479 + :erlang.phash2(other), @m)

  defp hash_list(h, [e | rest]) when is_integer(e) and e >= 0 and e < 256, do: hash_list(rem(h * 268439161 + e, @m), rest)
  defp hash_list(h, [e | rest]), do: hash_list(hash(h, e), rest)
  defp hash_list(h, tail), do: rem(hash(h, tail) * 268437511, @m)

  defp hash_word(h, x) do
    p = 268439161
    h = rem(h * p + rem(x, 256), @m)
    h = rem(h * p + rem(div(x, 256), 256), @m)
    h = rem(h * p + rem(div(x, 65536), 256), @m)
    rem(h * p + div(x, 16777216), @m)
  end

  defp hashpjw(<<v, rest::binary>>, h) do
    h = h * 16 + v
    g = :erlang.band(h, 0xF0000000)
    h = if g != 0, do: :erlang.bxor(:erlang.bxor(h, div(g, 16777216)), g), else: h
    hashpjw(rest, h)
  end
  defp hashpjw(<<>>, h), do: h
end
)elixir";
}

}  // namespace taskplay::lang

// The prelude's Enumerable and Enum (Elixir 1.14's, function for function).
//
// Every enumerable is walked through one reduce protocol, Enumerable.reduce/3, with
// Elixir's tagged accumulators ({:cont, acc}, {:halt, acc}, {:suspend, acc}), so Enum works
// on lists, maps, ranges, MapSets, streams and functions of arity 2 alike, halts early
// (Enum.take/2 of an endless stream) and suspends (Enum.zip/2 of two streams). Lists take
// direct recursive paths where Elixir's Enum has them (no list copied per call).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_enum_source() {
  return R"elixir(
defmodule Enumerable do
  def impl_for(data), do: Protocol.__impl_for__(Enumerable, data)
  def impl_for!(data), do: Protocol.__impl_for__!(Enumerable, data)
  def __protocol__(:functions), do: [count: 1, member?: 2, reduce: 3, slice: 1]
  def __protocol__(:module), do: Enumerable
  def __protocol__(:consolidated?), do: false
  def __protocol__(:impls), do: :not_consolidated
  def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)
  def reduce(%{__struct__: Range, first: first, last: last, step: step}, acc, fun),
    do: reduce_range(first, last, step, acc, fun)
  def reduce(%{__struct__: MapSet, map: map}, acc, fun), do: reduce_list(:maps.keys(map), acc, fun)
  def reduce(%{__struct__: Stream} = stream, acc, fun), do: Stream.__reduce__(stream, acc, fun)
  def reduce(%{__struct__: Date.Range} = r, acc, fun) when not is_map_key(r, :step), do: reduce(stepped(r), acc, fun)
  def reduce(%{__struct__: Date.Range, first_in_iso_days: f, last_in_iso_days: l, step: s} = r, acc, fun),
    do: reduce_range(f, l, s, acc, fn days, acc -> fun.(Date.__from_days__(days, r.first.calendar), acc) end)
  def reduce(%{__struct__: File.Stream} = stream, acc, fun), do: File.__stream_reduce__(stream, acc, fun)
  def reduce(%{__struct__: IO.Stream} = stream, acc, fun), do: IO.__stream_reduce__(stream, acc, fun)
  def reduce(%{__struct__: _} = struct, acc, fun), do: impl!(struct).reduce(struct, acc, fun)
  def reduce(map, acc, fun) when is_map(map), do: reduce_list(:maps.to_list(map), acc, fun)
  def reduce(function, acc, fun) when is_function(function, 2), do: function.(acc, fun)
  def reduce(function, _acc, _fun) when is_function(function),
    do: undefined(function, "only anonymous functions of arity 2 are enumerable")
  def reduce(other, _acc, _fun), do: undefined(other, "")

  def count(list) when is_list(list), do: {:ok, length(list)}
  def count(%{__struct__: Range} = range), do: {:ok, Range.size(range)}
  def count(%{__struct__: MapSet, map: map}), do: {:ok, map_size(map)}
  def count(%{__struct__: Stream}), do: {:error, Enumerable.Stream}
  def count(%{__struct__: Date.Range} = r) when not is_map_key(r, :step), do: count(stepped(r))
  def count(%{__struct__: Date.Range, first_in_iso_days: f, last_in_iso_days: l, step: s}),
    do: {:ok, Range.size(f..l//s)}
  def count(%{__struct__: File.Stream} = stream), do: File.__stream_count__(stream)
  def count(%{__struct__: IO.Stream}), do: {:error, Enumerable.IO.Stream}
  def count(%{__struct__: _} = struct), do: impl!(struct).count(struct)
  def count(map) when is_map(map), do: {:ok, map_size(map)}
  def count(function) when is_function(function), do: {:error, Enumerable.Function}
  def count(other), do: undefined(other, "")

  def member?([], _value), do: {:ok, false}
  def member?(list, _value) when is_list(list), do: {:error, Enumerable.List}
  def member?(%{__struct__: Range, first: first, last: last, step: step}, value) when is_integer(value) do
    if (step > 0 and first <= value and value <= last) or (step < 0 and last <= value and value <= first),
      do: {:ok, rem(value - first, step) == 0},
      else: {:ok, false}
  end
  def member?(%{__struct__: Range}, _value), do: {:ok, false}
  def member?(%{__struct__: MapSet, map: map}, value), do: {:ok, :maps.is_key(value, map)}
  def member?(%{__struct__: Stream}, _value), do: {:error, Enumerable.Stream}
  def member?(%{__struct__: Date.Range} = r, value) when not is_map_key(r, :step), do: member?(stepped(r), value)
  def member?(%{__struct__: Date.Range, first: %{calendar: calendar}, first_in_iso_days: f, last_in_iso_days: l, step: s},
              %{__struct__: Date, calendar: calendar} = date),
      do: {:ok, Date.__days__(date) in f..l//s}
  def member?(%{__struct__: Date.Range}, _value), do: {:ok, false}
  def member?(%{__struct__: File.Stream}, _value), do: {:error, Enumerable.File.Stream}
  def member?(%{__struct__: IO.Stream}, _value), do: {:error, Enumerable.IO.Stream}
  def member?(%{__struct__: _} = struct, value), do: impl!(struct).member?(struct, value)
  def member?(map, {key, value}) when is_map(map) do
    case map do
      %{^key => ^value} -> {:ok, true}
      %{} -> {:ok, false}
    end
  end
  def member?(map, _other) when is_map(map), do: {:ok, false}
  def member?(function, _value) when is_function(function), do: {:error, Enumerable.Function}
  def member?(other, _value), do: undefined(other, "")

  # {:ok, size, fun(start, amount, step) -> list} where the size is known without a walk
  def slice([]), do: {:ok, 0, fn _, _, _ -> [] end}
  def slice(list) when is_list(list), do: {:error, Enumerable.List}
  def slice(%{__struct__: Range, first: first, step: step} = range) do
    {:ok, Range.size(range), fn start, amount, by -> range_slice(first + start * step, step * by, amount) end}
  end
  def slice(%{__struct__: MapSet, map: map}) do
    {:ok, map_size(map), fn start, amount, by -> Enum.__slice_list__(:maps.keys(map), start, amount, by) end}
  end
  def slice(%{__struct__: Stream}), do: {:error, Enumerable.Stream}
  def slice(%{__struct__: Date.Range} = r) when not is_map_key(r, :step), do: slice(stepped(r))
  def slice(%{__struct__: Date.Range, first_in_iso_days: f, last_in_iso_days: l, step: s} = r) do
    {:ok, Range.size(f..l//s), fn start, amount, by ->
      for days <- range_slice(f + start * s, s * by, amount), do: Date.__from_days__(days, r.first.calendar)
    end}
  end
  def slice(%{__struct__: File.Stream}), do: {:error, Enumerable.File.Stream}
  def slice(%{__struct__: IO.Stream}), do: {:error, Enumerable.IO.Stream}
  def slice(%{__struct__: _} = struct), do: impl!(struct).slice(struct)
  def slice(map) when is_map(map) do
    {:ok, map_size(map), fn start, amount, by -> Enum.__slice_list__(:maps.to_list(map), start, amount, by) end}
  end
  def slice(function) when is_function(function), do: {:error, Enumerable.Function}
  def slice(other), do: undefined(other, "")

  # a Date.Range made before Elixir 1.12 has no step: 1, or -1 when it counts down
  defp stepped(%{first_in_iso_days: f, last_in_iso_days: l} = r), do: Map.put(r, :step, if(f <= l, do: 1, else: -1))

  defp range_slice(_current, _step, 0), do: []
  defp range_slice(current, step, amount), do: [current | range_slice(current + step, step, amount - 1)]

  defp reduce_list(_list, {:halt, acc}, _fun), do: {:halted, acc}
  defp reduce_list(list, {:suspend, acc}, fun), do: {:suspended, acc, &reduce_list(list, &1, fun)}
  defp reduce_list([], {:cont, acc}, _fun), do: {:done, acc}
  defp reduce_list([head | tail], {:cont, acc}, fun), do: reduce_list(tail, fun.(head, acc), fun)

  defp reduce_range(_first, _last, _step, {:halt, acc}, _fun), do: {:halted, acc}
  defp reduce_range(first, last, step, {:suspend, acc}, fun),
    do: {:suspended, acc, &reduce_range(first, last, step, &1, fun)}
  defp reduce_range(first, last, step, {:cont, acc}, fun)
       when (step > 0 and first <= last) or (step < 0 and first >= last),
       do: reduce_range(first + step, last, step, fun.(first, acc), fun)
  defp reduce_range(_first, _last, _step, {:cont, acc}, _fun), do: {:done, acc}

  # the program's own implementation for its struct (defimpl Enumerable, for: Countdown)
  defp impl!(%{__struct__: struct} = value) do
    impl = :taskplay.protocol_impl(Enumerable, struct)
    if impl, do: impl, else: undefined(value, "")
  end

  defp undefined(value, description) do
    raise %{__struct__: Protocol.UndefinedError, __exception__: true, protocol: Enumerable,
            value: value, description: description}
  end
end

# The implementations' own modules, which a program's implementation may call
# (Enumerable.List.reduce/3 for a struct that wraps a list): Enumerable's own clauses.
defmodule Enumerable.List do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end
defmodule Enumerable.Map do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end
defmodule Enumerable.MapSet do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end
defmodule Enumerable.Range do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end
defmodule Enumerable.Function do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end
defmodule Enumerable.File.Stream do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end
defmodule Enumerable.IO.Stream do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end
defmodule Enumerable.Stream do
  def reduce(enumerable, acc, fun), do: Enumerable.reduce(enumerable, acc, fun)
  def count(enumerable), do: Enumerable.count(enumerable)
  def member?(enumerable, value), do: Enumerable.member?(enumerable, value)
  def slice(enumerable), do: Enumerable.slice(enumerable)
end

defmodule Collectable do
  def impl_for(data), do: Protocol.__impl_for__(Collectable, data)
  def impl_for!(data), do: Protocol.__impl_for__!(Collectable, data)
  def __protocol__(:functions), do: [into: 1]
  def __protocol__(:module), do: Collectable
  def __protocol__(:consolidated?), do: false
  def __protocol__(:impls), do: :not_consolidated
  # {initial, fun}: fun.(acc, {:cont, x}) collects, fun.(acc, :done) finishes, fun.(acc, :halt)
  # gives up (Elixir's Collectable protocol, for lists, maps, MapSets and strings)
  def into(list) when is_list(list) do
    {[], fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> list ++ :lists.reverse(acc)
      _acc, :halt -> :ok
    end}
  end
  def into(%{__struct__: MapSet} = set) do
    {set, fn
      set, {:cont, x} -> MapSet.put(set, x)
      set, :done -> set
      _set, :halt -> :ok
    end}
  end
  def into(%{__struct__: File.Stream} = stream), do: File.__stream_into__(stream)
  def into(%{__struct__: IO.Stream} = stream), do: IO.__stream_into__(stream)
  def into(%{__struct__: s} = struct) do
    case :taskplay.protocol_impl(Collectable, s) do
      nil -> undefined(struct)
      impl -> impl.into(struct)
    end
  end
  def into(map) when is_map(map) do
    {map, fn
      map, {:cont, {key, value}} -> Map.put(map, key, value)
      _map, {:cont, other} -> raise ArgumentError, "collecting into a map requires {key, value} tuples, got: " <> inspect(other)
      map, :done -> map
      _map, :halt -> :ok
    end}
  end
  def into(bitstring) when is_bitstring(bitstring), do: Collectable.BitString.into(bitstring)
  def into(other), do: undefined(other)

  defp undefined(value) do
    raise %{__struct__: Protocol.UndefinedError, __exception__: true, protocol: Collectable,
            value: value, description: ""}
  end
end

# Collectable for strings and bitstrings, as Elixir 1.14 collects: into a binary the pieces
# are kept as iodata and joined once at the end; a piece that is not a whole number of bytes
# (or an initial bitstring that is not) makes it join as it goes. A piece that is not a
# bitstring at all matches no clause (FunctionClauseError, as in Elixir).
defmodule Collectable.BitString do
  def into(binary) when is_binary(binary) do
    {[binary], fn
      acc, {:cont, x} when is_binary(x) and is_list(acc) -> [acc | x]
      acc, {:cont, x} when is_bitstring(x) and is_bitstring(acc) -> <<acc::bitstring, x::bitstring>>
      acc, {:cont, x} when is_bitstring(x) -> <<IO.iodata_to_binary(acc)::bitstring, x::bitstring>>
      acc, :done when is_bitstring(acc) -> acc
      acc, :done -> IO.iodata_to_binary(acc)
      _acc, :halt -> :ok
    end}
  end
  def into(bitstring) do
    {bitstring, fn
      acc, {:cont, x} when is_bitstring(x) -> <<acc::bitstring, x::bitstring>>
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end

defmodule Enum do
  # [SECTION] all? any? at chunk* concat count*
  def all?(list) when is_list(list), do: all_list(list)
  def all?(enumerable), do: all?(enumerable, fn x -> x end)
  def all?(list, fun) when is_list(list), do: all_list(list, fun)
  def all?(enumerable, fun) do
    Enumerable.reduce(enumerable, {:cont, true}, fn x, _ ->
      if fun.(x), do: {:cont, true}, else: {:halt, false}
    end) |> elem(1)
  end
  defp all_list([]), do: true
  defp all_list([h | t]), do: if(h, do: all_list(t), else: false)
  defp all_list([], _fun), do: true
  defp all_list([h | t], fun), do: if(fun.(h), do: all_list(t, fun), else: false)

  def any?(list) when is_list(list), do: any_list(list)
  def any?(enumerable), do: any?(enumerable, fn x -> x end)
  def any?(list, fun) when is_list(list), do: any_list(list, fun)
  def any?(enumerable, fun) do
    Enumerable.reduce(enumerable, {:cont, false}, fn x, _ ->
      if fun.(x), do: {:halt, true}, else: {:cont, false}
    end) |> elem(1)
  end
  defp any_list([]), do: false
  defp any_list([h | t]), do: if(h, do: true, else: any_list(t))
  defp any_list([], _fun), do: false
  defp any_list([h | t], fun), do: if(fun.(h), do: true, else: any_list(t, fun))

  def at(enumerable, index), do: at(enumerable, index, nil)
  def at(enumerable, index, default) when is_integer(index) do
    case slice_forward(enumerable, index, 1, 1) do
      [value] -> value
      [] -> default
    end
  end

  def chunk(enumerable, count), do: chunk(enumerable, count, count, nil)
  def chunk(enumerable, count, step), do: chunk_every(enumerable, count, step, :discard)
  def chunk(enumerable, count, step, leftover),
    do: chunk_every(enumerable, count, step, leftover || :discard)

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])
  def chunk_every(enumerable, count, step), do: chunk_every(enumerable, count, step, [])
  def chunk_every(enumerable, count, step, leftover)
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    {chunk_fun, after_fun} = Stream.__chunk_every__(count, step, leftover)
    chunk_while(enumerable, {[], 0}, chunk_fun, after_fun)
  end

  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {_, {chunks, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, {chunks, acc} ->
        case chunk_fun.(x, acc) do
          {:cont, chunk, acc} -> {:cont, {[chunk | chunks], acc}}
          {:cont, acc} -> {:cont, {chunks, acc}}
          {:halt, acc} -> {:halt, {chunks, acc}}
        end
      end)
    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(chunks)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | chunks])
    end
  end

  def chunk_by(enumerable, fun) do
    {chunk_fun, after_fun} = Stream.__chunk_by__(fun)
    chunk_while(enumerable, nil, chunk_fun, after_fun)
  end

  def concat(enumerables) when is_list(enumerables), do: concat_list(enumerables)
  def concat(enumerables), do: concat_enum(enumerables)
  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: concat_enum([left, right])
  defp concat_list([]), do: []
  defp concat_list([h | t]) when is_list(h), do: h ++ concat_list(t)
  defp concat_list(list), do: concat_enum(list)
  defp concat_enum(enumerables) do
    enumerables
    |> reduce([], fn enumerable, acc -> reduce(enumerable, acc, fn x, acc -> [x | acc] end) end)
    |> :lists.reverse()
  end

  def count(list) when is_list(list), do: length(list)
  def count(enumerable) do
    case Enumerable.count(enumerable) do
      {:ok, n} -> n
      {:error, _} -> reduce(enumerable, 0, fn _, n -> n + 1 end)
    end
  end
  def count(enumerable, fun) do
    reduce(enumerable, 0, fn x, n -> if fun.(x), do: n + 1, else: n end)
  end

  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    case Enumerable.count(enumerable) do
      {:ok, n} -> Kernel.min(n, limit)
      {:error, _} ->
        Enumerable.reduce(enumerable, {:cont, 0}, fn _, n ->
          if n + 1 == limit, do: {:halt, limit}, else: {:cont, n + 1}
        end) |> elem(1)
    end
  end
  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do
    Enumerable.reduce(enumerable, {:cont, 0}, fn x, n ->
      cond do
        not fun.(x) -> {:cont, n}
        n + 1 == limit -> {:halt, limit}
        true -> {:cont, n + 1}
      end
    end) |> elem(1)
  end

  # [SECTION] dedup drop each empty? fetch filter find*
  def dedup(list) when is_list(list), do: dedup_list(list, make_ref())
  def dedup(enumerable), do: dedup_list(reduce_order(enumerable), make_ref())
  defp dedup_list([], _last), do: []
  defp dedup_list([h | t], last) when h === last, do: dedup_list(t, last)
  defp dedup_list([h | t], _last), do: [h | dedup_list(t, h)]

  def dedup_by(enumerable, fun) do
    {list, _} =
      reduce(enumerable, {[], :none}, fn x, {acc, previous} ->
        value = fun.(x)
        case previous do
          {:value, ^value} -> {acc, previous}
          _ -> {[x | acc], {:value, value}}
        end
      end)
    :lists.reverse(list)
  end

  def drop(list, amount) when is_list(list) and is_integer(amount) and amount >= 0, do: drop_list(list, amount)
  def drop(enumerable, 0), do: to_list(enumerable)
  def drop(enumerable, amount) when is_integer(amount) and amount > 0 do
    {list, _} =
      reduce(enumerable, {[], amount}, fn
        _x, {acc, n} when n > 0 -> {acc, n - 1}
        x, {acc, 0} -> {[x | acc], 0}
      end)
    :lists.reverse(list)
  end
  def drop(enumerable, amount) when is_integer(amount) and amount < 0 do
    {count, fun} = slice_count_and_fun(enumerable)
    amount = Kernel.min(amount + count, count)
    if amount > 0, do: fun.(0, amount, 1), else: []
  end
  defp drop_list(list, 0), do: list
  defp drop_list([], _n), do: []
  defp drop_list([_ | t], n), do: drop_list(t, n - 1)

  def drop_every(_enumerable, 1), do: []
  def drop_every(enumerable, 0), do: to_list(enumerable)
  def drop_every([], nth) when is_integer(nth), do: []
  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {list, _} =
      reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {acc, i + 1}, else: {[x | acc], i + 1}
      end)
    :lists.reverse(list)
  end

  def drop_while(list, fun) when is_list(list), do: drop_while_list(list, fun)
  def drop_while(enumerable, fun), do: drop_while_list(reduce_order(enumerable), fun)
  defp drop_while_list([], _fun), do: []
  defp drop_while_list([h | t] = list, fun), do: if(fun.(h), do: drop_while_list(t, fun), else: list)

  def each(list, fun) when is_list(list), do: each_list(list, fun)
  def each(enumerable, fun) do
    reduce(enumerable, nil, fn x, _ ->
      fun.(x)
      nil
    end)
    :ok
  end
  defp each_list([], _fun), do: :ok
  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  def empty?(list) when is_list(list), do: list == []
  def empty?(enumerable) do
    case Enumerable.slice(enumerable) do
      {:ok, n, _} -> n == 0
      {:error, _} -> Enumerable.reduce(enumerable, {:cont, true}, fn _, _ -> {:halt, false} end) |> elem(1)
    end
  end

  def fetch(enumerable, index) when is_integer(index) do
    case slice_forward(enumerable, index, 1, 1) do
      [value] -> {:ok, value}
      [] -> :error
    end
  end

  def fetch!(enumerable, index) when is_integer(index) do
    case slice_forward(enumerable, index, 1, 1) do
      [value] -> value
      [] -> raise Enum.OutOfBoundsError
    end
  end

  def filter(list, fun) when is_list(list), do: filter_list(list, fun)
  def filter(enumerable, fun) do
    reduce(enumerable, [], fn x, acc -> if fun.(x), do: [x | acc], else: acc end) |> :lists.reverse()
  end
  defp filter_list([], _fun), do: []
  defp filter_list([h | t], fun), do: if(fun.(h), do: [h | filter_list(t, fun)], else: filter_list(t, fun))

  def filter_map(enumerable, filter, mapper) do
    reduce(enumerable, [], fn x, acc -> if filter.(x), do: [mapper.(x) | acc], else: acc end)
    |> :lists.reverse()
  end

  def find(enumerable, fun), do: find(enumerable, nil, fun)
  def find(list, default, fun) when is_list(list), do: find_list(list, default, fun)
  def find(enumerable, default, fun) do
    Enumerable.reduce(enumerable, {:cont, default}, fn x, default ->
      if fun.(x), do: {:halt, x}, else: {:cont, default}
    end) |> elem(1)
  end
  defp find_list([], default, _fun), do: default
  defp find_list([h | t], default, fun), do: if(fun.(h), do: h, else: find_list(t, default, fun))

  def find_index(enumerable, fun) do
    result =
      Enumerable.reduce(enumerable, {:cont, 0}, fn x, i ->
        if fun.(x), do: {:halt, {:found, i}}, else: {:cont, i + 1}
      end)
    case result do
      {:halted, {:found, i}} -> i
      _ -> nil
    end
  end

  def find_value(enumerable, fun), do: find_value(enumerable, nil, fun)
  def find_value(list, default, fun) when is_list(list), do: find_value_list(list, default, fun)
  def find_value(enumerable, default, fun) do
    Enumerable.reduce(enumerable, {:cont, default}, fn x, default ->
      value = fun.(x)
      if value, do: {:halt, value}, else: {:cont, default}
    end) |> elem(1)
  end
  defp find_value_list([], default, _fun), do: default
  defp find_value_list([h | t], default, fun), do: fun.(h) || find_value_list(t, default, fun)

  # [SECTION] flat_map frequencies group_by intersperse into join
  def flat_map(list, fun) when is_list(list), do: flat_map_list(list, fun)
  def flat_map(enumerable, fun) do
    reduce(enumerable, [], fn x, acc -> reverse_onto(fun.(x), acc) end) |> :lists.reverse()
  end
  defp flat_map_list([], _fun), do: []
  defp flat_map_list([h | t], fun) do
    case fun.(h) do
      list when is_list(list) -> list ++ flat_map_list(t, fun)
      other -> to_list(other) ++ flat_map_list(t, fun)
    end
  end
  defp reverse_onto(list, acc) when is_list(list), do: :lists.reverse(list, acc)
  defp reverse_onto(other, acc), do: reduce_enumerable(other, acc, fn x, acc -> [x | acc] end)

  def flat_map_reduce(enumerable, acc, fun) do
    {_, {list, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, {list, acc} ->
        case fun.(x, acc) do
          {:halt, acc} -> {:halt, {list, acc}}
          {entries, acc} -> {:cont, {reverse_onto(entries, list), acc}}
        end
      end)
    {:lists.reverse(list), acc}
  end

  def frequencies(enumerable) do
    reduce(enumerable, %{}, fn key, acc ->
      case acc do
        %{^key => n} -> :maps.update(key, n + 1, acc)
        %{} -> Map.put(acc, key, 1)
      end
    end)
  end
  def frequencies_by(enumerable, key_fun) when is_function(key_fun) do
    reduce(enumerable, %{}, fn x, acc ->
      key = key_fun.(x)
      case acc do
        %{^key => n} -> :maps.update(key, n + 1, acc)
        %{} -> Map.put(acc, key, 1)
      end
    end)
  end

  def group_by(enumerable, key_fun), do: group_by(enumerable, key_fun, fn x -> x end)
  def group_by(enumerable, key_fun, value_fun) when is_function(key_fun) do
    reduce(reverse(enumerable), %{}, fn x, acc ->
      key = key_fun.(x)
      value = value_fun.(x)
      case acc do
        %{^key => values} -> :maps.update(key, [value | values], acc)
        %{} -> Map.put(acc, key, [value])
      end
    end)
  end

  def intersperse(list, separator) when is_list(list), do: intersperse_list(list, separator)
  def intersperse(enumerable, separator), do: intersperse_list(reduce_order(enumerable), separator)
  defp intersperse_list([], _separator), do: []
  defp intersperse_list([x], _separator), do: [x]
  defp intersperse_list([h | t], separator), do: [h, separator | intersperse_list(t, separator)]

  def into(enumerable, []), do: to_list(enumerable)
  def into(%{__struct__: _} = enumerable, collectable), do: into_protocol(enumerable, collectable, nil)
  def into(enumerable, %{__struct__: _} = collectable), do: into_protocol(enumerable, collectable, nil)
  def into(enumerable, %{} = map) when map_size(map) == 0 and is_map(enumerable), do: enumerable
  def into(enumerable, %{} = map) do
    reduce(enumerable, map, fn {key, value}, acc -> Map.put(acc, key, value) end)
  end
  def into(enumerable, collectable), do: into_protocol(enumerable, collectable, nil)

  def into(enumerable, [], transform), do: map(enumerable, transform)
  def into(%{__struct__: _} = enumerable, collectable, transform),
    do: into_protocol(enumerable, collectable, transform)
  def into(enumerable, %{__struct__: _} = collectable, transform),
    do: into_protocol(enumerable, collectable, transform)
  def into(enumerable, %{} = map, transform) do
    reduce(enumerable, map, fn x, acc ->
      {key, value} = transform.(x)
      Map.put(acc, key, value)
    end)
  end
  def into(enumerable, collectable, transform), do: into_protocol(enumerable, collectable, transform)

  defp into_protocol(enumerable, collectable, transform) do
    {initial, fun} = Collectable.into(collectable)
    try do
      if transform do
        reduce_enumerable(enumerable, initial, fn x, acc -> fun.(acc, {:cont, transform.(x)}) end)
      else
        reduce_enumerable(enumerable, initial, fn x, acc -> fun.(acc, {:cont, x}) end)
      end
    catch
      kind, reason ->
        fun.(initial, :halt)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      acc -> fun.(acc, :done)
    end
  end

  def join(enumerable), do: join(enumerable, "")
  def join(list, joiner) when is_list(list) and is_binary(joiner), do: :taskplay.join(list, joiner)
  def join(enumerable, joiner) when is_binary(joiner), do: :taskplay.join(to_list(enumerable), joiner)

  # [SECTION] map* max* member? min*
  def map(list, fun) when is_list(list), do: map_list(list, fun)
  def map(enumerable, fun), do: reduce(enumerable, [], fn x, acc -> [fun.(x) | acc] end) |> :lists.reverse()
  defp map_list([], _fun), do: []
  defp map_list([h | t], fun), do: [fun.(h) | map_list(t, fun)]

  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)
  def map_every([], nth, _fun) when is_integer(nth) and nth > 1, do: []
  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    {list, _} =
      reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[fun.(x) | acc], i + 1}, else: {[x | acc], i + 1}
      end)
    :lists.reverse(list)
  end

  def map_intersperse(enumerable, separator, mapper) do
    case map(enumerable, mapper) do
      [] -> []
      list -> intersperse_list(list, separator)
    end
  end

  def map_join(enumerable, mapper), do: map_join(enumerable, "", mapper)
  def map_join(enumerable, joiner, mapper) when is_binary(joiner),
    do: :taskplay.join(map(enumerable, mapper), joiner)

  def map_reduce(list, acc, fun) when is_list(list), do: map_reduce_list(list, acc, fun)
  def map_reduce(enumerable, acc, fun) do
    {list, acc} =
      reduce(enumerable, {[], acc}, fn x, {list, acc} ->
        {y, acc} = fun.(x, acc)
        {[y | list], acc}
      end)
    {:lists.reverse(list), acc}
  end
  defp map_reduce_list([], acc, _fun), do: {[], acc}
  defp map_reduce_list([h | t], acc, fun) do
    {y, acc} = fun.(h, acc)
    {rest, acc} = map_reduce_list(t, acc, fun)
    {[y | rest], acc}
  end

  def max(enumerable), do: max(enumerable, &>=/2, &empty_error/0)
  def max(enumerable, empty_fallback) when is_function(empty_fallback, 0),
    do: max(enumerable, &>=/2, empty_fallback)
  def max(enumerable, sorter), do: max(enumerable, sorter, &empty_error/0)
  def max(enumerable, sorter, empty_fallback),
    do: aggregate(enumerable, max_sort_fun(sorter), empty_fallback)
  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp max_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end

  def min(enumerable), do: min(enumerable, &<=/2, &empty_error/0)
  def min(enumerable, empty_fallback) when is_function(empty_fallback, 0),
    do: min(enumerable, &<=/2, empty_fallback)
  def min(enumerable, sorter), do: min(enumerable, sorter, &empty_error/0)
  def min(enumerable, sorter, empty_fallback),
    do: aggregate(enumerable, min_sort_fun(sorter), empty_fallback)
  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp min_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end

  def max_by(enumerable, fun) when is_function(fun, 1), do: max_by(enumerable, fun, &>=/2, &empty_error/0)
  def max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0),
    do: max_by(enumerable, fun, &>=/2, empty_fallback)
  def max_by(enumerable, fun, sorter) when is_function(fun, 1),
    do: max_by(enumerable, fun, sorter, &empty_error/0)
  def max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1),
    do: aggregate_by(enumerable, fun, max_sort_fun(sorter), empty_fallback)

  def min_by(enumerable, fun) when is_function(fun, 1), do: min_by(enumerable, fun, &<=/2, &empty_error/0)
  def min_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0),
    do: min_by(enumerable, fun, &<=/2, empty_fallback)
  def min_by(enumerable, fun, sorter) when is_function(fun, 1),
    do: min_by(enumerable, fun, sorter, &empty_error/0)
  def min_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1),
    do: aggregate_by(enumerable, fun, min_sort_fun(sorter), empty_fallback)

  def min_max(enumerable), do: min_max(enumerable, &empty_error/0)
  def min_max(%{__struct__: Range, first: first, last: last, step: step} = range, empty_fallback)
      when is_function(empty_fallback, 0) do
    case Range.size(range) do
      0 -> empty_fallback.()
      _ ->
        last = last - rem(last - first, step)
        {Kernel.min(first, last), Kernel.max(first, last)}
    end
  end
  def min_max(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    result =
      reduce(enumerable, :empty, fn
        x, :empty -> {x, x}
        x, {min, max} -> {Kernel.min(min, x), Kernel.max(max, x)}
      end)
    if result == :empty, do: empty_fallback.(), else: result
  end

  def min_max_by(enumerable, fun) when is_function(fun, 1), do: min_max_by(enumerable, fun, &</2, &empty_error/0)
  def min_max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0),
    do: min_max_by(enumerable, fun, &</2, empty_fallback)
  def min_max_by(enumerable, fun, sorter) when is_function(fun, 1),
    do: min_max_by(enumerable, fun, sorter, &empty_error/0)
  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_atom(sorter) and is_function(empty_fallback, 0),
      do: min_max_by(enumerable, fun, fn a, b -> sorter.compare(a, b) == :lt end, empty_fallback)
  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_function(sorter, 2) and is_function(empty_fallback, 0) do
    result =
      reduce(enumerable, :empty, fn
        x, :empty ->
          y = fun.(x)
          {x, x, y, y}
        x, {min, max, fun_min, fun_max} = acc ->
          y = fun.(x)
          cond do
            sorter.(y, fun_min) -> {x, max, y, fun_max}
            sorter.(fun_max, y) -> {min, x, fun_min, y}
            true -> acc
          end
      end)
    case result do
      :empty -> empty_fallback.()
      {min, max, _, _} -> {min, max}
    end
  end

  defp empty_error, do: raise(Enum.EmptyError)

  defp aggregate([h | t], fun, _empty), do: aggregate_list(t, h, fun)
  defp aggregate([], _fun, empty), do: empty.()
  defp aggregate(%{__struct__: Range, first: first, last: last, step: step} = range, fun, empty) do
    case Range.size(range) do
      0 -> empty.()
      _ ->
        last = last - rem(last - first, step)
        if fun.(first, last), do: first, else: last
    end
  end
  defp aggregate(enumerable, fun, empty) do
    result =
      reduce(enumerable, :empty, fn
        x, :empty -> {:value, x}
        x, {:value, acc} = kept -> if fun.(acc, x), do: kept, else: {:value, x}
      end)
    case result do
      :empty -> empty.()
      {:value, x} -> x
    end
  end
  defp aggregate_list([], acc, _fun), do: acc
  defp aggregate_list([h | t], acc, fun), do: aggregate_list(t, if(fun.(acc, h), do: acc, else: h), fun)

  defp aggregate_by(enumerable, fun, sorter, empty) do
    result =
      reduce(enumerable, :empty, fn
        x, :empty -> {x, fun.(x)}
        x, {_, best} = kept ->
          y = fun.(x)
          if sorter.(best, y), do: kept, else: {x, y}
      end)
    case result do
      :empty -> empty.()
      {x, _} -> x
    end
  end

  def member?(list, value) when is_list(list), do: :lists.member(value, list)
  def member?(enumerable, value) do
    case Enumerable.member?(enumerable, value) do
      {:ok, found} -> found
      {:error, _} ->
        Enumerable.reduce(enumerable, {:cont, false}, fn
          x, _ when x === value -> {:halt, true}
          _, _ -> {:cont, false}
        end) |> elem(1)
    end
  end

  # [SECTION] partition product random reduce* reject reverse* scan shuffle
  def partition(enumerable, fun), do: split_with(enumerable, fun)

  def product(enumerable), do: reduce(enumerable, 1, &*/2)

  # one :rand.uniform/1 draw for anything that knows its size, as Elixir draws it; a
  # stream samples one element as take_random/2 does
  def random(list) when is_list(list) do
    case length(list) do
      0 -> raise Enum.EmptyError
      n -> list |> drop_list(random_integer(0, n - 1)) |> hd()
    end
  end
  def random(enumerable) do
    result =
      case Enumerable.slice(enumerable) do
        {:ok, 0, _} -> []
        {:ok, count, fun} -> fun.(random_integer(0, count - 1), 1, 1)
        {:error, _} -> take_random(enumerable, 1)
      end
    case result do
      [] -> raise Enum.EmptyError
      [x] -> x
    end
  end
  defp random_integer(limit, limit), do: limit
  defp random_integer(lower, upper) when upper < lower, do: random_integer(upper, lower)
  defp random_integer(lower, upper), do: lower + :rand.uniform(upper - lower + 1) - 1

  def reduce([h | t], fun), do: reduce_list(t, h, fun)
  def reduce([], _fun), do: raise(Enum.EmptyError)
  def reduce(enumerable, fun) do
    result =
      reduce_enumerable(enumerable, :first, fn
        x, :first -> {:acc, x}
        x, {:acc, acc} -> {:acc, fun.(x, acc)}
      end)
    case result do
      :first -> raise Enum.EmptyError
      {:acc, acc} -> acc
    end
  end

  def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)
  def reduce(%{__struct__: Range, first: first, last: last, step: step}, acc, fun),
    do: reduce_range(first, last, step, acc, fun)
  def reduce(%{__struct__: _} = enumerable, acc, fun), do: reduce_enumerable(enumerable, acc, fun)
  # as Elixir's :maps.fold/3: the iterator's order, which for more than 32 keys is not
  # Enumerable.reduce's (:maps.to_list's)
  def reduce(map, acc, fun) when is_map(map), do: reduce_list(:taskplay.map_iteration(map), acc, fun)
  def reduce(enumerable, acc, fun), do: reduce_enumerable(enumerable, acc, fun)
  # Enumerable.reduce/3's order: a map's is :maps.to_list's
  defp reduce_enumerable(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)
  defp reduce_enumerable(enumerable, acc, fun) do
    Enumerable.reduce(enumerable, {:cont, acc}, fn x, acc -> {:cont, fun.(x, acc)} end) |> elem(1)
  end
  defp reduce_list([], acc, _fun), do: acc
  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)
  defp reduce_range(first, last, step, acc, fun)
       when (step > 0 and first <= last) or (step < 0 and first >= last),
       do: reduce_range(first + step, last, step, fun.(first, acc), fun)
  defp reduce_range(_first, _last, _step, acc, _fun), do: acc

  def reduce_while(enumerable, acc, fun), do: Enumerable.reduce(enumerable, {:cont, acc}, fun) |> elem(1)

  def reject(list, fun) when is_list(list), do: reject_list(list, fun)
  def reject(enumerable, fun) do
    reduce(enumerable, [], fn x, acc -> if fun.(x), do: acc, else: [x | acc] end) |> :lists.reverse()
  end
  defp reject_list([], _fun), do: []
  defp reject_list([h | t], fun), do: if(fun.(h), do: reject_list(t, fun), else: [h | reject_list(t, fun)])

  def reverse(list) when is_list(list), do: :lists.reverse(list)
  def reverse(enumerable), do: reduce(enumerable, [], fn x, acc -> [x | acc] end)
  def reverse(list, tail) when is_list(list), do: :lists.reverse(list, to_list(tail))
  def reverse(enumerable, tail), do: reduce(enumerable, to_list(tail), fn x, acc -> [x | acc] end)

  def reverse_slice(enumerable, start_index, count)
      when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0 do
    list = reduce_order(enumerable)
    {head, rest} = :lists.split(Kernel.min(start_index, length(list)), list)
    {middle, tail} = split_list(rest, count, [])
    head ++ :lists.reverse(middle, tail)
  end

  def scan([], _fun), do: []
  def scan([h | t], fun), do: [h | scan_list(t, h, fun)]
  def scan(enumerable, fun), do: scan(reduce_order(enumerable), fun)
  def scan(list, acc, fun) when is_list(list), do: scan_list(list, acc, fun)
  def scan(enumerable, acc, fun), do: scan_list(reduce_order(enumerable), acc, fun)
  defp scan_list([], _acc, _fun), do: []
  defp scan_list([h | t], acc, fun) do
    acc = fun.(h, acc)
    [acc | scan_list(t, acc, fun)]
  end

  # a float drawn for each element, sorted by it (stable, so the draws decide the order as
  # on the BEAM)
  def shuffle(enumerable) do
    randomized = reduce(enumerable, [], fn x, acc -> [{:rand.uniform(), x} | acc] end)
    shuffle_unwrap(:lists.keysort(1, randomized), [])
  end
  defp shuffle_unwrap([{_, h} | rest], acc), do: shuffle_unwrap(rest, [h | acc])
  defp shuffle_unwrap([], acc), do: acc

  # [SECTION] slice slide sort* split*
  def slice(enumerable, %{__struct__: Range, first: first, last: last, step: step} = index_range) do
    cond do
      step > 0 -> slice_range(enumerable, first, last, step)
      step == -1 and first > last -> slice_range(enumerable, first, last, 1)
      true ->
        raise ArgumentError,
              "Enum.slice/2 does not accept ranges with negative steps, got: " <> inspect(index_range)
    end
  end

  def slice(_enumerable, start_index, 0) when is_integer(start_index), do: []
  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and start_index < 0 and is_integer(amount) and amount >= 0 do
    {count, fun} = slice_count_and_fun(enumerable)
    start_index = Kernel.max(count + start_index, 0)
    amount = Kernel.min(amount, count - start_index)
    if amount > 0, do: fun.(start_index, amount, 1), else: []
  end
  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and is_integer(amount) and amount >= 0,
      do: slice_forward(enumerable, start_index, amount, 1)

  defp slice_range(enumerable, first, -1, step) when first >= 0 do
    if step == 1, do: drop(enumerable, first), else: enumerable |> drop(first) |> take_every_list(step - 1)
  end
  defp slice_range(enumerable, first, last, step) when last >= first and last >= 0 and first >= 0,
    do: slice_forward(enumerable, first, last - first + 1, step)
  defp slice_range(enumerable, first, last, step) do
    {count, fun} = slice_count_and_fun(enumerable)
    first = if first >= 0, do: first, else: Kernel.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    amount = last - first + 1
    if first < count and amount > 0 do
      amount = Kernel.min(amount, count - first)
      amount = if step == 1, do: amount, else: div(amount - 1, step) + 1
      fun.(first, amount, step)
    else
      []
    end
  end

  # `amount` elements from `start` (>= 0 here, or counted from the end), every `step`th
  defp slice_forward(enumerable, start, amount, step) when start < 0 do
    {count, fun} = slice_count_and_fun(enumerable)
    start = count + start
    if start >= 0 do
      amount = Kernel.min(amount, count - start)
      amount = if step == 1, do: amount, else: div(amount - 1, step) + 1
      fun.(start, amount, step)
    else
      []
    end
  end
  defp slice_forward(list, start, amount, step) when is_list(list) do
    amount = if step == 1, do: amount, else: div(amount - 1, step) + 1
    __slice_list__(list, start, amount, step)
  end
  defp slice_forward(enumerable, start, amount, step) do
    case Enumerable.slice(enumerable) do
      {:ok, count, _} when start >= count -> []
      {:ok, count, fun} ->
        amount = Kernel.min(amount, count - start)
        amount = if step == 1, do: amount, else: div(amount - 1, step) + 1
        if amount > 0, do: fun.(start, amount, step), else: []
      {:error, _} ->
        amount = if step == 1, do: amount, else: div(amount - 1, step) + 1
        slice_reduce(enumerable, start, amount, step)
    end
  end

  # `amount` elements, one every `step`, from `start` of any enumerable: walked, halted early
  defp slice_reduce(_enumerable, _start, amount, _step) when amount <= 0, do: []
  defp slice_reduce(enumerable, start, amount, step) do
    {_, {_, _, _, list}} =
      Enumerable.reduce(enumerable, {:cont, {start, amount, 1, []}}, fn
        _x, {start, amount, skip, list} when start > 0 -> {:cont, {start - 1, amount, skip, list}}
        x, {0, amount, 1, list} when amount > 1 -> {:cont, {0, amount - 1, step, [x | list]}}
        x, {0, _amount, 1, list} -> {:halt, {0, 0, 1, [x | list]}}
        _x, {0, amount, skip, list} -> {:cont, {0, amount, skip - 1, list}}
      end)
    :lists.reverse(list)
  end

  @doc false
  def __slice_list__(list, start, amount, 1), do: list |> drop_list(start) |> take_list(amount)
  def __slice_list__(list, start, amount, step), do: list |> drop_list(start) |> take_every_list(amount, step - 1)

  # {count, fun(start, amount, step)} of any enumerable
  defp slice_count_and_fun(list) when is_list(list) do
    {length(list), fn start, amount, step -> __slice_list__(list, start, amount, step) end}
  end
  defp slice_count_and_fun(enumerable) do
    case Enumerable.slice(enumerable) do
      {:ok, count, fun} -> {count, fun}
      {:error, _} ->
        list = to_list(enumerable)
        {length(list), fn start, amount, step -> __slice_list__(list, start, amount, step) end}
    end
  end

  defp take_every_list([], _to_drop), do: []
  defp take_every_list([h | t], to_drop), do: [h | take_every_list(drop_list(t, to_drop), to_drop)]
  defp take_every_list(_list, 0, _to_drop), do: []
  defp take_every_list([], _n, _to_drop), do: []
  defp take_every_list([h | t], n, to_drop), do: [h | take_every_list(drop_list(t, to_drop), n - 1, to_drop)]

  def slide(enumerable, index, insertion_index) when is_integer(index),
    do: slide(enumerable, Range.new(index, index, 1), insertion_index)
  def slide(enumerable, %{__struct__: Range, first: first, last: last, step: step} = range, insertion_index) do
    cond do
      step != 1 ->
        raise ArgumentError, "Enum.slide/3 does not accept ranges with custom steps, got: " <> inspect(range)
      first < 0 or last < 0 or insertion_index < 0 ->
        count = count(enumerable)
        first = if first >= 0, do: first, else: Kernel.max(first + count, 0)
        last = if last >= 0, do: last, else: last + count
        insertion_index = if insertion_index >= 0, do: insertion_index, else: insertion_index + count
        if first < count and first != insertion_index,
          do: slide(enumerable, Range.new(first, last, 1), insertion_index),
          else: to_list(enumerable)
      insertion_index == first -> to_list(enumerable)
      insertion_index > first and insertion_index <= last ->
        raise ArgumentError,
              "insertion index for slide must be outside the range being moved " <>
                "(tried to insert #{first}..#{last} at #{insertion_index})"
      first > last -> to_list(enumerable)
      insertion_index < first -> slide_list(reduce_order(enumerable), insertion_index, first, last)
      true -> slide_list(reduce_order(enumerable), first, last + 1, insertion_index)
    end
  end
  # moves list[middle..last] in front of list[start]
  defp slide_list(list, start, middle, last) do
    {head, rest} = split_list(list, start, [])
    {back, rest} = split_list(rest, middle - start, [])
    {front, tail} = split_list(rest, last - middle + 1, [])
    head ++ front ++ back ++ tail
  end

  def sort(list) when is_list(list), do: :lists.sort(list)
  def sort(enumerable), do: :lists.sort(to_list(enumerable))
  def sort(enumerable, sorter), do: merge_sort(reduce_order(enumerable), to_sort_fun(sorter))
  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(:asc), do: &<=/2
  defp to_sort_fun(:desc), do: &>=/2
  defp to_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end
  defp to_sort_fun({:asc, module}) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end
  defp to_sort_fun({:desc, module}) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end

  def sort_by(enumerable, mapper), do: sort_by(enumerable, mapper, :asc)
  def sort_by(enumerable, mapper, sorter) when is_function(mapper, 1) do
    fun = to_sort_fun(sorter)
    enumerable
    |> map(fn x -> {mapper.(x), x} end)
    |> merge_sort(fn {a, _}, {b, _} -> fun.(a, b) end)
    |> map_list(fn {_, x} -> x end)
  end

  # A stable merge sort that takes the left item when fun.(left, right): the order
  # :lists.sort/2 gives (a strict `<` puts equal items in reverse)
  @doc false
  def __merge_sort__(list, fun), do: merge_sort(list, fun)
  defp merge_sort([], _fun), do: []
  defp merge_sort([_] = list, _fun), do: list
  defp merge_sort(list, fun) do
    {left, right} = split_list(list, div(length(list), 2), [])
    merge(merge_sort(left, fun), merge_sort(right, fun), fun)
  end
  defp merge([], right, _fun), do: right
  defp merge(left, [], _fun), do: left
  defp merge([a | at] = left, [b | bt] = right, fun) do
    if fun.(a, b), do: [a | merge(at, right, fun)], else: [b | merge(left, bt, fun)]
  end

  def split(list, count) when is_list(list) and is_integer(count) and count >= 0, do: split_list(list, count, [])
  def split(enumerable, count) when is_integer(count) and count >= 0, do: split_list(reduce_order(enumerable), count, [])
  def split(enumerable, count) when is_integer(count) and count < 0 do
    list = reduce_order(enumerable)
    split_list(list, Kernel.max(length(list) + count, 0), [])
  end
  defp split_list([h | t], n, acc) when n > 0, do: split_list(t, n - 1, [h | acc])
  defp split_list(rest, _n, acc), do: {:lists.reverse(acc), rest}

  def split_while(enumerable, fun), do: split_while_list(reduce_order(enumerable), fun, [])
  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}
  defp split_while_list([h | t] = list, fun, acc) do
    if fun.(h), do: split_while_list(t, fun, [h | acc]), else: {:lists.reverse(acc), list}
  end

  def split_with(enumerable, fun) do
    {yes, no} = reduce(enumerable, {[], []}, fn x, {yes, no} -> if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]} end)
    {:lists.reverse(yes), :lists.reverse(no)}
  end

  # [SECTION] sum take* to_list uniq* unzip with_index zip*
  def sum(%{__struct__: Range, first: first, last: last, step: step} = range) do
    div(Range.size(range) * (first + last - rem(last - first, step)), 2)
  end
  def sum(list) when is_list(list), do: :lists.sum(list)
  def sum(enumerable), do: reduce(enumerable, 0, &+/2)

  def take(_enumerable, 0), do: []
  def take(list, amount) when is_list(list) and is_integer(amount) and amount > 0, do: take_list(list, amount)
  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    {_, {list, _}} =
      Enumerable.reduce(enumerable, {:cont, {[], amount}}, fn
        x, {list, 1} -> {:halt, {[x | list], 0}}
        x, {list, n} -> {:cont, {[x | list], n - 1}}
      end)
    :lists.reverse(list)
  end
  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    {count, fun} = slice_count_and_fun(enumerable)
    first = Kernel.max(amount + count, 0)
    fun.(first, count - first, 1)
  end
  defp take_list(_list, 0), do: []
  defp take_list([], _n), do: []
  defp take_list([h | t], n), do: [h | take_list(t, n - 1)]

  def take_every(_enumerable, 0), do: []
  def take_every(enumerable, 1), do: to_list(enumerable)
  def take_every(enumerable, nth) when is_integer(nth) and nth > 1, do: take_every_list(reduce_order(enumerable), nth - 1)

  # Elixir's sampling, draw for draw: one element by replacing the pick with chance
  # 1/(seen + 1); up to 128 in a tuple, more in a map (Algorithm R, then unpacked)
  def take_random(_enumerable, 0), do: []
  def take_random([], _), do: []
  def take_random([h | t], 1), do: take_random_one(t, h, 1)
  def take_random(enumerable, 1) do
    picked =
      reduce(enumerable, [], fn
        x, [current | seen] -> if :rand.uniform(seen + 1) == 1, do: [x | seen + 1], else: [current | seen + 1]
        x, [] -> [x | 1]
      end)
    case picked do
      [] -> []
      [current | _seen] -> [current]
    end
  end
  def take_random(enumerable, count) when is_integer(count) and count in 0..128 do
    {size, sample} =
      reduce(enumerable, {0, Tuple.duplicate(nil, count)}, fn x, {i, sample} ->
        j = random_integer(0, i)
        cond do
          i < count -> {i + 1, sample |> put_elem(i, elem(sample, j)) |> put_elem(j, x)}
          j < count -> {i + 1, put_elem(sample, j, x)}
          true -> {i + 1, sample}
        end
      end)
    sample |> Tuple.to_list() |> take(Kernel.min(count, size))
  end
  def take_random(enumerable, count) when is_integer(count) and count >= 0 do
    {size, sample} =
      reduce(enumerable, {0, %{}}, fn x, {i, sample} ->
        j = random_integer(0, i)
        cond do
          i < count -> {i + 1, sample |> Map.put(i, Map.get(sample, j)) |> Map.put(j, x)}
          j < count -> {i + 1, Map.put(sample, j, x)}
          true -> {i + 1, sample}
        end
      end)
    take_random_unpack(sample, Kernel.min(count, size), [])
  end
  defp take_random_unpack(_sample, 0, acc), do: acc
  defp take_random_unpack(sample, n, acc), do: take_random_unpack(sample, n - 1, [Map.get(sample, n - 1) | acc])
  defp take_random_one([h | t], current, seen) do
    if :rand.uniform(seen + 1) == 1, do: take_random_one(t, h, seen + 1), else: take_random_one(t, current, seen + 1)
  end
  defp take_random_one([], current, _), do: [current]

  def take_while(list, fun) when is_list(list), do: take_while_list(list, fun)
  def take_while(enumerable, fun) do
    {_, list} =
      Enumerable.reduce(enumerable, {:cont, []}, fn x, acc ->
        if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc}
      end)
    :lists.reverse(list)
  end
  defp take_while_list([], _fun), do: []
  defp take_while_list([h | t], fun), do: if(fun.(h), do: [h | take_while_list(t, fun)], else: [])

  # the elements in the order reduce/3 gives them (a map's differs from to_list's)
  defp reduce_order(%{__struct__: _} = enumerable), do: to_list(enumerable)
  defp reduce_order(map) when is_map(map), do: :taskplay.map_iteration(map)
  defp reduce_order(enumerable), do: to_list(enumerable)

  def to_list(list) when is_list(list), do: list
  def to_list(%{__struct__: _} = enumerable), do: reverse(enumerable) |> :lists.reverse()
  def to_list(map) when is_map(map), do: :maps.to_list(map)
  def to_list(enumerable), do: reverse(enumerable) |> :lists.reverse()

  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)
  def uniq_by(list, fun) when is_list(list), do: uniq_list(list, %{}, fun)
  def uniq_by(enumerable, fun), do: uniq_list(reduce_order(enumerable), %{}, fun)
  defp uniq_list([], _seen, _fun), do: []
  defp uniq_list([h | t], seen, fun) do
    key = fun.(h)
    case seen do
      %{^key => true} -> uniq_list(t, seen, fun)
      %{} -> [h | uniq_list(t, Map.put(seen, key, true), fun)]
    end
  end

  def unzip(enumerable) do
    {left, right} = reduce(enumerable, {[], []}, fn {a, b}, {left, right} -> {[a | left], [b | right]} end)
    {:lists.reverse(left), :lists.reverse(right)}
  end

  def with_index(enumerable), do: with_index(enumerable, 0)
  def with_index(list, offset) when is_list(list) and is_integer(offset), do: with_index_list(list, offset)
  def with_index(enumerable, offset) when is_integer(offset), do: with_index_list(reduce_order(enumerable), offset)
  def with_index(enumerable, fun) when is_function(fun, 2) do
    {list, _} = map_reduce(enumerable, 0, fn x, i -> {fun.(x, i), i + 1} end)
    list
  end
  defp with_index_list([], _i), do: []
  defp with_index_list([h | t], i), do: [{h, i} | with_index_list(t, i + 1)]

  def zip(left, right) when is_list(left) and is_list(right), do: zip_list(left, right)
  def zip(left, right), do: zip([left, right])
  def zip([]), do: []
  def zip(enumerables) do
    zip_reduce(enumerables, [], fn items, acc -> [List.to_tuple(items) | acc] end) |> :lists.reverse()
  end
  defp zip_list([a | at], [b | bt]), do: [{a, b} | zip_list(at, bt)]
  defp zip_list(_, _), do: []

  def zip_with(left, right, fun) when is_list(left) and is_list(right) and is_function(fun, 2),
    do: zip_with_list(left, right, fun)
  def zip_with(left, right, fun) when is_function(fun, 2) do
    zip_reduce(left, right, [], fn a, b, acc -> [fun.(a, b) | acc] end) |> :lists.reverse()
  end
  def zip_with([], _fun), do: []
  def zip_with(enumerables, fun) do
    zip_reduce(enumerables, [], fn items, acc -> [fun.(items) | acc] end) |> :lists.reverse()
  end
  defp zip_with_list([a | at], [b | bt], fun), do: [fun.(a, b) | zip_with_list(at, bt, fun)]
  defp zip_with_list(_, _, _fun), do: []

  def zip_reduce(left, right, acc, reducer) when is_list(left) and is_list(right) and is_function(reducer, 3),
    do: zip_reduce_list(left, right, acc, reducer)
  def zip_reduce(left, right, acc, reducer) when is_function(reducer, 3) do
    zip_reduce([left, right], acc, fn [a, b], acc -> reducer.(a, b, acc) end)
  end
  def zip_reduce([], acc, reducer) when is_function(reducer, 2), do: acc
  def zip_reduce(enumerables, acc, reducer) when is_function(reducer, 2) do
    Stream.__zip_reduce__(enumerables, acc, reducer)
  end
  defp zip_reduce_list([a | at], [b | bt], acc, fun), do: zip_reduce_list(at, bt, fun.(a, b, acc), fun)
  defp zip_reduce_list(_, _, acc, _fun), do: acc
end
)elixir";
}

}  // namespace taskplay::lang

// The prelude's Range and MapSet (Elixir 1.14's).
//
// A MapSet is Elixir's %MapSet{map: %{member => []}, version: 2}: inspect(set,
// structs: false) shows the same map, and Enumerable, Collectable and inspect
// (`MapSet.new([1, 2, 3])`) know it. A Range is %Range{first:, last:, step:}.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_sets_source() {
  return R"elixir(
defmodule Range do
  def new(first, last) when is_integer(first) and is_integer(last) do
    %{__struct__: Range, first: first, last: last, step: if(first <= last, do: 1, else: -1)}
  end
  def new(first, last) do
    raise ArgumentError,
          "ranges (first..last) expect both sides to be integers, got: #{inspect(first)}..#{inspect(last)}"
  end
  def new(first, last, step) when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %{__struct__: Range, first: first, last: last, step: step}
  end
  def new(first, last, step) do
    raise ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a " <>
            "non-zero integer, got: #{inspect(first)}..#{inspect(last)}//#{inspect(step)}"
  end

  def size(%{__struct__: Range, first: first, last: last, step: step}) when step > 0 and first > last, do: 0
  def size(%{__struct__: Range, first: first, last: last, step: step}) when step < 0 and first < last, do: 0
  def size(%{__struct__: Range, first: first, last: last, step: step}), do: abs(div(last - first, step)) + 1

  def shift(%{__struct__: Range, first: first, last: last, step: step}, steps)
      when is_integer(first) and is_integer(last) and is_integer(step) and is_integer(steps),
      do: new(first + steps * step, last + steps * step, step)

  def range?(%{__struct__: Range, first: first, last: last}) when is_integer(first) and is_integer(last), do: true
  def range?(_), do: false

  # Elixir 1.14's test, kept as it is because its docs print its answers: the ranges are
  # turned around, not trimmed to their last member, and the first common member is found
  # with float arithmetic, so some answers are wrong (2..28//3 and 9..28//5 share 14, yet
  # are "disjoint"). docs/language.md, "Faithful to 1.14's bugs".
  def disjoint?(%{__struct__: Range} = left, %{__struct__: Range} = right) do
    if size(left) == 0 or size(right) == 0 do
      true
    else
      {first1, last1, step1} = turned_up(left)
      {first2, last2, step2} = turned_up(right)
      cond do
        last2 < first1 or last1 < first2 -> true
        abs(step1) == 1 and abs(step2) == 1 -> false
        true ->
          {gcd, u, v} = Integer.extended_gcd(-step1, step2)
          c = first1 - first2 + step2 - step1
          t = Kernel.max(floor(-c / step1 * u) + 1, floor(-c / step2 * v) + 1)
          i = div(c * u + t * step2, gcd) - 1
          j = div(c * v + t * step1, gcd) - 1
          i < 0 or first1 + i * step1 > last1 or j < 0 or first2 + j * step2 > last2
      end
    end
  end
  defp turned_up(%{first: first, last: last, step: step}) when first > last, do: {last, first, -step}
  defp turned_up(%{first: first, last: last, step: step}), do: {first, last, step}
end

defmodule MapSet do
  def new(), do: %{__struct__: MapSet, map: %{}, version: 2}
  def new(%{__struct__: MapSet} = set), do: set
  def new(enumerable) do
    map = Enum.reduce(enumerable, %{}, fn x, map -> :maps.put(x, [], map) end)
    %{__struct__: MapSet, map: map, version: 2}
  end
  def new(enumerable, transform) when is_function(transform, 1) do
    map = Enum.reduce(enumerable, %{}, fn x, map -> :maps.put(transform.(x), [], map) end)
    %{__struct__: MapSet, map: map, version: 2}
  end

  def put(%{__struct__: MapSet, map: map} = set, value), do: %{set | map: :maps.put(value, [], map)}
  def delete(%{__struct__: MapSet, map: map} = set, value), do: %{set | map: :maps.remove(value, map)}
  def member?(%{__struct__: MapSet, map: map}, value), do: :maps.is_key(value, map)
  def size(%{__struct__: MapSet, map: map}), do: map_size(map)
  def to_list(%{__struct__: MapSet, map: map}), do: :maps.keys(map)

  def union(%{__struct__: MapSet, map: left} = set, %{__struct__: MapSet, map: right}),
    do: %{set | map: :maps.merge(left, right)}
  def intersection(%{__struct__: MapSet, map: left} = set, %{__struct__: MapSet, map: right}),
    do: %{set | map: :maps.with(:maps.keys(right), left)}
  def difference(%{__struct__: MapSet, map: left} = set, %{__struct__: MapSet, map: right}),
    do: %{set | map: :maps.without(:maps.keys(right), left)}
  def symmetric_difference(%{__struct__: MapSet, map: left} = set, %{__struct__: MapSet, map: right}) do
    %{set | map: :maps.merge(:maps.without(:maps.keys(right), left), :maps.without(:maps.keys(left), right))}
  end
  def disjoint?(%{__struct__: MapSet, map: left}, %{__struct__: MapSet, map: right}),
    do: map_size(:maps.with(:maps.keys(right), left)) == 0
  def subset?(%{__struct__: MapSet, map: left}, %{__struct__: MapSet, map: right}),
    do: map_size(left) <= map_size(right) and map_size(:maps.without(:maps.keys(right), left)) == 0
  def equal?(%{__struct__: MapSet, map: left}, %{__struct__: MapSet, map: right}), do: left === right

  # fun sees the elements in the map's iterator order (docs/map_order.md)
  def filter(%{__struct__: MapSet, map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: :maps.from_keys(for({x, _} <- :taskplay.map_iteration(map), fun.(x), do: x), [])}
  end
  def reject(%{__struct__: MapSet, map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: :maps.from_keys(for({x, _} <- :taskplay.map_iteration(map), !fun.(x), do: x), [])}
  end
end
)elixir";
}

}  // namespace taskplay::lang

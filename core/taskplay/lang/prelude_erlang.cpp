// The prelude's half of Erlang's :lists and :maps: the functions that take funs (the rest
// are natives, natives_lists.cpp and natives_maps.cpp). An argument of the wrong shape
// fails in a clause of :lists.name/arity, as on the BEAM.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_erlang_source() {
  return R"elixir(
defmodule :lists do
  def map(f, [h | t]) when is_function(f, 1), do: [f.(h) | map(f, t)]
  def map(f, []) when is_function(f, 1), do: []

  def flatmap(f, [h | t]) when is_function(f, 1), do: f.(h) ++ flatmap(f, t)
  def flatmap(f, []) when is_function(f, 1), do: []

  def foldl(f, acc, [h | t]) when is_function(f, 2), do: foldl(f, f.(h, acc), t)
  def foldl(f, acc, []) when is_function(f, 2), do: acc

  def foldr(f, acc, [h | t]) when is_function(f, 2), do: f.(h, foldr(f, acc, t))
  def foldr(f, acc, []) when is_function(f, 2), do: acc

  def mapfoldl(f, acc, [h | t]) when is_function(f, 2) do
    {y, acc} = f.(h, acc)
    {rest, acc} = mapfoldl(f, acc, t)
    {[y | rest], acc}
  end
  def mapfoldl(f, acc, []) when is_function(f, 2), do: {[], acc}

  def mapfoldr(f, acc, [h | t]) when is_function(f, 2) do
    {rest, acc} = mapfoldr(f, acc, t)
    {y, acc} = f.(h, acc)
    {[y | rest], acc}
  end
  def mapfoldr(f, acc, []) when is_function(f, 2), do: {[], acc}

  def filter(pred, list) when is_function(pred, 1), do: for(x <- list, pred.(x), do: x)

  def filtermap(f, [h | t]) when is_function(f, 1) do
    case f.(h) do
      false -> filtermap(f, t)
      true -> [h | filtermap(f, t)]
      {true, y} -> [y | filtermap(f, t)]
    end
  end
  def filtermap(f, []) when is_function(f, 1), do: []

  def foreach(f, [h | t]) when is_function(f, 1) do
    f.(h)
    foreach(f, t)
  end
  def foreach(f, []) when is_function(f, 1), do: :ok

  def all(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> all(pred, t)
      false -> false
    end
  end
  def all(pred, []) when is_function(pred, 1), do: true

  def any(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> true
      false -> any(pred, t)
    end
  end
  def any(pred, []) when is_function(pred, 1), do: false

  def takewhile(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> [h | takewhile(pred, t)]
      false -> []
    end
  end
  def takewhile(pred, []) when is_function(pred, 1), do: []

  def dropwhile(pred, [h | t] = list) when is_function(pred, 1) do
    case pred.(h) do
      true -> dropwhile(pred, t)
      false -> list
    end
  end
  def dropwhile(pred, []) when is_function(pred, 1), do: []

  def splitwith(pred, list) when is_function(pred, 1), do: splitwith(pred, list, [])
  defp splitwith(pred, [h | t] = list, taken) do
    case pred.(h) do
      true -> splitwith(pred, t, [h | taken])
      false -> {:lists.reverse(taken), list}
    end
  end
  defp splitwith(_pred, [], taken), do: {:lists.reverse(taken), []}

  def partition(pred, list) when is_function(pred, 1), do: partition(pred, list, [], [])
  defp partition(pred, [h | t], yes, no) do
    case pred.(h) do
      true -> partition(pred, t, [h | yes], no)
      false -> partition(pred, t, yes, [h | no])
    end
  end
  defp partition(_pred, [], yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  def search(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> {:value, h}
      false -> search(pred, t)
    end
  end
  def search(pred, []) when is_function(pred, 1), do: false

  def zipwith(f, [a | at], [b | bt]) when is_function(f, 2), do: [f.(a, b) | zipwith(f, at, bt)]
  def zipwith(f, [], []) when is_function(f, 2), do: []

  def keymap(f, n, [h | t]) when is_function(f, 1), do: [:erlang.setelement(n, h, f.(:erlang.element(n, h))) | keymap(f, n, t)]
  def keymap(f, n, []) when is_function(f, 1) and is_integer(n) and n > 0, do: []

  # a stable merge sort taking the left item when f.(left, right) (Erlang's order for
  # a `<=` fun; equal items in reverse for a strict one)
  def sort(f, list) when is_function(f, 2), do: Enum.__merge_sort__(list, f)
  def usort(f, list) when is_function(f, 2), do: usort_dedup(Enum.__merge_sort__(list, f), f)
  defp usort_dedup([a, b | t], f) do
    if f.(a, b) and f.(b, a), do: usort_dedup([a | t], f), else: [a | usort_dedup([b | t], f)]
  end
  defp usort_dedup(list, _f), do: list
end

defmodule :maps do
  def map(f, map) when is_function(f, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :maps.to_list(map), do: {k, f.(k, v)})
  end
  def filter(f, map) when is_function(f, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :maps.to_list(map), f.(k, v), do: {k, v})
  end
  def filtermap(f, map) when is_function(f, 2) and is_map(map) do
    :maps.from_list(:lists.filtermap(fn {k, v} ->
      case f.(k, v) do
        true -> true
        false -> false
        {true, y} -> {true, {k, y}}
      end
    end, :maps.to_list(map)))
  end
  def fold(f, acc, map) when is_function(f, 3) and is_map(map) do
    :lists.foldl(fn {k, v}, acc -> f.(k, v, acc) end, acc, :maps.to_list(map))
  end
  def foreach(f, map) when is_function(f, 2) and is_map(map) do
    :lists.foreach(fn {k, v} -> f.(k, v) end, :maps.to_list(map))
  end
  def update_with(key, f, map) when is_function(f, 1) and is_map(map) do
    :maps.put(key, f.(:maps.get(key, map)), map)
  end
  def update_with(key, f, init, map) when is_function(f, 1) and is_map(map) do
    case :maps.find(key, map) do
      {:ok, v} -> :maps.put(key, f.(v), map)
      :error -> :maps.put(key, init, map)
    end
  end
end

# Erlang's :queue as OTP keeps it, {rear, front}: items go in at the rear's head and come
# out at the front's head; when one side runs out, half of the other is turned over
defmodule :queue do
  def new(), do: {[], []}
  def is_queue({rear, front}) when is_list(rear) and is_list(front), do: true
  def is_queue(_), do: false
  def is_empty({[], []}), do: true
  def is_empty({rear, front}) when is_list(rear) and is_list(front), do: false
  def len({rear, front}) when is_list(rear) and is_list(front), do: length(rear) + length(front)
  def to_list({rear, front}) when is_list(rear) and is_list(front), do: front ++ :lists.reverse(rear)
  def from_list(list) when is_list(list), do: rear_from_front(list)
  def member(x, {rear, front}) when is_list(rear) and is_list(front), do: :lists.member(x, rear) or :lists.member(x, front)

  # in/2 is a native (natives_erlang.cpp): `in` is an operator the language cannot define
  def in_r(x, {[], [_] = front}), do: {front, [x]}
  def in_r(x, {rear, front}) when is_list(rear) and is_list(front), do: {rear, [x | front]}

  def out({[], []} = q), do: {:empty, q}
  def out({[v], []}), do: {{:value, v}, {[], []}}
  def out({[y | rear], []}) do
    [v | front] = :lists.reverse(rear, [])
    {{:value, v}, {[y], front}}
  end
  def out({rear, [v]}) when is_list(rear), do: {{:value, v}, front_from_rear(rear)}
  def out({rear, [v | front]}) when is_list(rear), do: {{:value, v}, {rear, front}}

  def out_r({[], []} = q), do: {:empty, q}
  def out_r({[], [v]}), do: {{:value, v}, {[], []}}
  def out_r({[], [y | front]}) do
    [v | rear] = :lists.reverse(front, [])
    {{:value, v}, {rear, [y]}}
  end
  def out_r({[v], front}) when is_list(front), do: {{:value, v}, rear_from_front(front)}
  def out_r({[v | rear], front}) when is_list(front), do: {{:value, v}, {rear, front}}

  def get({[], []} = q), do: :erlang.error(:empty, [q])
  def get({rear, front}) when is_list(rear) and is_list(front), do: get(rear, front)
  defp get(rear, [x | _]) when is_list(rear), do: x
  defp get([x], []), do: x
  defp get([_ | rear], []), do: List.last(rear)
  def get_r({[], []} = q), do: :erlang.error(:empty, [q])
  def get_r({[x | _], front}) when is_list(front), do: x
  def get_r({[], [x]}), do: x
  def get_r({[], [_ | front]}), do: List.last(front)
  def peek({[], []}), do: :empty
  def peek(q), do: {:value, get(q)}
  def peek_r({[], []}), do: :empty
  def peek_r(q), do: {:value, get_r(q)}
  def drop({[], []} = q), do: :erlang.error(:empty, [q])
  def drop(q), do: elem(out(q), 1)
  def drop_r({[], []} = q), do: :erlang.error(:empty, [q])
  def drop_r(q), do: elem(out_r(q), 1)

  def reverse({rear, front}) when is_list(rear) and is_list(front), do: {front, rear}
  def join({rear1, front1}, {rear2, front2}) when is_list(rear1) and is_list(front1) and is_list(rear2) and is_list(front2) do
    cond do
      rear1 == [] and front1 == [] -> {rear2, front2}
      rear2 == [] and front2 == [] -> {rear1, front1}
      true -> {rear2, front1 ++ :lists.reverse(rear1, front2)}
    end
  end
  def filter(fun, {rear, front}) when is_function(fun, 1) and is_list(rear) and is_list(front) do
    rear = :lists.filter(fun, rear)
    front = :lists.filter(fun, front)
    cond do
      front == [] -> front_from_rear(rear)
      rear == [] -> rear_from_front(front)
      true -> {rear, front}
    end
  end

  # half of a rear list becomes the front (and the other way), as OTP balances them
  defp front_from_rear([]), do: {[], []}
  defp front_from_rear([_] = rear), do: {[], rear}
  defp front_from_rear(rear) do
    {keep, turn} = :lists.split(div(length(rear), 2), rear)
    {keep, :lists.reverse(turn, [])}
  end
  defp rear_from_front([]), do: {[], []}
  defp rear_from_front([_] = front), do: {front, []}
  defp rear_from_front(front) do
    {keep, turn} = :lists.split(div(length(front), 2), front)
    {:lists.reverse(turn, []), keep}
  end
end
)elixir";
}

}  // namespace taskplay::lang

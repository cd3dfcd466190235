// The prelude's Stream (Elixir 1.14's): lazy enumerables, composed and run by the one
// reduce protocol (prelude_enum.cpp).
//
// A %Stream{enum:, funs:, accs:, done:} holds its enumerable and its stages, newest
// first, as Elixir's does (inspect shows `#Stream<[enum: 1..3, funs: [...]]>`). Each stage
// is a fun of the next stage's reducer that returns its own reducer. Stages with state
// keep it in the accumulator, which runs as the list [user_acc, state_1, ..., state_n]
// (oldest stage first): a stage takes its state off the list, calls the next stage with
// the rest and puts its new state back. Sources (unfold, resource, cycle, zip, ...) are
// funs of arity 2, enumerable through Enumerable.reduce/3.
//
// The comments `# elixir_fun I.U` name the closures Elixir's #Function<I.U/..> shows for
// the closure made on that line (prelude.cpp reads them), so a stream prints as in Elixir.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_stream_source() {
  return R"elixir(
defmodule Stream do
  # [SECTION] Running a %Stream{}
  @doc false
  def __reduce__(%{enum: enum, funs: funs, accs: accs, done: done}, acc, fun) do
    user = fn x, [acc] ->
      {reason, acc} = fun.(x, acc)
      {reason, [acc]}
    end
    composed = :lists.foldl(fn stage, next -> stage.(next) end, user, funs)
    run = fn acc -> Enumerable.reduce(enum, acc, composed) end
    run_stages(run, done && {done, user}, :lists.reverse(accs), acc)
  end

  defp run_stages(run, done, states, {command, acc}) do
    case run.({command, [acc | states]}) do
      {:suspended, [acc | states], continue} ->
        {:suspended, acc, &run_stages(continue, done, states, &1)}
      {reason, states} -> finish(reason, states, done)
    end
  end

  defp finish(reason, [acc | _], nil), do: {reason, acc}
  defp finish(reason, [acc | states], {done, user}) do
    [state | _] = :lists.reverse(states)
    case done.([acc, state], user) do
      {:cont, [acc | _]} -> {reason, acc}
      {:halt, [acc | _]} -> {:halted, acc}
      {:suspend, [acc | _]} -> {:suspended, acc, fn acc -> {:done, elem(acc, 1)} end}
    end
  end

  defp lazy(%{__struct__: Stream, done: nil, funs: funs} = stream, stage), do: %{stream | funs: [stage | funs]}
  defp lazy(enum, stage), do: %{__struct__: Stream, enum: enum, funs: [stage], accs: [], done: nil}
  defp lazy(%{__struct__: Stream, done: nil, funs: funs, accs: accs} = stream, state, stage),
    do: %{stream | funs: [stage | funs], accs: [state | accs]}
  defp lazy(enum, state, stage), do: %{__struct__: Stream, enum: enum, funs: [stage], accs: [state], done: nil}
  defp lazy(%{__struct__: Stream, done: nil, funs: funs, accs: accs} = stream, state, stage, done),
    do: %{stream | funs: [stage | funs], accs: [state | accs], done: done}
  defp lazy(enum, state, stage, done),
    do: %{__struct__: Stream, enum: enum, funs: [stage], accs: [state], done: done}

  defp empty(enum), do: %{__struct__: Stream, enum: enum, funs: [], accs: [], done: nil}

  # calls the next stage with this stage's state taken off, puts `state` back
  defp next_with(next, x, head, state, tail) do
    {reason, [head | tail]} = next.(x, [head | tail])
    {reason, [head, state | tail]}
  end

  # [SECTION] Stages without state
  def map(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn next -> fn x, acc -> next.(fun.(x), acc) end end) # elixir_fun 48.103858489
  end

  def filter(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn next -> fn x, acc -> if fun.(x), do: next.(x, acc), else: {:cont, acc} end end) # elixir_fun 40.103858489
  end

  def filter_map(enum, filter, mapper) do
    lazy(enum, fn next -> fn x, acc -> if filter.(x), do: next.(mapper.(x), acc), else: {:cont, acc} end end) # elixir_fun 41.103858489
  end

  def reject(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn next -> fn x, acc -> if fun.(x), do: {:cont, acc}, else: next.(x, acc) end end) # elixir_fun 50.103858489
  end

  def each(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn next -> fn x, acc -> fun.(x); next.(x, acc) end end) # elixir_fun 39.103858489
  end

  def take_while(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn next -> fn x, acc -> if fun.(x), do: next.(x, acc), else: {:halt, acc} end end) # elixir_fun 59.103858489
  end

  # [SECTION] Stages with state
  def drop(enum, n) when is_integer(n) and n >= 0 do
    lazy(enum, n, fn next -> # elixir_fun 34.103858489
      fn
        _x, [head, n | tail] when n > 0 -> {:cont, [head, n - 1 | tail]}
        x, [head, n | tail] -> next_with(next, x, head, n, tail)
      end
    end)
  end
  def drop(enum, n) when is_integer(n) and n < 0 do
    n = -n
    # keeps the last n items back: a buffer filling while the one before it empties
    lazy(enum, {0, [], []}, fn next -> # elixir_fun 35.103858489
      fn
        x, [head, {count, filling, []} | tail] -> drop_buffer(:cont, n, x, head, count, filling, [], tail)
        x, [head, {count, filling, [out | emptying]} | tail] ->
          {reason, [head | tail]} = next.(out, [head | tail])
          drop_buffer(reason, n, x, head, count, filling, emptying, tail)
      end
    end)
  end
  defp drop_buffer(reason, n, x, head, count, filling, emptying, tail) do
    if count + 1 == n,
      do: {reason, [head, {0, [], :lists.reverse([x | filling])} | tail]},
      else: {reason, [head, {count + 1, [x | filling], emptying} | tail]}
  end

  def drop_every(enum, 0), do: empty(enum)
  def drop_every([], _nth), do: empty([])
  def drop_every(enum, nth) when is_integer(nth) and nth > 0 do
    lazy(enum, nth, fn next -> # elixir_fun 36.103858489
      fn
        _x, [head, i | tail] when i == nth -> {:cont, [head, 1 | tail]}
        x, [head, i | tail] -> next_with(next, x, head, i + 1, tail)
      end
    end)
  end

  def drop_while(enum, fun) when is_function(fun, 1) do
    lazy(enum, true, fn next -> # elixir_fun 37.103858489
      fn x, [head, dropping | tail] = acc ->
        if dropping and fun.(x), do: {:cont, acc}, else: next_with(next, x, head, false, tail)
      end
    end)
  end

  def dedup(enum), do: dedup_by(enum, fn x -> x end)
  def dedup_by(enum, fun) when is_function(fun, 1) do
    lazy(enum, nil, fn next -> # elixir_fun 11.103858489
      fn x, [head, previous | tail] = acc ->
        value = fun.(x)
        case previous do
          {:value, ^value} -> {:cont, acc}
          _ -> next_with(next, x, head, {:value, value}, tail)
        end
      end
    end)
  end

  def map_every(enum, nth, fun) when is_integer(nth) and nth >= 0 and is_function(fun, 1),
    do: map_every_after_guards(enum, nth, fun)
  defp map_every_after_guards(enum, 1, fun), do: map(enum, fun)
  defp map_every_after_guards(enum, 0, _fun), do: empty(enum)
  defp map_every_after_guards([], _nth, _fun), do: empty([])
  defp map_every_after_guards(enum, nth, fun) do
    lazy(enum, nth, fn next -> # elixir_fun 49.103858489
      fn
        x, [head, i | tail] when i == nth -> next_with(next, fun.(x), head, 1, tail)
        x, [head, i | tail] -> next_with(next, x, head, i + 1, tail)
      end
    end)
  end

  def scan(enum, fun) when is_function(fun, 2) do
    lazy(enum, :first, fn next -> # elixir_fun 54.103858489
      fn
        x, [head, :first | tail] -> next_with(next, x, head, {:ok, x}, tail)
        x, [head, {:ok, acc} | tail] ->
          value = fun.(x, acc)
          next_with(next, value, head, {:ok, value}, tail)
      end
    end)
  end
  def scan(enum, acc, fun) when is_function(fun, 2) do
    lazy(enum, acc, fn next -> # elixir_fun 55.103858489
      fn x, [head, acc | tail] ->
        value = fun.(x, acc)
        next_with(next, value, head, value, tail)
      end
    end)
  end

  def take(enum, count) when is_integer(count), do: take_after_guards(enum, count)
  defp take_after_guards(_enum, 0), do: empty([])
  defp take_after_guards([], _count), do: empty([])
  defp take_after_guards(enum, count) when count > 0 do
    lazy(enum, count, fn next -> # elixir_fun 56.103858489
      fn x, [head, n | tail] = acc ->
        case n do
          0 -> {:halt, acc}
          1 ->
            {_, acc} = next_with(next, x, head, 0, tail)
            {:halt, acc}
          _ -> next_with(next, x, head, n - 1, tail)
        end
      end
    end)
  end
  defp take_after_guards(enum, count) when count < 0 do
    fn acc, fun -> Enumerable.reduce(Enum.take(enum, count), acc, fun) end # elixir_fun 57.103858489
  end

  def take_every(enum, nth) when is_integer(nth) and nth >= 0, do: take_every_after_guards(enum, nth)
  defp take_every_after_guards(_enum, 0), do: empty([])
  defp take_every_after_guards([], _nth), do: empty([])
  defp take_every_after_guards(enum, nth) do
    lazy(enum, :first, fn next -> # elixir_fun 58.103858489
      fn
        x, [head, i | tail] when i == nth or i == :first -> next_with(next, x, head, 1, tail)
        _x, [head, i | tail] -> {:cont, [head, i + 1 | tail]}
      end
    end)
  end

  def uniq(enum), do: uniq_by(enum, fn x -> x end)
  def uniq(enum, fun), do: uniq_by(enum, fun)
  def uniq_by(enum, fun) when is_function(fun, 1) do
    lazy(enum, %{}, fn next -> # elixir_fun 65.103858489
      fn x, [head, seen | tail] = acc ->
        value = fun.(x)
        if :maps.is_key(value, seen),
          do: {:cont, acc},
          else: next_with(next, x, head, :maps.put(value, true, seen), tail)
      end
    end)
  end

  def with_index(enum), do: with_index(enum, 0)
  def with_index(enum, offset) when is_integer(offset) do
    lazy(enum, offset, fn next -> # elixir_fun 66.103858489
      fn x, [head, i | tail] -> next_with(next, {x, i}, head, i + 1, tail) end
    end)
  end

  # [SECTION] Chunks (chunk_every and chunk_by share Enum's chunk functions)
  def chunk(enum, count), do: chunk(enum, count, count, nil)
  def chunk(enum, count, step), do: chunk_every(enum, count, step, nil)
  def chunk(enum, count, step, leftover) when is_integer(count) and count > 0 and is_integer(step) and step > 0,
    do: chunk_every(enum, count, step, leftover || :discard)

  def chunk_every(enum, count), do: chunk_every(enum, count, count, [])
  def chunk_every(enum, count, step), do: chunk_every(enum, count, step, [])
  def chunk_every(enum, count, step, leftover)
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    {chunk_fun, after_fun} = __chunk_every__(count, step, leftover)
    chunk_while(enum, {[], 0}, chunk_fun, after_fun)
  end

  def chunk_by(enum, fun) when is_function(fun, 1) do
    {chunk_fun, after_fun} = __chunk_by__(fun)
    chunk_while(enum, nil, chunk_fun, after_fun)
  end

  @doc false
  # chunks of `count`, a new one every `step`; the last, short one padded from `leftover`
  # (a list), kept as it is ([]) or dropped (:discard)
  def __chunk_every__(count, step, leftover) do
    keep = Kernel.max(count, step)
    chunk_fun = fn x, {buffer, n} ->
      buffer = [x | buffer]
      n = n + 1
      state = if n >= keep, do: {Enum.take(buffer, n - step), n - step}, else: {buffer, n}
      if n == count, do: {:cont, :lists.reverse(buffer), state}, else: {:cont, state}
    end
    after_fun = fn {buffer, n} ->
      if leftover == :discard or n == 0 or n >= count,
        do: {:cont, []},
        else: {:cont, :lists.reverse(buffer, Enum.take(leftover, count - n)), []}
    end
    {chunk_fun, after_fun}
  end

  @doc false
  def __chunk_by__(fun) do
    chunk_fun = fn
      x, nil -> {:cont, {[x], fun.(x)}}
      x, {buffer, value} ->
        case fun.(x) do
          ^value -> {:cont, {[x | buffer], value}}
          other -> {:cont, :lists.reverse(buffer), {[x], other}}
        end
    end
    after_fun = fn
      nil -> {:cont, :done}
      {buffer, _} -> {:cont, :lists.reverse(buffer), :done}
    end
    {chunk_fun, after_fun}
  end

  def chunk_while(enum, acc, chunk_fun, after_fun) when is_function(chunk_fun, 2) and is_function(after_fun, 1) do
    lazy(enum, [acc | after_fun], fn next -> chunk_while_stage(chunk_fun, next) end, &after_chunk_while/2) # elixir_fun 3.103858489
  end
  defp chunk_while_stage(chunk_fun, next) do
    fn x, [head, [acc | after_fun] | tail] ->
      case chunk_fun.(x, acc) do
        {:cont, chunk, acc} ->
          case next.(chunk, [head | tail]) do
            # halted after emitting: the after fun must emit nothing more
            {:halt, [head | tail]} -> {:halt, [head, [acc | fn acc -> {:cont, acc} end] | tail]}
            {reason, [head | tail]} -> {reason, [head, [acc | after_fun] | tail]}
          end
        {:cont, acc} -> {:cont, [head, [acc | after_fun] | tail]}
        {:halt, acc} -> {:halt, [head, [acc | after_fun] | tail]}
      end
    end
  end
  defp after_chunk_while([head, [acc | after_fun] | tail], next) do
    case after_fun.(acc) do
      {:cont, chunk, acc} -> next_with(next, chunk, head, [acc | after_fun], tail)
      {:cont, acc} -> {:cont, [head, [acc | after_fun] | tail]}
    end
  end

  def intersperse(enum, separator) do
    transform(enum, false, fn
      x, true -> {[separator, x], true}
      x, false -> {[x], true}
    end)
  end

  # [SECTION] Running streams for their effects or into a collectable
  def run(stream) do
    Enumerable.reduce(stream, {:cont, nil}, fn _, _ -> {:cont, nil} end)
    :ok
  end

  def into(enum, collectable), do: into(enum, collectable, fn x -> x end)
  def into(enum, collectable, transform) when is_function(transform, 1) do
    fn acc, fun -> into_run(enum, collectable, transform, acc, fun) end # elixir_fun 46.103858489
  end
  defp into_run(enum, collectable, transform, acc, fun) do
    {initial, into} = Collectable.into(collectable)
    step = fn x, [acc | collected] ->
      collected = into.(collected, {:cont, transform.(x)})
      {reason, acc} = fun.(x, acc)
      {reason, [acc | collected]}
    end
    into_each(fn acc -> Enumerable.reduce(enum, acc, step) end, initial, into, acc)
  end
  defp into_each(run, collected, into, {command, acc}) do
    try do
      run.({command, [acc | collected]})
    catch
      kind, reason ->
        into.(collected, :halt)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      {:suspended, [acc | collected], continue} ->
        {:suspended, acc, &into_each(continue, collected, into, &1)}
      {reason, [acc | collected]} ->
        into.(collected, :done)
        {reason, acc}
    end
  end

  # [SECTION] transform: each item becomes an enumerable of items, with a state
  def transform(enum, acc, reducer) when is_function(reducer, 2) do
    fn inner_acc, fun -> transform_run(enum, fn -> acc end, reducer, inner_acc, fun, nil, fn acc -> acc end) end # elixir_fun 60.103858489
  end
  def transform(enum, start_fun, reducer, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1) do
    fn inner_acc, fun -> transform_run(enum, start_fun, reducer, inner_acc, fun, nil, after_fun) end # elixir_fun 61.103858489
  end
  def transform(enum, start_fun, reducer, last_fun, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and
             is_function(after_fun, 1) do
    fn inner_acc, fun -> transform_run(enum, start_fun, reducer, inner_acc, fun, last_fun, after_fun) end # elixir_fun 62.103858489
  end

  # The source is walked one item at a time (each step suspends it); the user's reducer
  # turns the item into an enumerable whose items go on to `fun`; `after_fun` runs once,
  # however the walk ends (done, halted, raised).
  defp transform_run(enum, start_fun, user, inner_acc, fun, last_fun, after_fun) do
    next = fn acc -> Enumerable.reduce(enum, acc, fn x, acc -> {:suspend, [x | acc]} end) end
    funs = {user, fun, last_fun, after_fun}
    transform_step(start_fun.(), :cont, next, inner_acc, funs)
  end

  defp transform_step(user_acc, _op, next, {:halt, inner_acc}, {_, _, _, after_fun}) do
    next.({:halt, []})
    after_fun.(user_acc)
    {:halted, inner_acc}
  end
  defp transform_step(user_acc, op, next, {:suspend, inner_acc}, funs) do
    {:suspended, inner_acc, &transform_step(user_acc, op, next, &1, funs)}
  end
  defp transform_step(user_acc, :cont, next, inner_acc, {_, _, _, after_fun} = funs) do
    try do
      next.({:cont, []})
    catch
      kind, reason ->
        after_fun.(user_acc)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      {:suspended, items, next} -> transform_items(:lists.reverse(items), user_acc, :cont, next, inner_acc, funs)
      {_, items} -> transform_items(:lists.reverse(items), user_acc, :last, next, inner_acc, funs)
    end
  end
  defp transform_step(user_acc, :last, next, inner_acc, {_, _, last_fun, after_fun} = funs) do
    if last_fun do
      try do
        last_fun.(user_acc)
      catch
        kind, reason ->
          next.({:halt, []})
          after_fun.(user_acc)
          :erlang.raise(kind, reason, __STACKTRACE__)
      else
        result -> transform_result(result, [], :halt, next, inner_acc, funs)
      end
    else
      transform_step(user_acc, :halt, next, inner_acc, funs)
    end
  end
  defp transform_step(user_acc, :halt, _next, inner_acc, {_, _, _, after_fun}) do
    after_fun.(user_acc)
    {:halted, elem(inner_acc, 1)}
  end

  defp transform_items([], user_acc, op, next, inner_acc, funs), do: transform_step(user_acc, op, next, inner_acc, funs)
  defp transform_items([x | rest], user_acc, op, next, inner_acc, {user, _, _, after_fun} = funs) do
    try do
      user.(x, user_acc)
    catch
      kind, reason ->
        next.({:halt, []})
        after_fun.(user_acc)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      result -> transform_result(result, rest, op, next, inner_acc, funs)
    end
  end

  defp transform_result(result, rest, op, next, inner_acc, {_, fun, _, after_fun} = funs) do
    case result do
      {:halt, user_acc} ->
        next.({:halt, []})
        after_fun.(user_acc)
        {:halted, elem(inner_acc, 1)}
      {items, user_acc} ->
        # the items go to `fun`; a halt of theirs (:inner) ends the walk, their own end
        # (:outer) goes back to the source
        reduce = fn acc ->
          Enumerable.reduce(items, acc, fn x, [:outer | acc] ->
            case fun.(x, acc) do
              {:halt, acc} -> {:halt, [:inner | acc]}
              {command, acc} -> {command, [:outer | acc]}
            end
          end)
        end
        transform_inner(rest, user_acc, op, next, inner_acc, reduce, funs)
    end
  end

  defp transform_inner(rest, user_acc, op, next, {command, inner_acc}, reduce, {_, _, _, after_fun} = funs) do
    try do
      reduce.({command, [:outer | inner_acc]})
    catch
      kind, reason ->
        next.({:halt, []})
        after_fun.(user_acc)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      {:halted, [:outer | acc]} when command != :halt -> transform_items(rest, user_acc, op, next, {:cont, acc}, funs)
      {:halted, [_ | acc]} ->
        next.({:halt, []})
        after_fun.(user_acc)
        {:halted, acc}
      {:done, [_ | acc]} -> transform_items(rest, user_acc, op, next, {:cont, acc}, funs)
      {:suspended, [_ | acc], continue} ->
        {:suspended, acc, &transform_inner(rest, user_acc, op, next, &1, continue, funs)}
    end
  end

  def flat_map(enum, mapper) when is_function(mapper, 1), do: transform(enum, nil, fn x, nil -> {mapper.(x), nil} end)
  def concat(enumerables), do: flat_map(enumerables, fn x -> x end)
  def concat(first, second), do: flat_map([first, second], fn x -> x end)

  # [SECTION] zip: several enumerables walked in step, each suspended after every item
  def zip(left, right), do: zip_with(left, right, fn a, b -> {a, b} end)
  def zip(enumerables), do: zip_with(enumerables, fn items -> List.to_tuple(items) end)

  def zip_with(left, right, zip_fun) when is_list(left) and is_list(right) and is_function(zip_fun, 2) do
    fn acc, fun -> zip_pair(left, right, acc, fun, zip_fun) end # elixir_fun 74.103858489
  end
  def zip_with(left, right, zip_fun) when is_function(zip_fun, 2),
    do: zip_with([left, right], fn [a, b] -> zip_fun.(a, b) end)
  def zip_with(enumerables, zip_fun) when is_function(zip_fun, 1) do
    if is_list(enumerables) and :lists.all(&is_list/1, enumerables) do
      fn acc, fun -> zip_lists(enumerables, acc, fun, zip_fun) end # elixir_fun 72.103858489
    else
      fn acc, fun -> zip_enums(enumerables, acc, fun, zip_fun) end # elixir_fun 73.103858489
    end
  end

  defp zip_pair(_left, _right, {:halt, acc}, _fun, _zip_fun), do: {:halted, acc}
  defp zip_pair(left, right, {:suspend, acc}, fun, zip_fun), do: {:suspended, acc, &zip_pair(left, right, &1, fun, zip_fun)}
  defp zip_pair([a | at], [b | bt], {:cont, acc}, fun, zip_fun), do: zip_pair(at, bt, fun.(zip_fun.(a, b), acc), fun, zip_fun)
  defp zip_pair(_left, _right, {:cont, acc}, _fun, _zip_fun), do: {:done, acc}

  defp zip_lists(_lists, {:halt, acc}, _fun, _zip_fun), do: {:halted, acc}
  defp zip_lists(lists, {:suspend, acc}, fun, zip_fun), do: {:suspended, acc, &zip_lists(lists, &1, fun, zip_fun)}
  defp zip_lists(lists, {:cont, acc}, fun, zip_fun) do
    case heads_and_tails(lists, [], []) do
      {heads, tails} -> zip_lists(tails, fun.(zip_fun.(heads), acc), fun, zip_fun)
      :error -> {:done, acc}
    end
  end
  defp heads_and_tails([], heads, tails), do: {:lists.reverse(heads), :lists.reverse(tails)}
  defp heads_and_tails([[h | t] | rest], heads, tails), do: heads_and_tails(rest, [h | heads], [t | tails])
  defp heads_and_tails([[] | _], _heads, _tails), do: :error

  defp zip_enums(enumerables, acc, fun, zip_fun) do
    step = fn x, acc -> {:suspend, :lists.reverse([x | acc])} end
    zips = Enum.map(enumerables, fn enum -> {fn acc -> Enumerable.reduce(enum, acc, step) end, [], :cont} end)
    zip_next_round(zips, acc, fun, zip_fun)
  end

  defp zip_next_round(zips, {:halt, acc}, _fun, _zip_fun) do
    zip_close(zips)
    {:halted, acc}
  end
  defp zip_next_round(zips, {:suspend, acc}, fun, zip_fun), do: {:suspended, acc, &zip_next_round(zips, &1, fun, zip_fun)}
  defp zip_next_round([], {:cont, acc}, _fun, _zip_fun), do: {:done, acc}
  defp zip_next_round(zips, {:cont, acc}, fun, zip_fun) do
    try do
      zip_items(zips, acc, fun, [], [], zip_fun)
    catch
      kind, reason ->
        zip_close(zips)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      {:next, zips, acc} -> zip_next_round(zips, acc, fun, zip_fun)
      {:done, _acc} = done -> done
    end
  end

  # the next item of each enumerable, in order; the first to end ends the zip
  defp zip_items([], acc, fun, items, zips, zip_fun),
    do: {:next, :lists.reverse(zips), fun.(zip_fun.(:lists.reverse(items)), acc)}
  defp zip_items([{_, [], :halt} | rest], acc, _fun, _items, zips, _zip_fun) do
    zip_close(:lists.reverse(zips, rest))
    {:done, acc}
  end
  defp zip_items([{run, [], :cont} | rest], acc, fun, items, zips, zip_fun) do
    case run.({:cont, []}) do
      {:suspended, [x | buffered], run} -> zip_items(rest, acc, fun, [x | items], [{run, buffered, :cont} | zips], zip_fun)
      {_, [x | buffered]} -> zip_items(rest, acc, fun, [x | items], [{run, buffered, :halt} | zips], zip_fun)
      {_, []} ->
        zip_close(:lists.reverse(zips, rest))
        {:done, acc}
    end
  end
  defp zip_items([{run, [x | buffered], op} | rest], acc, fun, items, zips, zip_fun),
    do: zip_items(rest, acc, fun, [x | items], [{run, buffered, op} | zips], zip_fun)

  defp zip_close(zips), do: :lists.foreach(fn {run, _, _} -> run.({:halt, []}) end, zips)

  @doc false
  def __zip_reduce__(enumerables, acc, reducer) do
    zip_with(enumerables, fn items -> items end).({:cont, acc}, fn items, acc -> {:cont, reducer.(items, acc)} end)
    |> elem(1)
  end

  # [SECTION] Sources
  def unfold(next_acc, next_fun) when is_function(next_fun, 1) do
    fn acc, fun -> unfold_run(next_acc, next_fun, acc, fun) end # elixir_fun 63.103858489
  end
  defp unfold_run(_next_acc, _next_fun, {:halt, acc}, _fun), do: {:halted, acc}
  defp unfold_run(next_acc, next_fun, {:suspend, acc}, fun), do: {:suspended, acc, &unfold_run(next_acc, next_fun, &1, fun)}
  defp unfold_run(next_acc, next_fun, {:cont, acc}, fun) do
    case next_fun.(next_acc) do
      nil -> {:done, acc}
      {x, next_acc} -> unfold_run(next_acc, next_fun, fun.(x, acc), fun)
    end
  end

  def iterate(start, next_fun) when is_function(next_fun, 1) do
    unfold({:ok, start}, fn
      {:ok, value} -> {value, {:next, value}}
      {:next, value} ->
        value = next_fun.(value)
        {value, {:next, value}}
    end)
  end

  def repeatedly(generator) when is_function(generator, 0) do
    fn acc, fun -> repeatedly_run(generator, acc, fun) end # elixir_fun 51.103858489
  end
  defp repeatedly_run(_generator, {:halt, acc}, _fun), do: {:halted, acc}
  defp repeatedly_run(generator, {:suspend, acc}, fun), do: {:suspended, acc, &repeatedly_run(generator, &1, fun)}
  defp repeatedly_run(generator, {:cont, acc}, fun), do: repeatedly_run(generator, fun.(generator.(), acc), fun)

  def duplicate(value, n) when is_integer(n) and n >= 0 do
    unfold(n, fn
      0 -> nil
      left -> {value, left - 1}
    end)
  end

  def interval(n) when (is_integer(n) and n >= 0) or n == :infinity do
    unfold(0, fn count ->
      Process.sleep(n)
      {count, count + 1}
    end)
  end

  def timer(n) when (is_integer(n) and n >= 0) or n == :infinity, do: take(interval(n), 1)

  def cycle([]), do: raise(ArgumentError, "cannot cycle over an empty enumerable")
  def cycle(list) when is_list(list) do
    unfold({list, list}, fn
      {all, [h | t]} -> {h, {all, t}}
      {[h | t] = all, []} -> {h, {all, t}}
    end)
  end
  def cycle(enumerable) do
    fn acc, fun -> # elixir_fun 9.103858489
      step = fn x, acc -> {:suspend, [x | acc]} end
      once = fn acc -> Enumerable.reduce(enumerable, acc, step) end
      first = fn acc ->
        case once.(acc) do
          {state, []} when state in [:done, :halted] -> raise ArgumentError, "cannot cycle over an empty enumerable"
          other -> other
        end
      end
      cycle_run(first, once, acc, fun)
    end
  end
  defp cycle_run(run, _once, {:halt, acc}, _fun) do
    run.({:halt, []})
    {:halted, acc}
  end
  defp cycle_run(run, once, {:suspend, acc}, fun), do: {:suspended, acc, &cycle_run(run, once, &1, fun)}
  defp cycle_run(run, once, {:cont, acc}, fun) do
    case run.({:cont, []}) do
      {:suspended, [x], run} -> cycle_run(run, once, fun.(x, acc), fun)
      {_, [x]} -> cycle_run(once, once, fun.(x, acc), fun)
      {_, []} -> cycle_run(once, once, {:cont, acc}, fun)
    end
  end

  def resource(start_fun, next_fun, after_fun)
      when is_function(start_fun, 0) and is_function(next_fun, 1) and is_function(after_fun, 1) do
    fn acc, fun -> resource_run(start_fun.(), next_fun, acc, fun, after_fun) end # elixir_fun 52.103858489
  end
  defp resource_run(state, next_fun, {:suspend, acc}, fun, after_fun),
    do: {:suspended, acc, &resource_run(state, next_fun, &1, fun, after_fun)}
  defp resource_run(state, _next_fun, {:halt, acc}, _fun, after_fun) do
    after_fun.(state)
    {:halted, acc}
  end
  defp resource_run(state, next_fun, {:cont, acc}, fun, after_fun) do
    try do
      next_fun.(state)
    catch
      kind, reason ->
        after_fun.(state)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      {:halt, state} -> resource_run(state, next_fun, {:halt, acc}, fun, after_fun)
      {items, state} ->
        reduce = fn acc ->
          Enumerable.reduce(items, acc, fn x, [:outer | acc] ->
            case fun.(x, acc) do
              {:halt, acc} -> {:halt, [:inner | acc]}
              {command, acc} -> {command, [:outer | acc]}
            end
          end)
        end
        resource_items(state, next_fun, {:cont, acc}, fun, after_fun, reduce)
    end
  end
  defp resource_items(state, next_fun, {command, acc}, fun, after_fun, reduce) do
    try do
      reduce.({command, [:outer | acc]})
    catch
      kind, reason ->
        after_fun.(state)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      # halted from outside while suspended mid-items: the resource closes (its after_fun)
      {:halted, [:outer | acc]} when command != :halt -> resource_run(state, next_fun, {:cont, acc}, fun, after_fun)
      {:halted, [_ | acc]} -> resource_run(state, next_fun, {:halt, acc}, fun, after_fun)
      {:done, [_ | acc]} -> resource_run(state, next_fun, {:cont, acc}, fun, after_fun)
      {:suspended, [_ | acc], continue} ->
        {:suspended, acc, &resource_items(state, next_fun, &1, fun, after_fun, continue)}
    end
  end
end
)elixir";
}

}  // namespace taskplay::lang

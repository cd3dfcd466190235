// Erlang's :digraph and :digraph_utils (OTP 25), written over the runtime's ETS tables as
// digraph.erl keeps its graph: a digraph is {:digraph, vertices, edges, neighbours, cyclic?};
// the vertices table holds {v, label}, the edges table {e, v1, v2, label}, the neighbours
// bag {{:out, v}, e} and {{:in, v}, e} (in the order the edges came) and the two counters
// that name new vertices [:"$v" | n] and edges [:"$e" | n]. So a digraph is shared by
// reference, belongs to the process that made it and goes when it exits, like the BEAM's.
// Lists of every vertex or edge come in the tables' order (insertion order here, the hash
// table's on the BEAM: docs/language.md); neighbours come newest first, as digraph.erl's
// folds give them, so paths are found as the BEAM finds them.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_digraph_source() {
  return R"elixir(
defmodule :digraph do
  def new(), do: new([])

  def new(type) when is_list(type) do
    {cyclic, access} =
      Enum.reduce(type, {true, :protected}, fn
        :cyclic, {_, a} -> {true, a}
        :acyclic, {_, a} -> {false, a}
        :protected, {c, _} -> {c, :protected}
        :private, {c, _} -> {c, :private}
        _, _ -> :erlang.error(:badarg)
      end)

    vertices = :ets.new(:vertices, [:set, access])
    edges = :ets.new(:edges, [:set, access])
    neighbours = :ets.new(:neighbours, [:bag, access])
    :ets.insert(neighbours, [{:"$vid", 0}, {:"$eid", 0}])
    {:digraph, vertices, edges, neighbours, cyclic}
  end

  def new(_), do: :erlang.error(:badarg)

  def delete({:digraph, v, e, n, _}) do
    :ets.delete(v)
    :ets.delete(e)
    :ets.delete(n)
    true
  end

  def info({:digraph, v, e, n, cyclic}) do
    memory = :ets.info(v, :memory) + :ets.info(e, :memory) + :ets.info(n, :memory)

    [cyclicity: if(cyclic, do: :cyclic, else: :acyclic), memory: memory,
     protection: :ets.info(v, :protection)]
  end

  def add_vertex({:digraph, _, _, n, _} = g), do: add_vertex(g, [:"$v" | next_id(n, :"$vid")], [])
  def add_vertex(g, v), do: add_vertex(g, v, [])

  def add_vertex({:digraph, vt, _, _, _}, v, label) do
    :ets.insert(vt, {v, label})
    v
  end

  def vertex({:digraph, vt, _, _, _}, v) do
    case :ets.lookup(vt, v) do
      [vertex] -> vertex
      [] -> false
    end
  end

  def no_vertices({:digraph, vt, _, _, _}), do: :ets.info(vt, :size)
  def vertices({:digraph, vt, _, _, _}), do: :ets.select(vt, [{{:"$1", :_}, [], [:"$1"]}])

  def del_vertex(g, v) do
    do_del_vertex(g, v)
    true
  end

  def del_vertices(g, vs) do
    Enum.each(vs, &do_del_vertex(g, &1))
    true
  end

  defp do_del_vertex({:digraph, vt, _, n, _} = g, v) do
    del_edge_list(g, :ets.select(n, [{{{:in, v}, :"$1"}, [], [:"$1"]}]))
    del_edge_list(g, :ets.select(n, [{{{:out, v}, :"$1"}, [], [:"$1"]}]))
    :ets.delete(vt, v)
  end

  def add_edge({:digraph, _, _, n, _} = g, v1, v2), do: add_edge(g, v1, v2, [])

  def add_edge({:digraph, _, _, n, _} = g, v1, v2, label),
    do: do_add_edge(g, [:"$e" | next_id(n, :"$eid")], v1, v2, label)

  def add_edge(g, e, v1, v2, label), do: do_add_edge(g, e, v1, v2, label)

  defp do_add_edge({:digraph, vt, et, n, cyclic} = g, e, v1, v2, label) do
    cond do
      not :ets.member(vt, v1) ->
        {:error, {:bad_vertex, v1}}

      not :ets.member(vt, v2) ->
        {:error, {:bad_vertex, v2}}

      true ->
        case :ets.lookup(et, e) do
          [{^e, ^v1, ^v2, _}] ->
            :ets.insert(et, {e, v1, v2, label})
            e

          [{^e, _, _, _}] ->
            {:error, {:bad_edge, [v1, v2]}}

          [] ->
            case cyclic or acyclic_edge(g, v1, v2) do
              true ->
                :ets.insert(et, {e, v1, v2, label})
                :ets.insert(n, [{{:out, v1}, e}, {{:in, v2}, e}])
                e

              path ->
                {:error, {:bad_edge, path}}
            end
        end
    end
  end

  # an edge v1 -> v2 in an acyclic graph: true, or the path back from v2 to v1 it would close
  defp acyclic_edge(_g, v, v), do: [v, v]

  defp acyclic_edge(g, v1, v2) do
    case get_path(g, v2, v1) do
      false -> true
      path -> path
    end
  end

  def edge({:digraph, _, et, _, _}, e) do
    case :ets.lookup(et, e) do
      [edge] -> edge
      [] -> false
    end
  end

  def no_edges({:digraph, _, et, _, _}), do: :ets.info(et, :size)
  def edges({:digraph, _, et, _, _}), do: :ets.select(et, [{{:"$1", :_, :_, :_}, [], [:"$1"]}])

  def edges({:digraph, _, _, n, _}, v) do
    :ets.select(n, [{{{:out, v}, :"$1"}, [], [:"$1"]}, {{{:in, v}, :"$1"}, [], [:"$1"]}])
  end

  def del_edge(g, e) do
    del_edge_list(g, [e])
    true
  end

  def del_edges(g, es) do
    del_edge_list(g, es)
    true
  end

  defp del_edge_list({:digraph, _, et, n, _}, es) do
    Enum.each(es, fn e ->
      case :ets.lookup(et, e) do
        [{^e, v1, v2, _}] ->
          :ets.delete_object(n, {{:out, v1}, e})
          :ets.delete_object(n, {{:in, v2}, e})
          :ets.delete(et, e)

        [] ->
          :ok
      end
    end)
  end

  def out_edges({:digraph, _, _, n, _}, v), do: :ets.select(n, [{{{:out, v}, :"$1"}, [], [:"$1"]}])
  def in_edges({:digraph, _, _, n, _}, v), do: :ets.select(n, [{{{:in, v}, :"$1"}, [], [:"$1"]}])
  def out_degree(g, v), do: length(out_edges(g, v))
  def in_degree(g, v), do: length(in_edges(g, v))

  def out_neighbours({:digraph, _, et, _, _} = g, v),
    do: Enum.reduce(out_edges(g, v), [], &[:ets.lookup_element(et, &1, 3) | &2])

  def in_neighbours({:digraph, _, et, _, _} = g, v),
    do: Enum.reduce(in_edges(g, v), [], &[:ets.lookup_element(et, &1, 2) | &2])

  # depth first, the neighbours in out_neighbours' order, each vertex tried once: a path of
  # at least `least` vertices before the last (a cycle skips the vertex's own loop)
  def get_path(g, v1, v2), do: path(g, v1, v2, 1)

  defp path(g, v1, v2, least) do
    case path_from(g, out_neighbours(g, v1), v2, MapSet.new([v1]), 1, least) do
      {:found, rest, _} -> [v1 | rest]
      {:none, _} -> false
    end
  end

  defp path_from(_g, [], _to, seen, _depth, _least), do: {:none, seen}

  defp path_from(g, [w | ws], to, seen, depth, least) do
    cond do
      w == to and depth >= least ->
        {:found, [w], seen}

      w == to or MapSet.member?(seen, w) ->
        path_from(g, ws, to, seen, depth, least)

      true ->
        case path_from(g, out_neighbours(g, w), to, MapSet.put(seen, w), depth + 1, least) do
          {:found, rest, seen} -> {:found, [w | rest], seen}
          {:none, seen} -> path_from(g, ws, to, seen, depth, least)
        end
    end
  end

  def get_cycle(g, v) do
    case path(g, v, v, 2) do
      false -> if v in out_neighbours(g, v), do: [v], else: false
      cycle -> cycle
    end
  end

  # breadth first over the edges in out_edges' order, the start counted as seen: the shortest
  # path of at least one edge
  def get_short_path(g, v1, v2) do
    queue = :queue.from_list(Enum.map(Enum.reverse(out_neighbours(g, v1)), &{&1, v1}))
    short(g, queue, v2, %{v1 => v1}, v1)
  end

  defp short(g, queue, to, parents, start) do
    case :queue.out(queue) do
      {:empty, _} ->
        false

      {{:value, {w, parent}}, queue} ->
        cond do
          w == to ->
            walk_back(parents, start, parent, [w])

          Map.has_key?(parents, w) ->
            short(g, queue, to, parents, start)

          true ->
            parents = Map.put(parents, w, parent)
            next = Enum.map(Enum.reverse(out_neighbours(g, w)), &{&1, w})
            short(g, Enum.reduce(next, queue, &:queue.in/2), to, parents, start)
        end
    end
  end

  defp walk_back(_parents, start, start, path), do: [start | path]
  defp walk_back(parents, start, v, path), do: walk_back(parents, start, Map.fetch!(parents, v), [v | path])

  def get_short_cycle(g, v), do: get_short_path(g, v, v)

  defp next_id(n, counter) do
    [{^counter, k}] = :ets.lookup(n, counter)
    :ets.delete(n, counter)
    :ets.insert(n, {counter, k + 1})
    k
  end
end

defmodule :digraph_utils do
  # depth-first orders over the vertices in :digraph.vertices/1's order
  def postorder(g), do: Enum.reverse(visit_all(g, :post))
  def preorder(g), do: Enum.reverse(visit_all(g, :pre))

  defp visit_all(g, order) do
    {acc, _} =
      Enum.reduce(:digraph.vertices(g), {[], MapSet.new()}, fn v, {acc, seen} ->
        visit(g, v, order, acc, seen)
      end)

    acc
  end

  defp visit(g, v, order, acc, seen) do
    if MapSet.member?(seen, v) do
      {acc, seen}
    else
      acc = if order == :pre, do: [v | acc], else: acc

      {acc, seen} =
        Enum.reduce(:digraph.out_neighbours(g, v), {acc, MapSet.put(seen, v)}, fn w, {a, s} ->
          visit(g, w, order, a, s)
        end)

      {if(order == :post, do: [v | acc], else: acc), seen}
    end
  end

  def loop_vertices(g), do: Enum.filter(:digraph.vertices(g), &(&1 in :digraph.out_neighbours(g, &1)))

  def is_acyclic(g),
    do: loop_vertices(g) == [] and Enum.all?(strong_components(g), &(length(&1) == 1))

  def topsort(g), do: if(is_acyclic(g), do: Enum.reverse(postorder(g)), else: false)

  def is_tree(g),
    do: :digraph.no_edges(g) == :digraph.no_vertices(g) - 1 and length(components(g)) == 1

  def reachable(vs, g), do: closure(g, vs, &:digraph.out_neighbours/2)
  def reachable_neighbours(vs, g), do: closure(g, Enum.flat_map(vs, &:digraph.out_neighbours(g, &1)), &:digraph.out_neighbours/2)
  def reaching(vs, g), do: closure(g, vs, &:digraph.in_neighbours/2)
  def reaching_neighbours(vs, g), do: closure(g, Enum.flat_map(vs, &:digraph.in_neighbours(g, &1)), &:digraph.in_neighbours/2)

  defp closure(g, vs, next) do
    {acc, _} =
      Enum.reduce(vs, {[], MapSet.new()}, fn v, state -> reach(g, v, next, state) end)

    acc
  end

  defp reach(g, v, next, {acc, seen}) do
    if MapSet.member?(seen, v) do
      {acc, seen}
    else
      Enum.reduce(next.(g, v), {[v | acc], MapSet.put(seen, v)}, &reach(g, &1, next, &2))
    end
  end

  # connected components, the edges taken both ways
  def components(g) do
    both = fn g, v -> :digraph.out_neighbours(g, v) ++ :digraph.in_neighbours(g, v) end

    {comps, _} =
      Enum.reduce(:digraph.vertices(g), {[], MapSet.new()}, fn v, {comps, seen} ->
        if MapSet.member?(seen, v) do
          {comps, seen}
        else
          {comp, seen} = reach(g, v, both, {[], seen})
          {[comp | comps], seen}
        end
      end)

    comps
  end

  # Kosaraju: a depth-first postorder, then the reversed graph in the reverse of that order
  def strong_components(g) do
    {comps, _} =
      Enum.reduce(Enum.reverse(postorder(g)), {[], MapSet.new()}, fn v, {comps, seen} ->
        if MapSet.member?(seen, v) do
          {comps, seen}
        else
          {comp, seen} = reach(g, v, &:digraph.in_neighbours/2, {[], seen})
          {[comp | comps], seen}
        end
      end)

    comps
  end

  def cyclic_strong_components(g) do
    loops = loop_vertices(g)
    Enum.filter(strong_components(g), fn
      [v] -> v in loops
      _ -> true
    end)
  end
end
)elixir";
}

}  // namespace taskplay::lang

// Registry, written in the language as Elixir 1.14 builds it (lib/registry.ex), with the
// same processes: Registry.start_link/1 starts a supervisor registered under the registry's
// name (Registry.Supervisor, :one_for_all for unique keys) with one partition,
// Registry.Partition, a GenServer named Reg.PIDPartition0 that traps exits. Where Elixir
// keeps the entries in ETS tables the partition owns, taskplay keeps them in the
// partition's state and the callers ask it (a call each): so entries are what ETS would
// hold, in the order ETS lists them.
//
// register/3 links the caller to the partition (as Elixir's does) and answers {:ok,
// partition}; a key whose holder is dead counts as free (Elixir checks Process.alive?);
// the partition drops a process's entries when its :EXIT arrives. {:via, Registry, {reg,
// key}} and {reg, key, value} names go through whereis_name/1, register_name/2,
// unregister_name/1 and send/2. Unique and duplicate keys; one partition (the
// :partitions option is checked and otherwise not used). Keys compare as ETS compares
// them (===). match/3,4, count_match/3,4, unregister_match/3,4, select/2 and count_select/2
// run ETS's match specifications (patterns with :_ and :"$N", guards, bodies) over the
// entries as ETS holds them, {key, {pid, value}}; :listeners get {:register, ...} and
// {:unregister, ...} from the process that registers or unregisters, as in Elixir.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_registry_source() {
  return R"elixir(
defmodule Registry do
  def start_link(options) do
    keys = Keyword.get(options, :keys)

    unless keys in [:unique, :duplicate] do
      raise ArgumentError,
            "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) -> name
        {:ok, other} -> raise ArgumentError, "expected :name to be an atom, got: #{inspect(other)}"
        :error -> raise ArgumentError, "expected :name option to be present"
      end

    meta = Keyword.get(options, :meta, [])

    unless Keyword.keyword?(meta) do
      raise ArgumentError, "expected :meta to be a keyword list, got: #{inspect(meta)}"
    end

    partitions = Keyword.get(options, :partitions, 1)

    unless is_integer(partitions) and partitions >= 1 do
      raise ArgumentError,
            "expected :partitions to be a positive integer, got: #{inspect(partitions)}"
    end

    listeners = Keyword.get(options, :listeners, [])

    unless is_list(listeners) and Enum.all?(listeners, &is_atom/1) do
      raise ArgumentError,
            "expected :listeners to be a list of named processes, got: #{inspect(listeners)}"
    end

    compressed = Keyword.get(options, :compressed, false)

    unless is_boolean(compressed) do
      raise ArgumentError, "expected :compressed to be a boolean, got: #{inspect(compressed)}"
    end

    Supervisor.start_link(Registry.Supervisor, {keys, name, meta, listeners}, name: name)
  end

  def child_spec(options) do
    %{
      id: Keyword.get(options, :name, Registry),
      start: {Registry, :start_link, [options]},
      type: :supervisor
    }
  end

  def register(registry, key, value) when is_atom(registry) do
    partition = partition!(registry)
    Process.link(partition)

    case GenServer.call(partition, {:register, key, value, self()}) do
      {:ok, listeners} ->
        for listener <- listeners, do: Kernel.send(listener, {:register, registry, key, self(), value})
        {:ok, partition}

      error ->
        error
    end
  end

  def unregister(registry, key) when is_atom(registry) do
    partition = partition!(registry)
    listeners = GenServer.call(partition, {:unregister, key, self()})
    for listener <- listeners, do: Kernel.send(listener, {:unregister, registry, key, self()})
    :ok
  end

  def match(registry, key, pattern, guards \\ []) when is_atom(registry) and is_list(guards) do
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    spec = [{{:_, {:_, pattern}}, guards, [{:element, 2, :"$_"}]}]
    GenServer.call(partition!(registry), {:select, spec})
  end

  def count_match(registry, key, pattern, guards \\ [])
      when is_atom(registry) and is_list(guards) do
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    spec = [{{:_, {:_, pattern}}, guards, [true]}]
    GenServer.call(partition!(registry), {:select_count, spec})
  end

  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    partition = partition!(registry)
    me = self()
    guard = {:"=:=", {:element, 1, :"$_"}, {:const, key}}
    spec = [{{:_, {me, pattern}}, [guard | guards], [true]}]

    case GenServer.call(partition, {:select_delete, spec, key, me}) do
      {:all, listeners} ->
        for listener <- listeners, do: Kernel.send(listener, {:unregister, registry, key, me})

      _ ->
        :ok
    end

    :ok
  end

  def select(registry, spec) when is_atom(registry) and is_list(spec) do
    spec = group_match_headers(spec, :select)
    GenServer.call(partition!(registry), {:select, spec})
  end

  def count_select(registry, spec) when is_atom(registry) and is_list(spec) do
    spec = group_match_headers(spec, :count_select)
    GenServer.call(partition!(registry), {:select_count, spec})
  end

  defp group_match_headers(spec, fun) do
    for part <- spec do
      case part do
        {{key, pid, value}, guards, select} ->
          {{key, {pid, value}}, guards, select}

        _ ->
          raise ArgumentError,
                "invalid match specification in Registry.#{fun}/2: #{inspect(spec)}"
      end
    end
  end

  def lookup(registry, key) when is_atom(registry),
    do: GenServer.call(partition!(registry), {:lookup, key})

  def keys(registry, pid) when is_atom(registry) and is_pid(pid),
    do: GenServer.call(partition!(registry), {:keys, pid})

  def values(registry, key, pid) when is_atom(registry),
    do: GenServer.call(partition!(registry), {:values, key, pid})

  def count(registry) when is_atom(registry), do: GenServer.call(partition!(registry), :count)

  def update_value(registry, key, callback) when is_atom(registry) and is_function(callback, 1) do
    partition = partition!(registry)

    case GenServer.call(partition, {:get, key, self()}) do
      {:ok, old} ->
        new = callback.(old)
        :ok = GenServer.call(partition, {:put, key, new, self()})
        {new, old}

      {:not_unique, kind} ->
        raise ArgumentError, "Registry.update_value/3 is not supported for #{kind} registries"

      :error ->
        :error
    end
  end

  def dispatch(registry, key, fun), do: dispatch(registry, key, fun, [])

  def dispatch(registry, key, fun, _opts) when is_atom(registry) do
    case lookup(registry, key) do
      [] -> :ok
      entries when is_function(fun, 1) -> fun.(entries)
      entries -> {m, f, a} = fun; apply(m, f, [entries | a])
    end

    :ok
  end

  def meta(registry, key) when is_atom(registry) and (is_atom(key) or is_tuple(key)),
    do: GenServer.call(partition!(registry), {:meta, key})

  def put_meta(registry, key, value) when is_atom(registry) and (is_atom(key) or is_tuple(key)),
    do: GenServer.call(partition!(registry), {:put_meta, key, value})

  def delete_meta(registry, key) when is_atom(registry) and (is_atom(key) or is_tuple(key)),
    do: GenServer.call(partition!(registry), {:delete_meta, key})

  # the :via callbacks
  def whereis_name({registry, key}), do: via_whereis(registry, key)
  def whereis_name({registry, key, _value}), do: via_whereis(registry, key)

  def register_name({registry, key}, pid), do: via_register(registry, key, nil, pid)
  def register_name({registry, key, value}, pid), do: via_register(registry, key, value, pid)

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  def send({registry, key}, msg) do
    case lookup(registry, key) do
      [{pid, _}] -> Kernel.send(pid, msg)
      [] -> :erlang.error(:badarg, [{registry, key}, msg])
    end
  end

  def send({registry, key, _value}, msg), do: Registry.send({registry, key}, msg)

  defp via_whereis(registry, key) do
    case GenServer.call(partition!(registry), {:kind_lookup, key}) do
      {:unique, [{pid, _}]} -> if Process.alive?(pid), do: pid, else: :undefined
      {:unique, []} -> :undefined
      {kind, _} -> raise ArgumentError, ":via is not supported for #{kind} registries"
    end
  end

  defp via_register(registry, key, value, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  # Module.concat(registry, "PIDPartition0"), the name Elixir's partition 0 registers
  def partition_name(registry), do: String.to_atom(Atom.to_string(registry) <> ".PIDPartition0")

  defp partition!(registry) do
    case Process.whereis(partition_name(registry)) do
      nil -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
      pid -> pid
    end
  end
end

defmodule Registry.Supervisor do
  def init({keys, name, meta, listeners}) do
    partition = Registry.partition_name(name)

    children = [
      %{
        id: partition,
        start: {Registry.Partition, :start_link, [partition, {keys, meta, listeners}]}
      }
    ]

    strategy = if keys == :unique, do: :one_for_all, else: :one_for_one
    Supervisor.init(children, strategy: strategy)
  end
end

defmodule Registry.Partition do
  # state: %{kind:, meta: map, entries: [{key, pid, value}] newest first}
  def start_link(name, arg), do: GenServer.start_link(Registry.Partition, arg, name: name)

  def init({kind, meta, listeners}) do
    Process.flag(:trap_exit, true)
    {:ok, %{kind: kind, meta: Map.new(meta), entries: [], listeners: listeners}}
  end

  def handle_call({:register, key, value, pid}, _from, state) do
    holder =
      if state.kind == :unique do
        Enum.find(state.entries, fn {k, p, _} -> k === key and Process.alive?(p) end)
      end

    case holder do
      {_, p, _} ->
        {:reply, {:error, {:already_registered, p}}, state}

      nil ->
        entries =
          if state.kind == :unique,
            do: Enum.reject(state.entries, fn {k, _, _} -> k === key end),
            else: state.entries

        {:reply, {:ok, state.listeners}, %{state | entries: [{key, pid, value} | entries]}}
    end
  end

  def handle_call({:unregister, key, pid}, _from, state) do
    entries = Enum.reject(state.entries, fn {k, p, _} -> k === key and p == pid end)
    if not Enum.any?(entries, fn {_, p, _} -> p == pid end), do: Process.unlink(pid)
    {:reply, state.listeners, %{state | entries: entries}}
  end

  def handle_call({:select, spec}, _from, state) do
    {:reply, Registry.MatchSpec.select(objects(state), spec), state}
  end

  def handle_call({:select_count, spec}, _from, state) do
    {:reply, length(Registry.MatchSpec.select(objects(state), spec)), state}
  end

  # unregister_match: the caller's entries under `key` that the spec matches go; {:all,
  # listeners} when none of its entries under `key` is left (and some went)
  def handle_call({:select_delete, spec, key, pid}, _from, state) do
    {gone, kept} =
      Enum.split_with(state.entries, fn {k, p, v} ->
        Registry.MatchSpec.select([{k, {p, v}}], spec) != []
      end)

    left = Enum.any?(kept, fn {k, p, _} -> k === key and p == pid end)
    if not Enum.any?(kept, fn {_, p, _} -> p == pid end), do: Process.unlink(pid)
    answer = if gone != [] and not left, do: {:all, state.listeners}, else: :some
    {:reply, answer, %{state | entries: kept}}
  end

  def handle_call({:lookup, key}, _from, state), do: {:reply, lookup(state, key), state}

  def handle_call({:kind_lookup, key}, _from, state),
    do: {:reply, {state.kind, lookup(state, key)}, state}

  def handle_call({:keys, pid}, _from, state) do
    keys = for {k, p, _} <- state.entries, p == pid, do: k
    keys = if state.kind == :unique, do: Enum.uniq(keys), else: keys
    {:reply, keys, state}
  end

  def handle_call({:values, key, pid}, _from, state) do
    {:reply, for({k, p, v} <- Enum.reverse(state.entries), k == key and p == pid, do: v), state}
  end

  def handle_call(:count, _from, state), do: {:reply, length(state.entries), state}

  def handle_call({:get, key, pid}, _from, state) do
    if state.kind != :unique do
      {:reply, {:not_unique, state.kind}, state}
    else
      case Enum.find(state.entries, fn {k, p, _} -> k == key and p == pid end) do
        {_, _, v} -> {:reply, {:ok, v}, state}
        nil -> {:reply, :error, state}
      end
    end
  end

  def handle_call({:put, key, value, pid}, _from, state) do
    entries =
      Enum.map(state.entries, fn
        {^key, ^pid, _} -> {key, pid, value}
        entry -> entry
      end)

    {:reply, :ok, %{state | entries: entries}}
  end

  def handle_call({:meta, key}, _from, state), do: {:reply, Map.fetch(state.meta, key), state}

  def handle_call({:put_meta, key, value}, _from, state),
    do: {:reply, :ok, %{state | meta: Map.put(state.meta, key, value)}}

  def handle_call({:delete_meta, key}, _from, state),
    do: {:reply, :ok, %{state | meta: Map.delete(state.meta, key)}}

  def handle_info({:EXIT, pid, _reason}, state) do
    {:noreply, %{state | entries: Enum.reject(state.entries, fn {_, p, _} -> p == pid end)}}
  end

  def handle_info(_message, state), do: {:noreply, state}

  defp lookup(state, key) do
    # ETS lists a duplicate key's entries oldest first
    for {k, p, v} <- Enum.reverse(state.entries), k === key, do: {p, v}
  end

  # the entries as ETS objects, in the order :ets.select lists them
  defp objects(state) do
    entries = if state.kind == :unique, do: state.entries, else: Enum.reverse(state.entries)
    for {k, p, v} <- entries, do: {k, {p, v}}
  end
end

defmodule Registry.MatchSpec do
  # ETS match specifications over a list of objects: [{pattern, guards, body}]. A pattern
  # binds :"$N" (the same N must match equal terms) and ignores :_; the guards are
  # expressions in ETS's form ({:>, :"$1", 1}, {:is_atom, :"$2"}, {:const, term}, {{...}} for
  # a tuple); a guard that fails to evaluate counts as false. The result of each object is
  # its first spec's body's last expression.
  def select(objects, spec) do
    for object <- objects, {:ok, result} <- [run(spec, object)], do: result
  end

  defp run([], _object), do: :error

  defp run([{pattern, guards, body} | rest], object) do
    with {:ok, binds} <- bind(pattern, object, %{}),
         true <- Enum.all?(guards, &(guard(&1, binds, object) == true)) do
      {:ok, Enum.reduce(body, nil, fn expr, _ -> eval(expr, binds, object) end)}
    else
      _ -> run(rest, object)
    end
  catch
    :error, _ -> run(rest, object)
  end

  defp bind(:_, _term, binds), do: {:ok, binds}

  defp bind(pattern, term, binds) when is_atom(pattern) do
    case variable(pattern) do
      nil ->
        if pattern === term, do: {:ok, binds}, else: :error

      n ->
        case binds do
          %{^n => bound} -> if bound === term, do: {:ok, binds}, else: :error
          _ -> {:ok, Map.put(binds, n, term)}
        end
    end
  end

  defp bind(pattern, term, binds)
       when is_tuple(pattern) and is_tuple(term) and tuple_size(pattern) == tuple_size(term) do
    bind_all(Tuple.to_list(pattern), Tuple.to_list(term), binds)
  end

  defp bind([p | ps], [t | ts], binds) do
    with {:ok, binds} <- bind(p, t, binds), do: bind(ps, ts, binds)
  end

  defp bind(pattern, term, binds) when is_map(pattern) and is_map(term) do
    Enum.reduce_while(pattern, {:ok, binds}, fn {k, p}, {:ok, acc} ->
      case term do
        %{^k => t} ->
          case bind(p, t, acc) do
            {:ok, acc} -> {:cont, {:ok, acc}}
            :error -> {:halt, :error}
          end

        _ ->
          {:halt, :error}
      end
    end)
  end

  defp bind(pattern, term, binds), do: if(pattern === term, do: {:ok, binds}, else: :error)

  defp bind_all([], [], binds), do: {:ok, binds}

  defp bind_all([p | ps], [t | ts], binds) do
    with {:ok, binds} <- bind(p, t, binds), do: bind_all(ps, ts, binds)
  end

  defp variable(atom) do
    case Atom.to_string(atom) do
      "$" <> digits ->
        case Integer.parse(digits) do
          {n, ""} -> n
          _ -> nil
        end

      _ ->
        nil
    end
  end

  defp guard(expr, binds, object), do: eval(expr, binds, object)

  defp eval({:const, term}, _binds, _object), do: term
  defp eval({tuple}, binds, object) when is_tuple(tuple),
    do: tuple |> Tuple.to_list() |> Enum.map(&eval(&1, binds, object)) |> List.to_tuple()

  defp eval({:andalso, a, b}, binds, object),
    do: eval(a, binds, object) == true and eval(b, binds, object) == true

  defp eval({:orelse, a, b}, binds, object),
    do: eval(a, binds, object) == true or eval(b, binds, object) == true

  defp eval(expr, binds, object) when is_tuple(expr) and tuple_size(expr) >= 1 do
    [op | args] = Tuple.to_list(expr)
    apply_op(op, Enum.map(args, &eval(&1, binds, object)))
  end

  defp eval(list, binds, object) when is_list(list), do: eval_list(list, binds, object)

  defp eval(map, binds, object) when is_map(map),
    do: Map.new(map, fn {k, v} -> {eval(k, binds, object), eval(v, binds, object)} end)

  defp eval(:"$_", _binds, object), do: object
  defp eval(:"$$", binds, _object), do: binds |> Enum.sort() |> Enum.map(&elem(&1, 1))

  defp eval(atom, binds, _object) when is_atom(atom) do
    case variable(atom) do
      nil -> atom
      n -> Map.fetch!(binds, n)
    end
  end

  defp eval(term, _binds, _object), do: term

  defp eval_list([h | t], binds, object), do: [eval(h, binds, object) | eval_list(t, binds, object)]
  defp eval_list([], _binds, _object), do: []
  defp eval_list(tail, binds, object), do: eval(tail, binds, object)

  defp apply_op(op, args) do
    case {op, args} do
      {:is_atom, [a]} -> is_atom(a)
      {:is_integer, [a]} -> is_integer(a)
      {:is_float, [a]} -> is_float(a)
      {:is_number, [a]} -> is_number(a)
      {:is_binary, [a]} -> is_binary(a)
      {:is_list, [a]} -> is_list(a)
      {:is_map, [a]} -> is_map(a)
      {:is_pid, [a]} -> is_pid(a)
      {:is_reference, [a]} -> is_reference(a)
      {:is_tuple, [a]} -> is_tuple(a)
      {:is_function, [a]} -> is_function(a)
      {:is_boolean, [a]} -> is_boolean(a)
      {:is_record, [a, tag, size]} -> is_tuple(a) and tuple_size(a) == size and elem(a, 0) === tag
      {:==, [a, b]} -> a == b
      {:"=:=", [a, b]} -> a === b
      {:"/=", [a, b]} -> a != b
      {:"=/=", [a, b]} -> a !== b
      {:<, [a, b]} -> a < b
      {:>, [a, b]} -> a > b
      {:"=<", [a, b]} -> a <= b
      {:>=, [a, b]} -> a >= b
      {:and, [a, b]} when is_boolean(a) and is_boolean(b) -> a and b
      {:or, [a, b]} when is_boolean(a) and is_boolean(b) -> a or b
      {:xor, [a, b]} when is_boolean(a) and is_boolean(b) -> a != b
      {:not, [a]} when is_boolean(a) -> not a
      {:+, [a, b]} -> a + b
      {:-, [a, b]} -> a - b
      {:-, [a]} -> -a
      {:*, [a, b]} -> a * b
      {:/, [a, b]} -> a / b
      {:div, [a, b]} -> div(a, b)
      {:rem, [a, b]} -> rem(a, b)
      {:abs, [a]} -> abs(a)
      {:hd, [a]} -> hd(a)
      {:tl, [a]} -> tl(a)
      {:length, [a]} -> length(a)
      {:element, [n, t]} -> elem(t, n - 1)
      {:size, [t]} when is_tuple(t) -> tuple_size(t)
      {:size, [b]} -> byte_size(b)
      {:tuple_size, [t]} -> tuple_size(t)
      {:byte_size, [b]} -> byte_size(b)
      {:map_size, [m]} -> map_size(m)
      {:map_get, [k, m]} -> Map.fetch!(m, k)
      {:is_map_key, [k, m]} -> Map.has_key?(m, k)
      {:self, []} -> self()
      {:node, []} -> node()
      {:float, [a]} -> a * 1.0
      {:trunc, [a]} -> trunc(a)
      {:round, [a]} -> round(a)
      _ -> List.to_tuple([op | args])
    end
  end
end
)elixir";
}

}  // namespace taskplay::lang

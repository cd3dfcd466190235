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
// :partitions option is checked and otherwise not used); no listeners, match specs or
// select/2.

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

    Supervisor.start_link(Registry.Supervisor, {keys, name, meta}, name: name)
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
      :ok -> {:ok, partition}
      error -> error
    end
  end

  def unregister(registry, key) when is_atom(registry) do
    partition = partition!(registry)
    GenServer.call(partition, {:unregister, key, self()})
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
  def init({keys, name, meta}) do
    partition = Registry.partition_name(name)

    children = [
      %{id: partition, start: {Registry.Partition, :start_link, [partition, {keys, meta}]}}
    ]

    strategy = if keys == :unique, do: :one_for_all, else: :one_for_one
    Supervisor.init(children, strategy: strategy)
  end
end

defmodule Registry.Partition do
  # state: %{kind:, meta: map, entries: [{key, pid, value}] newest first}
  def start_link(name, arg), do: GenServer.start_link(Registry.Partition, arg, name: name)

  def init({kind, meta}) do
    Process.flag(:trap_exit, true)
    {:ok, %{kind: kind, meta: Map.new(meta), entries: []}}
  end

  def handle_call({:register, key, value, pid}, _from, state) do
    holder =
      if state.kind == :unique do
        Enum.find(state.entries, fn {k, p, _} -> k == key and Process.alive?(p) end)
      end

    case holder do
      {_, p, _} ->
        {:reply, {:error, {:already_registered, p}}, state}

      nil ->
        entries =
          if state.kind == :unique,
            do: Enum.reject(state.entries, fn {k, _, _} -> k == key end),
            else: state.entries

        {:reply, :ok, %{state | entries: [{key, pid, value} | entries]}}
    end
  end

  def handle_call({:unregister, key, pid}, _from, state) do
    entries = Enum.reject(state.entries, fn {k, p, _} -> k == key and p == pid end)
    if not Enum.any?(entries, fn {_, p, _} -> p == pid end), do: Process.unlink(pid)
    {:reply, :ok, %{state | entries: entries}}
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
    for {k, p, v} <- Enum.reverse(state.entries), k == key, do: {p, v}
  end
end
)elixir";
}

}  // namespace taskplay::lang

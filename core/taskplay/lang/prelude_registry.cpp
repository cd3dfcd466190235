// Registry as Elixir 1.14 builds it (lib/registry.ex), over ETS tables laid out the same
// way, so what a program (or Elixir's own registry_test.exs) finds in them is what it finds
// on the BEAM:
//
//   - the registry's own table, a public named :set called after the registry and created
//     by its supervisor (Registry.Supervisor, registered under the registry's name;
//     :one_for_all for unique keys, :one_for_one for duplicate ones), holds the meta
//     entries and, under -1 and -2, what the registry is: {-1, {kind, partitions, key_ets,
//     {partition_pid, pid_ets}, listeners}} and {-2, {kind, partitions, key_ets}} (the
//     tables filled in only with one partition); with several, {i, key_ets, {pid, pid_ets}}
//     per partition i;
//   - each partition (Registry.Partition, a GenServer named Reg.PIDPartitionI that traps
//     exits) owns a key table (Reg.KeyPartitionI: :set for unique keys, :duplicate_bag for
//     duplicate ones) of {key, {pid, value}} and a pid table (:duplicate_bag) of {pid, key,
//     key_ets, counter}. A unique key's partition is phash2(key, partitions), a pid's is
//     phash2(pid, partitions); duplicate registries put both under the pid's.
//
// Callers read and write the tables themselves, as in Elixir; register/3 links the caller
// to the partition of its pid, which removes a dead process's entries when its :EXIT
// comes. :listeners get {:register, ...} and {:unregister, ...} from the process that
// registers or unregisters.

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

    entries = [
      {-1, {keys, partitions, nil, nil, listeners}},
      {-2, {keys, partitions, nil}} | meta
    ]

    arg = {keys, name, partitions, listeners, entries, compressed}
    Supervisor.start_link(Registry.Supervisor, arg, name: name)
  end

  def child_spec(options) do
    %{
      id: Keyword.get(options, :name, Registry),
      start: {Registry, :start_link, [options]},
      type: :supervisor
    }
  end

  # ---- registering

  def register(registry, key, value) when is_atom(registry) do
    me = self()
    {kind, partitions, key_ets, pid_ets, listeners} = info!(registry)
    {key_partition, pid_partition} = partitions(kind, key, me, partitions)
    key_ets = key_ets || partition_element(registry, key_partition, 2)
    {pid_server, pid_ets} = pid_ets || partition_element(registry, pid_partition, 3)

    # the pid table first: whatever happens next, the partition can clean up after a crash
    Process.link(pid_server)
    counter = System.unique_integer()
    true = :ets.insert(pid_ets, {me, key, key_ets, counter})

    case insert_key(kind, key_ets, key, {key, {me, value}}) do
      :ok ->
        for listener <- listeners, do: Kernel.send(listener, {:register, registry, key, me, value})
        {:ok, pid_server}

      {:error, {:already_registered, ^me}} = error ->
        true = :ets.delete_object(pid_ets, {me, key, key_ets, counter})
        error

      {:error, _} = error ->
        true = :ets.delete_object(pid_ets, {me, key, key_ets, counter})
        unlink_when_done(pid_server, pid_ets, me)
        error
    end
  end

  defp insert_key(:duplicate, key_ets, _key, entry) do
    true = :ets.insert(key_ets, entry)
    :ok
  end

  # a unique key held by a dead process is free: its entry goes, and the insert is tried again
  defp insert_key(:unique, key_ets, key, entry) do
    if :ets.insert_new(key_ets, entry) do
      :ok
    else
      case :ets.lookup(key_ets, key) do
        [{^key, {pid, _}} = current] ->
          if Process.alive?(pid) do
            {:error, {:already_registered, pid}}
          else
            :ets.delete_object(key_ets, current)
            insert_key(:unique, key_ets, key, entry)
          end

        [] ->
          insert_key(:unique, key_ets, key, entry)
      end
    end
  end

  def unregister(registry, key) when is_atom(registry) do
    me = self()
    {kind, partitions, key_ets, pid_ets, listeners} = info!(registry)
    {key_partition, pid_partition} = partitions(kind, key, me, partitions)
    key_ets = key_ets || partition_element(registry, key_partition, 2)
    {pid_server, pid_ets} = pid_ets || partition_element(registry, pid_partition, 3)

    # the key table first, so a crash in between leaves the pid table to clean up
    true = __unregister__(key_ets, {key, {me, :_}}, 1)
    true = __unregister__(pid_ets, {me, key, key_ets, :_}, 2)
    unlink_when_done(pid_server, pid_ets, me)
    for listener <- listeners, do: Kernel.send(listener, {:unregister, registry, key, me})
    :ok
  end

  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    me = self()
    {kind, partitions, key_ets, pid_ets, listeners} = info!(registry)
    {key_partition, pid_partition} = partitions(kind, key, me, partitions)
    key_ets = key_ets || partition_element(registry, key_partition, 2)
    {pid_server, pid_ets} = pid_ets || partition_element(registry, pid_partition, 3)

    same_key = {:"=:=", {:element, 1, :"$_"}, {:const, key}}
    total = :ets.select_count(key_ets, [{{:_, {me, :_}}, [same_key], [true]}])
    deleted = :ets.select_delete(key_ets, [{{:_, {me, pattern}}, [same_key | guards], [true]}])

    cond do
      deleted == total ->
        true = __unregister__(pid_ets, {me, key, key_ets, :_}, 2)
        unlink_when_done(pid_server, pid_ets, me)
        for listener <- listeners, do: Kernel.send(listener, {:unregister, registry, key, me})

      deleted == 0 ->
        :ok

      true ->
        # some of the key's entries stay: the pid table keeps one row per entry left. A
        # placeholder row ({key_ets, remaining} in place of the table) stands for them while
        # the rows are replaced, so keys/2 counts right at every moment
        counter = System.unique_integer()
        remaining = total - deleted
        placeholder = {me, key, {key_ets, remaining}, counter}
        true = :ets.insert(pid_ets, placeholder)
        true = __unregister__(pid_ets, {me, key, key_ets, :_}, 2)
        true = :ets.insert(pid_ets, List.duplicate({me, key, key_ets, counter}, remaining))
        true = :ets.delete_object(pid_ets, placeholder)
    end

    :ok
  end

  # ---- reading

  def lookup(registry, key) when is_atom(registry) do
    case key_info!(registry) do
      {:unique, partitions, key_ets} ->
        case second(key_ets || key_ets_of(registry, key, partitions), key) do
          {_, _} = pair -> [pair]
          _ -> []
        end

      {:duplicate, 1, key_ets} ->
        second(key_ets, key)

      {:duplicate, partitions, _} ->
        for i <- 0..(partitions - 1), pair <- second(partition_element(registry, i, 2), key),
            do: pair
    end
  end

  def keys(registry, pid) when is_atom(registry) and is_pid(pid) do
    {kind, partitions, _, pid_ets, _} = info!(registry)
    {_, pid_ets} = pid_ets || partition_element(registry, :erlang.phash2(pid, partitions), 3)

    rows =
      try do
        :ets.select(pid_ets, [{{pid, :"$1", :"$2", :_}, [], [{{:"$1", :"$2"}}]}])
      catch
        :error, :badarg -> []
      end

    keys = gather_keys(rows, [], false)
    if kind == :unique, do: Enum.uniq(keys), else: keys
  end

  # rows come oldest first and keys/2 lists them newest first; a placeholder row of
  # unregister_match/4 stands for `remaining` rows of its key
  defp gather_keys([{key, {_, remaining}} | rest], acc, _), do: gather_keys(rest, [key | acc], {key, remaining})
  defp gather_keys([{key, _} | rest], acc, placeholder), do: gather_keys(rest, [key | acc], placeholder)
  defp gather_keys([], acc, false), do: acc

  defp gather_keys([], acc, {key, remaining}),
    do: List.duplicate(key, remaining) ++ Enum.reject(acc, &(&1 === key))

  def values(registry, key, pid) when is_atom(registry) do
    case key_info!(registry) do
      {:unique, partitions, key_ets} ->
        case second(key_ets || key_ets_of(registry, key, partitions), key) do
          {^pid, value} -> [value]
          _ -> []
        end

      {:duplicate, partitions, key_ets} ->
        key_ets = key_ets || key_ets_of(registry, pid, partitions)
        for {^pid, value} <- second(key_ets, key), do: value
    end
  end

  def match(registry, key, pattern, guards \\ []) when is_atom(registry) and is_list(guards) do
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    spec = [{{:_, {:_, pattern}}, guards, [{:element, 2, :"$_"}]}]

    case key_info!(registry) do
      {:unique, partitions, key_ets} ->
        :ets.select(key_ets || key_ets_of(registry, key, partitions), spec)

      {:duplicate, 1, key_ets} ->
        :ets.select(key_ets, spec)

      {:duplicate, partitions, _} ->
        for i <- 0..(partitions - 1), pair <- :ets.select(partition_element(registry, i, 2), spec),
            do: pair
    end
  end

  def count_match(registry, key, pattern, guards \\ [])
      when is_atom(registry) and is_list(guards) do
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    spec = [{{:_, {:_, pattern}}, guards, [true]}]

    case key_info!(registry) do
      {:unique, partitions, key_ets} ->
        :ets.select_count(key_ets || key_ets_of(registry, key, partitions), spec)

      {:duplicate, 1, key_ets} ->
        :ets.select_count(key_ets, spec)

      {:duplicate, partitions, _} ->
        Enum.reduce(0..(partitions - 1), 0, fn i, acc ->
          acc + :ets.select_count(partition_element(registry, i, 2), spec)
        end)
    end
  end

  def select(registry, spec) when is_atom(registry) and is_list(spec) do
    spec = entry_specs(spec, "select/2")

    case key_info!(registry) do
      {_, partitions, nil} ->
        Enum.flat_map(0..(partitions - 1), &:ets.select(partition_element(registry, &1, 2), spec))

      {_, 1, key_ets} ->
        :ets.select(key_ets, spec)
    end
  end

  def count_select(registry, spec) when is_atom(registry) and is_list(spec) do
    spec = entry_specs(spec, "count_select/2")

    case key_info!(registry) do
      {_, partitions, nil} ->
        Enum.reduce(0..(partitions - 1), 0, fn i, acc ->
          acc + :ets.select_count(partition_element(registry, i, 2), spec)
        end)

      {_, 1, key_ets} ->
        :ets.select_count(key_ets, spec)
    end
  end

  # {key, pid, value} heads as the key tables hold entries: {key, {pid, value}}
  defp entry_specs(spec, fun) do
    for part <- spec do
      case part do
        {{key, pid, value}, guards, body} ->
          {{key, {pid, value}}, guards, body}

        _ ->
          raise ArgumentError,
                "invalid match specification in Registry.#{fun}: #{inspect(spec)}"
      end
    end
  end

  def count(registry) when is_atom(registry) do
    case key_info!(registry) do
      {_, partitions, nil} ->
        Enum.reduce(0..(partitions - 1), 0, fn i, acc ->
          acc + table_size(partition_element(registry, i, 2))
        end)

      {_, 1, key_ets} ->
        table_size(key_ets)
    end
  end

  defp table_size(ets) do
    :ets.info(ets, :size)
  catch
    :error, :badarg -> 0
  end

  def update_value(registry, key, callback) when is_atom(registry) and is_function(callback, 1) do
    case key_info!(registry) do
      {:unique, partitions, key_ets} ->
        key_ets = key_ets || key_ets_of(registry, key, partitions)

        try do
          :ets.lookup_element(key_ets, key, 2)
        catch
          :error, :badarg -> :error
        else
          {pid, old} when pid == self() ->
            new = callback.(old)
            :ets.insert(key_ets, {key, {pid, new}})
            {new, old}

          {_, _} ->
            :error
        end

      {kind, _, _} ->
        raise ArgumentError, "Registry.update_value/3 is not supported for #{kind} registries"
    end
  end

  def dispatch(registry, key, mfa_or_fun, opts \\ [])
      when is_atom(registry) and
             (is_function(mfa_or_fun, 1) or (is_tuple(mfa_or_fun) and tuple_size(mfa_or_fun) == 3)) do
    case key_info!(registry) do
      {:unique, partitions, key_ets} ->
        (key_ets || key_ets_of(registry, key, partitions))
        |> second(key)
        |> List.wrap()
        |> apply_entries(mfa_or_fun)

      {:duplicate, 1, key_ets} ->
        key_ets |> second(key) |> apply_entries(mfa_or_fun)

      {:duplicate, partitions, _} ->
        if Keyword.get(opts, :parallel, false) do
          parent = self()

          # one task per partition, the last partition's first
          tasks =
            for i <- (partitions - 1)..0 do
              Task.async(fn ->
                registry |> partition_element(i, 2) |> second(key) |> apply_entries(mfa_or_fun)
                Process.unlink(parent)
                :ok
              end)
            end

          Enum.each(tasks, &Task.await(&1, :infinity))
        else
          for i <- (partitions - 1)..0 do
            registry |> partition_element(i, 2) |> second(key) |> apply_entries(mfa_or_fun)
          end
        end
    end

    :ok
  end

  defp apply_entries([], _), do: :ok
  defp apply_entries(entries, {module, function, args}), do: apply(module, function, [entries | args])
  defp apply_entries(entries, fun), do: fun.(entries)

  # ---- meta

  def meta(registry, key) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    try do
      :ets.lookup(registry, key)
    catch
      :error, :badarg ->
        raise ArgumentError,
              "unknown registry: #{inspect(registry)}. Either the registry name is invalid or " <>
                "the registry is not running, possibly because its application isn't started"
    else
      [{^key, value}] -> {:ok, value}
      _ -> :error
    end
  end

  def put_meta(registry, key, value) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    :ets.insert(registry, {key, value})
    :ok
  catch
    :error, :badarg -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
  end

  def delete_meta(registry, key) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    :ets.delete(registry, key)
    :ok
  catch
    :error, :badarg -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
  end

  # ---- the :via callbacks

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
    case key_info!(registry) do
      {:unique, partitions, key_ets} ->
        case second(key_ets || key_ets_of(registry, key, partitions), key) do
          {pid, _} -> if Process.alive?(pid), do: pid, else: :undefined
          _ -> :undefined
        end

      {kind, _, _} ->
        raise ArgumentError, ":via is not supported for #{kind} registries"
    end
  end

  defp via_register(registry, key, value, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  # ---- the tables

  defp info!(registry) do
    :ets.lookup_element(registry, -1, 2)
  catch
    :error, :badarg -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
  end

  defp key_info!(registry) do
    :ets.lookup_element(registry, -2, 2)
  catch
    :error, :badarg -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
  end

  # element 2 of a partition's row is its key table, element 3 {its pid, its pid table}
  defp partition_element(registry, i, element), do: :ets.lookup_element(registry, i, element)

  defp key_ets_of(registry, term, partitions),
    do: partition_element(registry, :erlang.phash2(term, partitions), 2)

  defp partitions(:unique, key, pid, partitions),
    do: {:erlang.phash2(key, partitions), :erlang.phash2(pid, partitions)}

  defp partitions(:duplicate, _key, pid, partitions) do
    partition = :erlang.phash2(pid, partitions)
    {partition, partition}
  end

  defp second(ets, key) do
    :ets.lookup_element(ets, key, 2)
  catch
    :error, :badarg -> []
  end

  defp unlink_when_done(pid_server, pid_ets, pid) do
    unless :ets.member(pid_ets, pid), do: Process.unlink(pid_server)
  end

  # delete the rows matching `row`; a key that is :_ or :"$N" itself is compared, not matched
  def __unregister__(table, row, pos) do
    key = elem(row, pos - 1)

    if is_atom(key) and reserved?(Atom.to_string(key)) do
      row = put_elem(row, pos - 1, :_)
      guard = {:"=:=", {:element, pos, :"$_"}, {:const, key}}
      :ets.select_delete(table, [{row, [guard], [true]}]) >= 0
    else
      :ets.match_delete(table, row)
    end
  end

  defp reserved?("_"), do: true
  defp reserved?("$" <> _), do: true
  defp reserved?(_), do: false
end

defmodule Registry.Supervisor do
  def init({kind, registry, partitions, listeners, entries, compressed}) do
    ^registry = :ets.new(registry, [:set, :public, :named_table, read_concurrency: true])
    true = :ets.insert(registry, entries)

    children =
      for i <- 0..(partitions - 1) do
        pid_partition = Registry.Partition.pid_name(registry, i)
        key_partition = Registry.Partition.key_name(registry, i)
        arg = {kind, registry, i, partitions, key_partition, pid_partition, listeners, compressed}
        %{id: pid_partition, start: {Registry.Partition, :start_link, [pid_partition, arg]}}
      end

    # a unique registry's partition may hold entries of every key table: all restart together
    strategy = if kind == :unique, do: :one_for_all, else: :one_for_one
    Supervisor.init(children, strategy: strategy)
  end
end

defmodule Registry.Partition do
  def key_name(registry, i), do: Module.concat(registry, "KeyPartition" <> Integer.to_string(i))
  def pid_name(registry, i), do: Module.concat(registry, "PIDPartition" <> Integer.to_string(i))

  def start_link(name, arg), do: GenServer.start_link(Registry.Partition, arg, name: name)

  def init({kind, registry, i, partitions, key_partition, pid_partition, listeners, compressed}) do
    Process.flag(:trap_exit, true)
    key_type = if kind == :unique, do: :set, else: :duplicate_bag
    key_options = [key_type, :public, read_concurrency: true, write_concurrency: true]
    key_options = if compressed, do: [:compressed | key_options], else: key_options
    key_ets = :ets.new(key_partition, key_options)

    pid_ets =
      :ets.new(pid_partition, [:duplicate_bag, :public, read_concurrency: true, write_concurrency: true])

    # with one partition its tables are written beside what the registry is
    if partitions == 1 do
      true =
        :ets.insert(registry, [
          {-2, {kind, partitions, key_ets}},
          {-1, {kind, partitions, key_ets, {self(), pid_ets}, listeners}}
        ])
    else
      true = :ets.insert(registry, {i, key_ets, {self(), pid_ets}})
    end

    {:ok, pid_ets}
  end

  def handle_call(:sync, _from, pid_ets), do: {:reply, :ok, pid_ets}

  def handle_info({:EXIT, pid, _reason}, pid_ets) do
    for {_pid, key, key_ets, _counter} <- :ets.take(pid_ets, pid) do
      # a placeholder row of unregister_match/4 holds {key_ets, remaining}
      key_ets = with {ets, _remaining} <- key_ets, do: ets

      try do
        Registry.__unregister__(key_ets, {key, {pid, :_}}, 1)
      catch
        :error, :badarg -> :badarg
      end
    end

    {:noreply, pid_ets}
  end

  def handle_info(_message, pid_ets), do: {:noreply, pid_ets}
end
)elixir";
}

}  // namespace taskplay::lang

// PartitionSupervisor, written in the language as Elixir 1.14 builds it
// (lib/partition_supervisor.ex): a Supervisor (this module's init/1) with one child per
// partition, ids 0..n-1, each started through start_child/5, which records the child's pid.
// {:via, PartitionSupervisor, {name, key}} finds a partition's child: an integer key by
// rem(abs(key), n), any other key by :erlang.phash2(key, n).
//
// Where Elixir keeps the partitions in an ETS table the supervisor owns (named after an
// atom name; for a via name, a Registry under :elixir_sup), taskplay keeps them in the
// supervisor's process dictionary ({PartitionSupervisor, :partitions} => n, {PartitionSupervisor,
// partition} => pid: written only by the supervisor, read by anyone with Process.info/2,
// gone with it), so a lookup asks no process, as an ETS read does not. Those entries show
// in Process.info(sup, :dictionary).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_partition_supervisor_source() {
  return R"elixir(
defmodule PartitionSupervisor do
  def child_spec(opts) when is_list(opts) do
    id =
      case Keyword.get(opts, :name, DynamicSupervisor) do
        name when is_atom(name) -> name
        {:via, _module, name} -> name
      end

    %{id: id, start: {PartitionSupervisor, :start_link, [opts]}, type: :supervisor}
  end

  def start_link(opts) when is_list(opts) do
    name = opts[:name]

    unless name do
      raise ArgumentError, "the :name option must be given to PartitionSupervisor"
    end

    {child_spec, opts} = Keyword.pop(opts, :child_spec)

    unless child_spec do
      raise ArgumentError, "the :child_spec option must be given to PartitionSupervisor"
    end

    {partitions, opts} = Keyword.pop(opts, :partitions, System.schedulers_online())

    unless is_integer(partitions) and partitions >= 1 do
      raise ArgumentError,
            "the :partitions option must be a positive integer, got: #{inspect(partitions)}"
    end

    {with_arguments, opts} = Keyword.pop(opts, :with_arguments, fn args, _partition -> args end)

    unless is_function(with_arguments, 2) do
      raise ArgumentError,
            "the :with_arguments option must be a function that receives two arguments, " <>
              "the current call arguments and the partition, got: #{inspect(with_arguments)}"
    end

    %{start: {mod, fun, args}} = map = Supervisor.child_spec(child_spec, [])
    modules = map[:modules] || [mod]

    children =
      for partition <- 0..(partitions - 1) do
        args = with_arguments.(args, partition)

        unless is_list(args) do
          raise "the call to the function in :with_arguments must return a list, got: #{inspect(args)}"
        end

        start = {PartitionSupervisor, :start_child, [mod, fun, args, name, partition]}
        Map.merge(map, %{id: partition, start: start, modules: modules})
      end

    {init_opts, start_opts} = Keyword.split(opts, [:strategy, :max_seconds, :max_restarts])
    Supervisor.start_link(PartitionSupervisor, {name, partitions, children, init_opts}, start_opts)
  end

  # in the supervisor, which starts its children
  def start_child(mod, fun, args, _name, partition) do
    case apply(mod, fun, args) do
      {:ok, pid} ->
        Process.put({PartitionSupervisor, partition}, pid)
        {:ok, pid}

      {:ok, pid, info} ->
        Process.put({PartitionSupervisor, partition}, pid)
        {:ok, pid, info}

      other ->
        other
    end
  end

  def init({_name, partitions, children, init_opts}) do
    Process.put({PartitionSupervisor, :partitions}, partitions)
    Supervisor.init(children, Keyword.put_new(init_opts, :strategy, :one_for_one))
  end

  def partitions(name) do
    {_sup, partitions} = name_partitions(name)
    partitions
  end

  # the supervisor's pid and its number of partitions, or the exit Elixir's gives
  defp name_partitions(name) do
    with pid when is_pid(pid) <- GenServer.whereis(name),
         {:dictionary, dictionary} <- Process.info(pid, :dictionary),
         {_, partitions} <- List.keyfind(dictionary, {PartitionSupervisor, :partitions}, 0) do
      {dictionary, partitions}
    else
      _ -> exit({:noproc, {PartitionSupervisor, :partitions, [name]}})
    end
  end

  def which_children(name) when is_atom(name) or elem(name, 0) == :via do
    Supervisor.which_children(name)
  end

  def count_children(supervisor) when is_atom(supervisor) do
    Supervisor.count_children(supervisor)
  end

  def stop(supervisor, reason \\ :normal, timeout \\ :infinity) when is_atom(supervisor) do
    Supervisor.stop(supervisor, reason, timeout)
  end

  def whereis_name({name, key}) when is_atom(name) or is_tuple(name) do
    {dictionary, partitions} = name_partitions(name)

    partition =
      if is_integer(key), do: rem(abs(key), partitions), else: :erlang.phash2(key, partitions)

    case List.keyfind(dictionary, {PartitionSupervisor, partition}, 0) do
      {_, pid} -> pid
      nil -> :undefined
    end
  end

  def send(name_key, msg) do
    Kernel.send(whereis_name(name_key), msg)
  end

  def register_name(_, _) do
    raise "{:via, PartitionSupervisor, _} cannot be given on registration"
  end

  def unregister_name(_, _) do
    raise "{:via, PartitionSupervisor, _} cannot be given on unregistration"
  end
end
)elixir";
}

}  // namespace taskplay::lang

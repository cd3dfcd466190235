// Module-based supervisors as Elixir 1.14's docs write them: use Supervisor with init/1
// returning Supervisor.init/2, use DynamicSupervisor with init/1 returning
// DynamicSupervisor.init/1 (start_link/2,3), and what each does with a bad init/1.
// Expected outputs measured with real elixir.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

TEST_SUITE("Supervisor: module-based") {
  TEST_CASE(
      "DynamicSupervisor.start_link/3 takes its flags from the module's init/1; :ignore, "
      "a bad return and refused flags stop it as Elixir's does") {
    auto r = run_elixir(R"(defmodule Flex do
  use DynamicSupervisor
  def init(:ignore), do: :ignore
  def init(:bad), do: {:ok, :not_a_map}
  def init(:strategy), do: DynamicSupervisor.init(strategy: :one_for_all)
  def init(opts), do: DynamicSupervisor.init(opts)
end
Logger.configure(level: :none)
Process.flag(:trap_exit, true)
IO.inspect DynamicSupervisor.init(max_restarts: 10)
IO.inspect DynamicSupervisor.start_link(Flex, :ignore)
IO.inspect DynamicSupervisor.start_link(Flex, :bad)
IO.inspect DynamicSupervisor.start_link(Flex, :strategy)
{:ok, pid} = DynamicSupervisor.start_link(Flex, [max_children: 1], name: :flex)
IO.inspect Process.whereis(:flex) == pid
{:ok, _} = DynamicSupervisor.start_child(:flex, {Agent, fn -> 1 end})
IO.inspect DynamicSupervisor.start_child(:flex, {Agent, fn -> 2 end})
IO.inspect DynamicSupervisor.count_children(:flex)
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "{:ok,\n %{\n   extra_arguments: [],\n   intensity: 10,\n   max_children: :infinity,\n"
          "   period: 5,\n   strategy: :one_for_one\n }}\n"
          ":ignore\n{:error, {:bad_return, {Flex, :init, {:ok, :not_a_map}}}}\n"
          "{:error, {:supervisor_data, {:invalid_strategy, :one_for_all}}}\ntrue\n"
          "{:error, :max_children}\n%{active: 1, specs: 1, supervisors: 0, workers: 1}\n");
  }

  TEST_CASE(
      "use Supervisor: children as a tuple, a child_spec/2 override and a map; "
      "terminate_child, restart_child and delete_child by id") {
    auto r = run_elixir(R"(defmodule Counter do
  use Agent
  def start_link(n), do: Agent.start_link(fn -> n end, name: __MODULE__)
end
defmodule App do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  def init(n) do
    children = [
      Supervisor.child_spec({Counter, n}, id: :counter),
      %{id: :other, start: {Agent, :start_link, [fn -> :x end]}, restart: :transient}
    ]
    Supervisor.init(children, strategy: :one_for_one)
  end
end
{:ok, sup} = App.start_link(5)
IO.inspect Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end)
IO.inspect Supervisor.terminate_child(sup, :counter)
IO.inspect Supervisor.delete_child(sup, :other)
IO.inspect Supervisor.restart_child(sup, :counter) |> elem(0)
IO.inspect Agent.get(Counter, & &1)
IO.inspect Supervisor.terminate_child(sup, :counter)
IO.inspect Supervisor.delete_child(sup, :counter)
IO.inspect Supervisor.restart_child(sup, :counter)
IO.inspect Supervisor.count_children(sup)
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "[{:other, true, :worker, [Agent]}, {:counter, true, :worker, [Counter]}]\n:ok\n"
          "{:error, :running}\n:ok\n5\n:ok\n:ok\n{:error, :not_found}\n"
          "%{active: 1, specs: 1, supervisors: 0, workers: 1}\n");
  }
}

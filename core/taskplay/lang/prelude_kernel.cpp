// The prelude's Kernel functions that take funs (then/2, tap/2), and Map's and List's.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_kernel_source() {
  return R"elixir(
defmodule Kernel do
  def then(value, fun), do: fun.(value)
  def tap(value, fun) do
    fun.(value)
    value
  end
end

defmodule Map do
  def update(map, key, default, fun) do
    case Map.fetch(map, key) do
      {:ok, value} -> Map.put(map, key, fun.(value))
      :error -> Map.put(map, key, default)
    end
  end
  def update!(map, key, fun), do: Map.put(map, key, fun.(Map.fetch!(map, key)))
  def get_lazy(map, key, fun) do
    case Map.fetch(map, key) do
      {:ok, value} -> value
      :error -> fun.()
    end
  end
  def new(enumerable, fun), do: Map.new(Enum.map(enumerable, fun))
  def filter(map, fun), do: Map.new(Enum.filter(Map.to_list(map), fun))
  def reject(map, fun), do: Map.new(Enum.reject(Map.to_list(map), fun))
end

defmodule List do
  def foldl(list, acc, fun), do: Enum.reduce(list, acc, fun)
  def foldr(list, acc, fun), do: Enum.reduce(:lists.reverse(list), acc, fun)
end
)elixir";
}

}  // namespace taskplay::lang

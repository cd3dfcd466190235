// The prelude's Tuple, Atom, Function and Module.concat (Elixir 1.14's), over :erlang's BIFs.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_terms_source() {
  return R"elixir(
defmodule Tuple do
  def duplicate(data, size) when is_integer(size) and size >= 0, do: :erlang.make_tuple(size, data)
  def insert_at(tuple, index, value) when is_integer(index) and index >= 0,
    do: :erlang.insert_element(index + 1, tuple, value)
  def append(tuple, value), do: :erlang.append_element(tuple, value)
  def delete_at(tuple, index) when is_integer(index) and index >= 0, do: :erlang.delete_element(index + 1, tuple)
  def sum(tuple), do: sum(tuple, tuple_size(tuple))
  defp sum(_tuple, 0), do: 0
  defp sum(tuple, i), do: :erlang.element(i, tuple) + sum(tuple, i - 1)
  def product(tuple), do: product(tuple, tuple_size(tuple))
  defp product(_tuple, 0), do: 1
  defp product(tuple, i), do: :erlang.element(i, tuple) * product(tuple, i - 1)
  def to_list(tuple), do: :erlang.tuple_to_list(tuple)
end

defmodule Atom do
  def to_string(atom), do: :erlang.atom_to_binary(atom)
  def to_charlist(atom), do: :erlang.atom_to_list(atom)
  def to_char_list(atom), do: :erlang.atom_to_list(atom)
end

defmodule Function do
  def capture(module, function_name, arity), do: :erlang.make_fun(module, function_name, arity)
  def info(fun), do: :erlang.fun_info(fun)
  def info(fun, item), do: :erlang.fun_info(fun, item)
  def identity(value), do: value
end

defmodule Module do
  # an alias's parts: "Elixir." and a leading dot dropped, nil and "Elixir" skipped
  def concat(left, right)
      when (is_binary(left) or is_atom(left)) and (is_binary(right) or is_atom(right)),
      do: concat([left, right])

  def concat(aliases) when is_list(aliases) do
    parts = for alias <- aliases, alias != nil, part = partial(alias), part != "", do: part
    String.to_atom(Enum.join(["Elixir" | parts], "."))
  end

  defp partial(alias) when is_atom(alias), do: partial(Atom.to_string(alias))
  defp partial("Elixir." <> rest), do: rest
  defp partial("Elixir"), do: ""
  defp partial("." <> rest), do: rest
  defp partial(alias) when is_binary(alias), do: alias

  # Foo.Bar -> ["Foo", "Bar"]
  def split(module) when is_atom(module), do: split(Atom.to_string(module), module)
  def split(module) when is_binary(module), do: split(module, module)
  defp split("Elixir." <> name, _original), do: String.split(name, ".")
  defp split(_module, original),
    do: raise(ArgumentError, "expected an Elixir module, got: #{inspect(original)}")
end
)elixir";
}

}  // namespace taskplay::lang

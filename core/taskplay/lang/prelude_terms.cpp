// The prelude's Tuple, Atom, Function and Module.concat (Elixir 1.14's), over :erlang's BIFs,
// and Record's runtime half (defrecord's macros: compile_macro.cpp).

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

# Record as Elixir 1.14's lib/record.ex: the macros Record.defrecord(:user, fields) defines
# expand through __access__/4,5 (user(), user(name: "x"), user(:name) the index,
# user(record, :name) a read, user(record, name: "x") an update, user(record) its keyword
# list); in a pattern, a field not given is `_`. is_record/1,2 are functions here (Elixir's
# are guard macros)
defmodule Record do
  def is_record(data), do: is_tuple(data) and tuple_size(data) > 0 and is_atom(elem(data, 0))
  def is_record(data, kind),
    do: is_atom(kind) and is_tuple(data) and tuple_size(data) > 0 and elem(data, 0) == kind

  def __access__(tag, fields, args, caller) do
    fields = fields(fields)
    cond do
      is_atom(args) -> index(tag, fields, args)
      Keyword.keyword?(args) -> create(tag, fields, args, caller)
      true -> quote(do: Record.__keyword__(unquote(tag), unquote(Macro.escape(fields)), unquote(args)))
    end
  end

  def __access__(tag, fields, record, args, caller) do
    fields = fields(fields)
    cond do
      is_atom(args) ->
        quote(do: :erlang.element(unquote(index(tag, fields, args) + 1), unquote(record)))
      Keyword.keyword?(args) ->
        if caller.context == :match,
          do: raise(ArgumentError, "cannot invoke update style macro inside match")
        args
        |> Enum.map(fn {key, value} -> {index(tag, fields, key) + 1, value} end)
        |> Enum.sort(fn {left, _}, {right, _} -> right <= left end)
        |> Enum.reduce(record, fn {key, value}, acc ->
          quote(do: :erlang.setelement(unquote(key), unquote(acc), unquote(value)))
        end)
      true ->
        raise ArgumentError,
              "expected arguments to be a compile time atom or a keyword list, got: " <>
                Macro.to_string(args)
    end
  end

  def __keyword__(tag, fields, record) do
    if is_record(record, tag) and tuple_size(record) == length(fields) + 1 do
      [_tag | values] = Tuple.to_list(record)
      Enum.zip_with(fields, values, fn {key, _}, value -> {key, value} end)
    else
      raise ArgumentError,
            "expected argument to be a literal atom, literal keyword or " <>
              "a #{inspect(tag)} record, got runtime: " <> inspect(record)
    end
  end

  defp fields(fields) do
    Enum.map(fields, fn
      {key, default} when is_atom(key) -> {key, default}
      key when is_atom(key) -> {key, nil}
      other -> raise ArgumentError, "record fields must be atoms, got: #{inspect(other)}"
    end)
  end

  defp index(tag, fields, key) do
    case Enum.find_index(fields, fn {k, _} -> k == key end) do
      nil -> raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(key)}"
      i -> i + 1
    end
  end

  defp create(tag, fields, keyword, caller) do
    default = if caller.context == :match, do: {:_, [], nil}, else: {}
    {default, keyword} = Keyword.pop(keyword, :_, default)
    {elements, remaining} =
      Enum.map_reduce(fields, keyword, fn {key, field_default}, remaining ->
        case Keyword.pop(remaining, key, default) do
          {{}, remaining} -> {Macro.escape(field_default), remaining}
          {value, remaining} -> {value, remaining}
        end
      end)
    case remaining do
      [] -> {:{}, [], [tag | elements]}
      [{key, _} | _] ->
        raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(key)}"
    end
  end
end
)elixir";
}

}  // namespace taskplay::lang

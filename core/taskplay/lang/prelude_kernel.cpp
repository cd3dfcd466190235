// The prelude's Kernel functions written in the language (then/2, tap/2, ...).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_kernel_source() {
  return R"elixir(
defmodule Kernel do
  def then(value, fun), do: fun.(value)
  # Inspect and String.Chars (prelude_protocols.cpp)
  def inspect(term, opts \\ []) when is_list(opts), do: Inspect.__inspect__(term, opts)
  def to_string(term) when is_binary(term), do: term
  def to_string(term), do: String.Chars.to_string(term)
  # ~D ~T ~N ~U (prelude_calendar.cpp, prelude_datetime.cpp), with the errors of Elixir's
  # sigil macros
  # a calendar's name may follow the text after a space: ~D[20001-01-01 Calendar.Holocene]
  def sigil_D(string, []) do
    {{y, m, d}, calendar} = sigil_parsed(string, :parse_date, "Date")
    %{__struct__: Date, year: y, month: m, day: d, calendar: calendar}
  end
  def sigil_T(string, []) do
    {{h, mi, s, us}, calendar} = sigil_parsed(string, :parse_time, "Time")
    %{__struct__: Time, hour: h, minute: mi, second: s, microsecond: us, calendar: calendar}
  end
  def sigil_N(string, []) do
    {{y, m, d, h, mi, s, us}, calendar} = sigil_parsed(string, :parse_naive_datetime, "NaiveDateTime")
    %{__struct__: NaiveDateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: calendar}
  end
  def sigil_U(string, []) do
    {{y, m, d, h, mi, s, us}, calendar} = sigil_parsed(string, :parse_utc_datetime, "UTC DateTime")
    %{__struct__: DateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: calendar,
      time_zone: "Etc/UTC", zone_abbr: "UTC", utc_offset: 0, std_offset: 0}
  end
  defp sigil_parsed(string, fun, kind) do
    {calendar, text} =
      case :binary.split(string, " ", [:global]) do
        [_] -> {Calendar.ISO, string}
        parts ->
          case List.last(parts) do
            <<c, _::binary>> = last when c in ?A..?Z ->
              {String.to_atom("Elixir." <> last), binary_part(string, 0, byte_size(string) - byte_size(last) - 1)}
            _ -> {Calendar.ISO, string}
          end
      end
    case apply(calendar, fun, [text]) do
      {:ok, fields} -> {fields, calendar}
      {:ok, fields, 0} -> {fields, calendar}
      {:ok, _, _} -> sigil_error(string, kind, calendar, :non_utc_offset)
      {:error, reason} -> sigil_error(text, kind, calendar, reason)
    end
  end
  defp sigil_error(text, kind, calendar, reason),
    do: raise(ArgumentError, "cannot parse #{inspect(text)} as #{kind} for #{inspect(calendar)}, reason: #{inspect(reason)}")
  # List.Chars, for the built-in types: a list is itself, nil the empty list
  def to_charlist(value) when is_list(value), do: value
  def to_charlist(nil), do: []
  def to_charlist(value) when is_binary(value), do: String.to_charlist(value)
  def to_charlist(value) when is_atom(value), do: Atom.to_charlist(value)
  def to_charlist(value) when is_integer(value), do: Integer.to_charlist(value)
  def to_charlist(value) when is_float(value), do: Float.to_charlist(value)
  def to_charlist(value),
    do: raise(%{__struct__: Protocol.UndefinedError, __exception__: true, protocol: List.Chars, value: value, description: ""})
  # destructure/2's right side (compile_forms.cpp): cut or padded with nils to count
  def __destructure__(nil, count), do: List.duplicate(nil, count)
  def __destructure__(list, count) when is_list(list) do
    taken = Enum.take(list, count)
    taken ++ List.duplicate(nil, count - length(taken))
  end
  def tap(value, fun) do
    fun.(value)
    value
  end

  # [SECTION] Nested data: get_in/2 and friends over maps and keyword lists (Access)
  def get_in(nil, [_ | _]), do: nil
  def get_in(data, [h]) when is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, &get_in(&1, t))
  def get_in(data, [h]), do: access_get(data, h)
  def get_in(data, [h | t]), do: get_in(access_get(data, h), t)

  def put_in(data, [_ | _] = keys, value), do: elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
  def update_in(data, [_ | _] = keys, fun) when is_function(fun, 1),
    do: elem(get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end), 1)
  def get_and_update_in(data, [head], fun) when is_function(head, 3), do: head.(:get_and_update, data, fun)
  def get_and_update_in(data, [head | tail], fun) when is_function(head, 3),
    do: head.(:get_and_update, data, &get_and_update_in(&1, tail, fun))
  def get_and_update_in(data, [head], fun) when is_function(fun, 1), do: access_get_and_update(data, head, fun)
  def get_and_update_in(data, [head | tail], fun) when is_function(fun, 1),
    do: access_get_and_update(data, head, &get_and_update_in(&1, tail, fun))
  def pop_in(nil, [key | _]), do: raise(ArgumentError, "could not pop key #{inspect(key)} on a nil value")
  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)
  defp pop_in_data(nil, [_ | _]), do: :pop
  defp pop_in_data(data, [fun]) when is_function(fun), do: fun.(:get_and_update, data, fn _ -> :pop end)
  defp pop_in_data(data, [fun | tail]) when is_function(fun),
    do: fun.(:get_and_update, data, &pop_in_data(&1, tail))
  defp pop_in_data(data, [key]), do: access_pop(data, key)
  defp pop_in_data(data, [key | tail]), do: access_get_and_update(data, key, &pop_in_data(&1, tail))

  defp access_get(%{__struct__: module}, _key), do: Access.__no_access__(module, :fetch, 2)
  defp access_get(map, key) when is_map(map), do: Map.get(map, key)
  defp access_get(list, key) when is_list(list) and is_atom(key), do: Keyword.get(list, key)
  defp access_get(list, key) when is_list(list),
    do: raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key))
  defp access_get(nil, _key), do: nil
  defp access_get(other, key),
    do: raise(ArgumentError, "the Access module does not support " <> inspect(other) <> " with key " <> inspect(key))

  defp access_get_and_update(%{__struct__: module}, _key, _fun), do: Access.__no_access__(module, :get_and_update, 3)
  defp access_get_and_update(map, key, fun) when is_map(map) do
    current = Map.get(map, key)
    case fun.(current) do
      {get, update} -> {get, Map.put(map, key, update)}
      :pop -> {current, Map.delete(map, key)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end
  defp access_get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)
  defp access_get_and_update(nil, key, _fun),
    do: raise(ArgumentError, "could not put/update key #{inspect(key)} on a nil value")
  defp access_get_and_update(other, key, _fun),
    do: raise(ArgumentError, "the Access module does not support " <> inspect(other) <> " with key " <> inspect(key))
  defp access_pop(%{__struct__: module}, _key), do: Access.__no_access__(module, :pop, 2)
  defp access_pop(map, key) when is_map(map), do: Map.pop(map, key)
  defp access_pop(list, key) when is_list(list), do: Keyword.pop(list, key)

  # [SECTION] Structs
  def struct(struct), do: struct(struct, [])
  def struct(module, fields) when is_atom(module), do: struct(module.__struct__(), fields)
  def struct(%{__struct__: _} = struct, fields) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      if is_map_key(acc, key) and key != :__struct__, do: Map.put(acc, key, value), else: acc
    end)
  end
  def struct!(struct), do: struct!(struct, [])
  def struct!(module, fields) when is_atom(module), do: module.__struct__(fields)
  def struct!(%{__struct__: module} = struct, fields) do
    Enum.reduce(fields, struct, fn
      {:__struct__, _}, acc -> acc
      {key, value}, acc when is_map_key(acc, key) -> Map.put(acc, key, value)
      {key, _}, _acc -> raise KeyError, key: key, term: struct
    end)
  end

  # [SECTION] Binaries
  def binary_slice(binary, %{__struct__: Range, first: first, last: last, step: step}) when is_binary(binary) and step > 0 do
    size = byte_size(binary)
    first = if first < 0, do: Kernel.max(first + size, 0), else: first
    last = if last < 0, do: last + size, else: last
    if first < size and last >= first do
      part = binary_part(binary, first, Kernel.min(last - first + 1, size - first))
      if step == 1 do
        part
      else
        <<first_byte, rest::binary>> = part
        skip = step - 1
        for <<_::size(skip)-bytes, byte <- rest>>, into: <<first_byte>>, do: <<byte>>
      end
    else
      ""
    end
  end
  def binary_slice(binary, %{__struct__: Range} = range) when is_binary(binary) do
    raise ArgumentError, "binary_slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
  end
  def binary_slice(binary, start, size) when is_binary(binary) and is_integer(start) and is_integer(size) and size >= 0 do
    total = byte_size(binary)
    start = if start < 0, do: Kernel.max(start + total, 0), else: start
    if start < total, do: binary_part(binary, start, Kernel.min(size, total - start)), else: ""
  end
end


defmodule Exception do
  # a program's own exception (defexception) gives its message with its message/1, as does
  # an exception of the prelude's that defines one (Inspect.Error)
  def message(%{__struct__: module, __exception__: true} = exception) do
    if :taskplay.get_attr(module, :__struct__) == nil and module != Inspect.Error do
      :taskplay.exception_message(exception)
    else
      try do
        module.message(exception)
      rescue
        caught ->
          "got #{inspect(caught.__struct__)} with message " <>
            "#{inspect(message(caught))} while retrieving Exception.message/1 " <>
            "for #{inspect(exception)}. Stacktrace:\n#{Exception.format_stacktrace(__STACKTRACE__)}"
      else
        result when is_binary(result) -> result
        result ->
          "got #{inspect(result)} while retrieving Exception.message/1 for #{inspect(exception)} (expected a string)"
      end
    end
  end
  def normalize(kind, payload), do: Exception.normalize(kind, payload, [])
  def format_error(%{__struct__: struct} = exception, _stacktrace),
    do: %{general: Exception.message(exception), reason: "#" <> Atom.to_string(struct)}
  # blame/3 is a native (natives_kernel.cpp): the details an error's stack trace tells
  # taskplay's modules carry no debug info to read clauses back from, as a module compiled
  # without it on the BEAM
  def blame_mfa(module, function, args) when is_atom(module) and is_atom(function) and is_list(args), do: :error
  def format_stacktrace(), do: "\n"
  def format_stacktrace_entry(entry), do: :taskplay.format_stacktrace_entry(entry)
  def format_fa(fun, arity) when is_function(fun), do: "#{inspect(fun)}#{format_arity(arity)}"
  def format_mfa(module, fun, arity) when is_atom(module) and is_atom(fun), do: :taskplay.format_mfa(module, fun, arity)
  defp format_arity(arity) when is_list(arity) do
    inspected = for x <- arity, do: inspect(x)
    "(#{Enum.join(inspected, ", ")})"
  end
  defp format_arity(arity) when is_integer(arity), do: "/" <> Integer.to_string(arity)
  def format_file_line(file, line), do: format_file_line(file, line, "")
  def format_file_line(file, line, suffix) do
    cond do
      is_nil(file) -> ""
      is_nil(line) or line == 0 -> "#{file}:#{suffix}"
      true -> "#{file}:#{line}:#{suffix}"
    end
  end
  def format_file_line_column(file, line, column), do: format_file_line_column(file, line, column, "")
  def format_file_line_column(file, line, column, suffix) do
    cond do
      is_nil(file) -> ""
      is_nil(line) or line == 0 -> "#{file}:#{suffix}"
      is_nil(column) or column == 0 -> "#{file}:#{line}:#{suffix}"
      true -> "#{file}:#{line}:#{column}:#{suffix}"
    end
  end
  def format_snippet(snippet, error_line) do
    digits = byte_size(Integer.to_string(error_line))
    placeholder = String.duplicate(" ", Kernel.max(digits, 2))
    padding = if digits < 2, do: " ", else: ""
    " #{placeholder} |\n" <>
      " #{padding}#{error_line} | #{snippet.content}\n" <>
      " #{placeholder} | #{String.duplicate(" ", snippet.offset)}^"
  end
end

# What defstruct and defexception define in a program's module (compile_struct.cpp):
# __struct__/1, exception/1, and raise's note of a message for the banners
defmodule :taskplay_struct do
  def build(module, kv) do
    struct = :taskplay.get_attr(module, :__struct__)
    case :taskplay.get_attr(module, :__enforce__) do
      [] -> update(struct, kv)
      enforce ->
        {map, keys} =
          Enum.reduce(kv, {struct, enforce}, fn {key, val}, {map, keys} ->
            {%{map | key => val}, List.delete(keys, key)}
          end)
        case keys do
          [] -> map
          _ ->
            raise ArgumentError,
                  "the following keys must also be given when building struct #{inspect(module)}: #{inspect(keys)}"
        end
    end
  end

  # Elixir's own structs' __struct__/1 (prelude_structs.cpp): no enforced keys
  # (a map update, as the __struct__/1 defstruct generates: its KeyError names no map)
  def update(struct, kv), do: Enum.reduce(kv, struct, fn {key, val}, map -> %{map | key => val} end)

  def exception(module, msg) when is_binary(msg), do: exception(module, message: msg)
  def exception(module, args) when is_list(args) do
    struct = module.__struct__()
    {valid, invalid} = Enum.split_with(args, fn {k, _} -> Map.has_key?(struct, k) end)
    if invalid != [] do
      IO.warn(
        "the following fields are unknown when raising #{inspect(module)}: #{inspect(invalid)}. " <>
          "Please make sure to only give known fields when raising or redefine " <>
          "#{inspect(module)}.exception/1 to discard unknown fields. Future Elixir versions " <>
          "will raise on unknown fields given to raise/2"
      )
    end
    Kernel.struct!(struct, valid)
  end

  def prepare(%{__struct__: module, __exception__: true} = e) do
    if :taskplay.get_attr(module, :__struct__) != nil and function_exported?(module, :message, 1),
      do: :taskplay.note_message(e, Exception.message(e)),
      else: e
  end
  def prepare(other), do: other
end
)elixir";
}

}  // namespace taskplay::lang

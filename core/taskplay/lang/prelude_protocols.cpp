// The prelude's ends of Elixir's Inspect and String.Chars protocols: Kernel.inspect/2,
// IO.inspect/2,3, IO.puts/1,2, to_string/1 and "#{...}" print the built-in types natively
// (inspect.cpp) and give the program's structs to its own implementations
// (`defimpl Inspect, for: Point`, `defimpl String.Chars, for: Point`). An Inspect
// implementation's document is built by a small Inspect.Algebra whose documents are
// strings: concat, to_doc, container_doc and the rest lay nothing out over lines.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_protocols_source() {
  return R"elixir(
defmodule Inspect do
  def impl_for(data), do: Protocol.__impl_for__(Inspect, data)
  def impl_for!(data), do: Protocol.__impl_for__!(Inspect, data)
  def __protocol__(:functions), do: [inspect: 2]
  def __protocol__(:module), do: Inspect
  def __protocol__(:consolidated?), do: false
  def __protocol__(:impls), do: :not_consolidated
  def inspect(term, opts), do: __inspect__(term, opts)

  # Kernel.inspect/2 with the program's implementations applied
  def __inspect__(term, opts) do
    keywords = __keywords__(opts)
    :taskplay.inspect(term, keywords, __custom__(term, opts))
  end

  # nil, or a map from each struct the program implements Inspect for to its text
  def __custom__(term, opts) do
    case :taskplay.custom_structs(term, Inspect) do
      [] -> nil
      structs ->
        o = Inspect.Opts.new(opts)
        Map.new(structs, fn s ->
          {s, IO.iodata_to_binary(:taskplay.protocol_impl(Inspect, s.__struct__).inspect(s, o))}
        end)
    end
  end

  def __keywords__(%{__struct__: Inspect.Opts} = opts), do: :maps.to_list(:maps.remove(:__struct__, opts))
  def __keywords__(opts) when is_list(opts), do: opts
end

defmodule Inspect.Opts do
  def new(%{__struct__: Inspect.Opts} = opts), do: opts
  def new(opts) when is_list(opts) do
    Enum.reduce(opts, default(), fn
      {:char_lists, v}, acc -> %{acc | charlists: v}
      {key, v}, acc when is_map_key(acc, key) -> %{acc | key => v}
      _, acc -> acc
    end)
  end

  defp default do
    %{__struct__: Inspect.Opts, base: :decimal, binaries: :infer, char_lists: :infer,
      charlists: :infer, custom_options: [], inspect_fun: &Inspect.inspect/2, limit: 50,
      pretty: false, printable_limit: 4096, safe: true, structs: true, syntax_colors: [],
      width: 80}
  end
end

defmodule Inspect.Algebra do
  def empty, do: ""
  def string(string) when is_binary(string), do: string
  def concat(docs) when is_list(docs), do: IO.iodata_to_binary(docs)
  def concat(left, right), do: IO.iodata_to_binary([left, right])
  def to_doc(term, opts), do: Inspect.__inspect__(term, opts)
  def break(string \\ " "), do: string
  def flex_break(string \\ " "), do: string
  def line, do: "\n"
  def line(left, right), do: concat([left, "\n", right])
  def glue(left, right), do: concat([left, " ", right])
  def glue(left, string, right), do: concat([left, string, right])
  def flex_glue(left, right), do: glue(left, right)
  def flex_glue(left, string, right), do: glue(left, string, right)
  def space(left, right), do: concat([left, " ", right])
  def nest(doc, _level), do: doc
  def nest(doc, _level, _mode), do: doc
  def group(doc), do: doc
  def group(doc, _mode), do: doc
  def color(doc, _key, _opts), do: doc
  def format(doc, _width), do: doc
  def collapse_lines(_max), do: ""
  def force_unfit(doc), do: doc
  def next_break_fits(doc), do: doc
  def next_break_fits(doc, _mode), do: doc
  def fold_doc([], _fun), do: ""
  def fold_doc([doc], _fun), do: doc
  def fold_doc([doc | docs], fun), do: fun.(doc, fold_doc(docs, fun))

  def container_doc(left, collection, right, opts, fun, options \\ []) do
    separator = Keyword.get(options, :separator, ",")
    items = Enum.map(collection, fn item -> fun.(item, opts) end)
    concat([left, Enum.join(items, separator <> " "), right])
  end
end

defmodule String.Chars do
  def impl_for(data), do: Protocol.__impl_for__(String.Chars, data)
  def impl_for!(data), do: Protocol.__impl_for__!(String.Chars, data)
  def __protocol__(:functions), do: [to_string: 1]
  def __protocol__(:module), do: String.Chars
  def __protocol__(:consolidated?), do: false
  def __protocol__(:impls), do: :not_consolidated
  def to_string(string) when is_binary(string), do: string
  def to_string(list) when is_list(list), do: List.to_string(list)
  def to_string(%{__struct__: Date} = date), do: Date.to_string(date)
  def to_string(%{__struct__: Time} = time), do: Time.to_string(time)
  def to_string(%{__struct__: NaiveDateTime} = ndt), do: NaiveDateTime.to_string(ndt)
  def to_string(%{__struct__: DateTime} = datetime), do: DateTime.to_string(datetime)
  def to_string(%{__struct__: module} = struct) do
    case :taskplay.protocol_impl(String.Chars, module) do
      nil -> :taskplay.to_string(struct)
      impl -> impl.to_string(struct)
    end
  end
  def to_string(term), do: :taskplay.to_string(term)
end

defmodule List.Chars do
  def impl_for(data), do: Protocol.__impl_for__(List.Chars, data)
  def impl_for!(data), do: Protocol.__impl_for__!(List.Chars, data)
  def __protocol__(:functions), do: [to_charlist: 1]
  def __protocol__(:module), do: List.Chars
  def __protocol__(:consolidated?), do: false
  def __protocol__(:impls), do: :not_consolidated
  def to_charlist(term), do: Kernel.to_charlist(term)
end

# Protocol.__impl_for__/2: impl_for/1 of Elixir's own protocols, which Elixir 1.14 implements
# for these types (the program's own implementations come first; Inspect falls back to Any)
defmodule Protocol do
  # Protocol.assert_protocol!/1 as Elixir 1.14's: a module whose __protocol__/1 answers
  def assert_protocol!(module) do
    Code.ensure_loaded!(module)
    cond do
      not function_exported?(module, :__protocol__, 1) ->
        raise ArgumentError, "#{inspect(module)} is not a protocol"
      true -> :ok
    end
  end
  # assert_impl!/2: Protocol.Base is loaded and implements the protocol
  def assert_impl!(protocol, base) do
    impl = Module.concat(protocol, base)
    Code.ensure_loaded!(impl)
    cond do
      not function_exported?(impl, :__impl__, 1) ->
        raise ArgumentError, "#{inspect(impl)} is not an implementation of a protocol"
      (other = impl.__impl__(:protocol)) != protocol ->
        raise ArgumentError,
              "expected #{inspect(impl)} to be an implementation of #{inspect(protocol)}, got: #{inspect(other)}"
      true -> :ok
    end
  end
  def __impl_for__(protocol, data),
    do: :taskplay.impl_for(protocol, data, __builtins__(protocol), protocol == Inspect)
  def __impl_for__!(protocol, data) do
    __impl_for__(protocol, data) ||
      raise(%{__struct__: Protocol.UndefinedError, __exception__: true, protocol: protocol,
              value: data, description: ""})
  end

  defp __builtins__(Enumerable), do: [List, Map, Function, Range, MapSet, Stream, Date.Range]
  defp __builtins__(Collectable), do: [List, Map, BitString, MapSet]
  defp __builtins__(List.Chars), do: [Atom, BitString, List, Integer, Float]
  defp __builtins__(String.Chars),
    do: [Atom, BitString, List, Integer, Float, Date, Time, NaiveDateTime, DateTime, URI, Version]
  defp __builtins__(Inspect) do
    [Atom, BitString, List, Map, Integer, Float, Function, PID, Port, Reference, Tuple, Any,
     Range, MapSet, Stream, Date, Time, NaiveDateTime, DateTime, Date.Range, Regex, Version, URI]
  end
end

defmodule IO do
  def inspect(item, opts \\ [])
  def inspect(device, item) when (device == :stdio or device == :stderr) and not is_list(item),
    do: inspect(device, item, [])
  def inspect(item, opts), do: inspect(:stdio, item, opts)
  def inspect(device, item, opts) when is_pid(device) and is_list(opts) do
    label = if label = opts[:label], do: [to_chardata(label), ": "], else: []
    write(device, [label, Kernel.inspect(item, Keyword.put_new(opts, :pretty, true)), ?\n])
    item
  end
  def inspect(device, item, opts) when is_list(opts),
    do: :taskplay.io_inspect(device, item, opts, Inspect.__custom__(item, opts))

  # IO.warn/2: the message, then where (a stacktrace, a __ENV__'s file and line, or nothing)
  def warn(message, []), do: write(:stderr, ["warning: ", to_chardata(message), "\n\n"])
  def warn(message, %{file: file, line: line} = env) do
    what =
      case env do
        %{module: m, function: {f, a}} when m != nil -> Exception.format_mfa(m, f, a)
        %{module: m} when m != nil -> "#{inspect(m)} (module)"
        _ -> "(file)"
      end

    where = "#{Path.relative_to_cwd(file)}:#{line}: #{what}"
    write(:stderr, ["warning: ", to_chardata(message), "\n  ", where, "\n\n"])
  end
  def warn(message, [{_, _, _, _} | _] = stacktrace) do
    entries = Enum.map(stacktrace, &["  ", Exception.format_stacktrace_entry(&1), "\n"])
    write(:stderr, ["warning: ", to_chardata(message), "\n", entries, "\n"])
  end
  def warn(message, opts) when is_list(opts), do: warn(message, [])

  def puts(item), do: puts(:stdio, item)
  def puts(device, item) when is_pid(device), do: write(device, [to_chardata(item), ?\n])
  def puts(device, %{} = item), do: :taskplay.puts(device, String.Chars.to_string(item))
  def puts(device, item), do: :taskplay.puts(device, item)

  # a pid is an I/O device (File.open's): Erlang's I/O protocol, as :io does it
  def write(device, chardata) when is_pid(device) do
    # the group leader (Process.group_leader/0) stands for the standard output
    if device == Process.group_leader(),
      do: :taskplay.io_write(:stdio, chardata),
      else: io_request(device, {:put_chars, :unicode, :unicode.characters_to_binary(to_chardata(chardata))})
  end
  def write(device, chardata), do: :taskplay.io_write(device, chardata)
  def binwrite(device \\ :stdio, iodata)
  def binwrite(device, iodata) when is_pid(device),
    do: io_request(device, {:put_chars, :latin1, IO.iodata_to_binary(iodata)})
  def binwrite(device, iodata), do: :taskplay.io_write(device, IO.iodata_to_binary(iodata))

  def read(device \\ :stdio, line_or_chars)
  def read(device, :all) do
    with :eof <- read(device, :eof), do: ""
  end
  def read(device, :eof), do: io_request(device, {:get_until, :unicode, '', :eof})
  def read(device, :line), do: io_request(device, {:get_line, :unicode, ''})
  def read(device, count) when is_integer(count) and count >= 0,
    do: io_request(device, {:get_chars, :unicode, '', count})
  def binread(device \\ :stdio, line_or_chars)
  def binread(device, :all) do
    with :eof <- binread(device, :eof), do: ""
  end
  def binread(device, :eof), do: io_request(device, {:get_until, :latin1, '', :eof})
  def binread(device, :line), do: io_request(device, {:get_line, :latin1, ''})
  def binread(device, count) when is_integer(count) and count >= 0,
    do: io_request(device, {:get_chars, :latin1, '', count})
  def gets(device \\ :stdio, prompt), do: io_request(device, {:get_line, :unicode, to_chardata(prompt)})
  def getn(prompt, count \\ 1)
  def getn(prompt, count) when is_integer(count) and count > 0,
    do: io_request(:stdio, {:get_chars, :unicode, to_chardata(prompt), count})
  def getn(device, prompt), do: io_request(device, {:get_chars, :unicode, to_chardata(prompt), 1})

  def stream, do: stream(:stdio, :line)
  def stream(device \\ :stdio, line_or_codepoints), do: stream(device, line_or_codepoints, &read/2)
  def binstream, do: binstream(:stdio, :line)
  def binstream(device \\ :stdio, line_or_bytes), do: stream(device, line_or_bytes, &binread/2)
  defp stream(device, how, read) do
    Stream.resource(fn -> device end, fn device ->
      case read.(device, how) do
        :eof -> {:halt, device}
        {:error, reason} -> raise IO.StreamError, reason: reason
        data -> {[data], device}
      end
    end, fn device -> device end)
  end

  # the standard input: the host's (taskplay run reads what `elixir` would; the page has none)
  # (inside capture_io, its :input instead: ex_unit.cpp)
  defp io_request(device, request) when device in [:stdio, :standard_io] do
    prompt = elem(request, 2)
    what =
      case request do
        {:get_line, _, _} -> :line
        {:get_chars, _, _, count} -> count
        {:get_until, _, _, :eof} -> :eof
      end
    case :taskplay.io_read(IO.chardata_to_string(prompt), what) do
      :no_capture ->
        if prompt != '' and prompt != "", do: :taskplay.io_write(:stdio, prompt)
        :taskplay.stdin_read(what)
      result -> result
    end
  end
  defp io_request(device, request) when is_pid(device) do
    ref = Process.monitor(device)
    send(device, {:io_request, self(), ref, request})
    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply
      {:DOWN, ^ref, _, _, _} -> {:error, :terminated}
    end
  end
  defp to_chardata(list) when is_list(list), do: list
  defp to_chardata(other), do: to_string(other)

  def iodata_length(iodata), do: :erlang.iolist_size(iodata)
  def chardata_to_string(string) when is_binary(string), do: string
  def chardata_to_string(list) when is_list(list), do: List.to_string(list)
end

# StringIO: a process that is an I/O device reading from a string and writing to another
# (Erlang's I/O protocol, as IO above speaks it to a pid)
defmodule StringIO do
  def open(string, options_or_function \\ [])
  def open(string, options) when is_binary(string) and is_list(options) do
    state = %{
      input: string,
      output: "",
      capture_prompt: Keyword.get(options, :capture_prompt, false),
      encoding: Keyword.get(options, :encoding, :unicode)
    }
    {:ok, spawn(fn -> loop(state) end)}
  end
  def open(string, function) when is_binary(string) and is_function(function, 1),
    do: open(string, [], function)

  def open(string, options, function)
      when is_binary(string) and is_list(options) and is_function(function, 1) do
    {:ok, pid} = open(string, options)
    try do
      {:ok, function.(pid)}
    after
      {:ok, {_input, _output}} = close(pid)
    end
  end

  def contents(pid) when is_pid(pid), do: call(pid, :contents)
  def flush(pid) when is_pid(pid), do: call(pid, :flush)
  def close(pid) when is_pid(pid), do: call(pid, :close)

  defp call(pid, request) do
    ref = Process.monitor(pid)
    send(pid, {:string_io, self(), ref, request})
    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply
      {:DOWN, ^ref, _, _, reason} -> exit({reason, {StringIO, request, [pid]}})
    end
  end

  defp loop(state) do
    receive do
      {:io_request, from, reply_as, request} ->
        {reply, state} = request(request, state)
        send(from, {:io_reply, reply_as, reply})
        loop(state)
      {:string_io, from, ref, :contents} ->
        send(from, {ref, {state.input, state.output}})
        loop(state)
      {:string_io, from, ref, :flush} ->
        send(from, {ref, state.output})
        loop(%{state | output: ""})
      {:string_io, from, ref, :close} ->
        send(from, {ref, {:ok, {state.input, state.output}}})
      _other ->
        loop(state)
    end
  end

  defp request({:put_chars, encoding, chars}, state) do
    {:ok, %{state | output: state.output <> translate(chars, encoding, state.encoding)}}
  rescue
    ArgumentError -> {{:error, {:put_chars, encoding, chars}}, state}
  end
  defp request({:put_chars, chars}, state), do: request({:put_chars, :latin1, chars}, state)
  defp request({:put_chars, encoding, module, function, args}, state),
    do: request({:put_chars, encoding, apply(module, function, args)}, state)
  defp request({:get_chars, encoding, prompt, count}, state) when count >= 0 do
    case state.input do
      "" -> {:eof, read(state, "", prompt)}
      input ->
        {chars, rest} = take_chars(input, encoding, count)
        {chars, read(state, rest, prompt)}
    end
  end
  defp request({:get_line, encoding, prompt}, state) do
    case :binary.match(state.input, "\n") do
      _ when state.input == "" -> {:eof, read(state, "", prompt)}
      :nomatch -> {state.input, read(state, "", prompt)}
      {at, 1} ->
        {line, rest} = :erlang.split_binary(state.input, at + 1)
        line =
          if String.ends_with?(line, "\r\n"),
            do: binary_part(line, 0, byte_size(line) - 2) <> "\n",
            else: line
        _ = encoding
        {line, read(state, rest, prompt)}
    end
  end
  defp request({:get_until, _encoding, prompt, :eof}, state) do
    case state.input do
      "" -> {:eof, read(state, "", prompt)}
      input -> {input, read(state, "", prompt)}
    end
  end
  defp request({:setopts, [encoding: encoding]}, state) when encoding in [:latin1, :unicode],
    do: {:ok, %{state | encoding: encoding}}
  defp request({:setopts, _options}, state), do: {{:error, :enotsup}, state}
  defp request(:getopts, state), do: {{:ok, [binary: true, encoding: state.encoding]}, state}
  defp request({:get_geometry, _}, state), do: {{:error, :enotsup}, state}
  defp request({:requests, requests}, state) do
    Enum.reduce_while(requests, {:ok, state}, fn request, {_, state} ->
      case request(request, state) do
        {:ok, state} -> {:cont, {:ok, state}}
        other -> {:halt, other}
      end
    end)
  end
  defp request(_request, state), do: {{:error, :request}, state}

  defp translate(chars, :latin1, :unicode),
    do: for(<<byte <- IO.iodata_to_binary(chars)>>, into: "", do: <<byte::utf8>>)
  defp translate(chars, :latin1, :latin1), do: IO.iodata_to_binary(chars)
  defp translate(chars, :unicode, _), do: IO.chardata_to_string(chars)

  defp take_chars(input, :latin1, count) when byte_size(input) <= count, do: {input, ""}
  defp take_chars(input, :latin1, count), do: :erlang.split_binary(input, count)
  defp take_chars(input, :unicode, count), do: String.split_at(input, count)

  defp read(%{capture_prompt: true} = state, rest, prompt),
    do: %{state | input: rest, output: state.output <> IO.chardata_to_string(prompt)}
  defp read(state, rest, _prompt), do: %{state | input: rest}
end
)elixir";
}

}  // namespace taskplay::lang

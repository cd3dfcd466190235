// The prelude's ends of Elixir's Inspect and String.Chars protocols: Kernel.inspect/2,
// IO.inspect/2,3, IO.puts/1,2, to_string/1 and "#{...}" print the built-in types natively
// (inspect.cpp) and give the program's structs to its own implementations
// (`defimpl Inspect, for: Point`, `defimpl String.Chars, for: Point`). An Inspect
// implementation's document is built with Inspect.Algebra (Elixir's document terms, laid
// out by format/2); inside other data it joins the native layout's tree (inspect.cpp).

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
        # a document laid out at the width (:infinity unless pretty, as Kernel.inspect/2)
        width = if o.pretty, do: o.width, else: :infinity
        Enum.flat_map(structs, fn s ->
          try do
            case :taskplay.protocol_impl(Inspect, s.__struct__) do
              nil -> Calendar.__inspect__(s, o)
              impl -> impl.inspect(s, o)
            end
          rescue
            e -> failed(s, o, e, __STACKTRACE__, s != term)
          else
            list when is_list(list) -> [{s, IO.iodata_to_binary(list)}]
            doc ->
              text = IO.iodata_to_binary(Inspect.Algebra.format(Inspect.Algebra.group(doc), width))
              [{s, {text, doc}}]
          end
        end)
        |> Map.new()
    end
  end

  # An implementation that raised: with safe: true (the default) the struct prints as an
  # #Inspect.Error<...> that says what it raised, with safe: false that error is raised. A
  # struct met again while that text is made prints as a map (Elixir's :inspect_trap).
  defp failed(struct, opts, exception, stacktrace, nested?) do
    if Process.get(:inspect_trap) do
      []
    else
      try do
        Process.put(:inspect_trap, true)
        inspected = Kernel.inspect(struct, structs: false, pretty: true, width: opts.width, limit: opts.limit)
        stacktrace = impl_frames(stacktrace, nested?)
        error = Inspect.Error.exception(exception: exception, stacktrace: stacktrace, inspected_struct: inspected)
        if opts.safe do
          [{struct, Inspect.Error.__text__(error)}]
        else
          reraise error, stacktrace
        end
      after
        Process.delete(:inspect_trap)
      end
    end
  end

  # the implementation's own frames, then Elixir's that called it (Inspect.Algebra's, more of
  # them for a struct inside a list, tuple or map), then the caller's: 8 at most
  defp impl_frames(stacktrace, nested?) do
    {impl, rest} = Enum.split_while(stacktrace, &(not prelude_frame?(&1)))
    {library, caller} = Enum.split_while(rest, &prelude_frame?/1)
    called_by =
      Enum.flat_map(library, fn
        {IO, :inspect, 3, _} -> [{IO, :inspect, 3, [file: 'lib/io.ex', line: 465]}]
        {Kernel, :inspect, 2, _} -> [{Kernel, :inspect, 2, [file: 'lib/kernel.ex', line: 2254]}]
        _ -> []
      end)
    called_by = if called_by == [], do: [{Kernel, :inspect, 2, [file: 'lib/kernel.ex', line: 2254]}], else: called_by
    algebra = [{Inspect.Algebra, :to_doc, 2, [file: 'lib/inspect/algebra.ex', line: 341]}] ++
      if nested?,
        do: [{Inspect.Algebra, :container_each, 6, [file: 'lib/inspect/algebra.ex', line: 472]},
             {Inspect.Algebra, :container_doc, 6, [file: 'lib/inspect/algebra.ex', line: 449]}],
        else: []
    Enum.take(impl ++ algebra ++ called_by ++ caller, 8)
  end
  defp prelude_frame?({_, _, _, location}), do: Keyword.get(location, :file) == 'prelude'

  def __keywords__(%{__struct__: Inspect.Opts} = opts), do: :maps.to_list(:maps.remove(:__struct__, opts))
  def __keywords__(opts) when is_list(opts), do: opts
end

# Raised (or printed) when a struct's Inspect implementation raised, as Elixir 1.14's
defmodule Inspect.Error do
  def __struct__(), do: %{__struct__: Inspect.Error, __exception__: true, exception_module: nil,
                          exception_message: nil, stacktrace: nil, inspected_struct: nil}
  def __struct__(kv), do: :taskplay_struct.update(__struct__(), kv)

  def exception(arguments) when is_list(arguments) do
    exception = Keyword.fetch!(arguments, :exception)
    Kernel.struct(Inspect.Error,
      exception_module: exception.__struct__,
      exception_message: exception |> Exception.message() |> String.trim_trailing("\n"),
      stacktrace: Keyword.fetch!(arguments, :stacktrace),
      inspected_struct: Keyword.fetch!(arguments, :inspected_struct))
  end

  def message(%{exception_module: module, exception_message: message, inspected_struct: inspected}) do
    "got #{Kernel.inspect(module)} with message:\n\n    \"\"\"\n#{pad(message, 4)}\n    \"\"\"\n\n" <>
      "while inspecting:\n\n#{pad(inspected, 4)}\n"
  end

  def pad(message, padding_length) when is_binary(message) and is_integer(padding_length) and padding_length >= 0 do
    padding = String.duplicate(" ", padding_length)
    message
    |> String.split("\n")
    |> Enum.map(fn
      "" -> "\n"
      line -> [padding, line, ?\n]
    end)
    |> IO.iodata_to_binary()
    |> String.trim_trailing("\n")
  end

  # what inspect/2 shows for it (Elixir's Inspect implementation for Inspect.Error)
  def __text__(%{stacktrace: []} = error), do: "#Inspect.Error<\n  #{pad(message(error), 2)}\n>"
  def __text__(%{stacktrace: stacktrace} = error) do
    "#Inspect.Error<\n#{pad(message(error), 2)}\n\n  Stacktrace:\n\n#{Exception.format_stacktrace(stacktrace)}\n>"
  end
end

defimpl Inspect, for: Inspect.Error do
  def inspect(error, _opts), do: Inspect.Error.__text__(error)
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
  # Documents as Elixir's: a string, :doc_nil, :doc_line or a tagged tuple; format/2 lays
  # them out at a width (Wadler's pretty printer as Elixir extends it: flex breaks, nesting
  # at the cursor, groups that inherit their parent's mode, next_break_fits, force_unfit)
  def empty, do: :doc_nil
  def string(string) when is_binary(string), do: {:doc_string, string, String.length(string)}
  def concat(left, right), do: {:doc_cons, left, right}
  def concat(docs) when is_list(docs), do: fold_doc(docs, &concat(&1, &2))
  def no_limit(doc), do: {:doc_limit, doc, :infinity}
  def to_doc(term, opts) do
    :taskplay.inspect_doc(term, Inspect.__keywords__(opts), Inspect.__custom__(term, opts))
  end
  def break(string \\ " ") when is_binary(string), do: {:doc_break, string, :strict}
  def flex_break(string \\ " ") when is_binary(string), do: {:doc_break, string, :flex}
  def line, do: :doc_line
  def line(left, right), do: concat(left, concat(:doc_line, right))
  def glue(left, string \\ " ", right) when is_binary(string),
    do: concat(left, concat(break(string), right))
  def flex_glue(left, string \\ " ", right) when is_binary(string),
    do: concat(left, concat(flex_break(string), right))
  def space(left, right), do: concat(left, concat(" ", right))
  def nest(doc, level, mode \\ :always)
  def nest(doc, 0, _mode), do: doc
  def nest(doc, level, mode) when mode in [:always, :break], do: {:doc_nest, doc, level, mode}
  def group(doc, mode \\ :self) when mode in [:self, :inherit], do: {:doc_group, doc, mode}
  def collapse_lines(max) when is_integer(max) and max > 0, do: {:doc_collapse, max}
  def next_break_fits(doc, mode \\ :enabled) when mode in [:enabled, :disabled],
    do: {:doc_fits, doc, mode}
  def force_unfit(doc), do: {:doc_force, doc}
  def surround(left, doc, right), do: concat(concat(left, nest(doc, 1)), right)
  def color(doc, key, %{syntax_colors: colors}) do
    case Keyword.get(colors, key) do
      nil -> doc
      color -> concat({:doc_color, doc, color}, {:doc_color, :doc_nil, Keyword.get(colors, :reset, :reset)})
    end
  end
  def fold_doc([], _fun), do: :doc_nil
  def fold_doc([doc], _fun), do: doc
  def fold_doc([doc | docs], fun), do: fun.(doc, fold_doc(docs, fun))

  def container_doc(left, collection, right, opts, fun, options \\ [])
  def container_doc(left, [], right, _opts, _fun, _options), do: concat(left, right)
  def container_doc(left, collection, right, opts, fun, options) when is_list(collection) do
    break = Keyword.get(options, :break, :maybe)
    separator = Keyword.get(options, :separator, ",")
    {docs, simple?} = each_item(collection, Map.get(opts, :limit, 50), opts, fun, [], break == :maybe)
    flex? = simple? or break == :flex
    docs = fold_doc(docs, &join_items(&1, &2, flex?, separator))
    if flex?,
      do: group(concat(concat(left, nest(docs, 1)), right)),
      else: group(glue(nest(glue(left, "", docs), 2), "", right))
  end

  defp each_item([], _limit, _opts, _fun, acc, simple?), do: {Enum.reverse(acc), simple?}
  defp each_item(_, 0, _opts, _fun, acc, simple?), do: {Enum.reverse(["..." | acc]), simple?}
  defp each_item([item | items], limit, opts, fun, acc, simple?) when is_list(items) do
    next = if limit == :infinity, do: limit, else: limit - 1
    doc = fun.(item, %{opts | limit: next})
    limit = if doc == :doc_nil, do: limit, else: next
    each_item(items, limit, opts, fun, [doc | acc], simple? and simple_doc?(doc))
  end
  defp each_item([left | right], limit, opts, fun, acc, simple?) do
    limit = if limit == :infinity, do: limit, else: limit - 1
    left = fun.(left, %{opts | limit: limit})
    right = fun.(right, %{opts | limit: limit})
    simple? = simple? and simple_doc?(left) and simple_doc?(right)
    {Enum.reverse([join_items(left, right, simple?, " |") | acc]), simple?}
  end

  defp join_items(:doc_nil, :doc_nil, _, _), do: :doc_nil
  defp join_items(left, :doc_nil, _, _), do: left
  defp join_items(:doc_nil, right, _, _), do: right
  defp join_items(left, right, true, separator), do: flex_glue(concat(left, separator), right)
  defp join_items(left, right, false, separator), do: glue(concat(left, separator), right)

  defp simple_doc?({:doc_cons, left, right}), do: simple_doc?(left) and simple_doc?(right)
  defp simple_doc?({:doc_color, doc, _}), do: simple_doc?(doc)
  defp simple_doc?({:doc_string, _, _}), do: true
  defp simple_doc?(:doc_nil), do: true
  defp simple_doc?(other), do: is_binary(other)

  def format(doc, width) when width == :infinity or (is_integer(width) and width >= 0),
    do: lay(width, 0, [{0, :flat, doc}])

  # lay(width, column, [{indent, mode, doc}]): the iodata; modes :flat and :break
  defp lay(_, _, []), do: []
  defp lay(w, k, [{_, _, :doc_nil} | t]), do: lay(w, k, t)
  defp lay(w, _, [{i, _, :doc_line} | t]), do: [newline(i) | lay(w, i, t)]
  defp lay(w, k, [{i, m, {:doc_cons, x, y}} | t]), do: lay(w, k, [{i, m, x}, {i, m, y} | t])
  defp lay(w, k, [{i, m, {:doc_color, x, c}} | t]),
    do: [IO.ANSI.format_fragment(c, true) | lay(w, k, [{i, m, x} | t])]
  defp lay(w, k, [{_, _, {:doc_string, s, l}} | t]), do: [s | lay(w, k + l, t)]
  defp lay(w, k, [{_, _, s} | t]) when is_binary(s), do: [s | lay(w, k + byte_size(s), t)]
  defp lay(w, k, [{i, m, {:doc_force, x}} | t]), do: lay(w, k, [{i, m, x} | t])
  defp lay(w, k, [{i, m, {:doc_fits, x, _}} | t]), do: lay(w, k, [{i, m, x} | t])
  defp lay(w, _, [{i, _, {:doc_collapse, max}} | t]), do: collapse(lay(w, i, t), max, 0, i)
  defp lay(w, k, [{i, m, {:doc_break, s, :flex}} | t]) do
    k = k + byte_size(s)
    if w == :infinity or m == :flat or fits?(w, k, true, t),
      do: [s | lay(w, k, t)],
      else: [newline(i) | lay(w, i, t)]
  end
  defp lay(w, k, [{i, :break, {:doc_break, _s, :strict}} | t]), do: [newline(i) | lay(w, i, t)]
  defp lay(w, k, [{_, _, {:doc_break, s, :strict}} | t]), do: [s | lay(w, k + byte_size(s), t)]
  defp lay(w, k, [{i, m, {:doc_nest, x, j, when_}} | t]) do
    if when_ == :always or m == :break,
      do: lay(w, k, [{nesting(i, k, j), m, x} | t]),
      else: lay(w, k, [{i, m, x} | t])
  end
  defp lay(w, k, [{i, :break, {:doc_group, x, :inherit}} | t]), do: lay(w, k, [{i, :break, x} | t])
  defp lay(w, k, [{i, _, {:doc_group, x, _}} | t]) do
    if w == :infinity or fits?(w, k, false, [{i, :flat, x}]),
      do: lay(w, k, [{i, :flat, x} | t]),
      else: lay(w, k, [{i, :break, x} | t])
  end
  defp lay(w, k, [{i, m, {:doc_limit, x, :infinity}} | t]) when w != :infinity,
    do: lay(:infinity, k, [{i, :flat, x}, {i, m, {:doc_limit, :doc_nil, w}} | t])
  defp lay(_w, k, [{i, m, {:doc_limit, x, w}} | t]), do: lay(w, k, [{i, m, x} | t])

  # whether what follows fits on the line: the rest of the line up to the first break that
  # may break (b?: a break has been passed, so going past the width no longer fits)
  defp fits?(w, k, b?, _) when k > w and b?, do: false
  defp fits?(_, _, _, []), do: true
  defp fits?(w, k, _, {:tail, b?, t}), do: fits?(w, k, b?, t)
  defp fits?(w, k, b?, [{i, _, {:doc_fits, x, :disabled}} | t]), do: fits?(w, k, b?, [{i, :flat_no_break, x} | t])
  defp fits?(w, k, b?, [{i, :flat_no_break, {:doc_fits, x, _}} | t]), do: fits?(w, k, b?, [{i, :flat_no_break, x} | t])
  defp fits?(w, k, b?, [{i, _, {:doc_fits, x, :enabled}} | t]), do: fits?(w, k, b?, [{i, :break_no_flat, x} | t])
  defp fits?(w, k, b?, [{i, :break_no_flat, {:doc_force, x}} | t]), do: fits?(w, k, b?, [{i, :break_no_flat, x} | t])
  defp fits?(_, _, _, [{_, :break_no_flat, {:doc_break, _, _}} | _]), do: true
  defp fits?(_, _, _, [{_, :break_no_flat, :doc_line} | _]), do: true
  defp fits?(_, _, _, [{_, :break, {:doc_break, _, _}} | _]), do: true
  defp fits?(_, _, _, [{_, :break, :doc_line} | _]), do: true
  defp fits?(w, k, b?, [{i, :break, {:doc_group, x, _}} | t]), do: fits?(w, k, b?, [{i, :flat, x} | {:tail, b?, t}])
  defp fits?(w, _, _, [{i, _, :doc_line} | t]), do: fits?(w, i, false, t)
  defp fits?(w, k, b?, [{_, _, :doc_nil} | t]), do: fits?(w, k, b?, t)
  defp fits?(w, _, b?, [{i, _, {:doc_collapse, _}} | t]), do: fits?(w, i, b?, t)
  defp fits?(w, k, b?, [{i, m, {:doc_color, x, _}} | t]), do: fits?(w, k, b?, [{i, m, x} | t])
  defp fits?(w, k, b?, [{_, _, {:doc_string, _, l}} | t]), do: fits?(w, k + l, b?, t)
  defp fits?(w, k, b?, [{_, _, s} | t]) when is_binary(s), do: fits?(w, k + byte_size(s), b?, t)
  defp fits?(_, _, _, [{_, _, {:doc_force, _}} | _]), do: false
  defp fits?(w, k, _, [{_, _, {:doc_break, s, _}} | t]), do: fits?(w, k + byte_size(s), true, t)
  defp fits?(w, k, b?, [{i, m, {:doc_nest, x, _, :break}} | t]), do: fits?(w, k, b?, [{i, m, x} | t])
  defp fits?(w, k, b?, [{i, m, {:doc_nest, x, j, _}} | t]), do: fits?(w, k, b?, [{nesting(i, k, j), m, x} | t])
  defp fits?(w, k, b?, [{i, m, {:doc_cons, x, y}} | t]), do: fits?(w, k, b?, [{i, m, x}, {i, m, y} | t])
  defp fits?(w, k, b?, [{i, m, {:doc_group, x, _}} | t]), do: fits?(w, k, b?, [{i, m, x} | {:tail, b?, t}])
  defp fits?(w, k, b?, [{i, m, {:doc_limit, x, :infinity}} | t]) when w != :infinity,
    do: fits?(:infinity, k, b?, [{i, :flat, x}, {i, m, {:doc_limit, :doc_nil, w}} | t])
  defp fits?(_w, k, b?, [{i, m, {:doc_limit, x, w}} | t]), do: fits?(w, k, b?, [{i, m, x} | t])

  defp collapse(["\n" <> _ | t], max, count, i), do: collapse(t, max, count + 1, i)
  defp collapse(["" | t], max, count, i), do: collapse(t, max, count, i)
  defp collapse(t, max, count, i),
    do: [:binary.copy("\n", Kernel.min(max, count)) <> :binary.copy(" ", i) | t]

  defp nesting(_, k, :cursor), do: k
  defp nesting(_, _, :reset), do: 0
  defp nesting(i, _, j), do: i + j

  defp newline(0), do: "\n"
  defp newline(i), do: "\n" <> :binary.copy(" ", i)
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
  def inspect(device, item, opts) when is_list(opts) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) ->
        label = if label = opts[:label], do: [to_chardata(label), ": "], else: []
        write(pid, [label, Kernel.inspect(item, Keyword.put_new(opts, :pretty, true)), ?\n])
        item
      device ->
        :taskplay.io_inspect(device, item, opts, Inspect.__custom__(item, Keyword.put_new(opts, :pretty, true)))
    end
  end

  # IO.warn/1,2: the message, then where (the caller's stacktrace, a given one, a __ENV__'s
  # or a keyword's file and line, or nothing)
  def warn(message) do
    {:current_stacktrace, stacktrace} = Process.info(self(), :current_stacktrace)
    warn(message, Enum.drop(stacktrace, 2))
  end
  def warn(message, []), do: write(:stderr, ["warning: ", to_chardata(message), "\n\n"])
  def warn(message, %{file: file, line: line} = env) do
    what =
      case env do
        %{module: m, function: {f, a}} when m != nil -> Exception.format_mfa(m, f, a)
        %{module: m} when m != nil -> "#{Kernel.inspect(m)} (module)"
        _ -> "(file)"
      end

    where = "#{Path.relative_to_cwd(file)}:#{if line, do: "#{line}:"} #{what}"
    write(:stderr, ["warning: ", to_chardata(message), "\n  ", where, "\n\n"])
  end
  def warn(message, [{_, _, _, _} | _] = stacktrace) do
    entries = Enum.map(stacktrace, &["  ", Exception.format_stacktrace_entry(&1), "\n"])
    write(:stderr, ["warning: ", to_chardata(message), "\n", entries, "\n"])
  end
  def warn(message, [{_, _} | _] = keyword) do
    if file = keyword[:file] do
      env = %{file: file, line: keyword[:line], module: keyword[:module], function: keyword[:function]}
      warn(message, env)
    else
      warn(message, [])
    end
  end

  def puts(item), do: puts(:stdio, item)
  def puts(device, item) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> write(pid, [to_chardata(item), ?\n])
      device when is_map(item) -> :taskplay.puts(device, String.Chars.to_string(item))
      device -> :taskplay.puts(device, item)
    end
  end

  # a pid is an I/O device (File.open's, StringIO's, a group leader): Erlang's I/O protocol,
  # as :io speaks it; :stdio is the process's group leader (:taskplay.stdio_device/1), the
  # host's standard output unless Process.group_leader/2 gave it another
  def write(device \\ :stdio, chardata)
  def write(device, chardata) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> :io.put_chars(pid, to_chardata(chardata))
      device -> :taskplay.io_write(device, chardata)
    end
  end
  def binwrite(device \\ :stdio, iodata)
  def binwrite(device, iodata) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) ->
        try do
          IO.iodata_to_binary(iodata)
        rescue
          ArgumentError -> {:error, :badarg}
        else
          binary -> pid_request(pid, {:put_chars, :latin1, binary})
        end
      device -> :taskplay.io_write(device, IO.iodata_to_binary(iodata))
    end
  end

  def read(device \\ :stdio, line_or_chars)
  def read(device, :all) do
    # at the end: '' from a device that answers in lists (File.open with :charlist)
    with :eof <- read(device, :eof) do
      case getopts(device) do
        [_ | _] = opts -> if Keyword.get(opts, :binary, true), do: "", else: ''
        _ -> ""
      end
    end
  end
  def read(device, :eof), do: getn(device, '', :eof)
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
  def getn(prompt, :eof), do: getn(:stdio, prompt, :eof)
  def getn(prompt, count) when is_integer(count) and count > 0, do: getn(:stdio, prompt, count)
  def getn(device, prompt) when not is_integer(prompt), do: getn(device, prompt, 1)
  def getn(device, prompt, :eof), do: getn_eof(device, to_chardata(prompt), [])
  def getn(device, prompt, count) when is_integer(count) and count > 0,
    do: io_request(device, {:get_chars, :unicode, to_chardata(prompt), count})

  # :eof: line after line to the end, joined as the device gives them (binaries or lists)
  defp getn_eof(device, prompt, acc) do
    case io_request(device, {:get_line, :unicode, prompt}) do
      line when is_binary(line) or is_list(line) -> getn_eof(device, '', [line | acc])
      :eof ->
        case :lists.reverse(acc) do
          [] -> :eof
          [h | _] = lines when is_binary(h) -> IO.iodata_to_binary(lines)
          lines -> :lists.flatten(lines)
        end
      other -> other
    end
  end

  # :io.getopts/1 on a device: a pid answers the request; the standard devices are binary
  defp getopts(device) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> pid_request(pid, :getopts)
      _ -> [binary: true, encoding: :unicode]
    end
  end

  # IO.stream/0,2 and binstream/0,2: an %IO.Stream{}, enumerable (the device read as it is
  # walked) and collectable (written to the device)
  def stream, do: stream(:stdio, :line)
  def stream(device \\ :stdio, line_or_codepoints)
      when line_or_codepoints == :line or (is_integer(line_or_codepoints) and line_or_codepoints > 0),
      do: %IO.Stream{device: stream_device(device), raw: false, line_or_bytes: line_or_codepoints}
  def binstream, do: binstream(:stdio, :line)
  def binstream(device \\ :stdio, line_or_bytes)
      when line_or_bytes == :line or (is_integer(line_or_bytes) and line_or_bytes > 0),
      do: %IO.Stream{device: stream_device(device), raw: true, line_or_bytes: line_or_bytes}

  defp stream_device(:stdio), do: :standard_io
  defp stream_device(:stderr), do: :standard_error
  defp stream_device(device), do: device

  @doc false
  def __stream_reduce__(%{device: device, raw: raw, line_or_bytes: how}, acc, fun) do
    read = if raw, do: &binread/2, else: &read/2
    Stream.resource(fn -> device end, fn device ->
      case read.(device, how) do
        :eof -> {:halt, device}
        {:error, reason} ->
          raise IO.StreamError, reason: reason, message: "error during streaming: #{:file.format_error(reason)}"
        data -> {[data], device}
      end
    end, fn device -> device end).(acc, fun)
  end

  @doc false
  def __stream_into__(%{device: device, raw: raw} = stream) do
    {:ok, fn
      :ok, {:cont, x} -> if raw, do: binwrite(device, x), else: write(device, x)
      :ok, _ -> stream
    end}
  end

  # the standard input: the host's (taskplay run reads what `elixir` would; the page has none)
  # (inside capture_io, its :input instead: ex_unit.cpp)
  defp io_request(device, request) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> pid_request(pid, request)
      :stdio -> stdio_request(request)
      device -> {:error, {:no_device, device}}
    end
  end
  defp stdio_request(request) do
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
  defp pid_request(device, request), do: :io.request(device, request)
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

  # Erlang's I/O protocol as Elixir 1.14's StringIO answers it; the requests without an
  # encoding are :latin1's
  defp request({:put_chars, chars} = request, state), do: put_chars(:latin1, chars, request, state)
  defp request({:put_chars, m, f, args} = request, state),
    do: put_chars(:latin1, apply(m, f, args), request, state)
  defp request({:put_chars, encoding, chars} = request, state),
    do: put_chars(encoding, chars, request, state)
  defp request({:put_chars, encoding, m, f, args} = request, state),
    do: put_chars(encoding, apply(m, f, args), request, state)
  defp request({:get_chars, prompt, count}, state) when count >= 0,
    do: request({:get_chars, :latin1, prompt, count}, state)
  defp request({:get_chars, encoding, prompt, count}, state) when count >= 0 do
    case take_chars(state.input, encoding, count) do
      {:error, _} = error -> {error, state}
      {"", _} -> {:eof, read(state, "", prompt, 1)}
      {chars, rest} -> {chars, read(state, rest, prompt, 1)}
    end
  end
  defp request({:get_line, prompt}, state), do: request({:get_line, :latin1, prompt}, state)
  defp request({:get_line, encoding, prompt}, state) do
    case take_line(state.input, encoding) do
      :error -> {{:error, :collect_line}, state}
      {"", _} -> {:eof, read(state, "", prompt, 1)}
      {line, rest} ->
        line =
          if String.ends_with?(line, "\r\n"),
            do: binary_part(line, 0, byte_size(line) - 2) <> "\n",
            else: line
        {line, read(state, rest, prompt, 1)}
    end
  end
  defp request({:get_password, encoding}, state), do: request({:get_line, encoding, ""}, state)
  defp request({:get_until, prompt, m, f, args}, state),
    do: request({:get_until, :latin1, prompt, m, f, args}, state)
  defp request({:get_until, encoding, prompt, m, f, args}, state) do
    case get_until(state.input, encoding, {m, f, args}, [], 1) do
      :error -> {:error, state}
      {result, rest, calls} ->
        rest = if rest == :eof, do: "", else: to_binary(rest, encoding)
        result = if is_list(result), do: to_binary(result, encoding), else: result
        {result, read(state, rest, prompt, calls)}
    end
  end
  # the whole input (IO.binread/2 and IO.read/2 with :eof)
  defp request({:get_until, _encoding, prompt, :eof}, state) do
    case state.input do
      "" -> {:eof, read(state, "", prompt, 1)}
      input -> {input, read(state, "", prompt, 1)}
    end
  end
  defp request({:setopts, [encoding: encoding]}, state) when encoding in [:latin1, :unicode],
    do: {:ok, %{state | encoding: encoding}}
  defp request({:setopts, _options}, state), do: {{:error, :enotsup}, state}
  defp request(:getopts, state), do: {[binary: true, encoding: state.encoding], state}
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

  defp put_chars(encoding, chars, request, state) do
    case :unicode.characters_to_binary(chars, encoding, state.encoding) do
      string when is_binary(string) -> {:ok, %{state | output: state.output <> string}}
      _ -> {{:error, {:no_translation, encoding, state.encoding}}, state}
    end
  rescue
    ArgumentError -> {{:error, request}, state}
  end

  # `count` bytes (:latin1) or code points (:unicode) and the rest; an error for input that
  # is no UTF-8 before that many
  defp take_chars(input, :latin1, count) when byte_size(input) <= count, do: {input, ""}
  defp take_chars(input, :latin1, count), do: :erlang.split_binary(input, count)
  defp take_chars(input, :unicode, count), do: take_code_points(input, count, 0)
  defp take_code_points(input, 0, size), do: :erlang.split_binary(input, size)
  defp take_code_points(input, count, size) do
    case input do
      <<_::binary-size(size), c::utf8, _::binary>> ->
        take_code_points(input, count - 1, size + byte_size(<<c::utf8>>))
      <<_::binary-size(size)>> -> {input, ""}
      _ -> {:error, :invalid_unicode}
    end
  end

  # the first line, "\n" (or "\r\n") and all, and the rest; :error for a line (:unicode)
  # that is no UTF-8
  defp take_line(input, encoding) do
    size =
      case :binary.match(input, "\n") do
        :nomatch -> byte_size(input)
        {at, 1} -> at + 1
      end
    {line, rest} = :erlang.split_binary(input, size)
    if encoding == :unicode and not String.valid?(line), do: :error, else: {line, rest}
  end

  # get_until's callback fed line by line, then :eof, until it is done: {result, what is
  # left (:eof, or a list), how many times it was called}
  defp get_until(input, encoding, {m, f, args} = callback, continuation, calls) do
    case take_line(input, encoding) do
      :error -> :error
      {"", _} ->
        case apply(m, f, [continuation, :eof | args]) do
          {:done, result, rest} -> {result, rest, calls}
          {:more, continuation} -> get_until("", encoding, callback, continuation, calls + 1)
        end
      {line, rest} ->
        case apply(m, f, [continuation, to_list(line, encoding) | args]) do
          {:done, result, :eof} -> {result, rest, calls}
          {:done, result, extra} -> {result, extra ++ to_list(rest, encoding), calls}
          {:more, continuation} -> get_until(rest, encoding, callback, continuation, calls + 1)
        end
    end
  end
  defp to_list(binary, :unicode), do: String.to_charlist(binary)
  defp to_list(binary, :latin1), do: :erlang.binary_to_list(binary)
  defp to_binary(data, _) when is_binary(data), do: data
  defp to_binary(list, :unicode), do: List.to_string(list)
  defp to_binary(list, :latin1), do: :erlang.list_to_binary(list)

  # a read leaves the rest of the input; with :capture_prompt, the prompt is written once
  # for each line the read asked for
  defp read(%{capture_prompt: true} = state, rest, prompt, times),
    do: %{state | input: rest, output: state.output <> :binary.copy(IO.chardata_to_string(prompt), times)}
  defp read(state, rest, _prompt, _times), do: %{state | input: rest}
end
)elixir";
}

}  // namespace taskplay::lang

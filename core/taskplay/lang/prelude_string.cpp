// The prelude's half of String (Elixir 1.14's): splitting with options, trimming and
// replacing at the ends, slicing by range, and the rest built from String's natives
// (natives_string.cpp).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_string_source() {
  return R"elixir(
defmodule String do
  # [SECTION] Splitting
  def split(string, pattern, options) when is_binary(string) and is_list(options) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)
    cond do
      is_map(pattern) -> Regex.split(pattern, string, options)
      pattern == "" -> split_graphemes(String.graphemes(string), trim, parts_count(parts))
      pattern == [] -> if string == "" and trim, do: [], else: [string]
      true -> split_each(string, patterns(pattern), trim, parts_count(parts))
    end
  end
  # the patterns a pattern :binary.compile_pattern/1 made holds
  defp patterns({kind, patterns}) when kind in [:bm, :ac], do: patterns
  defp patterns(pattern), do: List.wrap(pattern)
  defp parts_count(:infinity), do: 0
  defp parts_count(n) when is_integer(n) and n > 0, do: n

  # "" splits before every grapheme, with an empty string first and last (trim drops them)
  defp split_graphemes(graphemes, trim, count) do
    if not trim and count != 1,
      do: ["" | split_empty(graphemes, trim, count - 1)],
      else: split_empty(graphemes, trim, count)
  end
  defp split_empty(graphemes, trim, 1) do
    rest = Enum.join(graphemes)
    if rest == "" and trim, do: [], else: [rest]
  end
  defp split_empty([], trim, _count), do: split_empty([], trim, 1)
  defp split_empty([g | rest], trim, count), do: [g | split_empty(rest, trim, count - 1)]

  defp split_each("", _patterns, true, 1), do: []
  defp split_each(string, _patterns, _trim, 1), do: [string]
  defp split_each(string, patterns, trim, count) do
    case :taskplay.split_once(string, patterns) do
      {"", rest} when trim -> split_each(rest, patterns, trim, count)
      {part, rest} -> [part | split_each(rest, patterns, trim, count - 1)]
      nil when trim and string == "" -> []
      nil -> [string]
    end
  end

  def splitter(string, pattern), do: splitter(string, pattern, [])
  def splitter(string, "", options) when is_binary(string) and is_list(options) do
    if Keyword.get(options, :trim, false),
      do: Stream.unfold(string, &String.next_grapheme/1),
      else: Stream.concat(["" | String.graphemes(string)], [""])
  end
  def splitter(string, pattern, options) when is_binary(string) and is_list(options) do
    trim = Keyword.get(options, :trim, false)
    patterns = if pattern == [], do: [], else: patterns(:binary.compile_pattern(pattern))
    Stream.unfold(string, fn
      nil -> nil
      rest -> splitter_next(rest, patterns, trim)
    end)
  end
  defp splitter_next(string, patterns, trim) do
    case :taskplay.split_once(string, patterns) do
      {"", rest} when trim -> splitter_next(rest, patterns, trim)
      {part, rest} -> {part, rest}
      nil when trim and string == "" -> nil
      nil -> {string, nil}
    end
  end

  def split_at(string, position) when is_integer(position) and position >= 0 do
    {String.slice(string, 0, position), String.slice(string, position, String.length(string))}
  end
  def split_at(string, position) when is_integer(position) and position < 0 do
    at = Kernel.max(String.length(string) + position, 0)
    {String.slice(string, 0, at), String.slice(string, at, String.length(string))}
  end

  def slice(string, %{__struct__: Range, first: first, last: last, step: step} = range) when is_binary(string) do
    cond do
      step > 0 -> slice_range(string, first, last, step)
      step == -1 and first > last -> slice_range(string, first, last, 1)
      true -> raise ArgumentError, "String.slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
    end
  end

  defp slice_range(string, first, last, step) do
    graphemes = String.graphemes(string)
    length = length(graphemes)
    first = if first < 0, do: Kernel.max(first + length, 0), else: first
    last = if last < 0, do: last + length, else: last
    if first > last or first >= length do
      ""
    else
      graphemes |> Enum.drop(first) |> Enum.take(last - first + 1) |> Enum.take_every(step) |> Enum.join()
    end
  end

  def chunk("", _trait), do: []
  def chunk(string, trait) when trait in [:valid, :printable] do
    string
    |> String.codepoints()
    |> Enum.chunk_by(fn c -> if trait == :valid, do: String.valid?(c), else: String.printable?(c) end)
    |> Enum.map(&Enum.join/1)
  end

  # [SECTION] Trimming, padding and replacing at the ends
  def trim(string, to_trim), do: string |> trim_leading(to_trim) |> trim_trailing(to_trim)
  def trim_leading(string, to_trim) when is_binary(string) and is_binary(to_trim),
    do: replace_leading(string, to_trim, "")
  def trim_trailing(string, to_trim) when is_binary(string) and is_binary(to_trim),
    do: replace_trailing(string, to_trim, "")

  def strip(string), do: String.trim(string)
  def strip(string, char) when is_integer(char), do: trim(string, List.to_string([char]))
  def lstrip(string), do: String.trim_leading(string)
  def lstrip(string, char) when is_integer(char), do: trim_leading(string, List.to_string([char]))
  def rstrip(string), do: String.trim_trailing(string)
  def rstrip(string, char) when is_integer(char), do: trim_trailing(string, List.to_string([char]))
  def ljust(string, count), do: String.pad_trailing(string, count)
  def ljust(string, count, char) when is_integer(char), do: String.pad_trailing(string, count, List.to_string([char]))
  def rjust(string, count), do: String.pad_leading(string, count)
  def rjust(string, count, char) when is_integer(char), do: String.pad_leading(string, count, List.to_string([char]))

  def replace_leading(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end
    count = count_leading(string, match, 0)
    String.duplicate(replacement, count) <> binary_part(string, count * byte_size(match), byte_size(string) - count * byte_size(match))
  end
  defp count_leading(string, match, n) do
    if String.starts_with?(string, match) and string != "",
      do: count_leading(binary_part(string, byte_size(match), byte_size(string) - byte_size(match)), match, n + 1),
      else: n
  end

  def replace_trailing(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end
    count = count_trailing(string, match, 0)
    binary_part(string, 0, byte_size(string) - count * byte_size(match)) <> String.duplicate(replacement, count)
  end
  defp count_trailing(string, match, n) do
    if String.ends_with?(string, match) and string != "",
      do: count_trailing(binary_part(string, 0, byte_size(string) - byte_size(match)), match, n + 1),
      else: n
  end

  def replace_prefix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if String.starts_with?(string, match),
      do: replacement <> binary_part(string, byte_size(match), byte_size(string) - byte_size(match)),
      else: string
  end
  def replace_suffix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if String.ends_with?(string, match),
      do: binary_part(string, 0, byte_size(string) - byte_size(match)) <> replacement,
      else: string
  end

  def replace(subject, pattern, replacement), do: replace(subject, pattern, replacement, [])
  def replace(subject, pattern, replacement, options) when is_binary(subject) and is_list(options) do
    global = Keyword.get(options, :global, true)
    cond do
      is_map(pattern) -> Regex.replace(pattern, subject, replacement, options)
      pattern == "" -> replace_empty(subject, replacement, global)
      global and is_binary(pattern) and is_binary(replacement) ->
        :taskplay.string_replace(subject, pattern, replacement)
      true -> replace_each(subject, patterns(pattern), replacement, global)
    end
  end
  defp replace_each(subject, patterns, replacement, global) do
    case :taskplay.split_once(subject, patterns) do
      nil -> subject
      {before, rest} ->
        matched = binary_part(subject, byte_size(before), byte_size(subject) - byte_size(before) - byte_size(rest))
        replaced = if is_function(replacement), do: IO.iodata_to_binary(replacement.(matched)), else: replacement
        before <> replaced <> if(global, do: replace_each(rest, patterns, replacement, true), else: rest)
    end
  end
  defp replace_empty(subject, replacement, global) do
    replaced = if is_function(replacement), do: IO.iodata_to_binary(replacement.("")), else: replacement
    if global,
      do: replaced <> Enum.map_join(String.codepoints(subject), &(&1 <> replaced)),
      else: replaced <> subject
  end

  # [SECTION] Code points and graphemes one at a time
  def next_codepoint(string) when is_binary(string) do
    case String.codepoints(string) do
      [] -> nil
      [c | _] -> {c, binary_part(string, byte_size(c), byte_size(string) - byte_size(c))}
    end
  end
  def next_grapheme(string) when is_binary(string) do
    case String.graphemes(string) do
      [] -> nil
      [g | _] -> {g, binary_part(string, byte_size(g), byte_size(string) - byte_size(g))}
    end
  end
  def next_grapheme_size(string) when is_binary(string) do
    case next_grapheme(string) do
      nil -> nil
      {g, rest} -> {byte_size(g), rest}
    end
  end

  def printable?(string), do: String.printable?(string, :infinity)
  def valid_character?(string) do
    case String.codepoints(string) do
      [c] -> String.valid?(c)
      _ -> false
    end
  end

  # [SECTION] Conversions
  def duplicate(subject, n), do: :binary.copy(subject, n)
  def to_atom(string), do: :erlang.binary_to_atom(string, :utf8)
  def to_existing_atom(string), do: :erlang.binary_to_existing_atom(string, :utf8)
  def to_integer(string), do: :erlang.binary_to_integer(string)
  def to_integer(string, base), do: :erlang.binary_to_integer(string, base)
  def to_float(string), do: :erlang.binary_to_float(string)
  def to_char_list(string), do: String.to_charlist(string)
  def match?(string, regex), do: Regex.match?(regex, string)

  # [SECTION] Differences and distances, grapheme by grapheme
  def myers_difference(string1, string2) do
    List.myers_difference(String.graphemes(string1), String.graphemes(string2))
    |> Enum.map(fn {kind, chars} -> {kind, Enum.join(chars)} end)
  end

  # Jaro similarity as Elixir computes it: graphemes of the shorter string matched within
  # a window of the longer one (each match used once); transpositions counted as matches
  # found before an earlier match's position
  def jaro_distance(string, string), do: 1.0
  def jaro_distance(_string, ""), do: 0.0
  def jaro_distance("", _string), do: 0.0
  def jaro_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    chars1 = String.graphemes(string1)
    chars2 = String.graphemes(string2)
    len1 = length(chars1)
    len2 = length(chars2)
    {common, transpositions} =
      if len1 < len2,
        do: jaro_match(chars1, chars2, div(len2, 2) - 1),
        else: jaro_match(chars2, chars1, div(len1, 2) - 1)
    if common == 0,
      do: 0.0,
      else: (common / len1 + common / len2 + (common - transpositions) / common) / 3
  end
  defp jaro_match(chars1, chars2, limit), do: jaro_match(chars1, chars2, {0, limit}, {0, 0, -1}, 0)
  defp jaro_match([], _chars, _window, {common, transpositions, _}, _i), do: {common, transpositions}
  defp jaro_match([char | rest], chars, {before, limit} = window, state, i) do
    {chars, state} =
      case jaro_find(char, chars, before + 1 + limit, 0, []) do
        nil -> {chars, state}
        {j, chars} -> {chars, jaro_count(state, i - before + j)}
      end
    if before == limit,
      do: jaro_match(rest, tl(chars), window, state, i + 1),
      else: jaro_match(rest, chars, {before + 1, limit}, state, i + 1)
  end
  # the first `char` among the next `left` items; the one found is marked used (nil)
  defp jaro_find(_char, _chars, 0, _j, _seen), do: nil
  defp jaro_find(_char, [], _left, _j, _seen), do: nil
  defp jaro_find(char, [char | rest], _left, j, seen), do: {j, Enum.reverse(seen, [nil | rest])}
  defp jaro_find(char, [other | rest], left, j, seen), do: jaro_find(char, rest, left - 1, j + 1, [other | seen])
  defp jaro_count({common, transpositions, last}, at) when at < last, do: {common + 1, transpositions + 1, at}
  defp jaro_count({common, transpositions, _last}, at), do: {common + 1, transpositions, at}

  def bag_distance(_string, ""), do: 0.0
  def bag_distance("", _string), do: 0.0
  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    chars1 = String.graphemes(string1)
    chars2 = String.graphemes(string2)
    bag1 = Enum.frequencies(chars1)
    bag2 = Enum.frequencies(chars2)
    diff = fn a, b -> Enum.reduce(a, 0, fn {c, n}, sum -> sum + Kernel.max(n - Map.get(b, c, 0), 0) end) end
    1 - Kernel.max(diff.(bag1, bag2), diff.(bag2, bag1)) / Kernel.max(length(chars1), length(chars2))
  end
end

# Module.safe_concat/1,2: Module.concat/1 of aliases that already exist as atoms
defmodule Module do
  def safe_concat(aliases) when is_list(aliases) do
    aliases |> Module.concat() |> Atom.to_string() |> String.to_existing_atom()
  end
  def safe_concat(left, right), do: safe_concat([left, right])
end

# Macro.underscore/1 and Macro.camelize/1, for identifiers (ASCII letters only, as Elixir's)
defmodule Macro do
  # How an atom is written: an alias (Foo), an identifier (foo, foo?, nil), unquoted
  # (:+, :Foo, :foo@bar) or quoted (:"foo bar"), read from how inspect writes it
  def classify_atom(atom) when is_atom(atom) do
    shown = inspect(atom)
    name = Atom.to_string(atom)
    cond do
      atom in [nil, true, false] -> :identifier
      atom in [:not, :and, :or, :in, :when] -> :unquoted
      not String.starts_with?(shown, ":") -> :alias
      String.starts_with?(shown, ":\"") -> :quoted
      Regex.match?(~r/^[\p{Ll}_][\p{L}\p{N}_]*[?!]?$/u, name) -> :identifier
      true -> :unquoted
    end
  end

  def inspect_atom(:literal, atom) when is_atom(atom), do: inspect(atom)
  def inspect_atom(:key, atom) when is_atom(atom) do
    case classify_atom(atom) do
      :alias -> inspect(Atom.to_string(atom)) <> ":"
      :quoted -> String.slice(inspect(atom), 1..-1//1) <> ":"
      _ -> Atom.to_string(atom) <> ":"
    end
  end
  def inspect_atom(:remote_call, atom) when is_atom(atom) do
    name = Atom.to_string(atom)
    callable = ~w(@ . + - ! ^ not ~~~ & ** * / ++ -- +++ --- <> in |> <<< >>> <<~ ~>> <~ ~> <~>
                  <|> < > <= >= == != =~ === !== && &&& and || ||| or = | :: when <- \\\\)
    cond do
      classify_atom(atom) == :identifier or name in callable -> name
      classify_atom(atom) == :quoted -> String.slice(inspect(atom), 1..-1//1)
      true -> inspect(name)
    end
  end

  def underscore(module) when is_atom(module) do
    "Elixir." <> name = Atom.to_string(module)
    underscore(name)
  end
  def underscore(""), do: ""
  def underscore(<<first, rest::binary>>), do: IO.iodata_to_binary([ascii_down(first) | snake(rest, first)])

  # an upper-case letter starts a word: after a lower-case one, or before one (in "SAPExample")
  defp snake(<<c, next, rest::binary>>, _prev)
       when c in ?A..?Z and next not in ?A..?Z and next not in ?0..?9 and next != ?. and next != ?_,
       do: [?_, ascii_down(c), next | snake(rest, next)]
  defp snake(<<c, rest::binary>>, prev) when c in ?A..?Z and prev not in ?A..?Z and prev != ?_,
    do: [?_, ascii_down(c) | snake(rest, c)]
  defp snake("." <> rest, _prev), do: [?/ | underscore(rest)]
  defp snake(<<c, rest::binary>>, _prev), do: [ascii_down(c) | snake(rest, c)]
  defp snake("", _prev), do: []

  def camelize(""), do: ""
  def camelize("_" <> rest), do: camelize(rest)
  def camelize(<<first, rest::binary>>), do: IO.iodata_to_binary([ascii_up(first) | camel(rest)])

  defp camel("__" <> rest), do: camel("_" <> rest)
  defp camel(<<?_, c, rest::binary>>) when c in ?a..?z, do: [ascii_up(c) | camel(rest)]
  defp camel(<<?_, c, rest::binary>>) when c in ?0..?9, do: [c | camel(rest)]
  defp camel("_"), do: []
  defp camel("/" <> rest), do: [?. | camelize(rest)]
  defp camel(<<c, rest::binary>>), do: [c | camel(rest)]
  defp camel(""), do: []

  # Kernel.dbg/2 prints here (compile_dbg.cpp): the location, each piece of code with its
  # value (a pipeline's steps one per line), as Elixir 1.14's default backend
  def __dbg__(header, [{code, value} | steps], options) do
    {print_location?, options} = Keyword.pop(options, :print_location, true)
    options = Keyword.merge([width: 80, pretty: true], options)
    first = [code, " #=> ", inspect(value, options), ?\n]
    rest = Enum.map(steps, fn {code, value} -> ["|> ", code, " #=> ", inspect(value, options), ?\n] end)
    formatted = [first | rest]
    IO.write(if print_location?, do: [header, "\n", formatted, "\n"], else: [formatted, "\n"])
    case steps do
      [] -> value
      _ -> steps |> List.last() |> elem(1)
    end
  end

  defp ascii_down(c) when c in ?A..?Z, do: c + 32
  defp ascii_down(c), do: c
  defp ascii_up(c) when c in ?a..?z, do: c - 32
  defp ascii_up(c), do: c

  def var(name, context) when is_atom(name) and is_atom(context), do: {name, [], context}

  # escape/2: `unquote: true` leaves the unquote(...) fragments of the term as code
  def escape(expr, opts) when is_list(opts) do
    if Keyword.get(opts, :unquote, false), do: escape_unquoting(expr), else: Macro.escape(expr)
  end
  defp escape_unquoting({:unquote, _, [expr]}), do: expr
  defp escape_unquoting(list) when is_list(list) and length(list) >= 0,
    do: Enum.map(list, &escape_unquoting/1)
  defp escape_unquoting({left, right}), do: {escape_unquoting(left), escape_unquoting(right)}
  defp escape_unquoting(tuple) when is_tuple(tuple),
    do: {:{}, [], Enum.map(Tuple.to_list(tuple), &escape_unquoting/1)}
  defp escape_unquoting(other), do: Macro.escape(other)

  def generate_arguments(0, context) when is_atom(context), do: []
  def generate_arguments(amount, context) when is_integer(amount) and amount > 0 and is_atom(context),
    do: for(i <- 1..amount, do: {String.to_atom("arg" <> Integer.to_string(i)), [], context})

  def decompose_call({:{}, _, args}) when is_list(args), do: :error
  def decompose_call({{:., _, [remote, function]}, _, args}) when is_tuple(remote) or is_atom(remote),
    do: {remote, function, args}
  def decompose_call({name, _, args}) when is_atom(name) and is_atom(args), do: {name, []}
  def decompose_call({name, _, args}) when is_atom(name) and is_list(args), do: {name, args}
  def decompose_call(_), do: :error

  # the steps of a pipeline, each with the argument position it is piped into
  def unpipe(expr), do: :lists.reverse(unpipe_into(expr, []))
  defp unpipe_into({:|>, _, [left, right]}, acc), do: unpipe_into(right, unpipe_into(left, acc))
  defp unpipe_into(other, acc), do: [{other, 0} | acc]

  def pipe(expr, {form, _, _} = call, _position) when form in [:&, :{}, :%{}, :__aliases__, :<<>>],
    do: raise(ArgumentError, bad_pipe(expr, call))
  def pipe(expr, {form, _, []}, _position) when form in [:unquote, :unquote_splicing],
    do: raise(ArgumentError, "cannot pipe #{Macro.to_string(expr)} into the special form #{form}/1 " <>
      "since #{form}/1 is used to build the Elixir AST itself")
  def pipe(expr, {:fn, _, _}, _position),
    do: raise(ArgumentError, "cannot pipe #{Macro.to_string(expr)} into an anonymous function without " <>
      "calling the function; use Kernel.then/2 instead or define the anonymous function as a " <>
      "regular private function")
  def pipe(expr, {call, meta, context}, position) when is_atom(context),
    do: {call, meta, List.insert_at([], position, expr)}
  def pipe(_expr, {op, _meta, [arg]}, _position) when op in [:+, :-],
    do: raise(ArgumentError, "piping into a unary operator is not supported, please use the " <>
      "qualified name: Kernel.#{op}(#{Macro.to_string(arg)}), instead of #{op}#{Macro.to_string(arg)}")
  def pipe(expr, {call, meta, args} = into, position) when is_list(args) do
    # an operator takes no more arguments (+ and - count as unary first, as in Elixir)
    cond do
      is_atom(call) and operator?(call, 1) ->
        raise ArgumentError, "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(into)}, " <>
          "the #{inspect(call)} operator can only take one argument"
      is_atom(call) and operator?(call, 2) ->
        raise ArgumentError, "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(into)}, " <>
          "the #{inspect(call)} operator can only take two arguments"
      true -> {call, meta, List.insert_at(args, position, expr)}
    end
  end
  def pipe(expr, call, _position), do: raise(ArgumentError, bad_pipe(expr, call))
  defp bad_pipe(expr, call) do
    "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(call)}, can only pipe into local " <>
      "calls foo(), remote calls Foo.bar() or anonymous function calls foo.()"
  end

  # walking quoted code: `pre` on a node before its children, `post` after them
  def prewalk(ast, fun), do: elem(prewalk(ast, nil, fn node, nil -> {fun.(node), nil} end), 0)
  def prewalk(ast, acc, fun), do: traverse(ast, acc, fun, fn node, a -> {node, a} end)
  def postwalk(ast, fun), do: elem(postwalk(ast, nil, fn node, nil -> {fun.(node), nil} end), 0)
  def postwalk(ast, acc, fun), do: traverse(ast, acc, fn node, a -> {node, a} end, fun)
  # prewalker/1, postwalker/1: the nodes prewalk/postwalk visit, in their order (a list,
  # which Enum and Stream take as the enumerable Elixir returns)
  def prewalker(ast), do: ast |> prewalk([], fn node, seen -> {node, [node | seen]} end) |> elem(1) |> :lists.reverse()
  def postwalker(ast), do: ast |> postwalk([], fn node, seen -> {node, [node | seen]} end) |> elem(1) |> :lists.reverse()

  # dbg/3: the code dbg(code, options) stands for where env is (a macro's __CALLER__): the
  # code run once, each step of a pipeline kept, then printed by __dbg__/3
  def dbg(code, options, %{} = env) do
    header = "[" <> :taskplay.exunit_relative(env.file) <> ":#{env.line}: " <> dbg_place(env) <> "]"
    [{first, 0} | rest] = unpipe(code)
    steps = [first | Enum.map(rest, &elem(&1, 0))]
    {assigns, pairs, _} =
      steps
      |> Enum.with_index()
      |> Enum.reduce({[], [], nil}, fn {step, i}, {assigns, pairs, previous} ->
        var = var(:"dbg_value_#{i}", Macro)
        run = if i == 0, do: step, else: pipe(previous, step, 0)
        {[{:=, [], [var, run]} | assigns], [{Macro.to_string(step), var} | pairs], var}
      end)
    print = {{:., [], [Macro, :__dbg__]}, [], [header, Enum.reverse(pairs), options]}
    {:__block__, [], Enum.reverse([print | assigns])}
  end
  defp dbg_place(%{module: nil}), do: "(file)"
  defp dbg_place(%{module: module, function: nil}), do: inspect(module) <> " (module)"
  defp dbg_place(%{module: module, function: {name, arity}}),
    do: inspect(module) <> "." <> Atom.to_string(name) <> "/" <> Integer.to_string(arity)

  def update_meta({form, meta, args}, fun) when is_list(meta), do: {form, fun.(meta), args}
  def update_meta(other, _fun), do: other

  # operator?/2: Elixir's unary and binary operators (// is none, ..// takes three)
  @unary_operators [:!, :^, :not, :+, :-, :"~~~", :&, :@]
  @binary_operators [:<-, :\\, :when, :"::", :|, :=, :||, :|||, :or, :&&, :&&&, :and, :==, :!=,
    :=~, :===, :!==, :<, :<=, :>=, :>, :|>, :<<<, :>>>, :<~, :~>, :<<~, :~>>, :<~>, :"<|>", :in,
    :"^^^", :++, :--, :.., :<>, :+++, :---, :+, :-, :*, :/, :**, :.]
  def operator?(:"..//", 3), do: true
  def operator?(:.., 0), do: true
  def operator?(name, 1) when is_atom(name), do: name in @unary_operators
  def operator?(name, 2) when is_atom(name), do: name in @binary_operators
  def operator?(name, arity) when is_atom(name) and is_integer(arity), do: false

  # quoted_literal?/1: atoms, numbers and binaries, and aliases, lists, tuples, maps and
  # structs made only of them
  def quoted_literal?({:__aliases__, _, segments}), do: quoted_literal?(segments)
  def quoted_literal?({:%, _, [name, map]}), do: quoted_literal?(name) and quoted_literal?(map)
  def quoted_literal?({form, _, items}) when form in [:%{}, :{}], do: quoted_literal?(items)
  def quoted_literal?({a, b}), do: quoted_literal?(a) and quoted_literal?(b)
  def quoted_literal?(items) when is_list(items), do: Enum.all?(items, &quoted_literal?/1)
  def quoted_literal?(term), do: is_atom(term) or is_number(term) or is_binary(term)

  # validate/1: :ok, or {:error, the first part that is no quoted expression}
  def validate(expr), do: invalid_part(expr) || :ok
  defp invalid_part({a, b}), do: invalid_part(a) || invalid_part(b)
  defp invalid_part({form, meta, args}) when is_list(meta) and (is_atom(args) or is_list(args)),
    do: invalid_part(form) || invalid_part(args)
  defp invalid_part(items) when is_list(items), do: Enum.find_value(items, &invalid_part/1)
  defp invalid_part(term) when is_pid(term) or is_atom(term) or is_number(term) or is_binary(term), do: nil
  defp invalid_part(fun) when is_function(fun) do
    if Function.info(fun, :type) == {:type, :external}, do: nil, else: {:error, fun}
  end
  defp invalid_part(other), do: {:error, other}

  def traverse(ast, acc, pre, post) when is_function(pre, 2) and is_function(post, 2) do
    {ast, acc} = pre.(ast, acc)
    walk(ast, acc, pre, post)
  end

  defp walk({form, meta, args}, acc, pre, post) when is_atom(form) do
    {args, acc} = walk_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end
  defp walk({form, meta, args}, acc, pre, post) do
    {form, acc} = pre.(form, acc)
    {form, acc} = walk(form, acc, pre, post)
    {args, acc} = walk_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end
  defp walk({left, right}, acc, pre, post) do
    {left, acc} = pre.(left, acc)
    {left, acc} = walk(left, acc, pre, post)
    {right, acc} = pre.(right, acc)
    {right, acc} = walk(right, acc, pre, post)
    post.({left, right}, acc)
  end
  defp walk(list, acc, pre, post) when is_list(list) do
    {list, acc} = walk_args(list, acc, pre, post)
    post.(list, acc)
  end
  defp walk(other, acc, _pre, post), do: post.(other, acc)

  defp walk_args(args, acc, _pre, _post) when is_atom(args), do: {args, acc}
  defp walk_args(args, acc, pre, post) when is_list(args) do
    :lists.mapfoldl(fn node, a ->
      {node, a} = pre.(node, a)
      walk(node, a, pre, post)
    end, acc, args)
  end

  # Macro.expand/2: the node expanded until it is no macro call (its children untouched);
  # expand_once/2 one step. The environment is __ENV__ / __CALLER__: its aliases, requires
  # and imported macros say what expands; Kernel's everyday macros expand as Elixir's do.
  def expand(ast, env), do: expand_until({ast, true}, env)
  defp expand_until({ast, true}, env), do: expand_until(expand_step(ast, env), env)
  defp expand_until({ast, false}, _env), do: ast

  def expand_once(ast, env), do: elem(expand_step(ast, env), 0)

  defp expand_step({:__aliases__, _, [head | tail]} = original, env) do
    head =
      case head do
        :Elixir -> :Elixir
        atom when is_atom(atom) ->
          short = :"Elixir.#{atom}"
          case List.keyfind(Map.get(env, :aliases, []), short, 0) do
            {_, full} -> full
            nil -> short
          end
        other -> expand(other, env)
      end
    if is_atom(head), do: {Module.concat([head | tail]), true}, else: {original, false}
  end
  defp expand_step({:__MODULE__, _, context}, env) when is_atom(context), do: {env.module, true}
  defp expand_step({:__DIR__, _, context}, env) when is_atom(context),
    do: {:filename.dirname(env.file), true}
  defp expand_step({{:., _, [left, name]}, meta, args} = original, env)
       when is_atom(name) and is_list(args) do
    case expand(left, env) do
      Kernel -> kernel_macro(name, args, meta, original)
      receiver when is_atom(receiver) ->
        if receiver in Map.get(env, :requires, []) and macro?(receiver, name, length(args)),
          do: {run_macro(receiver, name, args, env), true},
          else: {original, false}
      _ -> {original, false}
    end
  end
  defp expand_step({name, meta, args} = original, env) when is_atom(name) and is_list(args) do
    arity = length(args)
    imported =
      Enum.find(Map.get(env, :macros, []), fn {_module, macros} -> {name, arity} in macros end)
    case imported do
      {module, _} -> {run_macro(module, name, args, env), true}
      nil -> kernel_macro(name, args, meta, original)
    end
  end
  defp expand_step(other, _env), do: {other, false}

  defp macro?(module, name, arity) do
    Code.ensure_loaded?(module) and function_exported?(module, :__info__, 1) and
      {name, arity} in module.__info__(:macros)
  end
  defp run_macro(module, name, args, env), do: apply(module, :"MACRO-#{name}", [env | args])

  defp kernel_macro(:unless, [condition, clauses], _meta, _original) do
    {do_clause, else_clause} = if_clauses(clauses, "unless")
    {{:if, [context: Kernel, imports: [{2, Kernel}]],
      [condition, [do: else_clause, else: do_clause]]}, true}
  end
  defp kernel_macro(:if, [condition, clauses], _meta, _original) do
    {do_clause, else_clause} = if_clauses(clauses, "if")
    {falsy_case([optimize_boolean: true], condition, fn _x -> else_clause end, {:_, [], Kernel}, do_clause), true}
  end
  defp kernel_macro(:!, [value], _meta, _original),
    do: {falsy_case([optimize_boolean: true], value, fn _x -> true end, {:_, [], Kernel}, false), true}
  defp kernel_macro(:&&, [left, right], _meta, _original),
    do: {falsy_case([], left, fn x -> x end, {:_, [], Kernel}, right), true}
  defp kernel_macro(:||, [left, right], _meta, _original) do
    x = {:x, [counter: :erlang.unique_integer()], Kernel}
    {falsy_case([], left, fn _ -> right end, x, x, x), true}
  end
  defp kernel_macro(:is_nil, [value], _meta, _original),
    do: {{:==, [context: Kernel, imports: [{2, Kernel}]], [value, nil]}, true}
  defp kernel_macro(:to_string, [value], _meta, _original),
    do: {{{:., [], [String.Chars, :to_string]}, [], [value]}, true}
  defp kernel_macro(:|>, [left, right], _meta, _original),
    do: {:lists.foldl(fn {call, position}, acc -> pipe(acc, call, position) end, left, unpipe(right)), true}
  defp kernel_macro(_name, _args, _meta, original), do: {original, false}

  defp if_clauses(clauses, name) do
    case clauses do
      [do: do_clause] -> {do_clause, nil}
      [do: do_clause, else: else_clause] -> {do_clause, else_clause}
      _ ->
        raise ArgumentError,
              "invalid or duplicate keys for #{name}, only \"do\" and an optional \"else\" are permitted"
    end
  end

  # case value do x when x in [false, nil] -> falsy.(x); other -> truthy end
  defp falsy_case(meta, value, falsy, other, truthy),
    do: falsy_case(meta, value, falsy, other, truthy, {:x, [counter: :erlang.unique_integer()], Kernel})
  defp falsy_case(meta, value, falsy, other, truthy, x) do
    test = {:when, [], [x, {{:., [], [Kernel, :in]}, [], [x, [false, nil]]}]}
    {:case, meta, [value, [do: [{:->, [], [[test], falsy.(x)]}, {:->, [], [[other], truthy]}]]]}
  end
end
)elixir";
}

}  // namespace taskplay::lang

// The prelude's OptionParser (Elixir 1.14's parse/2, parse!/2, parse_head/2, parse_head!/2,
// next/2, split/1, to_argv/2), raising OptionParser.ParseError (elixir_structs.cpp): how a
// command-line tool reads System.argv(), as the book's Issues project does.
//
// One argument at a time: `--name value`, `--name=value`, `--no-flag` (a boolean's false),
// `-n` (an alias), `-abc` (three aliases), `--` (the rest are arguments). With `strict:` an
// unknown switch is invalid; with `switches:` (or nothing, which Elixir deprecates) it is
// kept when its name is an atom that already exists, as String.to_existing_atom/1 decides,
// and dropped otherwise.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_option_parser_source() {
  return R"elixir(
defmodule OptionParser do
  def parse(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: parse_all(argv, config(opts), {[], [], []}, :all)

  def parse_head(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: parse_all(argv, config(opts), {[], [], []}, :head)

  def parse!(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: raise_on_invalid(parse(argv, opts), opts)

  def parse_head!(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: raise_on_invalid(parse_head(argv, opts), opts)

  def next(argv, opts \\ []) when is_list(argv) and is_list(opts), do: take(argv, config(opts))

  defp raise_on_invalid({parsed, args, []}, _opts), do: {parsed, args}

  defp raise_on_invalid({_, _, invalid}, opts) do
    n = length(invalid)
    types = opts[:switches] || opts[:strict]
    lines = Enum.map_join(invalid, "\n", &explain(&1, opts, types))
    raise OptionParser.ParseError, "#{n} #{if n == 1, do: "error", else: "errors"} found!\n" <> lines
  end

  defp explain({option, nil}, opts, types) do
    case type_of(option, opts, types) do
      nil ->
        case closest(option, types) do
          {name, score} when score > 0.8 -> "#{option} : Unknown option. Did you mean --#{name}?"
          _ -> "#{option} : Unknown option"
        end

      type ->
        "#{option} : Missing argument of type #{type}"
    end
  end

  defp explain({option, value}, opts, types),
    do: "#{option} : Expected type #{type_of(option, opts, types)}, got #{inspect(value)}"

  defp type_of(option, opts, types) do
    key = option |> String.trim_leading("-") |> existing_key(opts[:allow_nonexistent_atoms])
    aliased = (opts[:aliases] || [])[key]
    if aliased, do: types[aliased], else: types[key]
  end

  defp closest(option, types) do
    wanted = option |> String.trim_leading("-") |> String.replace("-", "_")
    Enum.reduce(types, {nil, 0}, fn {name, _}, {_, best} = acc ->
      score = String.jaro_distance(Atom.to_string(name), wanted)
      if score < best, do: acc, else: {String.replace(Atom.to_string(name), "_", "-"), score}
    end)
  end

  defp config(opts) do
    {switches, strict} =
      cond do
        opts[:switches] && opts[:strict] ->
          raise ArgumentError, ":switches and :strict cannot be given together"

        opts[:switches] ->
          {check_types(opts[:switches]), false}

        opts[:strict] ->
          {check_types(opts[:strict]), true}

        true ->
          IO.warn("not passing the :switches or :strict option to OptionParser is deprecated")
          {[], false}
      end

    %{switches: switches, strict: strict, aliases: opts[:aliases] || [],
      new_atoms: opts[:allow_nonexistent_atoms] || false}
  end

  defp check_types(switches) do
    for {_name, types} <- switches do
      unknown = List.wrap(types) -- [:boolean, :count, :integer, :float, :string, :keep]
      if unknown != [] do
        raise ArgumentError,
              "invalid switch types/modifiers: " <> Enum.map_join(unknown, ", ", &inspect/1)
      end
    end

    switches
  end

  # {parsed, args, invalid}, each newest first
  defp parse_all(argv, config, {parsed, args, invalid} = acc, mode) do
    case take(argv, config) do
      {:ok, key, value, rest} ->
        parse_all(rest, config, {keep(parsed, key, value, types(config, key)), args, invalid}, mode)

      {:invalid, option, value, rest} ->
        parse_all(rest, config, {parsed, args, [{option, value} | invalid]}, mode)

      {:undefined, option, _value, rest} ->
        invalid = if config.strict, do: [{option, nil} | invalid], else: invalid
        parse_all(rest, config, {parsed, args, invalid}, mode)

      {:error, []} ->
        done(acc, [])

      {:error, ["--" | rest]} ->
        done(acc, rest)

      {:error, [arg | rest] = left} ->
        if mode == :all,
          do: parse_all(rest, config, {parsed, [arg | args], invalid}, mode),
          else: done(acc, left)
    end
  end

  defp done({parsed, args, invalid}, rest),
    do: {Enum.reverse(parsed), Enum.reverse(args, rest), Enum.reverse(invalid)}

  defp keep(parsed, key, value, types) do
    cond do
      :count in types -> Keyword.update(parsed, key, value, &(&1 + 1))
      :keep in types -> [{key, value} | parsed]
      true -> [{key, value} | Keyword.delete(parsed, key)]
    end
  end

  defp types(config, key), do: List.wrap(Keyword.get(config.switches, key))

  # One switch off the head of argv: {:ok, key, value, rest}, {:invalid, option, value,
  # rest}, {:undefined, option, value, rest} or {:error, argv} (no switch there).
  defp take([], _config), do: {:error, []}
  defp take(["--" | _] = argv, _config), do: {:error, argv}
  defp take(["-" | _] = argv, _config), do: {:error, argv}
  defp take(["- " <> _ | _] = argv, _config), do: {:error, argv}

  defp take(["--" <> switch | rest], config) do
    {name, value} = name_and_value(switch)

    if String.contains?(name, "_") do
      {:undefined, "--" <> name, value, rest}
    else
      with_key(long_key(name, config), value, "--" <> name, rest, config)
    end
  end

  defp take(["-" <> switch | rest] = argv, config) do
    {name, value} = name_and_value(switch)

    cond do
      value == nil and digit_first?(name) ->
        {:error, argv}

      String.contains?(name, ["-", "_"]) ->
        {:undefined, "-" <> name, value, rest}

      String.length(name) == 1 ->
        key = existing_key(name, config.new_atoms)
        target = config.aliases[key]
        with_key(if(target, do: {:default, target}, else: :unknown), value, "-" <> name, rest, config)

      true ->
        key = existing_key(name, config.new_atoms)
        target = key && config.aliases[key]

        if target do
          IO.warn("multi-letter aliases are deprecated, got: #{inspect(key)}")
          with_key({:default, target}, value, "-" <> name, rest, config)
        else
          take(one_letter_each(name, value) ++ rest, config)
        end
    end
  end

  defp take(argv, _config), do: {:error, argv}

  defp name_and_value(switch) do
    case :binary.split(switch, "=") do
      [name] -> {name, nil}
      [name, value] -> {name, value}
    end
  end

  # -abc is -a -b -c; -n10 is -n=10; a value given with = goes to the last one
  defp one_letter_each(name, value) do
    {letters, digits} = name |> String.to_charlist() |> Enum.split_while(&(&1 not in ?0..?9))
    flags = letters |> List.to_string() |> String.graphemes() |> Enum.map(&("-" <> &1))
    {init, [last]} = Enum.split(flags, -1)
    suffix = if(digits != [], do: "=#{digits}", else: "") <> if(value, do: "=#{value}", else: "")
    init ++ [last <> suffix]
  end

  defp long_key("no-" <> positive = name, config) do
    negated = existing_key(positive, config.new_atoms)

    cond do
      negated && :boolean in types(config, negated) -> {:negated, negated}
      key = existing_key(name, config.new_atoms) -> {:default, key}
      true -> :unknown
    end
  end

  defp long_key(name, config) do
    case existing_key(name, config.new_atoms) do
      nil -> :unknown
      key -> {:default, key}
    end
  end

  defp with_key(:unknown, value, option, rest, _config) do
    {value, _types, rest} = value_from(value, [], rest)
    {:undefined, option, value, rest}
  end

  defp with_key({how, key}, value, option, rest, config) do
    if config.strict and not Keyword.has_key?(config.switches, key) do
      {:undefined, option, value, rest}
    else
      {types, value} =
        cond do
          how == :negated and value != nil -> {[:invalid], value}
          how == :negated -> {types(config, key), false}
          true -> {types(config, key), value}
        end

      {value, types, rest} = value_from(value, types, rest)

      case convert(value, types) do
        {:ok, converted} -> {:ok, key, converted, rest}
        :invalid -> {:invalid, option, value, rest}
      end
    end
  end

  # a switch written without =value takes the next argument unless it is a switch itself
  defp value_from(nil, types, rest) do
    cond do
      :boolean in types -> {true, types, rest}
      :count in types -> {nil, types, rest}
      value_next?(rest) -> {hd(rest), types, tl(rest)}
      types == [] -> {true, types, rest}
      true -> {nil, [:invalid], rest}
    end
  end

  defp value_from(value, types, rest), do: {value, types, rest}

  defp value_next?([]), do: false
  defp value_next?(["-" | _]), do: true
  defp value_next?(["- " <> _ | _]), do: true
  defp value_next?(["-" <> arg | _]), do: digit_first?(arg)
  defp value_next?(_), do: true

  defp convert(value, types) do
    cond do
      :invalid in types -> :invalid
      :boolean in types -> boolean(value)
      :count in types -> if value == nil, do: {:ok, 1}, else: :invalid
      :integer in types -> whole(Integer.parse(value))
      :float in types -> whole(Float.parse(value))
      true -> {:ok, value}
    end
  end

  defp boolean(v) when v in [true, "true"], do: {:ok, true}
  defp boolean(v) when v in [false, "false"], do: {:ok, false}
  defp boolean(_), do: :invalid

  defp whole({n, ""}), do: {:ok, n}
  defp whole(_), do: :invalid

  defp digit_first?(<<c, _::binary>>) when c in ?0..?9, do: true
  defp digit_first?(_), do: false

  defp existing_key(name, new_atoms) do
    underscored = String.replace(name, "-", "_")

    if new_atoms do
      String.to_atom(underscored)
    else
      try do
        String.to_existing_atom(underscored)
      rescue
        ArgumentError -> nil
      end
    end
  end

  def to_argv(enum, options \\ []) do
    switches = Keyword.get(options, :switches, [])

    Enum.flat_map(enum, fn
      {_key, nil} -> []
      {key, true} -> [switch(key, "--")]
      {key, false} -> [switch(key, "--no-")]
      {key, value} ->
        if switches[key] == :count,
          do: List.duplicate(switch(key, "--"), value),
          else: [switch(key, "--"), to_string(value)]
    end)
  end

  defp switch(key, prefix) when is_atom(key),
    do: prefix <> String.replace(Atom.to_string(key), "_", "-")

  # as a shell splits words: spaces separate, quotes group, a backslash escapes
  def split(string) when is_binary(string), do: words(String.trim_leading(string, " "), "", [], nil)

  defp words(<<?\\, q, rest::binary>>, word, acc, q), do: words(rest, word <> <<q>>, acc, q)
  defp words(<<q, rest::binary>>, word, acc, nil) when q in [?", ?'], do: words(rest, word, acc, q)
  defp words(<<q, rest::binary>>, word, acc, q), do: words(rest, word, acc, nil)

  defp words(<<?\\, c, rest::binary>>, word, acc, nil) when c in [?\s, ?', ?"],
    do: words(rest, word <> <<c>>, acc, nil)

  defp words(<<?\s, rest::binary>>, word, acc, nil),
    do: words(String.trim_leading(rest, " "), "", [word | acc], nil)

  defp words(<<c, rest::binary>>, word, acc, q), do: words(rest, word <> <<c>>, acc, q)
  defp words(<<>>, "", acc, nil), do: Enum.reverse(acc)
  defp words(<<>>, word, acc, nil), do: Enum.reverse([word | acc])

  defp words(<<>>, _, _, q),
    do: raise("argv string did not terminate properly, a #{<<q>>} was opened but never closed")
end
)elixir";
}

}  // namespace taskplay::lang

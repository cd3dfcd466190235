// The prelude's Regex.replace/3,4: a replacement function is called back for each match
// (natives_regex.cpp does the matching, the string replacements and the splicing).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_regex_source() {
  return R"elixir(
defmodule Regex do
  def replace(regex, string, replacement), do: replace(regex, string, replacement, [])
  def replace(%{__struct__: Regex} = regex, string, replacement, options)
      when is_binary(string) and is_function(replacement) and is_list(options) do
    global = Keyword.get(options, :global) != false
    matches = :taskplay.regex_matches(regex, string, global, arity(replacement, 0))
    :taskplay.regex_splice(string, replace_each(matches, replacement))
  end
  def replace(regex, string, replacement, options),
    do: :taskplay.regex_replace(regex, string, replacement, options)

  defp replace_each([], _fun), do: []
  defp replace_each([{start, length, args} | rest], fun),
    do: [{start, length, apply(fun, args)} | replace_each(rest, fun)]

  defp arity(fun, n) when is_function(fun, n), do: n
  defp arity(fun, n), do: arity(fun, n + 1)
end
)elixir";
}

}  // namespace taskplay::lang

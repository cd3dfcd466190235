# scripts/elixir-doctests.exs OUT MODULE...: run by real elixir (scripts/elixir-doctests calls
# it). Writes OUT, one ExUnit file holding the doctests of each MODULE of Elixir's own
# library as the installed elixir documents them, so that `taskplay test OUT` checks
# taskplay against the examples in Elixir's docs. ExUnit.DocTest builds each example's
# test body; the calls it makes into ExUnit.DocTest's private helpers are rewritten to
# DocCheck below (same checks: `===` after a pinned match, inspect output, exception
# module and message), because taskplay's ExUnit has no such helpers.
[out | names] = System.argv()

helpers = %{__test__: :value, __inspect__: :inspect, __error__: :error}

doc_test? = fn
  ExUnit.DocTest -> true
  {:__aliases__, _, [:ExUnit, :DocTest]} -> true
  _ -> false
end

rewrite = fn
  {{:., m1, [module, fun]}, m2, args} = node ->
    cond do
      not doc_test?.(module) -> node
      fun == :__assert__ -> {:assert, m2, args}
      Map.has_key?(helpers, fun) -> {{:., m1, [DocCheck, helpers[fun]]}, m2, args}
      true -> node
    end

  node ->
    node
end

modules =
  for name <- names do
    module = Module.concat([name])
    tests = ExUnit.DocTest.__doctests__(module, [])

    cases =
      for {test_name, body} <- tests do
        body = Macro.prewalk(body, rewrite)
        "  test #{inspect(test_name)} do\n#{Macro.to_string(body)}\n  end\n"
      end

    "defmodule DocTest.#{inspect(module)} do\n  use ExUnit.Case\n\n#{Enum.join(cases, "\n")}end\n"
  end

check = ~S'''
ExUnit.start()

defmodule DocCheck do
  import ExUnit.Assertions

  def value(value, expected, formatted, _last, expected_expr, _stack) do
    case value do
      ^expected -> :ok
      _ -> flunk("doctest\n#{formatted}\nexpected #{expected_expr}\ngot #{inspect(value)}")
    end
  end

  def inspect(value, expected, formatted, _last, _expected_expr, _stack) do
    case Kernel.inspect(value, safe: false) do
      ^expected -> :ok
      got -> flunk("doctest\n#{formatted}\nexpected #{expected}\ngot #{got}")
    end
  end

  def error(fun, message, exception, formatted, _stack) do
    try do
      fun.()
    rescue
      error ->
        got = {error.__struct__, Exception.message(error)}

        if got != {exception, message},
          do: flunk("doctest\n#{formatted}\nexpected #{Kernel.inspect({exception, message})}\ngot #{Kernel.inspect(got)}")
    else
      _ -> flunk("doctest\n#{formatted}\nexpected #{Kernel.inspect(exception)} to be raised")
    end
  end
end

'''

File.write!(out, [check | modules])

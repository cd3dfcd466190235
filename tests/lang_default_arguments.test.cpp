// Default arguments (\\): every expected output below was printed by real Elixir 1.14 on
// OTP 25.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("lang: default arguments") {
  TEST_CASE(
      "def f(a, b \\\\ x, c \\\\ y) defines f/1 and f/2, filling the leftmost defaults first") {
    auto r = run_elixir(R"ex(
defmodule Greeter do
  def hello(name, greeting \\ "Hello", punct \\ "!"), do: "#{greeting}, #{name}#{punct}"
  defp secret(x \\ 41), do: x + 1
  def reveal, do: secret()
end
IO.puts Greeter.hello("José")
IO.puts Greeter.hello("José", "Hi")
IO.puts Greeter.hello("José", "Hi", "?")
IO.inspect Greeter.reveal()
IO.inspect {function_exported?(Greeter, :hello, 1), function_exported?(Greeter, :hello, 0)}
)ex");
    CHECK(r.error == "");
    CHECK(r.out == "Hello, José!\nHi, José!\nHi, José?\n42\n{true, false}\n");
  }
  TEST_CASE("a bodiless head declares the defaults of a multi-clause function") {
    auto r = run_elixir(R"ex(
defmodule L do
  def first(list, default \\ nil)
  def first([], default), do: default
  def first([h | _], _default), do: h
  def join(a, b \\ nil, sep)
  def join(a, nil, sep), do: a <> sep
  def join(a, b, sep), do: a <> sep <> b
end
IO.inspect {L.first([]), L.first([], :none), L.first([1, 2])}
IO.inspect {L.join("a", "-"), L.join("a", "b", "-")}
)ex");
    CHECK(r.error == "");
    CHECK(r.out == "{nil, :none, 1}\n{\"a-\", \"a-b\"}\n");
  }
  TEST_CASE("defaults declared twice, or clashing with another arity, are Elixir's CompileErrors") {
    auto twice = run_elixir(
        "defmodule A do\n  def f(:x, b \\\\ 1), do: b\n  def f(:y, b \\\\ 2), do: b\nend\n");
    CHECK(twice.error.find("** (CompileError) test.exs:3: def f/2 defines defaults multiple "
                           "times. Elixir allows defaults to be declared once per definition.") ==
          0);
    auto clash =
        run_elixir("defmodule A do\n  def f(a, b \\\\ 1), do: a + b\n  def f(a), do: a\nend\n");
    CHECK(clash.error.find("** (CompileError) test.exs:3: def f/1 conflicts with defaults from "
                           "f/2") == 0);
  }
}

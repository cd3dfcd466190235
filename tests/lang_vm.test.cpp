// The VM: calls, recursion, closures, pattern matching, errors, preemption.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("lang: basics") {
  TEST_CASE("IO.puts prints a string and interpolation") {
    auto r = run_elixir("IO.puts \"hello\"\nx = 1 + 2\nIO.puts \"x is #{x}\"\n");
    CHECK(r.error == "");
    CHECK(r.out == "hello\nx is 3\n");
  }
  TEST_CASE("defmodule Fib computes Fib.of(20)") {
    auto r = run_elixir(R"(
defmodule Fib do
  def of(0), do: 0
  def of(1), do: 1
  def of(n), do: Fib.of(n-1) + Fib.of(n-2)
end
IO.puts Fib.of(20)
)");
    CHECK(r.error == "");
    CHECK(r.out == "6765\n");
  }
}

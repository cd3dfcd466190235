// IO.inspect and the shell's results: inspect with pretty: true and width 80,
// laid out as Elixir 1.14's Inspect.Algebra does (outputs taken from elixir).
#include <doctest/doctest.h>

#include "lang_support.hpp"
#include "taskplay/inspect.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("lang: pretty printing") {
  TEST_CASE("a short term stays on one line") {
    CHECK(inspect_at(Term::tuple({Term::atom("ok"), Term::integer(1)}), 80) == "{:ok, 1}");
  }
  TEST_CASE("a long list of numbers fills lines, continued one column in") {
    auto r = run_elixir("IO.inspect Enum.to_list(1..40)");
    CHECK(r.out ==
          "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,\n"
          " 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]\n");
  }
  TEST_CASE("a long list of tuples puts one a line, indented by two") {
    auto r = run_elixir("IO.inspect for i <- 1..4, do: {:item, i, String.duplicate(\"x\", 10)}");
    CHECK(r.out ==
          "[\n  {:item, 1, \"xxxxxxxxxx\"},\n  {:item, 2, \"xxxxxxxxxx\"},\n"
          "  {:item, 3, \"xxxxxxxxxx\"},\n  {:item, 4, \"xxxxxxxxxx\"}\n]\n");
  }
  TEST_CASE("a long map puts one key a line; a long tuple fills") {
    auto r = run_elixir(R"(
IO.inspect %{alpha: 1, beta: "two", gamma: [1, 2, 3], delta: {:a, :b}, epsilon: %{x: 1}, zeta: :z}
IO.inspect {:ok, [1, 2, 3], %{key: "value"}, "a string that is long enough to break this", :atom}
)");
    CHECK(r.out ==
          "%{\n  alpha: 1,\n  beta: \"two\",\n  delta: {:a, :b},\n  epsilon: %{x: 1},\n"
          "  gamma: [1, 2, 3],\n  zeta: :z\n}\n"
          "{:ok, [1, 2, 3], %{key: \"value\"}, \"a string that is long enough to break this\",\n"
          " :atom}\n");
  }
  TEST_CASE("structs show their fields in defstruct order") {
    auto r = run_elixir("IO.inspect (try do Map.fetch!(%{}, :k) rescue e -> e end)");
    CHECK(r.out == "%KeyError{key: :k, term: %{}, message: nil}\n");
  }
}

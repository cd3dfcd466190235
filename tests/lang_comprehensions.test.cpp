// for comprehensions and stepped ranges: every expected output below was printed by real
// Elixir 1.14 on OTP 25.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("lang: comprehensions") {
  TEST_CASE("for with reduce: threads the accumulator through acc -> clauses") {
    auto r = run_elixir(R"ex(
IO.inspect(for x <- 1..5, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for {k, v} <- [a: 1, b: 2, c: 3], v > 1, reduce: {0, []} do
  {n, ks} when v > 2 -> {n + v, [k | ks]}
  {n, ks} -> {n, [k | ks]}
end)
)ex");
    CHECK(r.error == "");
    CHECK(r.out == "15\n{3, [:c, :b]}\n");
  }
  TEST_CASE("for with reduce: and a do block without clauses is Elixir's CompileError") {
    auto r = run_elixir("for x <- [1], reduce: 0, do: x\n");
    CHECK(r.error.find("** (CompileError) test.exs:1: when using :reduce with comprehensions, "
                       "the do block must be written using acc -> expr clauses") == 0);
  }
  TEST_CASE("for: several generators and filters, into: a map, a MapSet or a string") {
    auto r = run_elixir(R"ex(
IO.inspect(for x <- [1, 2], y <- [3, 4], x + y > 4, do: {x, y})
IO.inspect(for x <- [1, 2, 3], into: %{}, do: {x, x * x})
IO.inspect(for x <- [1, 2, 2, 3], into: MapSet.new(), do: x)
IO.inspect(for w <- ["a", "b"], into: "", do: String.upcase(w))
IO.inspect(for {:ok, v} <- [{:ok, 1}, :error, {:ok, 3}], do: v)
IO.inspect(for i <- 1..3, j <- 1..i, do: {i, j})
)ex");
    CHECK(r.error == "");
    CHECK(r.out ==
          "[{1, 4}, {2, 3}, {2, 4}]\n%{1 => 1, 2 => 4, 3 => 9}\nMapSet.new([1, 2, 3])\n\"AB\"\n"
          "[1, 3]\n[{1, 1}, {2, 1}, {2, 2}, {3, 1}, {3, 2}, {3, 3}]\n");
  }
  TEST_CASE("for over a million elements runs in constant stack, as on the BEAM") {
    auto r = run_elixir("IO.inspect(for(x <- 1..1_000_000, do: x + 1) |> length)\n", 2'000'000'000);
    CHECK(r.error == "");
    CHECK(r.out == "1000000\n");
  }
  TEST_CASE("first..last//step builds a stepped range; it matches in patterns") {
    auto r = run_elixir(R"ex(
x = 5
IO.inspect(1..x//2)
IO.inspect(Enum.to_list(10..1//-3))
first..last//step = 1..10//3
IO.inspect({first, last, step})
a..b = 3..7//2
IO.inspect({a, b})
)ex");
    CHECK(r.error == "");
    CHECK(r.out == "1..5//2\n[10, 7, 4, 1]\n{1, 10, 3}\n{3, 7}\n");
  }
  TEST_CASE("// that does not follow .. is Elixir's SyntaxError") {
    auto r = run_elixir("x = 1\nIO.inspect(x // 2)\n");
    CHECK(r.error.find("** (SyntaxError) test.exs:2:14: the range step operator (//) must "
                       "immediately follow the range definition operator (..)") == 0);
  }
}

// to_source: code printed as Elixir 1.14's Macro.to_string/1 prints it. Every pair was
// measured with real Elixir: `Macro.to_string(Code.string_to_quoted!(source))`.
#include <doctest/doctest.h>

#include "taskplay/lang/parser.hpp"

using namespace taskplay::lang;

namespace {
std::string printed(const std::string& src) {
  NodeP b = parse(src);
  REQUIRE(b->kids.size() == 1);
  return to_source(*b->kids[0]);
}
}  // namespace

TEST_SUITE("lang: Macro.to_string") {
  TEST_CASE("Macro.to_string/1: calls take parentheses except the formatter's exceptions") {
    CHECK(printed("foo bar") == "foo(bar)");
    CHECK(printed("IO.puts \"x\"") == "IO.puts(\"x\")");
    CHECK(printed("Process.sleep 10") == "Process.sleep(10)");
    CHECK(printed("is_nil x") == "is_nil(x)");
    CHECK(printed("spawn fn -> :ok end") == "spawn(fn -> :ok end)");
    CHECK(printed("flunk \"nope\"") == "flunk(\"nope\")");
    CHECK(printed("assert 1 == 2, \"custom message\"") == "assert 1 == 2, \"custom message\"");
    CHECK(printed("assert_receive {:hi, _}, 10") == "assert_receive {:hi, _}, 10");
    CHECK(printed("fn -> raise \"x\" end") == "fn -> raise \"x\" end");
    CHECK(printed("Mod.fun") == "Mod.fun()");
    CHECK(printed("x.y") == "x.y");
    CHECK(printed("x.y()") == "x.y()");
    CHECK(printed("f()") == "f()");
    CHECK(printed("Foo.Bar.baz()") == "Foo.Bar.baz()");
    CHECK(printed(":erlang.element(1, t)") == ":erlang.element(1, t)");
    CHECK(printed("f.(1).(2)") == "f.(1).(2)");
    CHECK(printed("send(self(), :hi)") == "send(self(), :hi)");
    CHECK(printed("Enum.map [1], &(&1 + 1)") == "Enum.map([1], &(&1 + 1))");
    CHECK(printed("&foo(&1, 2)") == "&foo(&1, 2)");
    CHECK(printed("&Fib.of/1") == "&Fib.of/1");
    CHECK(printed("&foo/2") == "&foo/2");
    CHECK(printed("catch_exit(exit(:x)) == :y") == "catch_exit(exit(:x)) == :y");
    CHECK(printed("x[:a]") == "x[:a]");
    CHECK(printed("@tag :slow") == "@tag :slow");
  }
  TEST_CASE("Macro.to_string/1: keyword lists and maps") {
    CHECK(printed("[a: 1]") == "[a: 1]");
    CHECK(printed("[{:a, 1}]") == "[a: 1]");
    CHECK(printed("[1, {:a, 2}]") == "[1, a: 2]");
    CHECK(printed("[\"a b\": 1]") == "[\"a b\": 1]");
    CHECK(printed("f(a: 1)") == "f(a: 1)");
    CHECK(printed("f(1, a: 1)") == "f(1, a: 1)");
    CHECK(printed("%{a: 1, b: [c: 2]}") == "%{a: 1, b: [c: 2]}");
    CHECK(printed("%{\"a\" => 1}") == "%{\"a\" => 1}");
    CHECK(printed("%{:a => 1, \"b\" => 2}") == "%{:a => 1, \"b\" => 2}");
    CHECK(printed("%{\"b\" => 2, a: 1}") == "%{\"b\" => 2, a: 1}");
    CHECK(printed("%{a: %{b: 1}}") == "%{a: %{b: 1}}");
    CHECK(printed("%User{name: \"x\"}") == "%User{name: \"x\"}");
    CHECK(printed("%{user | name: 1}") == "%{user | name: 1}");
    CHECK(printed("[1, 2 | t]") == "[1, 2 | t]");
    CHECK(printed("{}") == "{}");
    CHECK(printed("[]") == "[]");
    CHECK(printed("%{}") == "%{}");
    CHECK(printed("{1, 2, 3}") == "{1, 2, 3}");
  }
  TEST_CASE("Macro.to_string/1: operators keep the parentheses precedence needs") {
    CHECK(printed("(1 + 2) * 3") == "(1 + 2) * 3");
    CHECK(printed("1 + 2 * 3") == "1 + 2 * 3");
    CHECK(printed("a + (b + c)") == "a + (b + c)");
    CHECK(printed("(a + b) + c") == "a + b + c");
    CHECK(printed("a - (b - c)") == "a - (b - c)");
    CHECK(printed("a ++ b ++ c") == "a ++ b ++ c");
    CHECK(printed("(a ++ b) ++ c") == "(a ++ b) ++ c");
    CHECK(printed("a = b = c") == "a = b = c");
    CHECK(printed("{a, b} = {1, 2}") == "{a, b} = {1, 2}");
    CHECK(printed("x && y || z") == "(x && y) || z");
    CHECK(printed("x and (y or z)") == "x and (y or z)");
    CHECK(printed("a in b and c") == "a in b and c");
    CHECK(printed("x in [1, 2]") == "x in [1, 2]");
    CHECK(printed("x not in y") == "x not in y");
    CHECK(printed("2 ** 3") == "2 ** 3");
    CHECK(printed("1..10") == "1..10");
    CHECK(printed("length(list) > 0") == "length(list) > 0");
    CHECK(printed("not x") == "not x");
    CHECK(printed("!x") == "!x");
    CHECK(printed("-x") == "-x");
    CHECK(printed("-(a + b)") == "-(a + b)");
    CHECK(printed("!(x == y)") == "!(x == y)");
    CHECK(printed("not (x == y)") == "not (x == y)");
    CHECK(printed("1 - -1") == "1 - -1");
    CHECK(printed("^pin") == "^pin");
  }
  TEST_CASE("Macro.to_string/1: literals as the formatter writes them") {
    CHECK(printed("1_000") == "1000");
    CHECK(printed("0x10") == "16");
    CHECK(printed("?a") == "97");
    CHECK(printed("1.0") == "1.0");
    CHECK(printed("\"a#{x}b\"") == "\"a#{x}b\"");
    CHECK(printed("\"quote\\\"d\"") == "\"quote\\\"d\"");
    CHECK(printed("\"multi\\nline\"") == "\"multi\\nline\"");
    CHECK(printed("'abc'") == "'abc'");
    CHECK(printed(":\"a b\"") == ":\"a b\"");
    CHECK(printed("nil") == "nil");
  }
  TEST_CASE("Macro.to_string/1: fn, case, receive, if and try over several lines") {
    CHECK(printed("fn -> :ok end") == "fn -> :ok end");
    CHECK(printed("fn x, y -> x + y end") == "fn x, y -> x + y end");
    CHECK(printed("fn x when x > 1 -> x end") == "fn x when x > 1 -> x end");
    CHECK(printed("fn {:a, b} -> b; _ -> 2 end") == "fn\n  {:a, b} -> b\n  _ -> 2\nend");
    CHECK(printed("fn -> a; b end") == "fn ->\n  a\n  b\nend");
    CHECK(printed("receive do x -> x end") == "receive do\n  x -> x\nend");
    CHECK(printed("if x, do: 1, else: 2") == "if x do\n  1\nelse\n  2\nend");
    CHECK(printed("if x do y end") == "if x do\n  y\nend");
    CHECK(printed("unless x do y else z end") == "unless x do\n  y\nelse\n  z\nend");
    CHECK(printed("case x do 1 -> :a; _ -> :b end") == "case x do\n  1 -> :a\n  _ -> :b\nend");
    CHECK(printed("try do 1 rescue _ -> 2 end") == "try do\n  1\nrescue\n  _ -> 2\nend");
  }
}

// The parser: Elixir's precedence, calls with and without parentheses,
// do-blocks and clauses, and syntax errors with Elixir's positions.
#include <doctest/doctest.h>

#include "taskplay/lang/parser.hpp"

using namespace taskplay::lang;

namespace {
// The first expression, as source with explicit structure.
std::string first(const std::string& src) {
  NodeP b = parse(src);
  REQUIRE(!b->kids.empty());
  return to_source(*b->kids[0]);
}
SyntaxError error_of(const std::string& src) {
  try {
    parse(src);
  } catch (const SyntaxError& e) {
    return e;
  }
  FAIL("no syntax error for: " << src);
  return {};
}
}  // namespace

TEST_SUITE("lang: parser") {
  TEST_CASE("operator precedence: * before +, comparison before and") {
    NodeP b = parse("1 + 2 * 3");
    const Node& plus = *b->kids[0];
    CHECK(plus.name == "+");
    CHECK(plus.kids[1]->name == "*");
    NodeP c = parse("a < b and c");
    CHECK(c->kids[0]->name == "and");
  }
  TEST_CASE("|> puts the left side first in the call: x |> f(y) is f(x, y)") {
    NodeP b = parse("x |> f(y) |> g()");
    const Node& g = *b->kids[0];
    CHECK(g.name == "g");
    CHECK(g.piped);
    REQUIRE(g.kids.size() == 1);
    CHECK(g.kids[0]->name == "f");
    CHECK(g.kids[0]->kids.size() == 2);
    // printed back as written, as Macro.to_string/1 prints a pipeline
    CHECK(first("x |> f(y) |> g()") == "x |> f(y) |> g()");
    CHECK(first("1 |> IO.puts") == "1 |> IO.puts()");
  }
  TEST_CASE("calls without parentheses take the rest of the line: IO.puts \"a\" <> b") {
    CHECK(first("IO.puts \"a\" <> b") == "IO.puts(\"a\" <> b)");
    CHECK(first("foo bar baz") == "foo(bar(baz))");
    CHECK(first("f a, b: 1") == "f(a, b: 1)");
  }
  TEST_CASE("f -1 is a call, f - 1 a subtraction") {
    CHECK(first("f -1") == "f(-1)");
    CHECK(first("f - 1") == "f - 1");
  }
  TEST_CASE("def of(0), do: 0 is def with a head and a keyword list") {
    NodeP b = parse("def of(0), do: 0");
    const Node& def = *b->kids[0];
    REQUIRE(def.kids.size() == 2);
    CHECK(to_source(*def.kids[0]) == "of(0)");
    CHECK(def.kids[1]->kind == NK::List);
    CHECK(to_source(*def.kids[1]) == "[do: 0]");
    CHECK(first("def of(0), do: 0") == "def of(0) do\n  0\nend");  // as Macro.to_string shows it
  }
  TEST_CASE("a do-block belongs to the outermost call without parentheses") {
    NodeP b = parse("if foo(x) do\n 1\nelse\n 2\nend");
    const Node& c = *b->kids[0];
    CHECK(c.name == "if");
    REQUIRE(c.do_block);
    CHECK(c.do_block->kids.size() == 2);
    CHECK(c.do_block->kids[1]->name == "else");
  }
  TEST_CASE("case clauses: patterns, guards, multi-line bodies") {
    NodeP b = parse("case x do\n  {:ok, v} when v > 0 ->\n    a = v\n    a\n  _ -> :no\nend");
    const Node& sec = *b->kids[0]->do_block->kids[0];
    REQUIRE(sec.extra->kind == NK::Clauses);
    CHECK(sec.extra->kids.size() == 2);
    CHECK(sec.extra->kids[0]->guard != nullptr);
    CHECK(sec.extra->kids[0]->body->kids.size() == 2);
  }
  TEST_CASE("fn with several clauses and arities of patterns") {
    NodeP b = parse("fn\n 0 -> :zero\n n when n > 0 -> :pos\nend");
    CHECK(b->kids[0]->kind == NK::Fn);
    CHECK(b->kids[0]->kids.size() == 2);
  }
  TEST_CASE("lists with a tail, keyword lists, maps, map updates, structs") {
    CHECK(first("[h | t]") == "[h | t]");
    CHECK(first("[a: 1, b: 2]") == "[a: 1, b: 2]");
    CHECK(first("%{\"b\" => 2, a: 1}") == "%{\"b\" => 2, a: 1}");
    CHECK(first("%{m | a: 2}") == "%{m | a: 2}");
    CHECK(first("%RuntimeError{message: \"x\"}") == "%RuntimeError{message: \"x\"}");
  }
  TEST_CASE("captures: &Fib.of/1, &(&1 + 1), &+/2") {
    CHECK(first("&Fib.of/1") == "&Fib.of/1");
    CHECK(first("&(&1 + 1)") == "&(&1 + 1)");
    CHECK(first("&+/2") == "&+/2");
  }
  TEST_CASE("a line starting with |> continues the expression; one starting with - does not") {
    CHECK(parse("x\n|> f()")->kids.size() == 1);
    CHECK(parse("x\n- 1")->kids.size() == 2);
  }
  TEST_CASE("SyntaxError: unexpected token with line and column") {
    auto e = error_of(")");
    CHECK(e.message == "unexpected token: )");
    CHECK(e.line == 1);
    CHECK(e.col == 1);
    CHECK_FALSE(e.incomplete);
  }
  TEST_CASE("SyntaxError: syntax error before: \"3\" (x = [1, 2\\n3])") {
    auto e = error_of("x = [1, 2\n3]");
    CHECK(e.message == "syntax error before: \"3\"");
    CHECK(e.line == 2);
    CHECK(e.col == 1);
  }
  TEST_CASE("half an expression is incomplete: 1 +, an open do, an open bracket") {
    CHECK(error_of("1 +").incomplete);
    CHECK(error_of("defmodule A do\n def f, do: 1\n").incomplete);
    CHECK(error_of("[1, 2").incomplete);
    CHECK(error_of("fn x -> x").message ==
          "missing terminator: end (for \"fn\" starting at line 1)");
  }
  TEST_CASE("the token a syntax error names, written as elixir 1.14 writes it") {
    // each message as `elixir x.exs` printed it for the one-line program (docs/language.md)
    CHECK(error_of("x = 1 y").message == "syntax error before: y");
    CHECK(error_of("x = 1 :a").message == "syntax error before: a");
    CHECK(error_of("x = 1 :\"a b\"").message == "syntax error before: 'a b'");
    CHECK(error_of("x = 1 Foo").message == "syntax error before: 'Foo'");
    CHECK(error_of("x = %{a: 1 b: 2}").message == "syntax error before: 'b:'");
    auto s = error_of("x = 1 \"a b\"");
    CHECK(s.message == "syntax error before: \"a b\"");
    CHECK_FALSE(s.snippet);
    auto r = error_of("x = 1 rescue 2");
    CHECK(r.message ==
          "syntax error before: rescue. \"rescue\" is a reserved word in Elixir and therefore "
          "its usage is limited. For instance, it can't be used as a variable or be defined nor "
          "invoked as a regular function");
    CHECK_FALSE(r.snippet);
    CHECK(error_of("fn -> end end").message == "unexpected reserved word: end");
  }
  TEST_CASE("an expression cut short at the end: TokenMissingError after the last token") {
    auto e = error_of("x = 3 +");
    CHECK(e.message == "syntax error: expression is incomplete");
    CHECK(e.line == 1);
    CHECK(e.col == 8);
    CHECK(e.incomplete);
    CHECK(error_of("def when\n").col == 9);
  }
  TEST_CASE("a bracket open at the end is Elixir's missing terminator, before a parse error") {
    auto e = error_of("x = (1 +\n");  // elixir: missing terminator: ) (for "(" ...)
    CHECK(e.message == "missing terminator: ) (for \"(\" starting at line 1)");
    CHECK(e.incomplete);
    CHECK(error_of("x = [1, {2,\n").message ==
          "missing terminator: } (for \"{\" starting at line 1)");
    CHECK(error_of("x = <<1, (2 +\n").message ==
          "missing terminator: ) (for \"(\" starting at line 1)");
  }
  TEST_CASE("absurdly deep nesting is refused, not a stack overflow") {
    std::string deep(5000, '(');
    auto e = error_of(deep + "1" + std::string(5000, ')'));
    CHECK(e.message == "expression is nested too deeply");
    std::string chain = "1";
    for (int i = 0; i < 5000; ++i) chain += " + 1";
    CHECK(error_of(chain).message == "expression is nested too deeply");
  }
  TEST_CASE("fn heads in parentheses: fn (a, b) ->, fn () ->, fn (x) when ... (Macro.to_string)") {
    CHECK(first("fn (a, b) -> a + b end") == "fn a, b -> a + b end");
    CHECK(first("fn() -> :x end") == "fn -> :x end");
    CHECK(first("fn (x) when x > 0 -> x end") == "fn x when x > 0 -> x end");
    CHECK(first("fn ({a, b}, c) -> a end") == "fn {a, b}, c -> a end");
    CHECK(first("fn\n  (1) -> :one\n  (_) -> :many\nend") == "fn\n  1 -> :one\n  _ -> :many\nend");
    // a parenthesised expression that is no head stays an expression
    CHECK(first("fn x -> (x + 1) * 2 end") == "fn x -> (x + 1) * 2 end");
  }
  TEST_CASE("operators as atoms, as Elixir's tokenizer takes them: :., :->, :\\\\, :%{}, :..//") {
    for (const char* a : {":+", ":.", ":->", ":<-", ":\\\\", ":%{}", ":{}", ":<<>>", ":%", ":@",
                          ":..//", ":**", ":~>>", ":<~", ":=~", ":|", ":..."})
      CHECK(first(a) == a);
  }
}

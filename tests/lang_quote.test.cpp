// quote.cpp: code to Elixir's quoted form and back. The quoted forms were measured with real
// Elixir 1.14 (`quote do: ...` in a script); code that goes there and back prints as it did.
#include <doctest/doctest.h>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/parser.hpp"
#include "taskplay/lang/quote.hpp"

using namespace taskplay;
using namespace taskplay::lang;

namespace {
// The value of a builder with nothing unquoted (what the compiler folds as a constant).
Term fold(const Node& n) {
  std::vector<Term> items;
  for (const auto& k : n.kids) items.push_back(fold(*k));
  switch (n.kind) {
    case NK::Tuple:
      return Term::tuple(items);
    case NK::List:
      return Term::list(items);
    default:
      REQUIRE(n.kind == NK::Literal);
      return n.value;
  }
}

Term quoted(const std::string& src, bool caller = false, bool unquote = true) {
  NodeP b = parse(src);
  REQUIRE(b->kids.size() == 1);
  QuoteOpts q;
  q.caller = caller;
  q.unquote = unquote;
  return fold(*quote_builder(*b->kids[0], q));
}

std::string shown(const std::string& src, bool caller = false) {
  return inspect(quoted(src, caller));
}

std::string round_trip(const std::string& src) {
  return to_source(*ast_to_node(quoted(src), false, 1));
}
}  // namespace

TEST_SUITE("lang: quote") {
  TEST_CASE("quote gives Elixir's quoted form, with a script's metadata") {
    CHECK(shown("1 + 2") == "{:+, [context: Elixir, imports: [{1, Kernel}, {2, Kernel}]], [1, 2]}");
    CHECK(shown("x") == "{:x, [], Elixir}");
    CHECK(shown("sum(1, 2, 3)") == "{:sum, [], [1, 2, 3]}");
    CHECK(shown("IO.puts(\"hi\")") ==
          "{{:., [], [{:__aliases__, [alias: false], [:IO]}, :puts]}, [], [\"hi\"]}");
    CHECK(shown("{5, 6, 7}") == "{:{}, [], [5, 6, 7]}");
    CHECK(shown("%{a: 1}") == "{:%{}, [], [a: 1]}");
    CHECK(shown("x.y") == "{{:., [], [{:x, [], Elixir}, :y]}, [no_parens: true], []}");
    CHECK(shown("^x") == "{:^, [], [{:x, [], Elixir}]}");
  }

  TEST_CASE("caller code handed to a macro has line numbers and variables of context nil") {
    CHECK(shown("a + 1", true) == "{:+, [line: 1], [{:a, [line: 1], nil}, 1]}");
    CHECK(shown("IO.puts(1)", true) ==
          "{{:., [line: 1], [{:__aliases__, [line: 1], [:IO]}, :puts]}, [line: 1], [1]}");
  }

  TEST_CASE("quoted code reads back as the code it came from") {
    for (const char* src :
         {"1 + 2 * x", "IO.puts(\"a #{b}\")", "Enum.map([1, 2], fn x -> x * 2 end)",
          "%{a: 1, b: [1, 2]}", "f.(1)", "m[:a]", "&(&1 + 1)", "&IO.inspect/1", "[h | t] = list",
          "{:ok, value}", "not x", "-x", "x |> f(1)"})
      CHECK(round_trip(src) == to_source(*parse(src)->kids[0]));
  }

  TEST_CASE("a variable a quote made is hygienic: it gets a name of its own") {
    NodeP n = ast_to_node(quoted("x"), true, 1);
    CHECK(n->kind == NK::Var);
    CHECK(n->name == hygienic_name("x", Atom("Elixir")));
    NodeP plain = ast_to_node(quoted("x", true), true, 1);
    CHECK(plain->name == "x");
  }

  TEST_CASE("unquote(name)(args) with unquote: false keeps the unquote, and reads back") {
    // what `quote bind_quoted: [name: name] do def unquote(name)(), do: 1 end` returns: the
    // def an unquote fragment makes when the module's body runs
    Term t = quoted("unquote(name)(a)", false, false);
    CHECK(inspect(t) == "{{:unquote, [], [{:name, [], Elixir}]}, [], [{:a, [], Elixir}]}");
    NodeP n = ast_to_node(t, false, 1);
    CHECK(n->kind == NK::Call);
    CHECK(n->name == "unquote");
    REQUIRE(n->body);
    CHECK(n->body->name == "name");
    CHECK(inspect(quoted("def unquote(name)(), do: 1", false, false)) ==
          "{:def, [context: Elixir, imports: [{1, Kernel}, {2, Kernel}]], [{{:unquote, [], "
          "[{:name, [], Elixir}]}, [context: Elixir], []}, [do: 1]]}");
  }

  TEST_CASE("__MODULE__.Worker quotes as an alias under {:__MODULE__, [], context}") {
    CHECK(shown("__MODULE__.Worker") == "{:__aliases__, [], [{:__MODULE__, [], Elixir}, :Worker]}");
    NodeP n = ast_to_node(quoted("__MODULE__.Worker"), false, 1);
    CHECK(n->kind == NK::Alias);
    CHECK(n->name == "__MODULE__.Worker");
  }

  TEST_CASE("Macro.escape/1 quotes tuples and maps") {
    CHECK(inspect(escape_term(Term::tuple(
              {Term::integer(1), Term::integer(2), Term::integer(3)}))) == "{:{}, [], [1, 2, 3]}");
    CHECK(inspect(escape_term(Term::tuple({Term::integer(1), Term::integer(2)}))) == "{1, 2}");
  }
}

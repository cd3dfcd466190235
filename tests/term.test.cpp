// Terms and inspect: every form printed exactly as Elixir 1.14's inspect/1
// prints it (each expected string was printed by real Elixir).
#include <doctest/doctest.h>

#include <map>
#include <random>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/number.hpp"
#include "taskplay/term.hpp"

using namespace taskplay;

namespace {
Term a(const char* s) { return Term::atom(s); }
Term i(int64_t v) { return Term::integer(v); }
Term s(const char* v) { return Term::string(v); }
}  // namespace

TEST_SUITE("inspect/1") {
  TEST_CASE(
      "inspect/1 of atoms: bare nil/true/false, aliases without Elixir., quotes when needed") {
    CHECK(inspect(Term::tuple(
              {a("ok"), a("nil"), a("true"), a("false"), a("Elixir.Foo.Bar"), a("Elixir.foo")})) ==
          "{:ok, nil, true, false, Foo.Bar, :\"Elixir.foo\"}");
    CHECK(inspect(Term::list({a("foo bar"), a("foo@bar"), a("Foo"), a("+"), a("::"), a("a.b")})) ==
          "[:\"foo bar\", :foo@bar, :Foo, :+, :\"::\", :\"a.b\"]");
    CHECK(inspect(a("ok?")) == ":ok?");
    CHECK(inspect(a("9x")) == ":\"9x\"");
  }
  TEST_CASE("inspect/1 of operator atoms: bare, but ::, ^^^, ~~~, <|>, // and => quoted") {
    CHECK(inspect(Term::list({a("**"), a("=>"), a("<|>"), a("^^^"), a("~~~"), a("//"), a("::"),
                              a("+++"), a("..//"), a("&&&"), a("%{}"), a("->")})) ==
          "[:**, :\"=>\", :\"<|>\", :\"^^^\", :\"~~~\", :\"//\", :\"::\", :+++, :..//, :&&&, "
          ":%{}, :->]");
  }

  TEST_CASE("inspect/1 of strings: escapes, #{ escaped, UTF-8 kept, invalid bytes as a binary") {
    CHECK(inspect(s("a\nb\"c\\d\t")) == "\"a\\nb\\\"c\\\\d\\t\"");
    CHECK(inspect(s("h\xc3\xa9llo")) == "\"h\xc3\xa9llo\"");
    CHECK(inspect(Term::string(std::string_view("a#{b}\0", 6))) == "<<97, 35, 123, 98, 125, 0>>");
    CHECK(inspect(Term::string("\xff\x01")) == "<<255, 1>>");
    CHECK(inspect(s("#{x}")) == "\"\\#{x}\"");
  }

  TEST_CASE(
      "inspect/1 of lists: charlists, keyword lists, improper lists, aliases are not keyword "
      "keys") {
    CHECK(inspect(Term::list({i(97), i(98), i(99)})) == "'abc'");
    CHECK(inspect(Term::list({i(7), i(8)})) == "'\\a\\b'");
    CHECK(inspect(Term::list({i(97), i(39), i(98)})) == "'a\\'b'");
    CHECK(inspect(Term::cons(i(1), i(2))) == "[1 | 2]");
    CHECK(inspect(Term::list({Term::tuple({a("foo bar"), i(1)}), Term::tuple({a("ok"), i(2)})})) ==
          "[\"foo bar\": 1, ok: 2]");
    CHECK(inspect(Term::list({Term::tuple({a("a"), i(1)}), Term::tuple({a("B"), i(2)})})) ==
          "[a: 1, B: 2]");
    CHECK(inspect(Term::list({Term::tuple({a("Elixir.Foo"), i(1)})})) == "[{Foo, 1}]");
    CHECK(inspect(Term::list({Term::tuple({a("a"), i(1)}), Term::tuple({i(1), i(2)})})) ==
          "[{:a, 1}, {1, 2}]");
    CHECK(inspect(Term::list({Term()})) == "[[]]");
    CHECK(inspect(Term()) == "[]");
  }

  TEST_CASE("inspect/1 of lists longer than 50 ends with ...") {
    std::vector<Term> v;
    for (int k = 1; k <= 60; ++k) v.push_back(i(k));
    std::string out = inspect(Term::list(v));
    CHECK(out.substr(out.size() - 12) == "49, 50, ...]");
  }

  TEST_CASE("inspect/1 of maps: keyword style for atom keys, => otherwise, sorted keys") {
    CHECK(inspect(Term::map({{s("b"), Term::list({i(1), i(2)})}, {s("a"), i(1)}})) ==
          "%{\"a\" => 1, \"b\" => [1, 2]}");
    CHECK(inspect(Term::map({{a("b"), Term::map({{a("c"), a("d")}})}, {a("a"), i(1)}})) ==
          "%{a: 1, b: %{c: :d}}");
    CHECK(inspect(Term::map({{i(1), i(2)}, {a("a"), i(1)}})) == "%{1 => 2, :a => 1}");
    CHECK(inspect(Term::map({{Term::tuple({i(1), i(2)}), i(3)}, {a("a"), i(1)}})) ==
          "%{:a => 1, {1, 2} => 3}");
    CHECK(inspect(Term::map({{a("nil"), i(1)}})) == "%{nil: 1}");
    CHECK(inspect(Term::map({})) == "%{}");
    CHECK(inspect(Term::tuple({})) == "{}");
  }

  TEST_CASE("inspect/1 of structs and exceptions") {
    CHECK(inspect(runtime_error("boom")) == "%RuntimeError{message: \"boom\"}");
    CHECK(inspect(erlang_error(a("noproc"))) == "%ErlangError{original: :noproc, reason: nil}");
  }

  TEST_CASE("inspect/1 of numbers: big integers exact, floats in Erlang's shortest form") {
    CHECK(inspect(Term::integer_from_string("12345678901234567890123456789")) ==
          "12345678901234567890123456789");
    CHECK(inspect(i(-5)) == "-5");
    std::vector<Term> fs;
    for (double d : {1000.0, 100.0, 123.0, 0.001, 0.0001, 0.00001, 1.0e20, 1.5e16, 123456789.0, 0.1,
                     1.0e15, 1.0e16, 12345678901234567.0, -1.5, 2.0e-10, 3.14159})
      fs.push_back(Term::floating(d));
    CHECK(inspect(Term::list(fs)) ==
          "[1000.0, 100.0, 123.0, 0.001, 0.0001, 1.0e-5, 1.0e20, 1.5e16, 123456789.0, 0.1, "
          "1000000000000000.0, 1.0e16, 1.2345678901234568e16, -1.5, 2.0e-10, 3.14159]");
  }

  TEST_CASE("inspect/1 of pids and refs") {
    CHECK(inspect(Term(Pid{110, 0})) == "#PID<0.110.0>");
    CHECK(inspect(Term(Ref{7})) == "#Reference<0.2000000000.2000000000.100007>");
  }
}

TEST_SUITE("integers") {
  TEST_CASE("integer arithmetic overflows into exact big integers and back") {
    Term big = number::mul(i(INT64_MAX), i(INT64_MAX));
    CHECK(inspect(big) == "85070591730234615847396907784232501249");
    CHECK(big.type() == Term::Type::BigInt);
    Term back = number::div(big, i(INT64_MAX));
    CHECK(back.is_small_int());
    CHECK(back.small_int() == INT64_MAX);
    CHECK(inspect(number::add(i(INT64_MAX), i(1))) == "9223372036854775808");
    CHECK(inspect(number::sub(i(INT64_MIN), i(1))) == "-9223372036854775809");
    CHECK(compare(big, i(1)) == 1);
    CHECK(compare(i(1), Term::floating(1.0)) == 0);
    CHECK(!(i(1) == Term::floating(1.0)));
  }
}

TEST_SUITE("term order") {
  TEST_CASE(
      "Erlang term order: number < atom < reference < fun < pid < tuple < map < list < binary") {
    std::vector<Term> order = {i(1),
                               a("a"),
                               Term(Ref{1}),
                               Term(Pid{100, 0}),
                               Term::tuple({}),
                               Term::map({}),
                               Term(),
                               Term::list({i(1)}),
                               s("")};
    for (size_t k = 0; k + 1 < order.size(); ++k) CHECK(compare(order[k], order[k + 1]) == -1);
  }
  TEST_CASE("a million-element list is destroyed without recursion") {
    Term l;
    for (int k = 0; k < 1'000'000; ++k) l = Term::cons(i(k), std::move(l));
    CHECK(l.list_length() == 1'000'000);
    l = Term();  // must not overflow the stack
    CHECK(l.is_nil());
  }
  TEST_CASE("append_binary: a binary appended to in place keeps each earlier binary's bytes") {
    const std::string base(300, '-');
    Term b = Term::string(base);
    Term x = Term::append_binary(b, "x");   // a new buffer with room to grow
    Term xy = Term::append_binary(x, "y");  // x ends the buffer: written in place
    Term xz = Term::append_binary(x, "z");  // x no longer ends it: a copy
    Term xyw = Term::append_binary(xy, "w");
    CHECK(b.binary() == base);
    CHECK(x.binary() == base + "x");
    CHECK(xy.binary() == base + "xy");
    CHECK(xz.binary() == base + "xz");
    CHECK(xyw.binary() == base + "xyw");
    CHECK(xy == Term::string(base + "xy"));  // equal to the same bytes made any other way
    CHECK(xy.bit_size() == 302 * 8);
    // appending to itself, and growing far past the first buffer's room
    Term twice = Term::append_binary(xy, xy.binary());
    CHECK(twice.binary() == base + "xy" + base + "xy");
    Term acc = x;
    std::string want = base + "x";
    for (int k = 0; k < 5000; ++k) {
      acc = Term::append_binary(acc, std::to_string(k % 10));
      want += std::to_string(k % 10);
    }
    CHECK(acc.binary() == want);
    CHECK(xyw.binary() == base + "xyw");
    CHECK(Term::append_binary(Term::string("ab"), "cd").binary() == "abcd");  // small: a copy
  }
  TEST_CASE("terms nested a million deep by their heads or elements are destroyed too") {
    // [[[[], 0], 1], 2]... is iodata as Enum.join builds it; {0, {1, {2, ...}}} a tuple chain
    Term by_head;
    Term tuples = a("leaf");
    for (int k = 0; k < 1'000'000; ++k) {
      by_head = Term::list({std::move(by_head), i(k)});
      tuples = Term::tuple({i(k), std::move(tuples)});
    }
    Term shared = by_head;  // a second reference: the first drop destroys nothing
    by_head = Term();
    CHECK(shared.is_cons());
    shared = Term();  // the last: destroyed a level at a time, deferred past a bound depth
    tuples = Term();
    CHECK(shared.is_nil());
    CHECK(tuples.is_nil());
    // a term made and dropped afterwards still works (the deferral left nothing behind)
    Term after = Term::list({i(1), Term::tuple({i(2)})});
    CHECK(after.list_length() == 2);
  }
}

TEST_SUITE("maps") {
  // Big maps are edited in place of being copied (term.cpp, "Big maps"): every version
  // a put or a removal made must still read as the map it was, against a model.
  TEST_CASE("puts and removals on maps of 0 to 3,000 keys agree with a model, old versions kept") {
    std::mt19937 rng(7);
    for (int size : {0, 10, 40, 100, 3000}) {
      Term m = Term::map({});
      std::map<int64_t, int64_t> model;
      for (int k = 0; k < size; ++k) {
        m = m.map_put(i(k * 3), i(k));
        model[k * 3] = k;
      }
      std::vector<std::pair<Term, std::map<int64_t, int64_t>>> versions;
      for (int step = 0; step < 2000; ++step) {
        int64_t key = static_cast<int64_t>(rng() % static_cast<unsigned>(size * 3 + 20));
        if (rng() % 3 == 0) {
          m = m.map_remove(i(key));
          model.erase(key);
        } else {
          m = m.map_put(i(key), i(step));
          model[key] = step;
        }
        if (step % 97 == 0) versions.emplace_back(m, model);
        // reads in between, as a loop of Map.get/Map.put does
        const Term* v = m.map_get(i(key));
        auto it = model.find(key);
        REQUIRE((v != nullptr) == (it != model.end()));
        if (v) CHECK(v->small_int() == it->second);
        CHECK(m.map_size() == model.size());
      }
      versions.emplace_back(m, model);
      for (const auto& [map, expected] : versions) {
        std::vector<std::pair<Term, Term>> pairs;
        for (const auto& [k, v] : expected) pairs.emplace_back(i(k), i(v));
        CHECK(map.map_size() == expected.size());
        CHECK(map == Term::map(pairs));
        for (const auto& [k, v] : expected) CHECK(map.map_get(i(k))->small_int() == v);
      }
    }
  }
  TEST_CASE("map_merge: the right map's values win, small into big and big into big") {
    Term big = Term::map({});
    for (int k = 0; k < 500; ++k) big = big.map_put(i(k), i(k));
    Term small = Term::map({{i(3), a("three")}, {i(1000), a("thousand")}});
    Term m = big.map_merge(small);
    CHECK(m.map_size() == 501);
    CHECK(*m.map_get(i(3)) == a("three"));
    CHECK(*m.map_get(i(1000)) == a("thousand"));
    CHECK(*big.map_get(i(3)) == i(3));
    Term both = big.map_merge(m);
    CHECK(both == m);
    CHECK(small.map_merge(big).map_get(i(3))->small_int() == 3);
    CHECK(Term::map({}).map_merge(small) == small);
  }
}

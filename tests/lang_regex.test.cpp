// Sigils and Regex (PCRE2, as the BEAM's :re is PCRE): every expected output below was
// printed by real Elixir 1.14 on OTP 25.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("lang: sigils") {
  TEST_CASE("~w splits on whitespace; a, c and s give atoms, charlists and strings") {
    auto r = run_elixir(R"ex(
IO.inspect ~w(a b  c)
IO.inspect ~w(a b c)a
IO.inspect ~w[a b]c
IO.inspect ~w<a b>s
x = 5
IO.inspect ~w(x#{x} y)
IO.inspect ~W(x#{x} y)
IO.inspect ~w(a\sb c\nd)
IO.inspect ~w()
)ex");
    CHECK(r.error == "");
    CHECK(r.out ==
          "[\"a\", \"b\", \"c\"]\n[:a, :b, :c]\n['a', 'b']\n[\"a\", \"b\"]\n[\"x5\", \"y\"]\n"
          "[\"x\\#{x}\", \"y\"]\n[\"a\", \"b\", \"c\", \"d\"]\n[]\n");
  }
  TEST_CASE("~s and ~c interpolate and unescape; ~S and ~C take the text as written") {
    auto r = run_elixir(R"ex(
x = 5
IO.inspect ~s(hello #{x} "q")
IO.inspect ~S(hello #{x} \n)
IO.inspect ~c(abc #{x})
IO.inspect ~C(abc #{x})
IO.inspect ~s(a\x41\u00e9)
IO.inspect ~s/a\/b/
IO.inspect ~S/a\/b/
IO.inspect ~S(a\\b)
)ex");
    CHECK(r.error == "");
    CHECK(r.out ==
          "\"hello 5 \\\"q\\\"\"\n\"hello \\#{x} \\\\n\"\n'abc 5'\n'abc \\#{x}'\n\"aAé\"\n"
          "\"a/b\"\n\"a/b\"\n\"a\\\\\\\\b\"\n");
  }
  TEST_CASE("sigil heredocs strip the closing delimiter's indentation") {
    auto r = run_elixir(
        "IO.inspect ~w\"\"\"\na b\nc\n\"\"\"\nIO.inspect ~s\"\"\"\n  a\n  b\n  \"\"\"\n");
    CHECK(r.out == "[\"a\", \"b\", \"c\"]\n\"a\\nb\\n\"\n");
  }
  TEST_CASE("a sigil of the program's own letter calls its sigil_x/2 with the modifiers") {
    auto r = run_elixir(R"ex(
defmodule MySigils do
  def sigil_i(string, []), do: String.to_integer(string)
  def sigil_i(string, 'n'), do: -String.to_integer(string)
  def run, do: {~i(42), ~i(7)n}
end
IO.inspect MySigils.run()
)ex");
    CHECK(r.error == "");
    CHECK(r.out == "{42, -7}\n");
  }
  TEST_CASE("~w with an unknown modifier is an ArgumentError when the code is compiled") {
    auto r = run_elixir("IO.puts \"never\"\nx = ~w(a b)z\n");
    CHECK(r.out == "");
    CHECK(r.status == 1);
    CHECK(r.error.rfind("** (ArgumentError) modifier must be one of: s, a, c\n", 0) == 0);
  }
  TEST_CASE("sigils are constants in patterns") {
    auto r = run_elixir(R"ex(
case ["a", "b"] do
  ~w(a b) -> IO.puts "words"
end
)ex");
    CHECK(r.out == "words\n");
  }
}

TEST_SUITE("lang: Regex") {
  TEST_CASE("~r prints as Elixir prints it: slashes escaped, modifiers kept") {
    auto r = run_elixir(R"ex(
IO.inspect ~r/ab+c/i
IO.inspect ~r{a/b}
IO.inspect ~r/a\/b/
IO.inspect ~r/\d+\.\n/
IO.inspect ~R/\d+\.\n/
IO.inspect ~r/x/imsxuf
x = "y"
IO.inspect ~r/a#{x}/
IO.inspect Regex.compile!("a", [:caseless])
IO.inspect Regex.compile!("\t/")
)ex");
    CHECK(r.error == "");
    CHECK(r.out ==
          "~r/ab+c/i\n~r/a\\/b/\n~r/a\\/b/\n~r/\\d+\\.\\n/\n~r/\\d+\\.\\n/\n~r/x/imsxuf\n~r/ay/\n"
          "Regex.compile!(\"a\", [:caseless])\n~r/\\t\\//\n");
  }
  TEST_CASE("Regex.run/3: groups that took no part are empty, trailing ones left out") {
    auto r = run_elixir(R"ex(
IO.inspect Regex.run(~r/(a)|(b)/, "a")
IO.inspect Regex.run(~r/(a)|(b)/, "b")
IO.inspect Regex.run(~r/(a)|(b)/, "b", return: :index)
IO.inspect Regex.run(~r/c(d)/, "abcd", capture: :all_but_first)
IO.inspect Regex.run(~r/c(d)/, "abcd", capture: :none)
IO.inspect Regex.run(~r/(?<b>c)(?<a>d)/, "abcd", capture: :all_names)
IO.inspect Regex.run(~r/b/, "abcb", offset: 2)
IO.inspect Regex.run(~r/e/, "abcd")
)ex");
    CHECK(r.error == "");
    CHECK(r.out ==
          "[\"a\", \"a\"]\n[\"b\", \"\", \"b\"]\n[{0, 1}, {-1, 0}, {0, 1}]\n[\"d\"]\n[]\n"
          "[\"d\", \"c\"]\n[\"b\"]\nnil\n");
  }
  TEST_CASE("Regex.scan/3 steps over empty matches as :re does") {
    auto r = run_elixir(R"ex(
IO.inspect Regex.scan(~r/x*/, "axxb")
IO.inspect Regex.scan(~r//u, "aé")
IO.inspect Regex.scan(~r//, "aé")
IO.inspect Regex.scan(~r/é/u, "aébé", return: :index)
)ex");
    CHECK(r.out ==
          "[[\"\"], [\"xx\"], [\"\"], [\"\"]]\n[[\"\"], [\"\"], [\"\"]]\n"
          "[[\"\"], [\"\"], [\"\"], [\"\"]]\n[[{1, 2}], [{4, 2}]]\n");
  }
  TEST_CASE("Regex.split/3: parts, trim, on and include_captures") {
    auto r = run_elixir(R"ex(
IO.inspect Regex.split(~r{-}, "a-b-c", parts: 2)
IO.inspect Regex.split(~r{}, "abc")
IO.inspect Regex.split(~r{a(?<second>b)c}, "abc", on: [:second])
IO.inspect Regex.split(~r{(x)}, "Elixir", include_captures: true)
IO.inspect Regex.split(~r{-}, "-a--b-", trim: true)
IO.inspect Regex.split(~r{-}, "")
)ex");
    CHECK(r.out ==
          "[\"a\", \"b-c\"]\n[\"\", \"a\", \"b\", \"c\", \"\"]\n[\"a\", \"c\"]\n"
          "[\"Eli\", \"x\", \"ir\"]\n[\"a\", \"b\"]\n[\"\"]\n");
  }
  TEST_CASE(
      "Regex.replace/4: \\N and \\g{N} references, a function of the captures, global: false") {
    auto r = run_elixir(R"ex(
IO.inspect Regex.replace(~r/a(b|d)c/, "abcadc", "[\\1]")
IO.inspect Regex.replace(~r/\.(\d)$/, "500.5", ".\\g{1}0")
IO.inspect Regex.replace(~r/a(b|d)c/, "abcadc", fn _, x -> "[#{x}]" end)
IO.inspect Regex.replace(~r/(a)(z)?/, "abc", fn a, b, c -> inspect({a, b, c}) end)
IO.inspect Regex.replace(~r/a/, "abcadc", "A", global: false)
IO.inspect Regex.replace(~r//, "abc", "-")
IO.inspect Regex.replace(~r/b/, "abc", "\\9x")
)ex");
    CHECK(r.error == "");
    CHECK(r.out ==
          "\"[b][d]\"\n\"500.50\"\n\"[b][d]\"\n\"{\\\"a\\\", \\\"a\\\", \\\"\\\"}bc\"\n"
          "\"Abcadc\"\n\"-a-b-c-\"\n\"axc\"\n");
  }
  TEST_CASE("without u the bytes 128-255 are Latin-1, as OTP's PCRE tables make them") {
    auto r = run_elixir(R"ex(
IO.inspect Regex.run(~r/\w+/, "héllo")
IO.inspect Regex.run(~r/\w+/u, "héllo")
IO.inspect Regex.match?(~r/^\xc9$/i, :erlang.list_to_binary([0xe9]))
)ex");
    CHECK(r.out == "[<<104, 195>>]\n[\"héllo\"]\ntrue\n");
  }
  TEST_CASE("compile errors say what PCRE says, at PCRE's position") {
    auto r = run_elixir(R"ex(
IO.inspect Regex.compile("a(")
IO.inspect Regex.compile("a)")
IO.inspect Regex.compile("(?<n>a)(?<n>b)")
IO.inspect Regex.compile("(?<=a+)b")
IO.inspect Regex.compile("a\\k<xyz>")
IO.inspect Regex.compile("a", "z")
try do
  Regex.compile!("[a")
rescue e -> IO.inspect e
end
)ex");
    CHECK(r.out ==
          "{:error, {'missing )', 2}}\n{:error, {'unmatched parentheses', 1}}\n"
          "{:error, {'two named subpatterns have the same name', 11}}\n"
          "{:error, {'lookbehind assertion is not fixed length', 6}}\n"
          "{:error, {'reference to non-existent subpattern', 7}}\n"
          "{:error, {:invalid_option, \"z\"}}\n"
          "%Regex.CompileError{\n  message: \"missing terminating ] for character class at "
          "position 2\"\n}\n");
  }
  TEST_CASE("a bad ~r is a Regex.CompileError when the code is compiled: nothing runs") {
    auto r = run_elixir("IO.puts \"a\"\nx = ~r/a(/\n");
    CHECK(r.out == "");
    CHECK(r.status == 1);
    CHECK(r.error ==
          "** (Regex.CompileError) missing ) at position 2\n"
          "    (elixir 1.14.0) lib/regex.ex:231: Regex.compile!/2\n"
          "    (elixir 1.14.0) expanding macro: Kernel.sigil_r/2\n"
          "    test.exs:2: (file)\n");
  }
  TEST_CASE("=~, String.match?/2, String.split/2 and String.replace/3 take a regex") {
    auto r = run_elixir(R"ex(
IO.inspect "foobar" =~ ~r/foo/
IO.inspect "foobar" =~ "oba"
IO.inspect String.match?("abc", ~r/d/)
IO.inspect String.split("a1b2c", ~r/\d/)
IO.inspect String.replace("a,b,c", ~r/,/, ";")
)ex");
    CHECK(r.out == "true\ntrue\nfalse\n[\"a\", \"b\", \"c\"]\n\"a;b;c\"\n");
  }
  TEST_CASE("catastrophic backtracking gives up at :re's match limit (no match), not hangs") {
    auto r = run_elixir("IO.inspect Regex.run(~r/(a+)+$/, String.duplicate(\"a\", 40) <> \"b\")");
    CHECK(r.error == "");
    CHECK(r.out == "nil\n");
  }
  TEST_CASE("Regex.run/3 on a subject that is not UTF-8, with u: ArgumentError") {
    auto r = run_elixir(
        "try do\n  Regex.run(~r/a/u, :erlang.list_to_binary([255, 97]))\nrescue e -> IO.inspect "
        "e\nend\n");
    CHECK(r.out == "%ArgumentError{message: \"argument error\"}\n");
  }
}

// The lexer: tokens, positions and whitespace as Elixir's tokenizer sees them.
#include <doctest/doctest.h>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/lexer.hpp"

using namespace taskplay::lang;

namespace {
std::string kinds(const std::string& src) {
  std::string out;
  for (const Token& t : lex(src)) {
    if (!out.empty()) out += " ";
    switch (t.kind) {
      case Tok::End:
        out += "END";
        break;
      case Tok::Newline:
        out += "NL";
        break;
      case Tok::Int:
        out += "int:" + t.text;
        break;
      case Tok::Float:
        out += "float:" + t.text;
        break;
      case Tok::Char:
        out += "char:" + t.text;
        break;
      case Tok::Atom:
        out += "atom:" + t.text;
        break;
      case Tok::KwKey:
        out += "kw:" + t.text;
        break;
      case Tok::Ident:
        out += "id:" + t.text;
        break;
      case Tok::Alias:
        out += "alias:" + t.text;
        break;
      case Tok::StrStart:
        out += "\"";
        break;
      case Tok::StrPart:
        out += "part:" + t.text;
        break;
      case Tok::InterpStart:
        out += "#{";
        break;
      case Tok::InterpEnd:
        out += "}#";
        break;
      case Tok::StrEnd:
        out += "\"/";
        break;
      case Tok::CharlistStart:
        out += "'";
        break;
      case Tok::CharlistEnd:
        out += "'/";
        break;
      case Tok::SigilStart:
        out += "~" + t.text.substr(0, 1);
        break;
      case Tok::SigilEnd:
        out += "~/" + t.text;
        break;
      case Tok::Op:
        out += t.text;
        break;
      case Tok::Keyword:
        out += "kw(" + t.text + ")";
        break;
    }
  }
  return out;
}
}  // namespace

TEST_SUITE("lang: lexer") {
  TEST_CASE("numbers: integers with underscores, hex, floats with exponents, ?a") {
    CHECK(kinds("1_000 0x1F 1.5e3 ?a") == "int:1000 int:1F float:1.5e3 char:97 END");
  }
  TEST_CASE("a range is not a float: 1..3") { CHECK(kinds("1..3") == "int:1 .. int:3 END"); }
  TEST_CASE("atoms, keyword keys, aliases and identifiers with ? and !") {
    CHECK(kinds(":ok :\"a b\" do: x Fib.of alive? fetch!") ==
          "atom:ok atom:a b kw:do id:x alias:Fib . id:of id:alive? id:fetch! END");
  }
  TEST_CASE("string interpolation is a token sequence the parser reads as code") {
    CHECK(kinds("\"a#{x + 1}b\"") == "\" part:a #{ id:x + int:1 }# part:b \"/ END");
  }
  TEST_CASE("escapes: \\n \\t \\\" \\u{e9}") {
    auto t = lex("\"\\n\\t\\\"\\u{e9}\"");
    CHECK(t[1].text == "\n\t\"\xc3\xa9");
  }
  TEST_CASE("comments are skipped, line breaks are tokens") {
    CHECK(kinds("a # comment\nb") == "id:a NL id:b END");
  }
  TEST_CASE("longest operator first: === !== |> <> ++ -> **") {
    CHECK(kinds("a === b !== c |> d <> e ++ f -> g ** h") ==
          "id:a === id:b !== id:c |> id:d <> id:e ++ id:f -> id:g ** id:h END");
  }
  TEST_CASE("whitespace before a token is recorded (f -1 versus f - 1)") {
    auto t = lex("f -1");
    CHECK(t[1].space_before);
    CHECK_FALSE(t[2].space_before);
  }
  TEST_CASE("positions are 1-based lines and columns") {
    auto t = lex("a\n  bc");
    CHECK(t[2].line == 2);
    CHECK(t[2].col == 3);
  }
  TEST_CASE("an unterminated string is incomplete input (the shell waits for more)") {
    try {
      lex("\"abc");
      FAIL("no error");
    } catch (const SyntaxError& e) {
      CHECK(e.incomplete);
      CHECK(e.message == "missing terminator: \" (for string starting at line 1)");
    }
  }
  TEST_CASE("heredocs strip the closing delimiter's indentation") {
    auto t = lex("\"\"\"\n  a\n    b\n  \"\"\"");
    CHECK(t[1].text == "a\n  b\n");
  }
  TEST_CASE("sigils: the text as written, interpolation in lower-case ones, modifiers") {
    CHECK(kinds("~w(a b)a") == "~w part:a b ~/a END");
    CHECK(kinds("~r/x#{y}\\n/i") == "~r part:x #{ id:y }# part:\\n ~/i END");
    CHECK(kinds("~S(#{y})") == "~S part:#{y} ~/ END");
    // every delimiter; an escaped terminator is the terminator; \\ stays two characters
    CHECK(kinds("~s|a| ~s\"b\" ~s'c' ~s(d) ~s[e] ~s{f} ~s<g> ~s/h/") ==
          "~s part:a ~/ ~s part:b ~/ ~s part:c ~/ ~s part:d ~/ ~s part:e ~/ ~s part:f ~/ ~s part:g "
          "~/ ~s part:h ~/ END");
    CHECK(kinds("~S/a\\/b/") == "~S part:a/b ~/ END");
    CHECK(kinds("~S/a\\\\/") == "~S part:a\\\\ ~/ END");
    CHECK(kinds("~s(a(b)") == "~s part:a(b ~/ END");
  }
  TEST_CASE("sigil heredocs strip the closing delimiter's indentation") {
    CHECK(kinds("~w\"\"\"\n  a b\n  \"\"\"") == "~w part:a b\n ~/ END");
    CHECK(kinds("~S'''\n x\n '''") == "~S part:x\n ~/ END");
  }
  TEST_CASE("sigil errors: an unknown delimiter, a missing terminator (incomplete input)") {
    try {
      lex("x = ~s+a+");
      FAIL("no error");
    } catch (const SyntaxError& e) {
      CHECK(e.message ==
            "invalid sigil delimiter: \"+\" (column 7, code point U+002B). The available "
            "delimiters are: //, ||, \"\", '', (), [], {}, <>");
      CHECK(e.col == 5);
    }
    try {
      lex("x = ~s(abc\n");
      FAIL("no error");
    } catch (const SyntaxError& e) {
      CHECK(e.incomplete);
      CHECK(e.message == "missing terminator: ) (for sigil ~s( starting at line 1)");
    }
  }
  TEST_CASE("operator keyword keys, atoms with @, interpolated quoted atoms and keys") {
    CHECK(kinds("[==: 4, <: 2]") == "[ kw:== int:4 , kw:< int:2 ] END");
    CHECK(kinds("[+: 1, -: 2, |>: 3]") == "[ kw:+ int:1 , kw:- int:2 , kw:|> int:3 ] END");
    CHECK(kinds("x == :y") == "id:x == atom:y END");  // `==:` only with a space after
    CHECK(kinds(":foo@bar foo@bar: 1") == "atom:foo@bar kw:foo@bar int:1 END");
    // an interpolated atom or key: a marked token, then the string's tokens
    CHECK(kinds(":\"x#{y}\"") == "atom: \" part:x #{ id:y }# \"/ END");
    CHECK(kinds("[\"k#{y}\": 1]") == "[ kw: \" part:k #{ id:y }# \"/ int:1 ] END");
    CHECK(lex(":\"x#{y}\"")[0].base == 1);
    try {
      lex("foo@bar");
      FAIL("no error");
    } catch (const SyntaxError& e) {
      CHECK(e.message == "invalid character \"@\" (code point U+0040) in identifier: foo@bar");
    }
  }
  TEST_CASE("Unicode letters in identifiers, atoms and keys; symbols are not letters") {
    CHECK(kinds("olá = :日本") == "id:olá = atom:日本 END");
    CHECK(kinds("[größe?: 1] :é! x̃") == "[ kw:größe? int:1 ] atom:é! id:x̃ END");
    CHECK_THROWS_AS(lex("a→b"), SyntaxError);
    CHECK(taskplay::inspect_atom(taskplay::Atom("ñandú")) == ":ñandú");
    CHECK(taskplay::inspect_atom(taskplay::Atom("a→b")) == ":\"a→b\"");
    CHECK(taskplay::inspect_atom(taskplay::Atom("ǅx")) == ":\"ǅx\"");
  }
  TEST_CASE("unescape: ~s and ~c resolve every escape, ~r only those Regex.unescape_map/1 does") {
    CHECK(unescape("a\\nb\\\\c\\x41\\u00e9\\#", false, 1, 1) == "a\nb\\cA\xc3\xa9#");
    CHECK(unescape("\\d+\\.\\n\\t\\\\", true, 1, 1) == "\\d+\\.\n\t\\\\");
  }
}

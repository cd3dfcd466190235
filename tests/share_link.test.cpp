// Share links (ui/share_link.hpp): what goes in the URL's fragment and back.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ui/share_link.hpp"

using namespace taskplay::ui;

TEST_SUITE("share link") {
  TEST_CASE("base64url follows RFC 4648's test vectors, without padding") {
    const char* plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char* coded[] = {"", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"};
    for (int i = 0; i < 7; ++i) {
      CHECK(base64url_encode(plain[i]) == coded[i]);
      CHECK(base64url_decode(coded[i]) == std::string(plain[i]));
    }
    // the URL-safe alphabet: - and _ where base64 has + and /
    CHECK(base64url_encode("\xfb\xff") == "-_8");
    CHECK(base64url_decode("-_8") == std::string("\xfb\xff"));
    CHECK_FALSE(base64url_decode("Zm9v!").has_value());
  }

  TEST_CASE("an old scenario link (#s=) gives back its lines") {
    const std::vector<std::string> lines{"x = 40 + 2", "IO.puts(\"é\")"};
    const std::string fragment = encode_scenario(lines);
    CHECK(fragment.rfind("s=", 0) == 0);
    CHECK(decode_scenario("#" + fragment) == std::string("x = 40 + 2\nIO.puts(\"é\")"));
    CHECK(decode_scenario("x=1&" + fragment) == std::string("x = 40 + 2\nIO.puts(\"é\")"));
    CHECK_FALSE(decode_scenario("#nothing").has_value());
  }

  TEST_CASE(
      "a link's fragment: a run (#r=), an older link's lines (#s=), or why it is unreadable") {
    const LinkFragment run = parse_fragment("#" + recording_fragment("\x78\x9c\x01"));
    CHECK(run.kind == LinkFragment::Kind::recording);
    CHECK(run.data == "\x78\x9c\x01");
    // a fragment may carry other keys: the run is found among them
    CHECK(parse_fragment("x=1&" + recording_fragment("abc")).data == "abc");
    const LinkFragment lines = parse_fragment(encode_scenario({"1 + 1"}));
    CHECK(lines.kind == LinkFragment::Kind::scenario);
    CHECK(lines.data == "1 + 1");
    CHECK(parse_fragment("#r=").problem == "the link is cut short: it holds no run");
    // edited by hand: characters base64url never has
    for (const char* bad : {"#r=ab$cd", "#s=%%", "#r=abc def"}) {
      CAPTURE(bad);
      const LinkFragment f = parse_fragment(bad);
      CHECK(f.kind == LinkFragment::Kind::unreadable);
      CHECK(f.problem == "the link is damaged: it holds characters a taskplay link never has");
    }
    CHECK(parse_fragment("").kind == LinkFragment::Kind::none);
    CHECK(parse_fragment("#section-2").kind == LinkFragment::Kind::none);
  }
}

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
}

// Built-ins pay for their work (issue 13 item 8): a built-in whose result would be huge
// checks the process's heap limit before making it, so the one process is killed with the
// runtime's "maximum heap size reached" instead of the machine hanging or aborting.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

namespace {
void check_killed(const std::string& source) {
  Ran r = run_elixir(source);
  CHECK(r.finished);
  CHECK(r.status == 1);
  CHECK(r.out == "");
  CHECK(r.error.find("killed") != std::string::npos);
}
}  // namespace

TEST_SUITE("builtins pay") {
  TEST_CASE("String.pad_leading/2 and pad_trailing/3 to 100 GB stop at the heap limit") {
    check_killed("IO.puts(String.pad_leading(\"\", 100_000_000_000))");
    check_killed("IO.puts(String.pad_trailing(\"x\", 100_000_000_000, \"ab\"))");
  }
  TEST_CASE("Integer.pow(2, 10_000_000_000) and 7 ** 1e10 stop at the heap limit") {
    check_killed("IO.puts(Integer.pow(2, 10_000_000_000))");
    check_killed("IO.puts(-7 ** 10_000_000_000)");
  }
  TEST_CASE("ordinary sizes are untouched") {
    Ran r = run_elixir(
        "IO.puts(String.pad_leading(\"ab\", 5, \"-\"))\nIO.puts(rem(2 ** 100_000, 1000))\n"
        "IO.puts(Integer.pow(3, 40))");
    CHECK(r.out == "---ab\n376\n12157665459056928801\n");
  }
}

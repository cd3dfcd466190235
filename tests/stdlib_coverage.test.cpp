// How much of Elixir's everyday library taskplay defines: every public function of Kernel,
// Enum, String, Map, ... as real Elixir 1.14 lists them (tests/data/elixir_functions.txt,
// written by scripts/elixir-functions.exs), asked of function_exported?/3. The functions
// taskplay does not have yet are listed below; one that goes missing fails the suite, so
// the figure only grows. The figure per module is printed (doctest -s, or on failure).
#include <doctest/doctest.h>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "elixir_functions.hpp"
#include "support.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/runtime.hpp"

using namespace taskplay;

namespace {

// Not defined by taskplay yet.
constexpr std::string_view kMissing = R"(

)";

struct Fun {
  std::string module;  // "Enum"
  std::string name;    // "map"
  uint32_t arity;
  std::string text;  // "Enum.map/2"
};

std::vector<Fun> elixir_functions() {
  std::vector<Fun> out;
  std::istringstream in{std::string(kElixirFunctions)};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // Module.name/arity; a name may hold dots and slashes of its own (Kernel.//2, Kernel.../2)
    size_t slash = line.rfind('/');
    size_t dot = line.find('.');
    out.push_back({line.substr(0, dot), line.substr(dot + 1, slash - dot - 1),
                   static_cast<uint32_t>(std::stoul(line.substr(slash + 1))), line});
  }
  return out;
}

std::set<std::string> missing_list() {
  std::set<std::string> out;
  std::istringstream in{std::string(kMissing)};
  std::string line;
  while (in >> line) out.insert(line);
  return out;
}

}  // namespace

TEST_SUITE("stdlib: coverage") {
  TEST_CASE("function_exported?/3 knows Elixir 1.14's everyday functions, and none goes missing") {
    Runtime rt;
    auto funs = elixir_functions();
    REQUIRE(funs.size() == 564);
    auto allowed = missing_list();
    std::map<std::string, std::pair<int, int>> per_module;  // defined, of
    std::string regressed, now_defined;
    int defined = 0;
    for (const Fun& f : funs) {
      bool ok = lang::function_exported(rt, Atom("Elixir." + f.module), Atom(f.name), f.arity);
      auto& [d, n] = per_module[f.module];
      ++n;
      if (ok) ++d, ++defined;
      if (!ok && !allowed.count(f.text)) regressed += " " + f.text;
      if (ok && allowed.count(f.text)) now_defined += " " + f.text;
    }
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.1f%%",
                  100.0 * defined / static_cast<double>(funs.size()));
    std::string report = "taskplay defines " + std::to_string(defined) + " of " +
                         std::to_string(funs.size()) + " (" + percent + "):";
    for (const auto& [m, dn] : per_module)
      report += " " + m + " " + std::to_string(dn.first) + "/" + std::to_string(dn.second);
    MESSAGE(report);
    INFO(report);
    // a function taskplay had is gone (or was never there and is not in kMissing)
    CHECK_MESSAGE(regressed.empty(), "missing:" << regressed);
    // defined now: take it off kMissing so the list stays true
    CHECK_MESSAGE(now_defined.empty(), "defined now, remove from kMissing:" << now_defined);
  }
  TEST_CASE("function_exported?/3: macros are not functions, private functions are not exported") {
    Runtime rt;
    CHECK(lang::function_exported(rt, Atom("Elixir.Enum"), Atom("map"), 2));
    CHECK_FALSE(lang::function_exported(rt, Atom("Elixir.Enum"), Atom("map"), 3));
    CHECK_FALSE(lang::function_exported(rt, Atom("Elixir.Kernel"), Atom("is_nil"), 1));
    CHECK_FALSE(lang::function_exported(rt, Atom("Elixir.Kernel"), Atom("then"), 2));
    CHECK_FALSE(lang::function_exported(rt, Atom("Elixir.Integer"), Atom("is_even"), 1));
    CHECK_FALSE(lang::function_exported(rt, Atom("Elixir.Enum"), Atom("map_list"), 2));
    CHECK(lang::function_exported(rt, Atom("lists"), Atom("reverse"), 1));
  }
}

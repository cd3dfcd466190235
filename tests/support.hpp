#pragma once
// Test support: a World is a runtime on a virtual clock plus a notebook of
// what the test's processes saw, so that a concurrency scenario reads as a
// straight-line story (time moves only when the test runs the world).

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "taskplay/inspect.hpp"
#include "taskplay/library.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::test {

struct World {
  Runtime rt;
  std::vector<std::string> seen;

  // Elixir's library (Task, Supervisor, Agent, ...) is installed, as in the shell.
  explicit World(RuntimeOptions o = {}) : rt(o) { install_library(rt); }

  Pid spawn(Body b) { return rt.spawn(std::move(b)); }
  // Run until every process waits (virtual time jumps over timers).
  void run(uint64_t max_reductions = 50'000'000) { rt.run_until_idle(max_reductions); }
  void note(const Term& t) { seen.push_back(inspect(t)); }
  void note(std::string s) { seen.push_back(std::move(s)); }

  // The exit reason the trace recorded for `pid` as show() prints it ("alive" if none).
  std::string reason(Pid pid) const;
};

// inspect, with every stack trace after an error written :stacktrace, the
// way docs/semantics.md normalizes them: {%RuntimeError{message: "boom"}, :stacktrace}.
std::string show(const Term& t);
inline std::string show(Pid p) { return inspect(Term(p)); }

}  // namespace taskplay::test

namespace doctest {
// Show vectors of strings (what a scenario saw) in failure messages.
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "[";
    for (size_t k = 0; k < v.size(); ++k) s += (k ? ", \"" : "\"") + v[k] + "\"";
    return String((s + "]").c_str());
  }
};
}  // namespace doctest

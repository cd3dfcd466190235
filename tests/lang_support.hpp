#pragma once
// Test support for the language: run a script on a fresh runtime (virtual
// clock) and get what it printed, as `elixir FILE.exs` would print it.

#include <string>
#include <vector>

#include "support.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/script.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::test {

using taskplay::without_ids;  // as scripts/conformance compares outputs

struct Ran {
  std::string out;                // stdout
  std::string error;              // what elixir would print on stderr
  std::vector<std::string> logs;  // Logger's reports (on stderr too), in order
  int status = 0;
  bool finished = true;
  std::string reason;  // the script process's exit reason, as show() prints it
};

inline Ran run_elixir(const std::string& source, uint64_t max_reductions = 200'000'000,
                      RuntimeOptions opts = {}) {
  Runtime rt(opts);
  lang::State& st = lang::state(rt);
  Ran ran;
  st.output = [&](Pid, std::string_view s) { ran.out += s; };
  st.error_output = [&](Pid, std::string_view s) { ran.error += s; };
  auto r = lang::run_script(rt, source, "test.exs", max_reductions);
  ran.error += r.error;
  ran.status = r.status;
  ran.finished = r.finished;
  ran.reason = show(r.reason);
  const Trace& t = rt.trace();
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].kind == EventKind::log) ran.logs.emplace_back(t[k].data.binary());
  return ran;
}

}  // namespace taskplay::test

#include "ui/process_kind.hpp"

#include <algorithm>

#include "taskplay/inspect.hpp"

namespace taskplay::ui {

std::string process_kind(const Runtime& rt, const Observer& observer,
                         const std::vector<Pid>& shells, Pid pid) {
  if (std::find(shells.begin(), shells.end(), pid) != shells.end()) return "shell";
  const ProcessRecord* r = observer.find(pid);
  Atom label = r ? r->label : atoms::nil;
  if (const Process* p = rt.find(pid); p && p->label != atoms::nil) label = p->label;
  if (label == atoms::nil) return "process";
  std::string name = inspect_atom(label);
  if (!name.empty() && name[0] == ':') name.erase(0, 1);
  return name;
}

std::string pid_short(Pid pid) {
  std::string s = inspect(Term(pid));  // #PID<0.101.0>
  if (s.size() > 6 && s.rfind("#PID<", 0) == 0) return s.substr(5, s.size() - 6);
  return s;
}

std::string thousands(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

bool is_plumbing(const Event& e) {
  if (e.kind != EventKind::send && e.kind != EventKind::receive) return false;
  return e.data.is_tuple(1) && e.data[0].is_atom(Atom("$shell_input"));
}

}  // namespace taskplay::ui

#include "ui/server_view.hpp"

#include "taskplay/inspect.hpp"
#include "ui/process_kind.hpp"

namespace taskplay::ui {

std::optional<Term> server_state(const Process& p) {
  // a supervisor's state is its children, which the Supervisors panel shows
  if (!p.status_source || is_supervisor_label(p.label)) return std::nullopt;
  return p.status_source->server_state();
}

std::string server_state_text(const Process& p, int limit) {
  std::optional<Term> st = server_state(p);
  if (!st) return "";
  InspectOpts opts;
  opts.limit = limit;
  return inspect(*st, opts);
}

Atom user_module(const Process& p) {
  if (!p.status_source) return atoms::nil;
  const Atom m = p.status_source->server_module();
  static const Atom kDefault("Elixir.Supervisor.Default"), kAgent("Elixir.Agent.Server"),
      kDynamic("Elixir.DynamicSupervisor"), kTaskSup("Elixir.Task.Supervisor");
  if (m == kDefault || m == kAgent || m == kDynamic || m == kTaskSup) return atoms::nil;
  return m;
}

}  // namespace taskplay::ui

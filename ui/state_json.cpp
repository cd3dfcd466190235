#include "ui/state_json.hpp"

#include <algorithm>

#include "taskplay/inspect.hpp"
#include "taskplay/json.hpp"
#include "taskplay/supervisor_status.hpp"
#include "ui/process_kind.hpp"
#include "ui/server_view.hpp"

namespace taskplay::ui {

namespace {

const char* kind_name(ConsoleLine::Kind k) {
  switch (k) {
    case ConsoleLine::Kind::input:
      return "input";
    case ConsoleLine::Kind::output:
      return "output";
    case ConsoleLine::Kind::error:
      return "error";
    case ConsoleLine::Kind::log:
      return "log";
    case ConsoleLine::Kind::note:
      return "note";
  }
  return "";
}

std::string pid_text(Pid p) { return inspect(Term(p)); }

void pid_list(std::string& out, const std::vector<Pid>& pids) {
  out += '[';
  for (size_t i = 0; i < pids.size(); ++i) {
    if (i) out += ',';
    json::string(out, pid_text(pids[i]));
  }
  out += ']';
}

}  // namespace

std::string state_json(const Session& s, const SharedView& view, std::uint64_t frames) {
  const Runtime& rt = s.runtime();
  const ShellLink& shell = s.shell();
  std::string out = "{";
  json::key(out, "frame");
  json::number(out, static_cast<double>(frames));
  json::key(out, "paused");
  out += s.paused() ? "true" : "false";
  json::key(out, "speed");
  json::number(out, s.speed());
  json::key(out, "steps");
  json::number(out, static_cast<double>(s.shown_step()));
  json::key(out, "manual_steps");
  json::number(out, static_cast<double>(s.stats().manual_steps));

  // [SECTION] Time travel: the position shown, the live run's, the recording
  json::key(out, "travel");
  out += '{';
  json::key(out, "viewing_past");
  out += s.viewing_past() ? "true" : "false";
  json::key(out, "target_step");
  json::number(out, static_cast<double>(s.target_step()));
  json::key(out, "live_steps");
  json::number(out, static_cast<double>(s.live().steps()));
  json::key(out, "live_events");
  json::number(out, static_cast<double>(s.live().runtime().trace().total()));
  json::key(out, "rebuilding");
  if (auto r = s.rebuilding())
    json::number(out, *r);
  else
    out += "null";
  json::key(out, "highlight");
  if (auto h = s.highlight())
    json::number(out, static_cast<double>(*h));
  else
    out += "null";
  json::key(out, "inputs");
  json::number(out, static_cast<double>(s.inputs().size()));
  json::key(out, "branches");
  json::number(out, static_cast<double>(s.branches().size()));
  json::key(out, "replayed_steps");
  json::number(out, static_cast<double>(s.stats().replayed_steps));
  json::key(out, "trace_hash");
  json::number(out, static_cast<double>(s.shown().trace_hash()));
  json::key(out, "live_hash");
  json::number(out, static_cast<double>(s.live().trace_hash()));
  json::key(out, "problem");
  json::string(out, s.open_problem());
  out += '}';
  json::key(out, "time_us");
  json::number(out, static_cast<double>(rt.now_us()));
  json::key(out, "events");
  json::number(out, static_cast<double>(rt.trace().total()));
  json::key(out, "process_count");
  json::number(out, static_cast<double>(rt.process_count()));
  json::key(out, "process_limit");
  json::number(out, static_cast<double>(rt.options().max_processes));
  json::key(out, "records_alive");  // the observer's (the panels'): the exited until cleared
  json::number(out, static_cast<double>(s.observer().alive_count()));
  json::key(out, "records_exited");
  json::number(out, static_cast<double>(s.observer().exited_count()));
  json::key(out, "selected");
  if (view.selected)
    json::string(out, pid_text(view.selected));
  else
    out += "null";
  // what the status line says (it fades after a few seconds; this keeps the last), and the
  // last share link made
  json::key(out, "status");
  json::string(out, view.status);
  json::key(out, "link");
  json::string(out, view.link);

  // [SECTION] The last events, as the trace formats them
  json::key(out, "last_events");
  out += '[';
  {
    const Trace& tr = rt.trace();
    std::vector<size_t> picked;
    for (size_t i = tr.size(); i-- > 0 && picked.size() < 40;)
      if (!is_plumbing(tr[i])) picked.push_back(i);
    for (size_t k = picked.size(); k-- > 0;) {
      if (k + 1 != picked.size()) out += ',';
      json::string(out, tr.format(tr[picked[k]]));
    }
  }
  out += ']';

  // [SECTION] The shell
  json::key(out, "shell");
  out += '{';
  const Process* sp = rt.find(shell.pid());
  json::key(out, "pid");
  json::string(out, pid_text(shell.pid()));
  json::key(out, "generation");
  json::number(out, shell.generation());
  json::key(out, "busy");
  out += shell.busy() ? "true" : "false";
  json::key(out, "waiting");
  out += sp && sp->state == ProcessState::waiting && shell.busy() ? "true" : "false";
  json::key(out, "timeout_left_ms");
  if (sp && sp->state == ProcessState::waiting && sp->receive_deadline_us >= 0)
    json::number(out, static_cast<double>(sp->receive_deadline_us - rt.now_us()) / 1000.0);
  else
    out += "null";
  json::key(out, "trap_exit");
  out += sp && sp->trap_exit ? "true" : "false";
  json::key(out, "prompt");
  json::string(out, shell.prompt());
  json::key(out, "current");
  json::string(out, shell.current_input());
  json::key(out, "queued");
  out += '[';
  for (size_t i = 0; i < shell.queued().size(); ++i) {
    if (i) out += ',';
    json::string(out, shell.queued()[i]);
  }
  out += ']';
  json::key(out, "mailbox");
  out += '[';
  if (sp) {
    bool first = true;
    for (const Mailbox::Node* m = sp->mailbox.first(); m; m = m->next) {
      if (!first) out += ',';
      first = false;
      json::string(out, inspect(m->message));
    }
  }
  out += ']';
  json::key(out, "bindings");
  out += '{';
  for (const auto& [name, value] : shell.bindings()) {
    json::key(out, name);
    json::string(out, inspect(value));
  }
  out += "}}";

  // [SECTION] The console (the last 400 lines)
  json::key(out, "console");
  out += '[';
  const auto& lines = shell.transcript();
  const size_t from = lines.size() > 400 ? lines.size() - 400 : 0;
  for (size_t i = from; i < lines.size(); ++i) {
    if (i > from) out += ',';
    out += "{\"kind\":";
    json::string(out, kind_name(lines[i].kind));
    out += ",\"prompt\":";
    json::string(out, lines[i].prompt);
    out += ",\"text\":";
    json::string(out, lines[i].text);
    out += '}';
  }
  out += ']';

  // [SECTION] Processes (the newest 300, the dead ones with their reason)
  json::key(out, "processes");
  out += '[';
  const auto& records = s.observer().processes();
  const size_t pfrom = records.size() > 300 ? records.size() - 300 : 0;
  for (size_t i = pfrom; i < records.size(); ++i) {
    const ProcessRecord& r = records[i];
    const Process* p = r.alive ? rt.find(r.pid) : nullptr;
    if (i > pfrom) out += ',';
    out += '{';
    json::key(out, "pid");
    json::string(out, pid_text(r.pid));
    json::key(out, "kind");
    json::string(out, process_kind(rt, s.observer(), shell.shells(), r.pid));
    json::key(out, "alive");
    out += r.alive ? "true" : "false";
    json::key(out, "state");
    json::string(out, p ? state_name(p->state) : "exited");
    json::key(out, "server_state");  // what :sys.get_state/1 answers, if a server
    if (p && server_state(*p))
      json::string(out, server_state_text(*p, InspectOpts{}.limit));
    else
      out += "null";
    json::key(out, "reason");
    if (r.alive)
      out += "null";
    else
      json::string(out, inspect(r.reason));
    json::key(out, "parent");
    json::string(out, r.parent ? pid_text(r.parent) : "");
    json::key(out, "links");
    pid_list(out, p ? p->links : r.last_links);
    json::key(out, "monitors");
    std::vector<Pid> watching;
    if (p)
      for (const Monitor& m : p->watching) watching.push_back(m.pid);
    pid_list(out, watching);
    json::key(out, "trap_exit");
    out += p && p->trap_exit ? "true" : "false";
    json::key(out, "mailbox");
    json::number(out, p ? static_cast<double>(p->mailbox.size()) : 0);
    out += '}';
  }
  out += ']';

  // [SECTION] Supervisors
  json::key(out, "supervisors");
  out += '[';
  bool first = true;
  for (uint32_t sup : s.observer().supervisors()) {
    const ProcessRecord& r = s.observer().processes()[sup];
    const Process* live = r.alive ? rt.find(r.pid) : nullptr;
    if (!live || !live->status_source) continue;
    const Process& p = *live;
    auto st = read_supervisor_status(p.status());
    if (!st) continue;
    if (!first) out += ',';
    first = false;
    out += '{';
    json::key(out, "pid");
    json::string(out, pid_text(p.pid));
    json::key(out, "module");  // a module-based supervisor's module, else null
    if (Atom m = user_module(p); m != atoms::nil)
      json::string(out, inspect_atom(m));
    else
      out += "null";
    json::key(out, "strategy");
    json::string(out, inspect_atom(st->strategy));
    json::key(out, "max_restarts");
    json::number(out, static_cast<double>(st->max_restarts));
    json::key(out, "max_seconds");
    json::number(out, static_cast<double>(st->max_seconds));
    json::key(out, "restarts_in_window");
    json::number(out, static_cast<double>(st->restarts_in_window(rt.now_us() / 1'000'000)));
    json::key(out, "children");
    out += '[';
    for (size_t i = 0; i < st->children.size(); ++i) {
      const SupervisorChildStatus& c = st->children[i];
      if (i) out += ',';
      out += "{\"id\":";
      json::string(out, inspect(c.id));
      out += ",\"pid\":";
      json::string(out, inspect(c.pid));
      out += ",\"restart\":";
      json::string(out, inspect(restart_term(c.restart)));
      out += '}';
    }
    out += "]}";
  }
  out += ']';

  // [SECTION] The scenario a share link would carry
  json::key(out, "scenario");
  out += '[';
  const std::vector<std::string> scenario = s.scenario();
  for (size_t i = 0; i < scenario.size(); ++i) {
    if (i) out += ',';
    json::string(out, scenario[i]);
  }
  out += "]}";
  return out;
}

}  // namespace taskplay::ui

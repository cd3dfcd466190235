#include "taskplay/logger.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::logger {

// [SECTION] The level

namespace {
const Atom kLevels[] = {Atom("emergency"), Atom("alert"),  Atom("critical"), Atom("error"),
                        Atom("warning"),   Atom("notice"), Atom("info"),     Atom("debug")};
const Atom kAll("all"), kNone("none"), kWarn("warn");
struct Config {
  Atom level = Atom("debug");
};
}  // namespace

int severity(Atom level) {
  for (int i = 0; i < 8; ++i)
    if (kLevels[i] == level) return i;
  return -1;
}

Atom level(Runtime& rt) { return rt.extension<Config>().level; }

bool set_level(Runtime& rt, Atom l) {
  if (l == kWarn) l = Atom("warning");
  if (severity(l) < 0 && l != kAll && l != kNone) return false;
  rt.extension<Config>().level = l;
  return true;
}

bool enabled(Runtime& rt, Atom l) {
  const Atom current = level(rt);
  if (current == kNone) return false;
  if (current == kAll) return true;
  int s = severity(l);
  return s >= 0 && s <= severity(current);
}

std::string console_text(Atom level, std::string_view text) {
  const std::string& l = level == atoms::nil ? std::string("error") : level.name();
  return "\n[" + l + "] " + std::string(text) + "\n";
}

namespace {

// What `raise` and the BEAM's own errors put first in an exit reason.
bool looks_like_error(const Term& e) {
  if (e.is_exception()) return true;
  if (e.is_atom(atoms::badarith) || e.is_atom(atoms::badarg) || e.is_atom(atoms::function_clause) ||
      e.is_atom(atoms::system_limit))
    return true;
  if (e.is_tuple(2) && e[0].is_atom()) {
    const std::string& tag = e[0].atom_value().name();
    return tag == "nocatch" || tag == "badkey" || tag == "badmatch" || tag == "case_clause" ||
           tag == "badfun" || tag == "badarity";
  }
  return false;
}

std::string format_exit_reason(const Term& r) {
  if (r.is_atom(atoms::normal)) return "normal";
  if (r.is_atom(atoms::shutdown)) return "shutdown";
  if (r.is_tuple(2) && r[0].is_atom(atoms::shutdown)) return "shutdown: " + inspect(r[1]);
  if (r.is_atom(Atom("calling_self"))) return "process attempted to call itself";
  if (r.is_atom(atoms::timeout)) return "time out";
  if (r.is_atom(atoms::killed)) return "killed";
  if (r.is_atom(Atom("noconnection"))) return "no connection";
  if (r.is_atom(atoms::noproc))
    return "no process: the process is not alive or there's no process currently associated "
           "with the given name, possibly because its application isn't started";
  if (r.is_tuple(2) && r[0].is_atom()) {
    const std::string& tag = r[0].atom_value().name();
    if (tag == "nodedown" && r[1].is_atom()) return "no connection to " + r[1].atom_value().name();
    if (tag == "already_started") return "already started: " + inspect(r[1]);
    if (tag == "bad_return_value") return "bad return value: " + inspect(r[1]);
    if (tag == "bad_call") return "bad call: " + inspect(r[1]);
    if (tag == "bad_cast") return "bad cast: " + inspect(r[1]);
  }
  return inspect(r);
}

std::string format_exit(const Term& reason, const std::string& joiner) {
  if (is_error_with_stacktrace(reason)) {
    Term e = normalize_error(reason[0], reason[1]);
    return "an exception was raised:" + joiner + "** (" + inspect_atom(e.struct_name()) + ") " +
           exception_message(e);
  }
  // {:shutdown, {:failed_to_start_child, id, reason}}: a supervisor's failed init
  if (reason.is_tuple(2) && reason[0].is_atom(atoms::shutdown) && reason[1].is_tuple(3) &&
      reason[1][0].is_atom(Atom("failed_to_start_child"))) {
    Term why = reason[1][2];
    if (why.is_tuple(2) && why[0].is_atom(atoms::EXIT)) why = why[1];
    return "shutdown: failed to start child: " + inspect(reason[1][1]) + joiner + "** (EXIT) " +
           format_exit(why, joiner + "    ");
  }
  // {reason, {mod, fun, args}}: an exit from a call such as GenServer.call/3
  if (reason.is_tuple(2) && reason[1].is_tuple(3) && reason[1][0].is_atom() &&
      reason[1][1].is_atom() && reason[1][2].is_list()) {
    return "exited in: " + format_mfa(reason[1][0], reason[1][1], reason[1][2]) + joiner +
           "** (EXIT) " + format_exit(reason[0], joiner + "    ");
  }
  return format_exit_reason(reason);
}

}  // namespace

bool is_error_with_stacktrace(const Term& reason) {
  if (!reason.is_tuple(2) || !is_stack_trace(reason[1])) return false;
  // Elixir asks for a non-empty stack trace; errors raised by C++ code here
  // carry an empty one, so an error-shaped first element also counts.
  return reason[1].is_cons() || looks_like_error(reason[0]);
}

std::string format_exit(const Term& reason) { return format_exit(reason, "\n    "); }

namespace {

// "-of/1-fun-0-" -> {"of", "1"}: the function an anonymous fn was defined in
bool anonymous_parent(const std::string& name, std::string& fun, std::string& arity) {
  if (name.size() < 2 || name[0] != '-') return false;
  size_t slash = name.find('/');
  size_t dash = name.find("-fun-");
  if (slash == std::string::npos || dash == std::string::npos || dash < slash) return false;
  fun = name.substr(1, slash - 1);
  arity = name.substr(slash + 1, dash - slash - 1);
  return true;
}

std::string module_name(const Term& m) {
  return m.is_atom() ? inspect_atom(m.atom_value()) : inspect(m);
}

// The application of the Elixir and OTP modules whose frames taskplay's stack traces hold
// (the frames under a task, task.cpp; erl_eval's for funs typed at the prompt, vm.cpp),
// with the versions Elixir 1.14.0 on OTP 25 prints.
std::unordered_map<uint32_t, std::string>& applications() {
  static std::unordered_map<uint32_t, std::string> apps;
  return apps;
}

const char* application_of(const Term& module) {
  for (const char* m :
       {"proc_lib",  "erl_eval", "gen_server", "ets",    "gen",      "timer",   "lists",
        "maps",      "string",   "io_lib",     "binary", "unicode",  "math",    "queue",
        "proplists", "calendar", "rand",       "sets",   "gb_trees", "gb_sets", "orddict"})
    if (module.is_atom(Atom(m))) return "stdlib 4.2";
  // the library's modules written in C++ (the prelude's register their application)
  for (const char* m : {"Elixir.Task.Supervised", "Elixir.Agent.Server", "Elixir.GenServer",
                        "Elixir.Task", "Elixir.Process", "Elixir.Agent", "Elixir.Supervisor",
                        "Elixir.DynamicSupervisor", "Elixir.Task.Supervisor"})
    if (module.is_atom(Atom(m))) return "elixir 1.14.0";
  if (module.is_atom()) {
    auto it = applications().find(module.atom_value().id());
    if (it != applications().end()) return it->second.c_str();
  }
  return nullptr;
}

}  // namespace

// A function's name after `Module.`: of, /, "quoted name", "b@r" (as
// Macro.inspect_atom(:remote_call, name) writes it: an identifier or an operator one can
// call stays bare, any other name is quoted)
std::string remote_name(const Term& f) {
  std::string fa = inspect(f);
  if (fa.size() < 2 || fa[0] != ':') return fa;
  if (fa[1] == '"') return fa.substr(1);
  std::string name = fa.substr(1);
  static constexpr std::string_view kCallable[] = {
      "@",  ".",   "+",   "-",   "!",   "^",  "not", "~~~", "&",   "**",   "*",   "/",
      "++", "--",  "+++", "---", "<>",  "in", "|>",  "<<<", ">>>", "<<~",  "~>>", "<~",
      "~>", "<~>", "<|>", "<",   ">",   "<=", ">=",  "==",  "!=",  "=~",   "===", "!==",
      "&&", "&&&", "and", "||",  "|||", "or", "=",   "|",   "::",  "when", "<-",  "\\\\"};
  auto c = static_cast<unsigned char>(name[0]);
  bool identifier = (c == '_' || (c >= 'a' && c <= 'z') || c >= 0x80) &&
                    std::all_of(name.begin(), name.end(), [](char ch) {
                      auto u = static_cast<unsigned char>(ch);
                      return u == '_' || u == '?' || u == '!' || u >= 0x80 || std::isalnum(u);
                    });
  if (identifier ||
      std::find(std::begin(kCallable), std::end(kCallable), name) != std::end(kCallable))
    return name;
  return "\"" + name + "\"";
}

std::string format_frame_mfa(const Term& m, const Term& f, const Term& arity_or_args) {
  std::string fname = f.is_atom() ? f.atom_value().name() : inspect(f);
  std::string pf, pa;
  if (anonymous_parent(fname, pf, pa)) {
    size_t n = arity_or_args.is_list() ? arity_or_args.list_length()
                                       : static_cast<size_t>(arity_or_args.small_int());
    return "anonymous fn/" + std::to_string(n) + " in " + module_name(m) + "." +
           remote_name(Term::atom(pf)) + "/" + pa;
  }
  // Fib.of, :erlang./, Mod."quoted name"
  std::string shown = remote_name(f);
  if (arity_or_args.is_list()) return format_mfa(m, Term::atom(shown), arity_or_args);
  return module_name(m) + "." + shown + "/" + inspect(arity_or_args);
}

void set_application(Atom module, std::string app) { applications()[module.id()] = std::move(app); }

std::string format_stacktrace_entry(const Term& e) {
  if (!e.is_tuple(4)) return inspect(e);
  std::string loc;
  // a module's application labels its functions' frames, not its (module)/(file) ones
  bool body = e[1].is_atom(Atom("__FILE__")) || e[1].is_atom(Atom("__MODULE__"));
  if (const char* app = body ? nullptr : application_of(e[0])) loc = std::string("(") + app + ") ";
  const Term* file = keyword_get(e[3], atoms::file);
  const Term* line = keyword_get(e[3], atoms::line);
  if (file) {
    std::string f;
    to_string_term(*file, f);
    loc += f;
    if (line && !line->is_atom(atoms::nil) && !(line->is_small_int() && line->small_int() == 0))
      loc.append(":").append(inspect(*line));  // line 0: no line, as Elixir shows it
    loc += ": ";
  }
  if (e[1].is_atom(Atom("__FILE__"))) return loc + "(file)";
  if (e[1].is_atom(Atom("__MODULE__"))) return loc + module_name(e[0]) + " (module)";
  return loc + format_frame_mfa(e[0], e[1], e[2]);
}

std::string format_stacktrace(const Term& st, const std::string& indent) {
  std::string out;
  for (const Term* c = &st; c->is_cons(); c = &c->tail()) {
    if (!out.empty()) out += "\n";
    out += indent + format_stacktrace_entry(c->head());
  }
  return out;
}

std::string format_mfa(const Term& module, const Term& function, const Term& args) {
  std::string s = inspect(module) + "." +
                  (function.is_atom() ? function.atom_value().name() : inspect(function));
  if (!args.is_list()) return s + "/?";
  s += "(";
  bool first = true;
  for (const Term* c = &args; c->is_cons(); c = &c->tail()) {
    if (!first) s += ", ";
    first = false;
    s += inspect(c->head());
  }
  return s + ")";
}

std::string gen_server_terminating(const GenServerReport& r) {
  std::string s = "GenServer " + inspect(r.name) + " terminating\n";
  if (r.exception || is_error_with_stacktrace(r.reason)) {
    Term e = normalize_error(r.reason[0], r.reason[1]);
    s += "** (" + inspect_atom(e.struct_name()) + ") " + exception_message(e);
  } else {
    s += "** (stop) " + format_exit(r.reason);
  }
  if (r.stacktrace.is_cons()) s += "\n" + format_stacktrace(r.stacktrace);
  s += "\nLast message";
  if (r.client) s += " (from " + inspect(Term(*r.client)) + ")";
  s += ": " + inspect(r.last_message);
  if (r.state) s += "\nState: " + inspect(*r.state);
  if (r.client)
    s += "\nClient " + inspect(Term(*r.client)) + (r.client_alive ? " is alive" : " is dead");
  if (r.client && r.client_alive && r.client_stacktrace.is_cons())
    s += "\n\n" + format_stacktrace(r.client_stacktrace);
  return s;
}

void log_unexpected_info(Ctx& ctx, Atom module, const Term& message) {
  const Atom name = ctx.process().name;
  Term proc = name == atoms::nil ? Term(ctx.self()) : Term(name);
  ctx.runtime().log(ctx.self(),
                    inspect_atom(module) + " " + inspect(proc) +
                        " received unexpected message in handle_info/2: " + inspect(message) +
                        "\n");  // (gen_server's format ends in ~n)
}

std::string supervisor_report(const SupervisorReport& r) {
  const char* context = "";
  switch (r.context) {
    case SupervisorContext::start_error:
      context = "failed to start";
      break;
    case SupervisorContext::child_terminated:
      context = "terminated";
      break;
    case SupervisorContext::shutdown:
      context = "caused shutdown";
      break;
    case SupervisorContext::shutdown_error:
      context = "shut down abnormally";
      break;
  }
  Term why = r.reason;
  // a start call that raised: {:EXIT, reason}
  if (r.context == SupervisorContext::start_error && why.is_tuple(2) && why[0].is_atom(atoms::EXIT))
    why = why[1];
  std::string s = "Child " + inspect(r.id) + " of Supervisor " + r.supervisor + " " + context +
                  "\n** (exit) " + format_exit(why);
  if (r.child_pid.is_pid() && r.context != SupervisorContext::shutdown)
    s += "\nPid: " + inspect(r.child_pid);
  if (r.mfargs.is_tuple(3))
    s += "\nStart Call: " + format_mfa(r.mfargs[0], r.mfargs[1], r.mfargs[2]);
  s += "\nRestart: " + inspect(r.restart) + "\nShutdown: " + inspect(r.shutdown) +
       "\nType: " + inspect(r.type);
  return s;
}

bool is_supervisor_report(std::string_view text) {
  return text.starts_with("Child ") && text.find(" of Supervisor ") != std::string_view::npos;
}

std::string supervisor_name(const Term& registered_name, Pid pid, Atom module) {
  if (registered_name.is_atom() && !registered_name.is_atom(atoms::nil))
    return inspect(registered_name);
  return inspect(Term(pid)) + " (" + inspect_atom(module) + ")";
}

}  // namespace taskplay::logger

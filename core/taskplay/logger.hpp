#pragma once
// What Elixir 1.14's Logger prints for the library's processes, as text for
// Runtime::log (the UI console shows those events). Mirrors Logger.Translator
// and Exception.format_exit/1:
//
//   GenServer #PID<0.113.0> terminating
//   ** (ArgumentError) bad
//   Last message (from #PID<0.96.0>): {:get, #Function<3/1>}
//   State: 0
//   Client #PID<0.96.0> is alive
//
//   Child :b of Supervisor #PID<0.103.0> (Supervisor.Default) terminated
//   ** (exit) :boom
//   Pid: #PID<0.105.0>
//   Start Call: W.start_link(:b)
//   Restart: :permanent
//   Shutdown: 5000
//   Type: :worker
//
// Supervisor reports are SASL reports: Elixir 1.14 prints them only with
// `config :logger, handle_sasl_reports: true`. taskplay always records the
// error ones (terminated, caused shutdown, shut down abnormally, failed to
// start), because watching restarts is the point of the playground (the CLI and
// capture_log leave them out, as Elixir's console does: is_supervisor_report); the
// info-level "started" reports are left out. Their stack trace lines are left out
// too (a Task's own report prints them, as Logger does).

#include <optional>
#include <string>

#include "taskplay/term.hpp"

namespace taskplay {
class Ctx;
class Runtime;
}  // namespace taskplay

namespace taskplay::logger {

// [SECTION] Logger's level (Logger.configure/1, Logger.level/0), one per runtime.
// Levels from the most severe: :emergency :alert :critical :error :warning :notice :info
// :debug; :all logs everything and :none nothing. The default is :debug.
// Severity of a level (0 = :emergency ... 7 = :debug), or -1 for an atom that is none.
int severity(Atom level);
Atom level(Runtime& rt);
// false (and nothing changes) for an atom that is no level; :warn is taken as :warning
bool set_level(Runtime& rt, Atom level);
// Is a message at `level` logged at the runtime's current level?
bool enabled(Runtime& rt, Atom level);
// A log event as the console prints it: "\n[info] text\n" (Elixir 1.14's format,
// "\n$time $metadata[$level] $message\n", without the wall-clock time, which no run
// repeats). The CLI writes it to stderr, as `elixir` does with the console on
// standard_error (how scripts/conformance runs it); the shell to its console. A nil
// level (an event recorded without one) prints as :error, the library's reports' level.
std::string console_text(Atom level, std::string_view text);

// Exception.format_exit/1: "killed", ":boom", "shutdown: :x",
// "bad return value: :t", "an exception was raised:\n    ** (RuntimeError) boom",
// "exited in: GenServer.call(...)\n    ** (EXIT) time out", ...
std::string format_exit(const Term& reason);

// Exception.format_mfa/3: "W.start_link(:a)"; args :undefined -> "W.start_link/?".
std::string format_mfa(const Term& module, const Term& function, const Term& args);

// A `{exception_or_error, stacktrace}` exit reason (what `raise` leaves)?
bool is_error_with_stacktrace(const Term& reason);

// Exception.format_mfa/3 of a stack frame: "Fib.of/1", "anonymous fn/0 in W.run/0",
// ":erlang.+(1, :a)" (when the frame holds the arguments instead of the arity).
std::string format_frame_mfa(const Term& module, const Term& function, const Term& arity_or_args);
// Exception.format_stacktrace_entry/1: "x.exs:3: Fib.of/1"; a frame of Elixir's or OTP's
// own code names its application, as Elixir does:
// "(elixir 1.14.0) lib/task/supervised.ex:89: Task.Supervised.invoke_mfa/2".
std::string format_stacktrace_entry(const Term& entry);
// A project's module belongs to its application: its frames read "(app 0.1.0) lib/x.ex:3: ..."
// as `mix test` prints them (taskplay test sets it for the project's lib/ modules).
void set_application(Atom module, std::string app);
// One line per entry, each starting with `indent`.
std::string format_stacktrace(const Term& stacktrace, const std::string& indent = "    ");

// "GenServer <name> terminating" with the reason, the last message, the
// state and the client (for a call), as Logger prints it at level :debug.
struct GenServerReport {
  Term name;  // the pid, or the registered name
  Term reason;
  Term stacktrace;            // of an error or exit raised in a callback ([] for a returned stop)
  bool exception = false;     // raised as an error: the reason is {exception, stacktrace}
  Term last_message;          // the request of a call, the whole message otherwise
  std::optional<Pid> client;  // the caller, for a call
  bool client_alive = false;
  Term client_stacktrace = Term(atoms::undefined);  // of a live client, when known
  std::optional<Term> state;                        // left out when nullopt
};
std::string gen_server_terminating(const GenServerReport& r);
// use GenServer's default handle_info/2 logs a message nobody handles:
// "Stack #PID<0.103.0> received unexpected message in handle_info/2: :hello" (the registered
// name in place of the pid when it has one).
void log_unexpected_info(Ctx& ctx, Atom module, const Term& message);

// A supervisor report (Logger.Translator's report_supervisor).
enum class SupervisorContext { start_error, child_terminated, shutdown, shutdown_error };
struct SupervisorReport {
  std::string supervisor;  // sup_name: "MySup" or "#PID<0.103.0> (Supervisor.Default)"
  SupervisorContext context;
  Term reason;
  Term child_pid;  // a pid shows a "Pid:" line (not for :shutdown); :undefined otherwise
  Term id;         // :undefined for DynamicSupervisor children
  Term mfargs;     // {m, f, args}; args may be :undefined
  Term restart;    // :permanent ...
  Term shutdown;   // 5000 / :brutal_kill / :infinity
  Term type;       // :worker / :supervisor
};
std::string supervisor_report(const SupervisorReport& r);
// Whether a logged text is one of supervisor_report's: SASL reports, which `elixir` leaves
// out of its console (handle_sasl_reports is false), so `taskplay run` does too; the
// playground shows them.
bool is_supervisor_report(std::string_view text);

// sup_name: a registered name, or "<pid> (<callback module>)".
std::string supervisor_name(const Term& registered_name, Pid pid, Atom module);

}  // namespace taskplay::logger

#pragma once
// Starting a server (gen_server.hpp: GenServer, Agent, the supervisors) the way OTP's gen
// and proc_lib do:
//
//   start:    spawn (linked for start_link) and wait for the new process's
//             init_ack, {:ack, pid, result}. A linked starter that traps
//             exits also stops waiting on {:EXIT, pid, reason}; an unlinked
//             one monitors the new process instead. A failing init acks
//             {:error, reason} and then exits with `reason`, so a
//             non-trapping start_link caller dies with it (the link), as in
//             Elixir 1.14, while a trapping one gets {:error, reason} and
//             keeps the {:EXIT, pid, reason} in its mailbox.
//
//   The new process's dictionary starts as proc_lib's init_p leaves it:
//     :"$ancestors"     [starter | starter's own "$ancestors"], the starter by its
//                       registered name when it has one (OTP's get_my_name)
//     :"$initial_call"  {module, function, arity}: {Stack, :init, 1} for a GenServer,
//                       {:supervisor, Supervisor.Default, 1} for a supervisor; Agent,
//                       DynamicSupervisor and Task put their own afterwards, as Elixir's do
//   and the spawn options of `spawn_opt:` apply to it (priority: :low | :normal | :high |
//   :max, which Process.info(pid, :priority) shows; the BEAM's other options change
//   nothing observable here and are accepted).
//
// :proc_lib.initial_call/1 and translate_initial_call/1 read "$initial_call" back, from a
// pid or a Process.info/1 list (its :dictionary), as OTP 25's do.

#include <optional>

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay {
class Modules;
}

namespace taskplay::proc_lib {

// What the new process starts with besides its body.
struct StartOptions {
  Term initial_call = Term(atoms::nil);  // {m, f, arity} for "$initial_call"; nil: none
  Term spawn_opt;                        // the `spawn_opt:` list ([] by default)
  Term debug;  // a gen server's `debug:` list ([:trace, :log, :statistics, {:log, n}]; [])
};

// Spawn `body` and wait for its init_ack; returns the acked result
// ({:ok, pid}, {:error, reason}, :ignore). `label` says what the new process
// is (Supervisor, Agent, ...) for the UI.
Co<Term> start(Ctx& ctx, Body body, bool link, Atom label = atoms::nil, StartOptions options = {});

// In the new process: report the result of init to the starter (its parent).
void init_ack(Ctx& ctx, Term result);

// The "$ancestors" of a process that the calling process starts.
Term ancestors_of_child(Ctx& ctx);

// Process.put(key, value) in the calling process (its heap grows by the entry): the
// previous value, or nullopt for a new key. The one put every caller goes through.
std::optional<Term> put(Ctx& ctx, Term key, Term value);

// Check a `spawn_opt:` list in the starter, as erlang:spawn_opt/4 does: ArgumentError
// ("4th argument: invalid spawn option", or "2nd argument: not a list") for a bad one.
void check_spawn_opt(const Term& spawn_opt);

// A process's priority as Process.info(pid, :priority) shows it (:normal unless set).
Atom priority(const Runtime& rt, Pid pid);
// Process.flag(:priority, level) in the calling process: true and the old level, or false
// for a level that is not one (the caller raises then).
bool set_priority_flag(Ctx& ctx, const Term& level, Atom& old);

// The "$initial_call" that Agent and Task give a fun of arity 0, {module, name, 0} as
// Function.info/2 names it (nil for a fun the language did not make). The language says
// where its funs come from (lang/fun_origin.cpp) with set_fun_origin: {module, name} or nil.
using FunOrigin = Term (*)(const Term& fun);
void set_fun_origin(FunOrigin origin);
Term fun_initial_call(const Term& fun);

// The "$callers" of a task the calling process starts: [self() | its own "$callers"].
Term callers_of_child(Ctx& ctx);

// :proc_lib.initial_call/1, translate_initial_call/1.
void install(Modules& m);

}  // namespace taskplay::proc_lib

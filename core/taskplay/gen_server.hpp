#pragma once
// GenServer, as OTP 25's gen_server and Elixir 1.14's GenServer build it: one generic server
// loop (serve) for every server of the runtime (modules that `use GenServer`, Agent, the
// supervisors), driven by a Callbacks object, and the client side (call, cast, reply).
//
// The client:
//   call:  monitor the server (an alias monitor), send
//          {:"$gen_call", {caller, [:alias | ref]}, request}, wait for {[:alias | ref], reply}
//          or the :DOWN. Exits like Elixir 1.14:
//            {:noproc,       {GenServer, :call, [server, request, timeout]}}
//            {:timeout,      {GenServer, :call, [server, request, timeout]}}  (a late reply is
//                            dropped: the alias is gone)
//            {:calling_self, {GenServer, :call, [server, request, timeout]}}
//            {reason,        {GenServer, :call, [server, request, timeout]}}  (the server died)
//   cast:  {:"$gen_cast", request}, never fails.
//
// The server (serve): registers its name, runs init and acks the starter (proc_lib.hpp), then
// takes messages oldest first: calls to handle_call/3, casts to handle_cast/2, {:EXIT,
// parent, reason} (when trapping) to terminate, system messages (:sys.get_state,
// :sys.replace_state, GenServer.stop) itself, anything else to handle_info/2; a timeout in
// a return value delivers :timeout to handle_info/2 when no message comes in time, and
// {:continue, c} runs handle_continue/2 before the next message. Every return shape of
// OTP 25 is taken; anything else stops the server with {:bad_return_value, value}. A
// callback that throws returns what it threw; one that raises or exits stops the server,
// whose exit reason then carries the BEAM's stack (the callback's frames and gen_server's).
// terminate/2 runs whenever the server stops by itself or at its parent's exit (when
// trapping), then an abnormal stop is logged as Logger prints it ("GenServer Stack
// terminating", logger.hpp) and the process exits with the reason.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "taskplay/coro.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay::gen {

// [SECTION] The client

// `timeout` is an integer (ms) or :infinity, kept as a term because it is part of the exit
// reason.
Co<Term> call(Ctx& ctx, Term server, Term request, Term timeout = Term::integer(5000));
Co<void> cast(Ctx& ctx, Term server, Term request);
// The same at once, with no coroutine frame, for every address but {:via, ...}: false (nothing
// sent) for those, which need cast/3. Callers on a hot path try this first.
bool cast_now(Ctx& ctx, const Term& server, Term& request);
// GenServer.reply(from, reply): from is {pid, [:alias | ref]}.
void reply(Ctx& ctx, const Term& from, Term reply);
// GenServer.stop(server, reason, timeout): :ok, or exits with
// {:noproc | :timeout | other_reason, {GenServer, :stop, [server, reason, timeout]}}.
Co<Term> stop(Ctx& ctx, Term server, Term reason, Term timeout);

// Recognising the protocol.
bool is_call(const Term& m);  // {:"$gen_call", from, request}
bool is_cast(const Term& m);  // {:"$gen_cast", request}

// A timeout term (integer ms or :infinity) as receive takes it.
int64_t timeout_ms(const Term& timeout);

// [SECTION] The server

// A server's callbacks. Each returns what the Elixir callback returns (gen_server's shapes);
// raising stops the server. `from` is the caller as handle_call/3 sees it.
class Callbacks {
 public:
  virtual ~Callbacks() = default;
  // The callback module: reports, :sys, the playground (Stack, Agent.Server, Supervisor...).
  virtual Atom module() const = 0;
  virtual Co<Term> init(Ctx& ctx, Term arg) = 0;
  virtual Co<Term> handle_call(Ctx& ctx, Term request, Term from, Term state) = 0;
  virtual Co<Term> handle_cast(Ctx& ctx, Term request, Term state) = 0;
  virtual Co<Term> handle_info(Ctx& ctx, Term message, Term state) = 0;
  virtual Co<Term> handle_continue(Ctx& ctx, Term continue_arg, Term state) = 0;
  // Its return value is ignored. Not called when has_terminate() is false (gen_server calls
  // terminate/2 only when the module exports it).
  virtual Co<Term> terminate(Ctx& ctx, Term reason, Term state) = 0;
  virtual bool has_terminate(Ctx&) const { return true; }
  // Whether a raise in a callback gets gen_server's frames under the callback's (user code
  // does; the library's servers written in C++ have frames of their own or none).
  virtual bool frames() const { return true; }
  // What an observer sees (Process::status(): the supervisors' status map); nil for others.
  virtual Term status(const Term& state) const;
  // The State: line of a crash report (the supervisors, whose OTP state record taskplay
  // does not model, leave it out).
  virtual std::optional<Term> reported_state(const Term& state) const { return state; }
  // :sys.change_code/4 (the server suspended): code_change/3's return value, {:ok, new_state}
  // or anything else (the caller gets {:error, it}); raising is caught as `catch` does. The
  // default is use GenServer's: {:ok, state}.
  virtual Co<Term> code_change(Ctx& ctx, Term old_vsn, Term state, Term extra);
  // What :sys.get_state/replace_state see of the state (a server of the library that keeps
  // its state in C++ shows it as Elixir's would), and the state a replaced one becomes.
  virtual Term sys_state(const Term& state) const { return state; }
  virtual Term from_sys_state(Term given) { return given; }
  // The module's format_status(:normal, [pdict, state]) for :sys.get_status, if it has one.
  virtual Co<std::optional<Term>> format_status(Ctx&, Term /*pdict*/, Term /*state*/) {
    co_return std::nullopt;
  }
};

// supervisor's and DynamicSupervisor's format_status for :sys.get_status:
// [data: [{'State', state}], supervisor: [{'Callback', module}]]
Term supervisor_format_status(const Term& state, Atom module);

// The body of a server process: register `name`, init with `arg`, ack the starter, serve.
// Its coroutine owns `callbacks`.
Co<void> serve(Ctx& ctx, std::unique_ptr<Callbacks> callbacks, Term name, Term arg,
               Term debug = Term());

// GenServer.start/start_link with callbacks made in the new process: {:ok, pid} |
// {:error, reason} | :ignore. `name` as server_names.hpp takes it (nil: none); `label`
// says what the process is (the UI); `options` its "$initial_call" and spawn_opt
// (proc_lib.hpp).
Co<Term> start(Ctx& ctx, std::function<std::unique_ptr<Callbacks>()> make, Term arg, Term name,
               bool link, Atom label, proc_lib::StartOptions options = {});

// The `spawn_opt:` of start options ([] when not given).
Term spawn_opt(const Term& options);
// The `debug:` of start options ([] when not given): sys's debug options, as
// [:trace, :log, {:log, n}, :statistics]. With :trace the server prints each event as OTP 25's
// gen_server does ("*DBG* <0.105.0> got call next from <0.96.0>", through :io.format);
// :log keeps the last 10 (or n) events for :sys.log(server, :get | :print) and
// :sys.get_status; :statistics counts messages in and out.
Term debug_opt(const Term& options);

// :sys.get_state(server[, timeout]) / :sys.replace_state(server, fun[, timeout]), as system
// messages; `timeout_given` says which arity (the exit reason lists the arguments given).
Co<Term> sys_get_state(Ctx& ctx, Term server, Term timeout, bool timeout_given);
Co<Term> sys_replace_state(Ctx& ctx, Term server, Term fun, Term timeout, bool timeout_given);
// :sys.get_status/1,2 (`request` :get_status), :sys.trace/log/statistics/no_debug
// ({:debug, {:trace, flag}} ..., {:debug, :no_debug}),
// :sys.suspend/1,2 (`request` :suspend), :sys.resume/1,2 (:resume) and
// :sys.change_code/4,5 ({:change_code, module, old_vsn, extra}), as OTP 25's sys: the
// server's answer (:ok, {:error, reason}); a suspended server takes only system messages
// (and its parent's exit) until it is resumed, and changes code only while suspended
// (else {:error, {:unknown_system_msg, request}}). `what`/`args` name the call in an exit.
Co<Term> sys_request(Ctx& ctx, Term server, Term request, Term what, Term args, Term timeout);

}  // namespace taskplay::gen

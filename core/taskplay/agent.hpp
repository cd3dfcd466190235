#pragma once
// Agent, as Elixir 1.14 builds it (lib/agent.ex, lib/agent/server.ex): a
// GenServer whose state is a term. Requests carry the function itself:
//
//   Agent.get(agent, fun, timeout)  = GenServer.call(agent, {:get, fun}, timeout)
//   Agent.update                    = call {:update, fun}          -> :ok
//   Agent.get_and_update            = call {:get_and_update, fun}  (fun returns {reply, state})
//   Agent.cast                      = GenServer.cast(agent, {:cast, fun}) -> :ok
//
// `fun` is a fun of the state, or {module, function, args} (applied as
// apply(module, function, [state | args])). So a call's exit reason is
// GenServer's: {:timeout | :noproc | reason, {GenServer, :call, [agent, {:get, fun}, timeout]}}.
// A fun that raises stops the agent with the raise's reason; a fun that
// throws gives its value to gen_server as the callback's return, which is
// then a bad return: {:bad_return_value, value}. The agent does not trap
// exits. A crash is logged as "GenServer #PID<...> terminating".

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay {
class Modules;
}

namespace taskplay::agent {

inline constexpr int64_t kDefaultTimeout = 5000;

// {:ok, pid} | {:error, reason}; options: name:. The initial state is fun.()
// or apply(module, function, args).
Co<Term> start_link(Ctx& ctx, Term fun, Term options = Term());
Co<Term> start_link(Ctx& ctx, Term module, Term function, Term args, Term options = Term());
Co<Term> start(Ctx& ctx, Term fun, Term options = Term());
Co<Term> start(Ctx& ctx, Term module, Term function, Term args, Term options = Term());

// `fun`: a fun of arity 1, or {module, function, args} (see above).
Co<Term> get(Ctx& ctx, Term agent, Term fun, Term timeout = Term::integer(kDefaultTimeout));
Co<Term> update(Ctx& ctx, Term agent, Term fun, Term timeout = Term::integer(kDefaultTimeout));
Co<Term> get_and_update(Ctx& ctx, Term agent, Term fun,
                        Term timeout = Term::integer(kDefaultTimeout));
Co<Term> cast(Ctx& ctx, Term agent, Term fun);  // :ok
// Agent.stop(agent, reason \\ :normal, timeout \\ :infinity): :ok
Co<Term> stop(Ctx& ctx, Term agent, Term reason = Term::atom("normal"),
              Term timeout = Term::atom("infinity"));

// %{id: Agent, start: {Agent, :start_link, [arg]}}
Term child_spec(Term arg);

// Registers Agent.* (the fun and m/f/a forms, with and without timeouts).
void install(Modules& modules);

}  // namespace taskplay::agent

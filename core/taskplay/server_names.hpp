#pragma once
// How a server is addressed, as OTP's gen module resolves it for GenServer, Agent and the
// supervisors (GenServer's "Name registration"):
//
//   pid                        the process itself
//   atom                       a locally registered name (Process.register/2)
//   {:global, term}            a name in the global registry (one node here: a table per runtime)
//   {:via, module, term}       module.register_name/2, whereis_name/1, unregister_name/1 and
//                              send/2: how Registry names a server
//   {atom, node}               a registered name on a node (this node: as the atom)
//
// The `name:` option of start/start_link takes nil, an atom, {:global, term} or {:via, module,
// term}; the server registers itself before its init runs, and a name already taken makes the
// start return {:error, {:already_started, pid}}.

#include <optional>

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay {
class Modules;
}

namespace taskplay::names {

// A valid `name:` option (nil included).
bool valid(const Term& name);

// GenServer.whereis/1 for this node: the pid, or nullopt (nil) when nobody has the name.
// {:via, ...} asks the module, so this may run code.
Co<std::optional<Pid>> whereis(Ctx& ctx, Term server);
// The same without running code: pids, atoms, {:global, term}, {atom, node}; nullopt for a
// {:via, ...} name or nobody.
std::optional<Pid> whereis_local(Ctx& ctx, const Term& server);

// In the server, before init: register the calling process under `name` (nil: nothing to do).
// nullopt when it is registered; otherwise the pid that holds the name already (a dead or
// unknown holder, as :yes/:no from a via module, gives Pid{}).
Co<std::optional<Pid>> register_self(Ctx& ctx, Term name);
// Undo register_self (init failed or returned :ignore/{:stop, _}).
Co<void> unregister(Ctx& ctx, Term name);

// send/2 to a server address, as GenServer.cast sends: never fails.
Co<void> send(Ctx& ctx, Term server, Term message);
// The same at once, without a coroutine, for every address but {:via, ...} (whose module's
// send/2 is code to run): false, with nothing sent, for those.
bool send_now(Ctx& ctx, const Term& server, Term& message);

// Erlang's :global on one node: register_name/2 (:yes | :no), unregister_name/1,
// whereis_name/1 (a pid or :undefined) and send/2, on the table {:global, term} names use,
// so {:via, :global, term} names a server as {:global, term} does.
void install_global(Modules& m);

// How a report names a server, as gen_server's name/1 does: its registered atom, the t of
// {:global, t} or {:via, m, t}, else its pid.
Term report_name(const Term& name, Pid self);

}  // namespace taskplay::names

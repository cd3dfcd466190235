#pragma once
// `use Module, opts` in a module body, as the __using__ macros of Elixir 1.14's behaviours
// expand it:
//
//   use Task | Agent | GenServer | Supervisor | DynamicSupervisor [, opts]
//     def child_spec(arg) do
//       Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, ...},
//                             opts)
//     end                       (Task adds restart: :temporary; the supervisors type: :supervisor)
//   use GenServer also defines the callbacks a GenServer needs: handle_call/3 and
//     handle_cast/2 raise "attempted to call GenServer ... but no handle_call/3 clause was
//     provided", handle_info/2 logs the message and goes on, terminate/2 and code_change/3;
//     and init/1 ({:ok, init_arg}) when the module has none.
//
// Every definition gives way to the module's own of the same name and arity (defoverridable).
// The code is Elixir's (quote location: :keep): its stack frames name Elixir's file and line
// (lib/gen_server.ex:787: Stack.handle_call/3), as the BEAM's do.

#include <optional>
#include <string>
#include <vector>

#include "taskplay/lang/ast.hpp"

namespace taskplay::lang {

struct UsedDef {
  NodeP def;         // a `def` call node
  const char* file;  // the file its frames name (Elixir's source of the __using__)
};

// The definitions `use module, opts` injects (`opts`: nullptr when none were given);
// nullopt for a module taskplay's `use` does not know.
std::optional<std::vector<UsedDef>> expand_use(const std::string& module, const Node* opts,
                                               const Node& at);

}  // namespace taskplay::lang

#pragma once
// Elixir's library on the runtime: registers every library module's
// functions (Task, Task.Supervisor, Supervisor, DynamicSupervisor, Agent) in
// the runtime's module registry, so child specs ({Task, fn}, {Agent, fn}),
// apply/3 and the shell can call them by name.

namespace taskplay {

class Runtime;

void install_library(Runtime& rt);

}  // namespace taskplay

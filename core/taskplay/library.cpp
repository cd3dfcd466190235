#include "taskplay/library.hpp"

#include "taskplay/agent.hpp"
#include "taskplay/dynamic_supervisor.hpp"
#include "taskplay/gen_server_module.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/server_names.hpp"
#include "taskplay/supervisor.hpp"
#include "taskplay/task.hpp"
#include "taskplay/task_supervisor.hpp"

namespace taskplay {

void install_library(Runtime& rt) {
  Modules& m = rt.modules();
  task::install(m);
  task_supervisor::install(m);
  supervisor::install(m);
  dynamic_supervisor::install(m);
  agent::install(m);
  gen_server_module::install(m);
  names::install_global(m);
  proc_lib::install(m);
}

}  // namespace taskplay

#pragma once
// The Launch panel's model: a workload × a way to run it, written out as the lines of
// Elixir the shell runs. Nothing here touches the runtime: these are the lines a person
// could type, and the panel shows them before and as it sends them.
#include <cstdint>
#include <string>
#include <vector>

namespace taskplay::ui {

enum class Workload : uint8_t { fib, sleep, raise, exit, loop, crash_after };
enum class How : uint8_t {
  task_async,         // task1 = Task.async(fn -> ... end)
  task_async_mfa,     // task1 = Task.async(Fib, :of, [20])
  task_start_link,    // {:ok, pid1} = Task.start_link(fn -> ... end)
  task_start,         // {:ok, pid1} = Task.start(fn -> ... end)
  tsup_async,         // task1 = Task.Supervisor.async(tsup, fn -> ... end)
  tsup_async_nolink,  // task1 = Task.Supervisor.async_nolink(tsup, fn -> ... end)
  tsup_start_child,   // {:ok, pid1} = Task.Supervisor.start_child(tsup, fn -> ... end)
  sup_task_child,     // a {Task, fn} child under a Supervisor
  sup_use_task,       // a `use Task` module as a child under a Supervisor
};
enum class ExitReason : uint8_t { boom, normal, shutdown, shutdown_tuple, kill };
enum class StrategyChoice : uint8_t { one_for_one, one_for_all, rest_for_one };
enum class RestartChoice : uint8_t { temporary, transient, permanent };

struct LaunchChoice {
  Workload workload = Workload::fib;
  How how = How::task_async;
  int fib_n = 20;
  int sleep_ms = 2000;
  int crash_ms = 1000;
  std::string message = "boom";
  ExitReason reason = ExitReason::boom;
  StrategyChoice strategy = StrategyChoice::one_for_one;
  RestartChoice restart = RestartChoice::temporary;  // for the Supervisor forms
  int max_restarts = 3;
  int max_seconds = 5;
  int children = 1;  // how many copies of the child under the Supervisor
};

// What the panel knows of the shell when it builds the lines.
struct LaunchContext {
  bool work_module_defined = false;    // `defmodule Work` already ran in this runtime
  bool task_supervisor_bound = false;  // `tsup` names a live Task.Supervisor
  int next_task = 1;                   // task1, task2, ... (the panel counts per shell)
  int next_pid = 1;                    // pid1, ...
  int next_sup = 1;                    // sup (1), sup2, ...
};

struct LaunchPlan {
  std::vector<std::string> setup;  // lines needed first (defmodule Work, a Task.Supervisor)
  std::vector<std::string> lines;  // the launch itself
  std::string binds;               // the variable it binds (task1, pid1, sup)
  bool defines_work = false;
  bool starts_task_supervisor = false;
  bool uses_task_name = false, uses_pid_name = false, uses_sup_name = false;
};

LaunchPlan plan_launch(const LaunchChoice& choice, const LaunchContext& context);

// `fn -> ... end` for the workload (the body a Task runs).
std::string workload_fn(const LaunchChoice& choice);
// The `defmodule Work` the MFA forms and `loop forever` call.
std::string work_module_source();
// The book's Chain (chain.exs): Chain.run(n) sends a number along n processes.
std::string chain_module_source();

// Names shown in the panel: "Fib.of(n)", "Task.async/1", ...
const char* workload_label(Workload w);
const char* how_label(How h);
const char* how_help(How h);  // one or two sentences: what it links, who owns it
const char* exit_reason_code(ExitReason r);
const char* strategy_code(StrategyChoice s);
const char* restart_code(RestartChoice r);
bool how_uses_supervisor(How h);
bool how_returns_task(How h);

}  // namespace taskplay::ui

#include "ui/launch.hpp"

#include <string>

#include "taskplay/inspect.hpp"
#include "taskplay/term.hpp"

namespace taskplay::ui {

namespace {

std::string str(const std::string& s) { return inspect(Term::string(s)); }

std::string numbered(const char* base, int n, bool first_plain = false) {
  if (first_plain && n <= 1) return base;
  return std::string(base) + std::to_string(n);
}

// The workload as a call with its arguments in MFA form: {"Fib", ":of", "[20]"}.
struct Mfa {
  std::string module, function, args;
};
// "[" + x + "]", built by appending (g++ 12 at -O2 warns, wrongly, of overlapping
// copies in `"[" + std::string(...)`: -Wrestrict, an error with -Werror).
std::string list_of(const std::string& items) {
  std::string s("[");
  s += items;
  s += ']';
  return s;
}
Mfa workload_mfa(const LaunchChoice& c) {
  switch (c.workload) {
    case Workload::fib:
      return {"Fib", ":of", list_of(std::to_string(c.fib_n))};
    case Workload::sleep:
      return {"Work", ":sleep", list_of(std::to_string(c.sleep_ms))};
    case Workload::raise:
      return {"Work", ":fail", list_of(str(c.message))};
    case Workload::exit:
      return {"Work", ":quit", list_of(exit_reason_code(c.reason))};
    case Workload::loop:
      return {"Work", ":loop", "[]"};
    case Workload::crash_after: {
      std::string args = std::to_string(c.crash_ms);
      args += ", ";
      args += str(c.message);
      return {"Work", ":crash_after", list_of(args)};
    }
  }
  return {};
}

// The body of the workload as an expression.
std::string workload_body(const LaunchChoice& c) {
  switch (c.workload) {
    case Workload::fib:
      return "Fib.of(" + std::to_string(c.fib_n) + ")";
    case Workload::sleep:
      return "Process.sleep(" + std::to_string(c.sleep_ms) + ")";
    case Workload::raise:
      return "raise " + str(c.message);
    case Workload::exit:
      return std::string("exit(") + exit_reason_code(c.reason) + ")";
    case Workload::loop:
      return "Work.loop()";
    case Workload::crash_after:
      return "Process.sleep(" + std::to_string(c.crash_ms) + "); raise " + str(c.message);
  }
  return {};
}

bool needs_work(const LaunchChoice& c) {
  if (c.workload == Workload::loop) return true;
  return c.how == How::task_async_mfa && c.workload != Workload::fib;
}

}  // namespace

std::string workload_fn(const LaunchChoice& c) { return "fn -> " + workload_body(c) + " end"; }

std::string work_module_source() {
  return "defmodule Work do\n"
         "  def sleep(ms), do: Process.sleep(ms)\n"
         "  def fail(message), do: raise(message)\n"
         "  def quit(reason), do: exit(reason)\n"
         "  def loop, do: loop()\n"
         "  def crash_after(ms, message) do\n"
         "    Process.sleep(ms)\n"
         "    raise message\n"
         "  end\n"
         "end";
}

std::string chain_module_source() {
  // Programming Elixir's chain.exs (the chapter on processes), as the book writes it
  return "defmodule Chain do\n"
         "  def counter(next_pid) do\n"
         "    receive do\n"
         "      n -> send next_pid, n + 1\n"
         "    end\n"
         "  end\n"
         "  def create_processes(n) do\n"
         "    code_to_run = fn (_, send_to) -> spawn(Chain, :counter, [send_to]) end\n"
         "    last = Enum.reduce(1..n, self(), code_to_run)\n"
         "    send(last, 0)\n"
         "    receive do\n"
         "      final_answer when is_integer(final_answer) ->\n"
         "        \"Result is #{inspect(final_answer)}\"\n"
         "    end\n"
         "  end\n"
         "  def run(n) do\n"
         "    :timer.tc(Chain, :create_processes, [n]) |> IO.inspect\n"
         "  end\n"
         "end";
}

LaunchPlan plan_launch(const LaunchChoice& c, const LaunchContext& ctx) {
  LaunchPlan plan;
  if (needs_work(c) && !ctx.work_module_defined) {
    plan.setup.push_back(work_module_source());
    plan.defines_work = true;
  }
  const bool tsup =
      c.how == How::tsup_async || c.how == How::tsup_async_nolink || c.how == How::tsup_start_child;
  if (tsup && !ctx.task_supervisor_bound) {
    plan.setup.push_back("{:ok, tsup} = Task.Supervisor.start_link()");
    plan.starts_task_supervisor = true;
  }
  const std::string fn = workload_fn(c);
  const std::string task = numbered("task", ctx.next_task);
  const std::string pid = numbered("pid", ctx.next_pid);
  switch (c.how) {
    case How::task_async:
      plan.binds = task;
      plan.lines.push_back(task + " = Task.async(" + fn + ")");
      break;
    case How::task_async_mfa: {
      Mfa m = workload_mfa(c);
      plan.binds = task;
      plan.lines.push_back(task + " = Task.async(" + m.module + ", " + m.function + ", " + m.args +
                           ")");
      break;
    }
    case How::task_start_link:
      plan.binds = pid;
      plan.lines.push_back("{:ok, " + pid + "} = Task.start_link(" + fn + ")");
      break;
    case How::task_start:
      plan.binds = pid;
      plan.lines.push_back("{:ok, " + pid + "} = Task.start(" + fn + ")");
      break;
    case How::tsup_async:
      plan.binds = task;
      plan.lines.push_back(task + " = Task.Supervisor.async(tsup, " + fn + ")");
      break;
    case How::tsup_async_nolink:
      plan.binds = task;
      plan.lines.push_back(task + " = Task.Supervisor.async_nolink(tsup, " + fn + ")");
      break;
    case How::tsup_start_child:
      plan.binds = pid;
      plan.lines.push_back("{:ok, " + pid + "} = Task.Supervisor.start_child(tsup, " + fn + ")");
      break;
    case How::sup_task_child:
    case How::sup_use_task: {
      const std::string sup = numbered("sup", ctx.next_sup, true);
      plan.binds = sup;
      std::string child;
      if (c.how == How::sup_task_child) {
        // {Task, fn} children are :temporary (Task.child_spec/1); another restart type
        // is asked for with Supervisor.child_spec/2.
        child = "{Task, " + fn + "}";
        if (c.restart != RestartChoice::temporary)
          child = "Supervisor.child_spec(" + child + ", restart: " + restart_code(c.restart) + ")";
      } else {
        std::string use = "  use Task";
        if (c.restart != RestartChoice::temporary)
          use += std::string(", restart: ") + restart_code(c.restart);
        // run/1 as a do block: `def run(_arg), do: a; b` would end the def at the `;` and
        // run b while the module is defined (crash after ms: raise "boom" at compile time)
        std::string body = workload_body(c);
        for (size_t at; (at = body.find("; ")) != std::string::npos;) body.replace(at, 2, "\n    ");
        plan.lines.push_back("defmodule MyTask do\n" + use +
                             "\n  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])"
                             "\n  def run(_arg) do\n    " +
                             body + "\n  end\nend");
        child = "{MyTask, 1}";
      }
      std::string children;
      const int n = c.children < 1 ? 1 : c.children;
      for (int i = 0; i < n; ++i) {
        if (i > 0) children += ", ";
        // several copies need distinct ids
        children += n == 1
                        ? child
                        : "Supervisor.child_spec(" + child + ", id: " + std::to_string(i + 1) + ")";
      }
      plan.lines.push_back("children = [" + children + "]");
      std::string opts = std::string("strategy: ") + strategy_code(c.strategy);
      if (c.max_restarts != 3) opts += ", max_restarts: " + std::to_string(c.max_restarts);
      if (c.max_seconds != 5) opts += ", max_seconds: " + std::to_string(c.max_seconds);
      plan.lines.push_back("{:ok, " + sup + "} = Supervisor.start_link(children, " + opts + ")");
      break;
    }
  }
  plan.uses_task_name = plan.binds == task;
  plan.uses_pid_name = plan.binds == pid;
  plan.uses_sup_name = !plan.uses_task_name && !plan.uses_pid_name;
  return plan;
}

const char* workload_label(Workload w) {
  switch (w) {
    case Workload::fib:
      return "Fib.of(n)";
    case Workload::sleep:
      return "sleep";
    case Workload::raise:
      return "raise";
    case Workload::exit:
      return "exit(reason)";
    case Workload::loop:
      return "loop forever";
    case Workload::crash_after:
      return "crash after ms";
  }
  return "";
}

const char* how_label(How h) {
  switch (h) {
    case How::task_async:
      return "Task.async/1";
    case How::task_async_mfa:
      return "Task.async/3";
    case How::task_start_link:
      return "Task.start_link";
    case How::task_start:
      return "Task.start";
    case How::tsup_async:
      return "Task.Supervisor.async";
    case How::tsup_async_nolink:
      return "Task.Supervisor.async_nolink";
    case How::tsup_start_child:
      return "Task.Supervisor.start_child";
    case How::sup_task_child:
      return "{Task, fn} under a Supervisor";
    case How::sup_use_task:
      return "use Task module under a Supervisor";
  }
  return "";
}

const char* how_help(How h) {
  switch (h) {
    case How::task_async:
      return "Spawns a task linked to the shell and monitored by it; the shell owns it and "
             "collects the result with Task.await or Task.yield. If the task crashes, the link "
             "kills the shell at once (unless the shell traps exits).";
    case How::task_async_mfa:
      return "The same as Task.async/1, with the function given as module, function and "
             "arguments (the chapter's Task.async(Fib, :of, [20])).";
    case How::task_start_link:
      return "Spawns a task linked to the shell, with no reply to await: {:ok, pid}. A crash "
             "still travels the link to the shell.";
    case How::task_start:
      return "Spawns a task with no link and no monitor: the shell never hears of it again, "
             "even when it crashes (the crash is only logged).";
    case How::tsup_async:
      return "Task.async, but the task is a child of a Task.Supervisor. It is still linked to "
             "the shell, so a crash still kills a shell that does not trap exits.";
    case How::tsup_async_nolink:
      return "A task under a Task.Supervisor that is not linked to the shell, only monitored: "
             "a crash reaches the shell as the result of Task.await / Task.yield, never as an "
             "exit signal.";
    case How::tsup_start_child:
      return "A task under a Task.Supervisor, neither linked to nor monitored by the shell. "
             "Temporary by default: not restarted when it crashes.";
    case How::sup_task_child:
      return "A {Task, fn} child of a Supervisor linked to the shell. Task children are "
             "restart: :temporary unless you ask otherwise, so a crashed one is not restarted.";
    case How::sup_use_task:
      return "A module with `use Task` as a child of a Supervisor (the chapter's MyApp.MyTask). "
             "`use Task, restart: ...` sets its restart type.";
  }
  return "";
}

const char* exit_reason_code(ExitReason r) {
  switch (r) {
    case ExitReason::boom:
      return ":boom";
    case ExitReason::normal:
      return ":normal";
    case ExitReason::shutdown:
      return ":shutdown";
    case ExitReason::shutdown_tuple:
      return "{:shutdown, :x}";
    case ExitReason::kill:
      return ":kill";
  }
  return ":boom";
}

const char* strategy_code(StrategyChoice s) {
  switch (s) {
    case StrategyChoice::one_for_one:
      return ":one_for_one";
    case StrategyChoice::one_for_all:
      return ":one_for_all";
    case StrategyChoice::rest_for_one:
      return ":rest_for_one";
  }
  return ":one_for_one";
}

const char* restart_code(RestartChoice r) {
  switch (r) {
    case RestartChoice::temporary:
      return ":temporary";
    case RestartChoice::transient:
      return ":transient";
    case RestartChoice::permanent:
      return ":permanent";
  }
  return ":temporary";
}

bool how_uses_supervisor(How h) { return h == How::sup_task_child || h == How::sup_use_task; }
bool how_returns_task(How h) {
  return h == How::task_async || h == How::task_async_mfa || h == How::tsup_async ||
         h == How::tsup_async_nolink;
}

}  // namespace taskplay::ui

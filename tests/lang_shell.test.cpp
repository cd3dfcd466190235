// The shell, tried as a new user would: prompts and results as iex prints
// them, nonsense, half a line, an endless loop, a receive that never gets
// its message, a huge integer, and a shell process that dies.
#include <doctest/doctest.h>

#include "support.hpp"
#include "taskplay/lang/shell.hpp"
#include "taskplay/runtime.hpp"

using namespace taskplay;
using namespace taskplay::lang;

namespace {
// A shell on a fresh runtime with the transcript in `out`.
struct Session {
  Runtime rt;
  std::string out;
  Shell shell;
  explicit Session(ShellOptions o = quiet())
      : shell(
            rt, [this](std::string_view s) { out += s; }, o) {
    shell.start();
    shell.run_until_idle();
  }
  static ShellOptions quiet() {
    ShellOptions o;
    o.banner = false;
    o.print_logs = false;
    return o;
  }
  // Types a line and lets the runtime run; returns what it printed.
  std::string type(const std::string& line, uint64_t max_reductions = 50'000'000) {
    size_t from = out.size();
    shell.input(line);
    shell.run_until_idle(max_reductions);
    return out.substr(from);
  }
};
}  // namespace

TEST_SUITE("lang: shell") {
  TEST_CASE("prompts count iex(n)>, results print as inspect shows them, variables are kept") {
    Session s;
    CHECK(s.out == "iex(1)> ");
    CHECK(s.type("x = 1 + 2") == "x = 1 + 2\n3\niex(2)> ");
    CHECK(s.type("{x, :ok, \"s\"}") == "{x, :ok, \"s\"}\n{3, :ok, \"s\"}\niex(3)> ");
    CHECK(s.type("IO.puts \"hi\"") == "IO.puts \"hi\"\nhi\n:ok\niex(4)> ");
  }
  TEST_CASE("typing nonsense: a SyntaxError with line, column and caret; the same prompt again") {
    Session s;
    CHECK(s.type(")") ==
          ")\n** (SyntaxError) iex:1:1: unexpected token: )\n    |\n  1 | )\n    | ^\n\niex(1)> ");
    CHECK(s.type("foo bar baz") ==
          "foo bar baz\n** (CompileError) iex:1: undefined function foo/1 (there is no such "
          "import)\n\niex(1)> ");
    CHECK(s.type("1 + 1") == "1 + 1\n2\niex(2)> ");
  }
  TEST_CASE("half a line: the shell waits for the rest with ...(n)>") {
    Session s;
    CHECK(s.type("1 +") == "1 +\n...(1)> ");
    CHECK(s.shell.prompt() == "...(1)> ");
    CHECK(s.type("2") == "2\n3\niex(2)> ");
    CHECK(s.type("defmodule Fib do") == "defmodule Fib do\n...(2)> ");
    s.type("  def of(0), do: 0");
    s.type("  def of(1), do: 1");
    s.type("  def of(n), do: Fib.of(n-1) + Fib.of(n-2)");
    CHECK(s.type("end").find("{:module, Fib, ") != std::string::npos);
    CHECK(s.type("Fib.of(20)") == "Fib.of(20)\n6765\niex(4)> ");
  }
  TEST_CASE("a unary operator at a line's end: the expression goes on, as iex reads it") {
    // iex 1.14, the same three lines: ** (CompileError) iex:1: undefined function asdf/1
    Session s;
    CHECK(s.type("asdf qwer !!") == "asdf qwer !!\n...(1)> ");
    CHECK(s.type("x = [1, 2,") == "x = [1, 2,\n...(1)> ");
    CHECK(s.type("3]") ==
          "3]\n** (CompileError) iex:1: undefined function asdf/1 (there is no such import)\n\n"
          "iex(1)> ");
    CHECK(s.type("not") == "not\n...(1)> ");
    CHECK(s.type("true") == "true\nfalse\niex(2)> ");
  }
  TEST_CASE("raise in the shell prints the error; the shell process lives on (same pid)") {
    Session s;
    Pid before = s.shell.pid();
    CHECK(s.type("raise \"boom\"") == "raise \"boom\"\n** (RuntimeError) boom\n\niex(1)> ");
    CHECK(s.type("exit(:bye)") == "exit(:bye)\n** (exit) :bye\n\niex(1)> ");
    CHECK(s.type("throw :ball") == "throw :ball\n** (throw) :ball\n\niex(1)> ");
    CHECK(s.shell.pid() == before);
  }
  TEST_CASE("an endless loop in another process is preempted: the shell keeps answering") {
    Session s;
    s.type("defmodule Loop do def forever, do: forever() end");
    s.type("spawn(fn -> Loop.forever() end)");
    CHECK(s.type("1 + 1", 2'000'000) == "1 + 1\n2\niex(4)> ");
  }
  TEST_CASE(
      "an endless loop in the shell itself: preempted, and killing the shell gives a new one") {
    Session s;
    s.type("defmodule Loop do def forever, do: forever() end");
    s.type("Loop.forever()", 1'000'000);
    CHECK(s.shell.busy());
    Pid old = s.shell.pid();
    s.rt.exit(old, Term::atom("kill"));
    s.shell.run_until_idle();
    CHECK(s.out.find("** (EXIT from " + test::show(old) +
                     ") shell process exited with reason: killed\n\n") != std::string::npos);
    CHECK(s.shell.pid() != old);
    CHECK(s.type("1") == "1\n1\niex(2)> ");
  }
  TEST_CASE("a receive with no matching message: after fires; without after, a message ends it") {
    Session s;
    CHECK(s.type("receive do :never -> 1 after 100 -> :timeout end") ==
          "receive do :never -> 1 after 100 -> :timeout end\n:timeout\niex(2)> ");
    s.type("receive do {:hello, x} -> x end");
    CHECK(s.shell.busy());
    s.rt.send(s.shell.pid(), Term::tuple({Term::atom("hello"), Term::integer(42)}));
    s.shell.run_until_idle();
    CHECK(s.out.substr(s.out.size() - 11) == "42\niex(3)> ");
  }
  TEST_CASE("a huge integer is exact") {
    Session s;
    CHECK(s.type("Integer.pow(2, 200)") ==
          "Integer.pow(2, "
          "200)\n1606938044258990275541962092341162602522202993782792835301376\niex(2)> ");
    CHECK(s.type("2 ** 1000 |> Integer.to_string() |> String.length()").find("\n302\n") !=
          std::string::npos);
  }
  TEST_CASE(
      "the shell process dies with a linked task: EXIT from, a new shell (new pid), iex(1) and no "
      "variables") {
    Session s;
    s.type("x = 5");
    Pid old = s.shell.pid();
    std::string t = s.type("Task.async(fn -> raise \"boom\" end)");
    CHECK(t.find("** (EXIT from " + test::show(old) +
                 ") shell process exited with reason: an exception was raised:\n    ** "
                 "(RuntimeError) boom\n") != std::string::npos);
    CHECK(t.substr(t.size() - 8) == "iex(1)> ");
    CHECK(s.shell.pid() != old);
    CHECK(
        s.type("x") ==
        "x\n** (CompileError) iex:1: undefined function x/0 (there is no such import)\n\niex(1)> ");
  }
  TEST_CASE(
      "a task's stack trace ends with Task.Supervised's and proc_lib's frames; a fun typed at "
      "the prompt shows as erl_eval's (iex 1.14.0 on OTP 25, measured)") {
    Session s;
    s.type("defmodule W do def f, do: raise \"boom\" end");
    s.type("Process.flag(:trap_exit, true)");
    s.type("Task.start_link(fn -> W.f(); :ok end)");
    CHECK(s.type("flush()") ==
          "flush()\n"
          "{:EXIT, #PID<0.101.0>,\n"
          " {%RuntimeError{message: \"boom\"},\n"
          "  [\n"
          "    {W, :f, 0, [file: 'iex', line: 1, error_info: %{module: Exception}]},\n"
          "    {:erl_eval, :do_apply, 7, [file: 'erl_eval.erl', line: 744]},\n"
          "    {Task.Supervised, :invoke_mfa, 2,\n"
          "     [file: 'lib/task/supervised.ex', line: 89]},\n"
          "    {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}\n"
          "  ]}}\n"
          ":ok\niex(5)> ");
    s.type("Task.async(fn -> 1 = 2 end)");
    std::string t = s.type("flush()");
    CHECK(t.find("{{:badmatch, 2},\n"
                 "  [\n"
                 "    {:erl_eval, :expr, 6, [file: 'erl_eval.erl', line: 496]},\n"
                 "    {Task.Supervised, :invoke_mfa, 2,\n"
                 "     [file: 'lib/task/supervised.ex', line: 89]},\n"
                 "    {Task.Supervised, :reply, 4, [file: 'lib/task/supervised.ex', line: 34]},\n"
                 "    {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}\n"
                 "  ]}") != std::string::npos);
    // at the prompt, iex shows none of erl_eval's frames
    CHECK(s.type("f = fn -> W.f() end; f.()") ==
          "f = fn -> W.f() end; f.()\n** (RuntimeError) boom\n    iex:1: W.f/0\niex(7)> ");
  }
  TEST_CASE(
      "a task's crash report prints before the shell's EXIT line, as in iex, even when both "
      "happen between two polls (the page polls once a frame)") {
    Runtime rt;
    std::string out;
    ShellOptions o;
    o.banner = false;
    o.print_logs = true;
    Shell shell(
        rt, [&](std::string_view s) { out += s; }, o);
    shell.start();
    shell.run_until_idle();
    shell.input("Task.async(fn -> raise \"boom\" end)");
    while (rt.step()) {
    }
    shell.poll();
    const size_t report = out.find("[error] Task #PID<0.101.0> started from #PID<0.100.0>");
    const size_t exit = out.find("** (EXIT from #PID<0.100.0>) shell process exited");
    REQUIRE(report != std::string::npos);
    REQUIRE(exit != std::string::npos);
    CHECK(report < exit);
    CHECK(out.find("[error]", report + 1) == std::string::npos);  // printed once
  }
  TEST_CASE("keep_bindings_on_restart keeps the variables when a new shell takes over") {
    ShellOptions o = Session::quiet();
    o.keep_bindings_on_restart = true;
    Session s(o);
    s.type("x = 5");
    s.type("spawn_link(fn -> exit(:bye) end)");
    CHECK(s.out.find("shell process exited with reason: :bye") != std::string::npos);
    CHECK(s.type("x") == "x\n5\niex(2)> ");
  }
  TEST_CASE("trap_exit in the shell: the crash arrives as a message; flush() shows it") {
    Session s;
    s.type("Process.flag(:trap_exit, true)");
    Pid shell = s.shell.pid();
    s.type("spawn_link(fn -> exit(:bye) end)");
    CHECK(s.shell.pid() == shell);
    std::string t = s.type("flush()");
    CHECK(t.find("{:EXIT, #PID<") != std::string::npos);
    CHECK(t.find(">, :bye}\n:ok\n") != std::string::npos);
  }
  TEST_CASE("the banner and crash reports as iex prints them") {
    ShellOptions o;
    Session s(o);
    CHECK(s.out ==
          "Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)\niex(1)> ");
    s.type("spawn(fn -> raise \"oops\" end)");
    CHECK(s.out.find("[error] Process #PID<") != std::string::npos);
  }
}

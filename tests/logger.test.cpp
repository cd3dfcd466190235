// Logger as programs use it (Elixir 1.14): the macros after `require Logger`, the level,
// configure/1 silencing the library's crash reports too, and the console's "[level] text".
// Expected outputs measured with real elixir.
#include <doctest/doctest.h>

#include "lang_support.hpp"
#include "taskplay/lang/shell.hpp"
#include "taskplay/logger.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("Logger") {
  TEST_CASE("Logger.info/debug/warning/error log at their level and return :ok") {
    auto r = run_elixir(R"(require Logger
IO.inspect Logger.level()
IO.inspect Logger.info("hello")
Logger.debug("dbg #{1 + 1}")
Logger.warning("careful")
Logger.warn("old name")
Logger.error(fn -> "lazy" end)
Logger.log(:notice, "notice")
Logger.info([a: 1])
)");
    CHECK(r.error == "");
    CHECK(r.out == ":debug\n:ok\n");
    CHECK(r.logs == std::vector<std::string>{"hello", "dbg 2", "careful", "old name", "lazy",
                                             "notice", "[a: 1]"});
  }

  TEST_CASE("a message the level drops is never evaluated, as Elixir's macros expand") {
    auto r = run_elixir(R"(require Logger
Logger.configure(level: :info)
IO.inspect Logger.level()
Logger.debug(IO.puts("never"))
Logger.info(IO.puts("evaluated") && "logged")
Logger.configure(level: :warn)
IO.inspect Logger.level()
Logger.configure(level: :bogus)
IO.inspect Logger.level()
IO.inspect {Logger.compare_levels(:debug, :info), Logger.compare_levels(:error, :warning)}
)");
    CHECK(r.error == "");
    CHECK(r.out == ":info\nevaluated\n:warning\n:warning\n{:lt, :gt}\n");
    CHECK(r.logs == std::vector<std::string>{"logged"});
  }

  TEST_CASE("Logger.configure(level: :none) silences the crash reports of processes too") {
    const std::string crash = R"(pid = spawn(fn -> receive(do: (:go -> raise "boom")) end)
ref = Process.monitor(pid)
send(pid, :go)
receive do
  {:DOWN, ^ref, :process, _, {e, _}} -> IO.inspect e
end
)";
    auto loud = run_elixir(crash);
    CHECK(loud.logs.size() == 1);
    auto quiet = run_elixir("Logger.configure(level: :none)\n" + crash);
    CHECK(quiet.out == "%RuntimeError{message: \"boom\"}\n");
    CHECK(quiet.logs.empty());
    auto critical = run_elixir("Logger.configure(level: :critical)\n" + crash);
    CHECK(critical.logs.empty());
  }

  TEST_CASE("Logger.info without require Logger is an UndefinedFunctionError that says why") {
    auto r = run_elixir("Logger.info(\"x\")\n");
    CHECK(r.status == 1);
    CHECK(r.error.find("** (UndefinedFunctionError) function Logger.info/1 is undefined or "
                       "private. However there is a macro with the same name and arity. Be "
                       "sure to require Logger if you intend to invoke this macro\n") == 0);
    // required in a module's body, the module's functions may call it
    auto m = run_elixir(R"(defmodule A do
  require Logger
  def go, do: Logger.info("from A")
end
IO.inspect A.go()
)");
    CHECK(m.out == ":ok\n");
    CHECK(m.logs == std::vector<std::string>{"from A"});
  }

  TEST_CASE(
      "the console prints each event at its level; the shell keeps require between "
      "inputs, as iex does") {
    CHECK(logger::console_text(Atom("info"), "hi") == "\n[info] hi\n");
    CHECK(logger::console_text(atoms::nil, "report") == "\n[error] report\n");
    Runtime rt;
    std::string out;
    lang::ShellOptions o;
    o.banner = false;
    lang::Shell sh(
        rt, [&](std::string_view s) { out += s; }, o);
    sh.start();
    sh.run_until_idle();
    sh.input("require Logger");
    sh.run_until_idle();
    sh.input("Logger.warning(\"w\")");
    sh.run_until_idle();
    sh.poll();
    CHECK(out.find("\n[warning] w\n") != std::string::npos);
    CHECK(out.find("UndefinedFunctionError") == std::string::npos);
  }
}

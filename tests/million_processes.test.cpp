// Many processes (issue 16): the process limit as the BEAM's (+P), memory running out as a
// refused spawn rather than a dead page, and the panels' model of a run with many
// processes: the observer's counts and indices, the Processes table's rows.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "session_support.hpp"
#include "support.hpp"
#include "taskplay/observer.hpp"
#include "ui/process_table.hpp"

using namespace taskplay;
using namespace taskplay::test;
using namespace taskplay::ui;

namespace {

bool console_has(const Run& run, const std::string& text) {
  for (const ConsoleLine& l : run.shell().transcript())
    if (l.text.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_SUITE("many processes") {
  TEST_CASE(
      "300,000 spawns in the shell: SystemLimitError at +P 262,144, the shell lives on; "
      "+P 1,048,576 lets them through") {
    const std::string line = "for _ <- 1..300_000, do: spawn(fn -> receive do :x -> :ok end end)";
    Driver d;
    const Pid shell = d.session.live().shell().pid();
    d.session.submit(line);
    d.settle(100000);
    const Run& run = d.session.live();
    CHECK(run.runtime().process_count() == kDefaultProcessLimit);
    // as elixir prints it: Logger's line, then the exception (docs/semantics.md)
    CHECK(console_has(run, "[error] Too many processes"));
    CHECK(console_has(run, "** (SystemLimitError) a system limit has been reached"));
    // the shell's own process raised, printed it and waits for the next line: not killed by
    // its heap (the comprehension's list of 262,143 pids)
    CHECK(run.shell().pid() == shell);
    CHECK(run.shell().shells().size() == 1);
    d.session.submit("length(Process.list())");
    d.settle();
    CHECK(run.shell().transcript().back().text == "262144");

    d.session.restart_with_process_limit(1'048'576);
    d.settle();
    CHECK(d.session.process_limit() == 1'048'576);
    CHECK(d.session.recording().process_limit == 1'048'576);
    d.session.submit(line);
    d.session.submit("length(Process.list())");
    d.settle(200000);
    const Run& bigger = d.session.live();
    CHECK_FALSE(console_has(bigger, "SystemLimitError"));
    CHECK(bigger.runtime().process_count() == 300'001);
    CHECK(bigger.shell().transcript().back().text == "300001");
    // the observer counted them as they came, and knows who spawned them
    CHECK(bigger.observer().alive_count() == 300'001);
    CHECK(bigger.observer().children(bigger.shell().pid()).records.size() == 300'000);
    CHECK(bigger.observer().children(bigger.shell().pid()).alive == 300'000);
    // and a reset keeps the limit chosen
    d.session.reset();
    d.settle();
    CHECK(d.session.process_limit() == 1'048'576);
  }

  TEST_CASE("memory nearly full: spawn is refused as at the process limit, and the log says why") {
    RuntimeOptions o;
    size_t spawned = 0;
    o.memory_full = [&]() -> std::optional<std::pair<uint64_t, uint64_t>> {
      if (spawned < 5) return std::nullopt;
      return std::pair<uint64_t, uint64_t>{uint64_t{4000} << 20, uint64_t{4096} << 20};
    };
    Runtime rt(o);
    std::vector<Pid> pids;
    for (int i = 0; i < 8; ++i) {
      const Pid p = rt.spawn([](Ctx& c) -> Co<void> { co_await c.receive_any(); });
      if (p) ++spawned;
      pids.push_back(p);
    }
    CHECK(spawned == 5);
    CHECK(rt.process_count() == 5);
    CHECK_FALSE(pids[5]);
    size_t limits = 0, logs = 0;
    const Trace& tr = rt.trace();
    for (size_t i = 0; i < tr.size(); ++i) {
      if (tr[i].kind == EventKind::limit) {
        ++limits;
        CHECK(std::string(tr[i].data.binary()).find("memory nearly full (4000 of 4096 MB)") == 0);
      }
      if (tr[i].kind == EventKind::log) {
        ++logs;
        CHECK(std::string(tr[i].data.binary()) ==
              "Too many processes: memory is nearly full (4000 of 4096 MB in use, 5 processes "
              "alive)");
      }
    }
    CHECK(limits == 3);
    CHECK(logs == 3);
  }

  TEST_CASE("the observer keeps its counts and indices as events come, and after clear_dead") {
    Driver d;
    d.session.submit("Supervisor.start_link([], strategy: :one_for_one)");
    d.session.submit("for _ <- 1..50, do: spawn(fn -> receive do :x -> :ok end end)");
    d.session.submit("for _ <- 1..20, do: spawn(fn -> :ok end)");
    d.settle();
    const Observer& obs = d.session.live().observer();
    const Pid shell = d.session.live().shell().pid();
    CHECK(obs.alive_count() == 1 + 1 + 50);
    CHECK(obs.exited_count() == 20);
    CHECK(obs.children(shell).records.size() == 71);
    CHECK(obs.children(shell).alive == 51);
    REQUIRE(obs.supervisors().size() == 1);
    CHECK(obs.processes()[obs.supervisors()[0]].label == Atom("Elixir.Supervisor"));
    const uint64_t generation = obs.generation();
    d.session.clear_dead();
    d.settle();
    CHECK(obs.generation() != generation);
    CHECK(obs.processes().size() == 52);
    CHECK(obs.exited_count() == 0);
    CHECK(obs.children(shell).records.size() == 51);
    for (uint32_t i : obs.children(shell).records) CHECK(obs.processes()[i].parent == shell);
    REQUIRE(obs.supervisors().size() == 1);
    CHECK(obs.processes()[obs.supervisors()[0]].label == Atom("Elixir.Supervisor"));
  }

  TEST_CASE("the Processes table's rows: exited left out, filtered by words, sorted by a column") {
    Driver d;
    d.session.submit("{:ok, agent} = Agent.start_link(fn -> 0 end)");
    d.session.submit("for _ <- 1..5, do: spawn(fn -> receive do :x -> :ok end end)");
    d.session.submit("busy = spawn(fn -> receive do :never -> :ok end end)");
    d.session.submit("for n <- 1..3, do: send(busy, n)");
    d.session.submit("spawn(fn -> exit(:boom) end)");
    d.settle();
    const Run& run = d.session.live();
    const auto& records = run.observer().processes();
    ProcessQuery q;
    CHECK(q.is_identity());
    CHECK(process_rows(run, q).size() == records.size());
    q.show_exited = false;
    const std::vector<uint32_t> alive = process_rows(run, q);
    CHECK(alive.size() == records.size() - 1);
    for (uint32_t i : alive) CHECK(records[i].alive);
    q.show_exited = true;
    q.filter = "EXITED boom";  // any case, every word
    const std::vector<uint32_t> boom = process_rows(run, q);
    REQUIRE(boom.size() == 1);
    CHECK(records[boom[0]].reason == Term(Atom("boom")));
    q.filter = "agent";
    REQUIRE(process_rows(run, q).size() == 1);
    q.filter = "";
    q.sort = ProcessQuery::Sort::mailbox;
    q.descending = true;
    const std::vector<uint32_t> by_mailbox = process_rows(run, q);
    Pid busy;
    for (const auto& [name, value] : run.shell().bindings())
      if (name == "busy") busy = value.pid();
    CHECK(records[by_mailbox[0]].pid == busy);
    q.sort = ProcessQuery::Sort::spawned;
    const std::vector<uint32_t> newest_first = process_rows(run, q);
    CHECK(newest_first.front() == records.size() - 1);
    CHECK(newest_first.back() == 0);
  }
}

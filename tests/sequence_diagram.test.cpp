// The sequence diagram's model (ui/sequence.hpp): the trace as lifelines and arrows, and
// its Mermaid text, as Kino.Process.seq_trace draws them.
#include <doctest/doctest.h>

#include "support.hpp"
#include "taskplay/task.hpp"
#include "taskplay/workloads.hpp"
#include "ui/sequence.hpp"

using namespace taskplay;
using namespace taskplay::test;
using namespace taskplay::ui;

TEST_SUITE("sequence diagram") {
  TEST_CASE("a crashing Task.async with trap_exit: SPAWN, the task's exit, EXIT and DOWN arrows") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      task::async(c, workloads::raise_fun("boom"));
      co_await c.receive_any();
      co_await c.receive_any();
    });
    w.run();
    auto name = [&](Pid p) { return p == caller ? std::string("caller") : std::string("Task"); };
    const Sequence seq = build_sequence(w.rt.trace(), 100, Pid{}, nullptr, name);
    REQUIRE(seq.participants.size() == 2);
    CHECK(seq.participants[0].pid == caller);
    CHECK(seq.participants[0].name == "caller");
    std::vector<std::string> labels;
    for (const SeqStep& s : seq.steps) labels.push_back(s.label);
    // (the task's start message: OTP's proc_lib handshake, as the BEAM sends it)
    CHECK(labels == std::vector<std::string>{"SPAWN", "INFO: tuple",
                                             "exited: RuntimeError \"boom\"",
                                             "EXIT: RuntimeError \"boom\"",
                                             "DOWN: RuntimeError \"boom\"", "exited: :normal"});
    CHECK(seq.steps[3].kind == SeqStep::Kind::exit_trapped);
    CHECK(seq.steps[3].from == 1);  // from the task to the caller
    CHECK(seq.steps[3].to == 0);
    // Each step knows the trace event it came from.
    CHECK(w.rt.trace()[static_cast<size_t>(seq.steps[3].seq)].kind == EventKind::exit_trapped);

    const std::string m = to_mermaid(seq);
    CHECK(m.rfind("sequenceDiagram\nparticipant 0 AS #35;PID<0.100.0> caller;\n", 0) == 0);
    CHECK(m.find("0->>1: SPAWN\nactivate 1\n") != std::string::npos);
    CHECK(m.find("1->>0: EXIT: RuntimeError \"boom\"\n") != std::string::npos);
    CHECK(m.find("1-->>0: DOWN: RuntimeError \"boom\"\n") != std::string::npos);
  }

  TEST_CASE("only the last steps are kept, and with a pid only those that involve it") {
    World w;
    w.spawn([](Ctx& c) -> Co<void> {
      Pid a = c.spawn([](Ctx& c2) -> Co<void> { co_await c2.receive_any(); });
      Pid b = c.spawn([](Ctx& c2) -> Co<void> { co_await c2.receive_any(); });
      for (int k = 0; k < 5; ++k) c.send(a, Term::integer(k));
      c.send(b, Term::atom("hello"));
      co_return;
    });
    w.run();
    const Sequence last3 = build_sequence(w.rt.trace(), 3, Pid{}, nullptr, nullptr);
    CHECK(last3.steps.size() == 3);
    CHECK(last3.earlier > 0);
    const Pid b{102, 0};
    const Sequence only_b = build_sequence(w.rt.trace(), 100, b, nullptr, nullptr);
    for (const SeqStep& s : only_b.steps)
      CHECK((only_b.participants[static_cast<size_t>(s.from)].pid == b ||
             only_b.participants[static_cast<size_t>(s.to)].pid == b));
    CHECK(only_b.steps.size() == 3);  // SPAWN, INFO: :hello, exited
    CHECK(only_b.steps[1].label == "INFO: :hello");
  }
}

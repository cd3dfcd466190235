// Time travel (ui/session.hpp, ui/run.hpp): every playground run is a recording that
// replays exactly, and the session shows any past position of it, rebuilt by replay.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "corpus.hpp"
#include "session_support.hpp"
#include "taskplay/inspect.hpp"
#include "ui/presets.hpp"

using namespace taskplay;
using namespace taskplay::test;
using namespace taskplay::ui;

namespace {

// The first process the shell started (a task) waits in a receive (here: asleep).
bool task_asleep(const Run& run) {
  const Process* p = run.runtime().find(Pid{101, 0});
  return p && p->state == ProcessState::waiting;
}

// A person at the playground, at random but repeatably: frames of varied length and slice,
// lines typed now and then, pause, step, slow motion, clear exited, stop the shell.
void fidget(Driver& d, std::mt19937& rng, int frames) {
  static const char* lines[] = {
      "1 + 1",
      "send(self(), {:ping, 1})",
      "flush()",
      "Process.flag(:trap_exit, true)",
      "spawn(fn -> Process.sleep(30); IO.puts(\"slept\") end)",
      "t = Task.async(fn -> Fib.of(15) end)",
      "spawn_link(fn -> raise \"boom\" end)",
      "receive do\n  m -> m\nafter\n  20 -> :nothing\nend",
      "Process.sleep(5)",
  };
  std::uniform_int_distribution<int> pick(0, 99);
  for (int i = 0; i < frames; ++i) {
    const int r = pick(rng);
    if (r < 12)
      d.session.submit(lines[pick(rng) % std::size(lines)]);
    else if (r < 15)
      d.session.set_paused(!d.session.paused());
    else if (r < 18)
      d.session.step();
    else if (r < 20)
      d.session.set_speed(pick(rng) < 50 ? 0.05 : 1.0);
    else if (r < 21)
      d.session.clear_dead();
    else if (r < 22)
      d.session.interrupt_shell();
    d.frame(1 + pick(rng) % 40, 0.05 + (pick(rng) % 60) / 10.0);
  }
  d.session.set_paused(false);
  d.session.set_speed(1.0);
}

// The lines of a program, given to the shell as a person pastes them into iex.
void run_program(Driver& d, const std::string& source, std::mt19937& rng) {
  d.session.load(source);
  fidget(d, rng, 40);
  d.settle();
}

void check_replays(const Driver& d) {
  const Recording r = d.session.recording();
  Replay::Status st;
  const auto again = replay(r, &st);
  CHECK(st == Replay::Status::there);
  CHECK(again->steps() == d.session.live().steps());
  CHECK(again->trace_hash() == d.session.live().trace_hash());
  CHECK(picture(*again) == picture(d.session.live()));
}

}  // namespace

TEST_SUITE("time travel") {
  TEST_CASE(
      "every preset, run with a person fidgeting, replays from its recording event for event") {
    std::mt19937 rng(1);
    for (const Preset& p : presets()) {
      CAPTURE(p.file);
      Driver d;
      run_program(d, p.source, rng);
      CHECK(d.session.live().runtime().trace().total() > 3);
      check_replays(d);
    }
  }

  TEST_CASE("every conformance program replays from its recording event for event") {
    std::mt19937 rng(2);
    for (const auto& program : kConformancePrograms) {
      const std::string file = program.first;  // (clang 14: no structured binding in CAPTURE)
      CAPTURE(file);
      if (uses_host(program.second)) continue;  // its second run finds the first's traces
      if (needs_cli(program.first)) continue;
      Driver d;
      run_program(d, program.second, rng);
      check_replays(d);
    }
  }

  TEST_CASE("inputs are applied at the next frame and stamped where they took effect") {
    Driver d;
    d.session.submit("x = 1 + 1");
    CHECK(d.session.inputs().empty());  // nothing happens mid-frame
    d.frame();
    REQUIRE(d.session.inputs().size() == 1);
    CHECK(d.session.inputs()[0].kind == Input::Kind::line);
    CHECK(d.session.inputs()[0].step == 0);
    d.settle();
    d.session.set_paused(true);
    d.frame(500);  // paused: the clock stands still
    const int64_t t = d.session.live().now_us();
    d.frame(500);
    CHECK(d.session.live().now_us() == t);
    d.session.set_paused(false);
    d.frame(90);                            // the resume
    CHECK(d.session.live().now_us() == t);  // (the 90 ms were paused)
    d.frame(80);                            // everything waits: the clock follows the host's, 80 ms
    const int64_t waited = d.session.live().now_us() - t;
    CHECK(waited >= 80'000);
    CHECK(waited < 81'000);  // (and the fake host's looks at its clock)
    d.session.submit("y = 2");
    d.frame(50);
    const Input& y = d.session.inputs().back();
    CHECK(y.text == "y = 2");
    // applied as the frame began: stamped with how long everything had waited then
    CHECK(y.time_us == t + waited);
    // pause and resume are in the recording too
    CHECK(d.session.inputs()[1].kind == Input::Kind::pause);
    CHECK(d.session.inputs()[2].kind == Input::Kind::resume);
    check_replays(d);
  }

  TEST_CASE("while processes run, the clock moves with their reductions, not the host's time") {
    Driver d;
    d.session.submit("spawn(fn -> Fib.of(40) end)");
    d.frame(16, 6);
    d.frame(1000, 6);  // long frames: the host's seconds do not count while Fib runs
    d.frame(1000, 6);
    REQUIRE(d.session.live().busy());
    const auto red = static_cast<int64_t>(d.session.live().runtime().total_reductions());
    CHECK(red > 100'000);
    // 1 ms per 20,000 reductions (less what the shell's own evaluation used before Fib)
    CHECK(d.session.live().runtime().now_us() <= red / 20);
    CHECK(d.session.live().runtime().now_us() >= red / 20 - 50);
  }

  TEST_CASE("'stop the shell' is an input: deferred, recorded, replayed") {
    Driver d;
    d.session.submit("defmodule L do\n  def f, do: f()\nend");
    d.settle();
    d.session.submit("L.f()");
    for (int i = 0; i < 5; ++i) d.frame();
    const Pid old = d.session.live().shell().pid();
    CHECK(d.session.live().shell().busy());
    d.session.interrupt_shell();
    CHECK(d.session.live().shell().pid() == old);  // not in the middle of a frame
    d.settle();
    CHECK(d.session.live().shell().pid() != old);
    CHECK(d.session.inputs().back().kind == Input::Kind::stop_shell);
    std::string console;
    for (const auto& l : d.session.live().shell().transcript()) console += l.text + "\n";
    CHECK(console.find("** (EXIT from #PID<0.100.0>) shell process exited with reason: killed") !=
          std::string::npos);
    check_replays(d);
    // with the shell idle, there is nothing to stop: not recorded
    const size_t n = d.session.inputs().size();
    d.session.interrupt_shell();
    d.frame();
    CHECK(d.session.inputs().size() == n);
  }

  TEST_CASE("step back shows the run one step earlier, exactly as it was then") {
    Driver d;
    d.session.load(
        "task = Task.async(fn -> Process.sleep(100); raise \"boom\" end)\nIO.puts(\"waiting\")");
    d.settle();
    for (int i = 0; i < 20; ++i) d.frame(16);  // the task crashes, a new shell takes over
    const Run& live = d.session.live();
    const uint64_t n = live.steps();
    REQUIRE(live.shell().generation() == 1);
    d.session.step_back();
    d.rebuilt();
    CHECK(d.session.viewing_past());
    CHECK(d.session.paused());
    CHECK(d.session.shown_step() == n - 1);
    // the same events as the live run's, up to the end of that step
    const Trace& past = d.session.shown().runtime().trace();
    const Trace& all = live.runtime().trace();
    REQUIRE(past.size() <= all.size());
    for (size_t i = 0; i < past.size(); ++i) CHECK(all.format(all[i]) == past.format(past[i]));
    CHECK((past.size() == all.size() || all[past.size()].step == n));
    CHECK(d.session.highlight() == past[past.size() - 1].seq);
    // step back until the old shell is alive again, with the task asleep
    int back = 1;
    while (d.session.shown().shell().generation() != 0 || !task_asleep(d.session.shown())) {
      REQUIRE(back < 10);
      d.session.step_back();
      d.rebuilt();
      ++back;
    }
    CHECK(d.session.shown().runtime().alive(Pid{100, 0}));
    // forward again, step by step, to the live run
    for (int i = 0; i < back; ++i) {
      d.session.step();
      d.rebuilt();
    }
    CHECK_FALSE(d.session.viewing_past());
    CHECK(d.session.live().steps() == n);  // the live run did not move meanwhile
  }

  TEST_CASE("any position, asked for directly, equals the live run cut at that step") {
    Driver d;
    std::mt19937 rng(3);
    run_program(d, presets()[4].source, rng);
    const uint64_t n = d.session.live().steps();
    const Trace& all = d.session.live().runtime().trace();
    for (uint64_t k : {uint64_t{0}, n / 3, n / 2, n - 2, uint64_t{1}, n - 1}) {
      CAPTURE(k);
      d.session.view_step(k);
      d.rebuilt();
      CHECK(d.session.shown_step() == k);
      const Trace& past = d.session.shown().runtime().trace();
      for (size_t i = 0; i < past.size(); ++i) REQUIRE(all.format(all[i]) == past.format(past[i]));
      CHECK((past.size() == all.size() || all[past.size()].step > k));
    }
    d.session.go_live();
    d.frame();
    CHECK_FALSE(d.session.viewing_past());
  }

  TEST_CASE("a click on an event shows the run at its step and highlights it") {
    Driver d;
    d.session.load("Task.async(fn -> Process.sleep(50); :done end) |> Task.await()");
    d.settle();
    const Trace& all = d.session.live().runtime().trace();
    size_t timer = 0;
    while (all[timer].kind != EventKind::timer) ++timer;
    d.session.view_event(all[timer].seq);
    d.rebuilt();
    CHECK(d.session.shown_step() == all[timer].step);
    CHECK(d.session.highlight() == all[timer].seq);
  }

  TEST_CASE("continue from here: the run goes on from the past shown; its old future is a branch") {
    Driver d;
    d.session.load("task = Task.async(fn -> Process.sleep(500); raise \"boom\" end)");
    d.settle();
    for (int i = 0; i < 40; ++i) d.frame(16);
    REQUIRE(d.session.live().shell().generation() == 1);  // the crash killed the shell
    const uint32_t crashed = d.session.live().trace_hash();
    // back to where the task sleeps and the shell waits for input
    while (d.session.shown().shell().generation() != 0 || !task_asleep(d.session.shown())) {
      REQUIRE(d.session.shown_step() > 0);
      d.session.step_back();
      d.rebuilt();
    }
    const uint64_t fork_at = d.session.shown_step();
    d.session.submit("Process.flag(:trap_exit, true)");  // acting in the past forks
    d.frame();
    CHECK_FALSE(d.session.viewing_past());
    CHECK_FALSE(d.session.paused());
    REQUIRE(d.session.branches().size() == 1);
    CHECK(d.session.branches()[0].fork_step == fork_at);
    for (int i = 0; i < 60; ++i) d.frame(16);
    // now the shell traps the exit: it lives, with {:EXIT, ...} in its mailbox
    const Run& live = d.session.live();
    CHECK(live.shell().generation() == 0);
    const Process* shell = live.runtime().find(live.shell().pid());
    REQUIRE(shell != nullptr);
    REQUIRE(shell->mailbox.size() >= 1);
    CHECK(inspect(shell->mailbox.first()->message)
              .rfind("{:EXIT, #PID<0.101.0>, {%RuntimeError", 0) == 0);
    check_replays(d);
    // the old future is still there
    const uint32_t forked = d.session.live().trace_hash();
    d.session.switch_branch(0);
    d.settle();
    CHECK(d.session.live().trace_hash() == crashed);
    CHECK(d.session.live().shell().generation() == 1);
    d.session.switch_branch(0);  // and back
    d.settle();
    CHECK(d.session.live().trace_hash() == forked);
  }

  TEST_CASE("an opened recording shows its author's run, paused where they looked") {
    Driver a(11);
    std::mt19937 rng(4);
    run_program(a, presets()[5].source, rng);
    a.session.view_step(a.session.live().steps() / 2);
    a.rebuilt();
    const Recording r = a.session.recording();
    REQUIRE(r.view_step.has_value());
    Driver b(99);  // another seed: the recording's wins
    b.session.open(decode_recording(encode_recording(r)).recording.value());
    b.rebuilt();
    b.frame();
    CHECK(b.session.open_problem().empty());
    CHECK(b.session.paused());
    CHECK(b.session.viewing_past());
    CHECK(b.session.shown_step() == *r.view_step);
    CHECK(picture(b.session.live()) == picture(a.session.live()));
    CHECK(picture(b.session.shown()) == picture(a.session.shown()));
  }

  TEST_CASE("a recording this version replays differently says so") {
    Driver a;
    a.session.submit("spawn(fn -> :ok end)");
    a.settle();
    Recording r = a.session.recording();
    r.trace_hash ^= 1;  // as if another version had made it
    Driver b;
    b.session.open(r);
    b.settle();
    CHECK_FALSE(b.session.open_problem().empty());
  }

  TEST_CASE(
      "slow motion: at 1/10 speed a 16 ms frame lets the scheduler use about 32,000 "
      "reductions") {
    Driver d;
    d.session.submit(
        "defmodule Spin do\n  def loop(0), do: :ok\n  def loop(n), do: loop(n - 1)\nend");
    d.settle();
    d.session.submit("spawn(fn -> Spin.loop(10_000_000) end)");
    d.session.set_speed(0.1);
    d.frame();  // the commands
    d.frame();
    for (int i = 0; i < 3; ++i) {
      const uint64_t before = d.session.live().runtime().total_reductions();
      d.frame(16, 6);
      const uint64_t used = d.session.live().runtime().total_reductions() - before;
      CHECK(used >= 32'000 - 4'000);  // give or take a slice of 4,000
      CHECK(used <= 32'000 + 4'000);
    }
  }
}

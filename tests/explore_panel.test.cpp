// The Explore panel's model (ui/explore.hpp): which program Explore explores, the output
// diff it shows, and the exploration run a slice per frame within a budget of host time.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "ui/explore.hpp"
#include "ui/presets.hpp"
#include "ui/session.hpp"

using namespace taskplay;
using namespace taskplay::ui;

namespace {

const Preset& preset(const std::string& file) {
  for (const Preset& p : presets())
    if (p.file == file) return p;
  FAIL("no preset " << file);
  return presets()[0];
}

// The lines a preset gives the shell (Session::submit splits it at its newlines).
std::vector<std::string> shell_lines(const std::string& source) {
  std::vector<std::string> v;
  size_t start = 0;
  while (start <= source.size()) {
    size_t nl = source.find('\n', start);
    if (nl == std::string::npos) nl = source.size();
    v.push_back(source.substr(start, nl - start));
    start = nl + 1;
  }
  return v;
}

// A host clock that moves `per_look` microseconds at every look.
struct FakeClock {
  int64_t now = 1'000'000;
  int64_t per_look = 100;
};

}  // namespace

TEST_SUITE("explore panel") {
  TEST_CASE("Explore explores the preset loaded, or the lines given to the shell as a script") {
    const Preset& p = preset("16_race_two_senders.exs");
    ExploreProgram loaded = explore_program(shell_lines(p.source));
    CHECK(loaded.preset());
    CHECK(loaded.source == p.source);
    CHECK(loaded.file == "16_race_two_senders.exs");
    CHECK(describe_program(loaded) == "the preset race_two_senders.exs");

    // a line more after the preset: no longer the preset, the lines as one script
    std::vector<std::string> more = shell_lines(p.source);
    more.push_back("IO.puts(:more)");
    ExploreProgram typed = explore_program(more);
    CHECK_FALSE(typed.preset());
    CHECK(typed.file == "shell.exs");
    CHECK(typed.source == p.source + "\nIO.puts(:more)");
    CHECK(describe_program(typed).find("lines given to the shell since the last Reset, as one "
                                       "script") != std::string::npos);

    CHECK(explore_program({}).empty());
    CHECK(explore_program({"", "  "}).empty());
    CHECK(describe_program(explore_program({"x = 1"})) ==
          "the line given to the shell since the last Reset, as one script");
  }

  TEST_CASE("an output against the default's, line by line") {
    using K = DiffLine::Kind;
    CHECK(diff_lines("first a, then b\n", "first b, then a\n") ==
          std::vector<DiffLine>{{K::removed, "first a, then b"}, {K::added, "first b, then a"}});
    CHECK(diff_lines("a\nb\nc\n", "a\nc\n") ==
          std::vector<DiffLine>{{K::same, "a"}, {K::removed, "b"}, {K::same, "c"}});
    CHECK(diff_lines("a\n", "a\nb\n") == std::vector<DiffLine>{{K::same, "a"}, {K::added, "b"}});
    CHECK(diff_lines("", "").empty());
  }

  TEST_CASE("the exploration runs a slice per frame, within the frame's budget, to the result") {
    auto clock = std::make_shared<FakeClock>();
    ExploreModel m([clock] { return clock->now += clock->per_look; });
    CHECK(m.state() == ExploreModel::State::idle);
    const Preset& p = preset("16_race_two_senders.exs");
    m.start(explore_program(shell_lines(p.source)));
    // a command: applied at the next frame
    CHECK(m.pending());
    CHECK(m.state() == ExploreModel::State::idle);
    // A budget the clock passes at its first look: one chunk of work per frame, so the
    // exploration takes several frames (the page draws in between).
    int frames = 0;
    while (m.state() != ExploreModel::State::done && frames < 100'000) {
      m.advance(0.05);
      ++frames;
      if (frames == 1) {
        CHECK(m.state() == ExploreModel::State::running);
        CHECK_FALSE(m.pending());
      }
    }
    REQUIRE(m.state() == ExploreModel::State::done);
    CHECK(frames > 1);
    CHECK(m.frames() == static_cast<uint32_t>(frames));
    const lang::Exploration* e = m.result();
    REQUIRE(e);
    // tests/race_explorer.test.cpp: either message first
    CHECK(e->complete);
    CHECK(e->outcomes.size() == 2);
    CHECK(m.schedules() == e->schedules);
    REQUIRE(m.diffs().size() == 2);
    CHECK(m.diffs()[1] == diff_lines(e->outcomes[0].run.output, e->outcomes[1].run.output));
    const std::string json = explore_json(m);
    CHECK(json.find("\"state\":\"done\"") != std::string::npos);
    CHECK(json.find("\"program\":\"race_two_senders.exs\"") != std::string::npos);
    CHECK(json.find("\"token\":\"v1\"") != std::string::npos);

    // Opening outcome 2: its path and the default's, from where they part; the sequences
    // differ there (the other sender's message first)
    m.open(1);
    CHECK(m.pending());
    // (a chunk of work per frame: the two runs take their time, as the exploration does)
    for (int i = 0; i < 100'000 && !m.opened(); ++i) m.advance(0.05);
    CHECK_FALSE(m.opening());
    REQUIRE(m.opened());
    CHECK(m.opened()->outcome == 1);
    CHECK(m.opened()->from_step == e->outcomes[1].diverged_at_step);
    CHECK(m.opened()->misfit.empty());
    CHECK_FALSE(m.opened()->default_path.steps.empty());
    CHECK_FALSE(m.opened()->outcome_path.steps.empty());
    auto labels = [](const Sequence& s) {
      std::vector<std::string> v;
      for (const SeqStep& x : s.steps) v.push_back(step_text(s, x));
      return v;
    };
    CHECK(labels(m.opened()->default_path) != labels(m.opened()->outcome_path));
    CHECK(explore_json(m).find("\"opened\":{\"outcome\":1") != std::string::npos);
    m.close();
    m.advance(1);
    CHECK_FALSE(m.opened());

    // Explore again with a generous budget: done in one frame; cancel forgets it.
    m.start(explore_program(shell_lines(p.source)));
    m.advance(1e9);
    CHECK(m.state() == ExploreModel::State::done);
    CHECK(m.frames() == 1);
    m.cancel();
    m.advance(1);
    CHECK(m.state() == ExploreModel::State::idle);
    CHECK(m.result() == nullptr);
    CHECK(explore_json(m).find("outcomes") == std::string::npos);
  }

  TEST_CASE("a program that does not compile ends at once with the compiler's message") {
    auto clock = std::make_shared<FakeClock>();
    ExploreModel m([clock] { return clock->now += clock->per_look; });
    m.start(explore_program({"x = (1 +"}));
    for (int i = 0; i < 1000 && m.state() != ExploreModel::State::done; ++i) m.advance(1);
    REQUIRE(m.result());
    CHECK(m.result()->outcomes.empty());
    CHECK_FALSE(m.result()->error.empty());
    CHECK(m.diffs().empty());
  }

  TEST_CASE("nothing to explore: Explore does nothing") {
    ExploreModel m(Session::steady_now_us);
    m.start(explore_program({}));
    m.advance(1);
    CHECK(m.state() == ExploreModel::State::idle);
  }
}

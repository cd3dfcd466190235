#pragma once
// The Explore panel's model: the race explorer (core/taskplay/lang/explore.hpp,
// docs/races.md) run on the program the person ran, a slice per frame, and what the panel
// shows of its result.
//
// The program is the lines given to the shell since the last Reset (typed, a button's,
// a preset's, a link's), joined: a preset loaded and nothing else is that preset's source,
// exactly. It is explored as a script, the way `taskplay explore FILE` and `elixir FILE`
// run it, not as the shell runs it line by line: a script prints only what the program
// writes (not each line's value, as the shell does), and it ends when its last line is
// done. The panel says so.
//
// The exploration is a lang::ExploreJob: each frame it gets a budget of host time (what the
// scheduler's slice leaves, App::run_slice) and advances by chunks of reductions until the
// budget is spent, so the page keeps drawing.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "taskplay/lang/explore.hpp"
#include "taskplay/line_diff.hpp"
#include "ui/sequence.hpp"

namespace taskplay {
class Runtime;
}
namespace taskplay::lang {
class ScriptRunner;
}

namespace taskplay::ui {

// [SECTION] What is explored
struct ExploreProgram {
  std::string source;  // the lines, joined by newlines
  std::string file;    // the preset's file ("16_race_two_senders.exs"), or "shell.exs"
  std::string title;   // the preset's title, or "" for typed lines
  size_t lines = 0;    // how many lines were given to the shell
  bool preset() const { return !title.empty(); }
  bool empty() const { return source.find_first_not_of(" \t\n\r") == std::string::npos; }
  bool operator==(const ExploreProgram&) const = default;
};
// The program of the lines given to the shell since the last Reset: a preset when they are
// exactly one preset's source.
ExploreProgram explore_program(const std::vector<std::string>& shell_lines);
// In words, for the panel: "the preset race_two_senders.exs", "the 3 lines typed in the
// shell since the last Reset, as one script".
std::string describe_program(const ExploreProgram& p);

// [SECTION] An outcome opened: its path and the default's, from where they part
// `program` run under `schedule` (lang::ScheduleFollower), a slice at a time (a program
// may compute for long before it ends), for its sequence diagram.
class PathRun {
 public:
  PathRun(const ExploreProgram& program, const lang::Schedule& schedule);
  ~PathRun();
  PathRun(const PathRun&) = delete;
  PathRun& operator=(const PathRun&) = delete;
  // About `reductions` reductions of work (at least one step); true when the run is over.
  bool advance(uint64_t reductions);
  bool done() const { return done_; }
  // The sequence diagram of the events from the runtime's step `from_step` on.
  Sequence sequence(uint64_t from_step) const;
  // Empty, or where the schedule did not fit the program.
  const std::string& misfit() const;

 private:
  std::string source_, file_;
  std::unique_ptr<Runtime> rt_;
  std::unique_ptr<lang::ScheduleFollower> follower_;
  std::unique_ptr<lang::ScriptRunner> runner_;
  bool done_ = false;
};
// One step of a path in words: "0.100.0 -> 0.101.0 {:from, :a}", "0.101.0 exited :normal".
std::string step_text(const Sequence& seq, const SeqStep& step);
struct OutcomePaths {
  size_t outcome = 0;
  uint64_t from_step = 0;  // where the outcome left the default schedule
  Sequence default_path, outcome_path;
  std::string misfit;
};

// [SECTION] The exploration, a slice per frame
class ExploreModel {
 public:
  // `host_now_us`: the host's monotonic clock, for the per-frame budget (tests fake it).
  explicit ExploreModel(std::function<int64_t()> host_now_us);
  ~ExploreModel();

  enum class State : uint8_t { idle, running, done };
  // Commands, applied at the start of the next advance() (never in the middle of a frame
  // being drawn). Explores `program` (a program with nothing in it is not explored):
  void start(ExploreProgram program, lang::ExploreOptions options = {});
  void cancel();  // back to idle; a result already shown is forgotten
  // Applies the commands, then runs the exploration for at most about `budget_ms` of host
  // time (at least one chunk of reductions, so it always moves).
  void advance(double budget_ms);
  // A command waits for the next advance().
  bool pending() const { return command_ != Command::none || open_request_.has_value(); }
  // Whether advance() has work to do this frame: a command, the exploration, paths opening.
  bool busy() const { return pending() || state_ == State::running || opening(); }
  // Opens outcome `i` of the result (at the next advance()): its path and the default's,
  // from where they part, each run again under its schedule. Another open closes it.
  void open(size_t i) { open_request_ = i; }
  void close() { open_request_ = SIZE_MAX; }
  const std::optional<OutcomePaths>& opened() const { return opened_; }
  // The paths being run (a slice per frame) before they are shown.
  bool opening() const { return paths_run_ != nullptr; }
  // Reductions per call of ExploreJob::advance, between two looks at the clock.
  static constexpr uint64_t kChunk = 4000;

  State state() const { return state_; }
  const ExploreProgram& program() const { return program_; }
  uint32_t schedules() const;  // finished so far
  uint32_t bound() const { return options_.max_schedules; }
  // The result, once done.
  const lang::Exploration* result() const;
  // Each outcome's output against the default schedule's (outcome 0's), once done.
  const std::vector<std::vector<DiffLine>>& diffs() const { return diffs_; }
  // Host time spent on it so far, and in how many frames.
  double spent_ms() const { return spent_ms_; }
  uint32_t frames() const { return frames_; }

 private:
  void apply();

  enum class Command : uint8_t { none, start, cancel };
  Command command_ = Command::none;
  std::optional<size_t> open_request_;
  std::optional<OutcomePaths> opened_;
  // Opening: the paths' runs, the default's then the outcome's
  std::optional<OutcomePaths> opening_;
  std::unique_ptr<PathRun> paths_run_, outcome_run_;
  ExploreProgram next_program_;
  lang::ExploreOptions next_options_;
  std::function<int64_t()> host_now_us_;
  State state_ = State::idle;
  ExploreProgram program_;
  lang::ExploreOptions options_;
  std::unique_ptr<lang::ExploreJob> job_;
  std::vector<std::vector<DiffLine>> diffs_;
  double spent_ms_ = 0;
  uint32_t frames_ = 0;
};

// The test bridge's view of it (the "explore" key of window.taskplay.state()).
std::string explore_json(const ExploreModel& m);

}  // namespace taskplay::ui

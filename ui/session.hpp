#pragma once
// A playground session: the live run (ui/run.hpp), its recording, and time travel through
// it. The App owns one; panels read it through a const reference and act through commands
// (submit, step_back, ...), every one applied at the start of the next frame, never in the
// middle of drawing one, and every one that can change the run recorded with its stamp.
//
// Each frame: apply the commands, then either run the live scheduler within a slice of host
// time (never more, whatever runs), or, while the person looks at the past, rebuild the
// state they asked for by replaying the recording into a fresh runtime, a slice a frame.
// Coroutine frames cannot be copied, so the past is always rebuilt by replay; a spare
// replay, prepared while the live run waits or is paused, makes the next step back instant.
//
// Pausing freezes the live run's clock and scheduler; step() runs exactly one unit of work
// (one slice, one timer or one exit teardown), moving the clock to the next timer when
// nothing else can run. Slow motion slows the scheduler (a reduction allowance that grows
// with host time) and the clock while everything waits, both by the speed.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/recording.hpp"
#include "ui/run.hpp"

namespace taskplay::ui {

struct SessionStats {
  uint64_t steps_last_frame = 0;
  double run_ms_last_frame = 0;  // host time the scheduler (or a replay) took in the last frame
  uint64_t manual_steps = 0;     // steps taken with step()
  uint64_t replayed_steps = 0;   // steps replayed to show the past, since the reset
};

// A future left behind by "continue from here" (or the run a branch switch left).
struct Branch {
  Recording recording;  // its inputs and where it ended
  uint64_t fork_step;   // where the run that replaced it left it
};

class Session {
 public:
  // `host_now_us`: the host's monotonic time (slices, slow motion, the clock while every
  // process waits). `new_seed`: each reset's seed (the host's entropy; tests fix it).
  explicit Session(std::function<int64_t()> host_now_us = steady_now_us,
                   std::function<uint64_t()> new_seed = random_seed);
  ~Session();

  // [SECTION] Commands (applied at the start of the next frame)
  // One line of Elixir (or several, separated by newlines) for the shell. Given while the
  // past is shown, the run goes on from there (continue_from_here) first.
  void submit(std::string_view lines);
  // Starts again from an empty runtime (a new seed, a new shell, no processes, time 0).
  void reset();
  // A reset into a runtime with another process limit (+P: the BEAM's is fixed when it
  // starts, so changing it starts a new run); later resets keep it.
  void restart_with_process_limit(uint32_t limit);
  uint32_t process_limit() const { return live_->runtime().options().max_processes; }
  // Reset, then the lines of a scenario (a preset).
  void load(std::string_view scenario);
  // A recorded run (a share link): replayed, then shown where its author was looking.
  void open(Recording recording);
  // Kills a busy shell process, as iex's Ctrl+G then k does (a new shell takes over).
  void interrupt_shell();
  void clear_dead();  // the panels forget exited processes (recorded: a replay does it too)

  // [SECTION] The scheduler (the live run)
  void set_paused(bool paused);
  bool paused() const { return paused_; }
  // One unit of work: of the live run when it is shown (pausing it first), else one step
  // forward through the past.
  void step();
  // 1 = full speed; below 1, slow motion (the scheduler and the waiting clock).
  void set_speed(double speed);
  double speed() const { return speed_; }

  // [SECTION] Time travel
  // One step back from the position shown (pausing the live run).
  void step_back();
  // Shows the run at position `step` (its first `step` steps and the inputs stamped then);
  // at or past the live run's steps, the live run.
  void view_step(uint64_t step);
  // Shows the run as it stood when event `seq` happened (the end of its step), and
  // highlights the event.
  void view_event(uint64_t seq);
  void go_live();
  // The past shown becomes the live run; the old future is kept as a branch.
  void continue_from_here();
  // Goes to branch `i` (the current run is kept as a branch in its place).
  void switch_branch(size_t i);

  // Once per frame: apply commands, run for at most `budget_ms` of host time (a replay
  // may take up to kReplaySliceMs), update what the panels read.
  void advance(double budget_ms = 6.0);
  // A replay's slice per frame: a little longer than the live scheduler's, since the live
  // run is paused meanwhile and the frame has nothing else to do.
  static constexpr double kReplaySliceMs = 12.0;

  // [SECTION] What the panels read: the run shown (the live run, or the past)
  const Run& shown() const;
  const Run& live() const { return *live_; }
  const Runtime& runtime() const { return shown().runtime(); }
  const Observer& observer() const { return shown().observer(); }
  const ShellLink& shell() const { return shown().shell(); }
  int64_t now_us() const { return runtime().now_us(); }
  bool busy() const { return shown().busy(); }
  const SessionStats& stats() const { return stats_; }

  bool viewing_past() const { return viewing_; }
  // The position shown, and the position asked for (they differ while it is rebuilt).
  uint64_t shown_step() const { return shown().steps(); }
  uint64_t target_step() const { return viewing_ ? target_ : live_->steps(); }
  // While the past (or an opened link) is being rebuilt: how far, 0..1.
  std::optional<double> rebuilding() const;
  // The event to highlight (the one clicked, or the last of the step shown), if any.
  std::optional<uint64_t> highlight() const { return viewing_ ? highlight_ : std::nullopt; }

  // The recording of the live run so far, stamped for a share link (end, hash, and the
  // position shown when the past is).
  Recording recording() const;
  const std::vector<Input>& inputs() const { return recording_.inputs; }
  // The lines given to the shell since the last reset, in order.
  std::vector<std::string> scenario() const;
  const std::vector<Branch>& branches() const { return branches_; }
  // What the last open() found: empty, or why the run shown is not its author's.
  const std::string& open_problem() const { return open_problem_; }
  // Counts resets, opened links and branch switches (a new run: panels forget their notes).
  uint64_t epoch() const { return epoch_; }
  // Changes whenever the run shown is another one (a reset, the past, back to live...):
  // a panel that keeps notes about the events it has read starts again.
  uint64_t shown_serial() const { return shown_serial_; }

  static int64_t steady_now_us();
  static uint64_t random_seed();

 private:
  struct Command {
    enum class Kind : uint8_t {
      input,  // `input` (its stamp is given when applied)
      reset,
      open,
      step,
      step_back,
      view_step,
      view_event,
      live,
      fork,
      branch,
    };
    Kind kind;
    Input input;
    uint64_t n = 0;
    std::optional<Recording> recording;
  };
  void push(Command c) { commands_.push_back(std::move(c)); }
  void push_input(Input::Kind k, std::string text = {}, double value = 0);
  void apply(Command& c);
  void record(Input in);  // applies to the live run and stamps it
  void fresh_run(uint64_t seed);
  void run_live(double budget_ms, int64_t start, int64_t host_dt);
  void travel(int64_t deadline);
  void prepare_spare(int64_t deadline);
  void request_view(uint64_t step, std::optional<uint64_t> highlight);
  void fork();
  void start_loading(Recording r, bool verify);
  std::optional<uint64_t> last_event_of(uint64_t step) const;
  void set_pause(bool paused);

  std::function<int64_t()> host_now_us_;
  std::function<uint64_t()> new_seed_;
  std::unique_ptr<Run> live_;
  Recording recording_;  // the live run's inputs (seed and pace in the header)
  SessionStats stats_;
  std::vector<Command> commands_;

  bool paused_ = false;
  double speed_ = 1.0;
  double credit_ = 0;  // slow motion: reductions the scheduler may still use
  int64_t last_host_us_ = 0;
  bool ran_last_frame_ = false;
  const Run* last_shown_ = nullptr;
  uint64_t last_shown_epoch_ = 0;
  uint64_t shown_serial_ = 0;  // the live run was running (not paused) through the last frame
  uint64_t epoch_ = 0;
  uint32_t process_limit_ = kDefaultProcessLimit;  // for the next reset

  // Time travel
  bool viewing_ = false;
  uint64_t target_ = 0;
  std::optional<uint64_t> highlight_;
  std::unique_ptr<Replay> view_;   // the past shown
  std::unique_ptr<Replay> build_;  // on its way to target_ (shown once there)
  std::unique_ptr<Replay> spare_;  // on its way to one step before what is shown
  std::vector<Branch> branches_;
  // Opening a recording (a link, a branch): the replay to its end, then the live run.
  std::unique_ptr<Replay> loading_;
  Recording loading_recording_;
  std::optional<uint64_t> loading_view_;
  bool verify_loading_ = false;
  std::string open_problem_;
};

}  // namespace taskplay::ui

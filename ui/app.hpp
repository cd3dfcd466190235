#pragma once
// The playground's UI: every panel, drawn once per frame. The App owns the session (the
// runtime, the observer, the shell) and the panels' view state; panels read the session
// through a const reference and act through Actions (lines of Elixir for the shell, the
// scheduler's controls). Each frame: apply what was asked last frame, run the scheduler
// within its slice of time (run_slice), draw.
#include <cstdint>
#include <string>
#include <string_view>

#include "ui/actions.hpp"
#include "ui/bridge.hpp"
#include "ui/panels/panels.hpp"
#include "ui/platform.hpp"
#include "ui/session.hpp"

namespace taskplay::ui {

class App {
 public:
  explicit App(Platform& platform);

  // Draws all panels. Call between ImGui::NewFrame() and ImGui::Render().
  void draw();
  // Applies what the panels asked for last frame, then runs the scheduler for its slice of
  // time. ui::frame() calls it before draw(), with the time between recent frames
  // (averaged), which sets the slice (slice_ms).
  void run_slice(double frame_interval_ms);

  Platform& platform() { return platform_; }
  Session& session() { return session_; }
  // Frames drawn so far (the first frame is 1 once draw() has returned).
  std::uint64_t frames() const { return frames_; }

  // [SECTION] The test bridge
  const Bridge& bridge() const { return bridge_; }
  const ExploreModel& explorer() const { return explore_; }
  std::string state_json() const;
  // The benchmark's workloads, by name: "fib45" (Task.async(fn -> Fib.of(45) end)),
  // "runnable10k" (10,000 processes that never block), "idle100k" (100,000 processes
  // waiting in receive), "idle1m" and "chain1m" (a million waiting, and the book's chain of
  // a million, each in a new run with +P 1,048,576). Given to the shell as lines, as
  // every action is. False for an unknown name.
  bool launch(std::string_view name);
  // How much host time the scheduler may use per frame: kSliceMs, or kSliceUnderLoadMs
  // while frames come slower than 36 a second (until they are faster than 44 again).
  // The page draws on the same cores as the scheduler (software GL in the browser's GPU
  // process): under load, a shorter slice keeps the page smooth at the cost of
  // reductions per second.
  static constexpr double kSliceMs = 6.0;
  static constexpr double kSliceUnderLoadMs = 3.0;
  double slice_ms() const { return under_load_ ? kSliceUnderLoadMs : kSliceMs; }
  // How long the scheduler ran in the last frame (its slice), in milliseconds.
  double last_advance_ms() const { return last_advance_ms_; }

  // Narrower than this (in the UI's logical pixels): a phone's layout, one panel at a time.
  static constexpr float kPhoneWidth = 700.0f;

 private:
  void layout_and_draw(Frame& f);
  void phone_layout(Frame& f, ImVec2 pos, ImVec2 size, float gap);

  Platform& platform_;
  Session session_;
  ExploreModel explore_{Session::steady_now_us};
  SharedView view_;
  Actions actions_;
  Bridge bridge_;
  ControlsView controls_;
  TimeBarView time_bar_;
  LaunchView launch_;
  ShellView shell_;
  ProcessesView processes_;
  GraphView graph_;
  TimelineView timeline_;
  SupervisorView supervisors_;
  ExploreView explore_view_;
  std::uint64_t frames_ = 0;
  bool under_load_ = false;
  double last_advance_ms_ = 0;
  bool first_frame_ = true;
  std::string said_problem_;
  // The phone's one panel, and how tall its bar of panels drew last frame.
  enum class PhonePanel {
    shell,
    graph,
    processes,
    launch,
    timeline,
    sequence,
    supervisors,
    exported,
    explore
  };
  PhonePanel phone_panel_ = PhonePanel::shell;
  float phone_switch_h_ = 0;
};

}  // namespace taskplay::ui

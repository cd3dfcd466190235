#pragma once
// What a panel may ask for. Panels read the session through a const reference and act
// only through this: lines of Elixir for the shell (the one path every button, typed
// line, preset and share link takes), the scheduler's controls, and the host's
// services (clipboard, downloads, the share link). Everything is applied at the start
// of the next frame, never in the middle of drawing one.
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/term.hpp"
#include "ui/explore.hpp"
#include "ui/platform.hpp"
#include "ui/session.hpp"

namespace taskplay::ui {

// View state more than one panel shares: which process is selected, what the status
// line says.
struct SharedView {
  Pid selected;        // chosen in the graph or the table (Pid{}: none)
  Pid hovered;         // under the pointer this frame, in any panel
  Pid hovered_last;    // ...in the last frame (panels drawn earlier read this)
  std::string status;  // "Copied the link", shown for a moment in the controls bar
  double status_until = 0;
  bool show_help = false;
  bool focus_console = false;  // the next frame puts the keyboard in the console
  bool touch = false;          // a finger, not a mouse: larger targets
  std::string link;            // the last share link made
};

class Actions {
 public:
  Actions(Session& session, Platform& platform, SharedView& view, ExploreModel& explore)
      : session_(session), platform_(platform), view_(view), explore_(explore) {}

  // [SECTION] Lines of Elixir for the shell, in order.
  void run(std::string_view elixir) { session_.submit(elixir); }
  void run(const std::vector<std::string>& lines) {
    for (const std::string& l : lines) session_.submit(l);
  }

  // [SECTION] The scheduler
  void set_paused(bool paused) { session_.set_paused(paused); }
  void step() { session_.step(); }
  void set_speed(double speed) { session_.set_speed(speed); }
  void reset();
  // A new run whose process limit is `limit` (+P), kept for later resets.
  void restart_with_process_limit(uint32_t limit);
  void load(std::string_view scenario, std::string_view name);
  void clear_dead() { session_.clear_dead(); }
  void interrupt_shell() { session_.interrupt_shell(); }

  // [SECTION] Time travel
  void step_back() { session_.step_back(); }
  void view_event(uint64_t seq) { session_.view_event(seq); }
  void go_live() { session_.go_live(); }
  void continue_from_here() { session_.continue_from_here(); }
  void switch_branch(size_t i) { session_.switch_branch(i); }

  // [SECTION] The race explorer (ui/explore.hpp)
  void explore(ExploreProgram program) { explore_.start(std::move(program)); }
  void stop_exploring() { explore_.cancel(); }
  void open_outcome(size_t i) { explore_.open(i); }
  void close_outcome() { explore_.close(); }

  // [SECTION] The host
  void copy(std::string_view text, std::string_view what);
  void download(std::string_view filename, std::string_view text);
  void share();
  void say(std::string text, double seconds = 2.5);

  SharedView& view() { return view_; }
  double now_s() const;

 private:
  Session& session_;
  Platform& platform_;
  SharedView& view_;
  ExploreModel& explore_;
};

}  // namespace taskplay::ui

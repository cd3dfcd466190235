#pragma once
// The playground's panels, one file each (as Tracy does). Every panel reads the session
// through a const reference, keeps only view state (its struct below), and acts through
// Actions: lines of Elixir for the shell, the scheduler's controls, the host's services.
#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "taskplay/trace.hpp"
#include "ui/actions.hpp"
#include "ui/explore.hpp"
#include "ui/launch.hpp"
#include "ui/process_kind.hpp"
#include "ui/process_table.hpp"
#include "ui/session.hpp"

namespace taskplay::ui {

struct Frame {
  const Session& session;
  Actions& actions;
  SharedView& view;
  double time_s;                // host time, for animations
  const ExploreModel& explore;  // the race explorer's run (ui/explore.hpp)
};

// [SECTION] Controls: pause, step, speed, reset, presets, share, help (controls_panel.cpp)
struct ControlsView {
  bool presets_open = false;
  bool compact = false;  // a phone: Step back and Step are under the scrubber instead
  float height = 0;      // how tall the bar drew last frame (it wraps when narrow)
  // A message on a row of its own leaves that row (blank) when it expires, until the
  // frame after the person's next click ends: what lies under the bar never moves by
  // itself under a finger or pointer about to press it.
  float message_row = 0;
  bool free_message_row = false;
};
void draw_controls(Frame& f, ControlsView& v);
// Step back and Step (`size`: 0 for the font's, larger for a thumb).
void draw_step_buttons(Frame& f, ImVec2 size);
// Keyboard shortcuts (when no text field has the keyboard).
void handle_shortcuts(Frame& f);
void draw_help_overlay(Frame& f);  // help_overlay.cpp

// [SECTION] The time bar: the scrubber over the run's events, continue, live (time_bar.cpp)
struct TimeBarView {
  uint64_t epoch = UINT64_MAX;    // the run the marks below are about (Session::epoch)
  uint64_t scanned = 0;           // the next live event to look at
  std::vector<uint64_t> crashes;  // events where a process exited abnormally
  bool compact = false;           // a phone: the buttons go on a row of their own
  float height = 0;               // how tall the bar drew last frame
};
void draw_time_bar(Frame& f, TimeBarView& v);
void draw_travel_buttons(Frame& f, TimeBarView& v);

// [SECTION] Launch: workload × how, and the Elixir it runs (launch_panel.cpp)
struct LaunchView {
  LaunchChoice choice;
  uint64_t shown = UINT64_MAX;  // the run shown (Session::shown_serial) the counters are about
  uint32_t generation = 0;      // ...and the shell generation
  // Names used by launches not yet evaluated (the shell's variables name the others).
  int next_task = 1, next_pid = 1, next_sup = 1;
};
void draw_launch_panel(Frame& f, LaunchView& v);

// [SECTION] Shell: pid, trap_exit, mailbox, owned tasks, console (shell_panel.cpp)
struct ShellView {
  int timeout_ms = 5000;
  char input[1024] = {};
  std::vector<std::string> history;
  int history_pos = -1;  // -1: a new line
  bool scroll_to_bottom = true;
  size_t last_transcript_size = 0;
  // The await countdown: the deadline seen, and how long the wait was when first seen.
  int64_t wait_deadline_us = -1;
  int64_t wait_total_us = 0;
  float upper_h = 0;  // the height of the part above the console, last frame
};
void draw_shell_panel(Frame& f, ShellView& v);

// [SECTION] Processes table (processes_panel.cpp)
struct ProcessesView {
  bool show_dead = true;
  char filter[64] = {};
  ProcessQuery::Sort sort = ProcessQuery::Sort::spawned;
  bool descending = false;
  // The rows (ui/process_table.hpp) and what they were built for: rebuilt at once when the
  // query or the run shown changes, at most twice a second while the run only grows.
  std::vector<uint32_t> rows;
  ProcessQuery built_for;
  const Observer* built_from = nullptr;
  uint64_t built_version = UINT64_MAX, built_generation = UINT64_MAX;
  double built_at = -1;
};
void draw_processes_panel(Frame& f, ProcessesView& v);

// [SECTION] Graph: links, monitors, supervision trees, signals travelling (graph_panel.cpp)
struct GraphView {
  // When each exit signal / :DOWN was first seen (host seconds), to animate it.
  std::unordered_map<uint64_t, double> signal_seen;
  double batch_time = 0;
  int batch_index = 0;
  bool show_legend = true;
  std::vector<Pid> expanded;  // the groups opened (by their parent's pid), GraphInput's
};
void draw_graph_panel(Frame& f, GraphView& v);

// [SECTION] Timeline: events, filter, sequence diagram, export (timeline_panel.cpp)
struct TimelineView {
  char filter[128] = {};
  bool kinds[8] = {true, true, true, true, true, true, true, true};
  bool only_selected = false;
  bool follow = true;
  // The events that pass the filter, by sequence number; rebuilt when the filter changes.
  std::vector<uint64_t> rows;
  uint64_t scanned_to = 0;                // the next sequence number to look at
  uint64_t built_for = 0;                 // a hash of the filter the rows were built for
  uint64_t epoch = UINT64_MAX;            // the run the rows are about (Session::epoch)
  uint64_t scrolled_to = UINT64_MAX;      // the highlighted event last scrolled into view
  uint64_t seq_scrolled_to = UINT64_MAX;  // ...in the sequence diagram
  int tab = 0;
};
void draw_timeline_panel(Frame& f, TimelineView& v);
void draw_sequence_view(Frame& f, TimelineView& v);  // sequence_view.cpp
void draw_export_view(Frame& f, TimelineView& v);    // export_view.cpp
// A sequence diagram in a scrolling child `id` of `size` (sequence_view.cpp), for the
// Sequence tab and the Explore panel's paths.
struct SequenceCanvas {
  std::optional<uint64_t> highlight;  // the event to highlight (and scroll to)
  uint64_t shown_end = UINT64_MAX;    // events from here on are the future: faded
  bool travel = false;                // a click on a row shows the run at that event
  uint64_t* scrolled_to = nullptr;    // the highlighted event last scrolled into view
  float column_em = 9.0f;             // a lifeline's width, in the font's size
};
void draw_sequence_canvas(Frame& f, const Sequence& seq, const char* id, ImVec2 size,
                          const SequenceCanvas& c);

// [SECTION] Supervisors: children, restart types, intensity (supervisor_panel.cpp)
struct SupervisorView {};
void draw_supervisor_panel(Frame& f, SupervisorView& v);

// [SECTION] Explore: the race explorer on the program run, its outcomes (explore_panel.cpp)
struct ExploreView {};
void draw_explore_panel(Frame& f, ExploreView& v);

// [SECTION] Shared drawing helpers (widgets.cpp)
// A chip: a small toggle button, the selected one filled. Returns true when clicked.
bool chip(const char* label, bool selected, const char* bridge_name, ImVec2 size = ImVec2(0, 0));
// A button that is also a named widget for the tests.
bool button(const char* label, const char* bridge_name, ImVec2 size = ImVec2(0, 0));
// The next item, `w` wide, goes on this row when it fits and on the next one when it does
// not: a bar wraps in a narrow window (a phone held upright) rather than cut off what is
// past its edge. Call it where ImGui::SameLine() would go.
void flow(float w);
// How wide button(label) is drawn (at least `height`, for a square target).
float button_width(const char* label, float height = 0);
// Elixir code, in the mono font, selectable and copyable.
void code_block(const char* id, const std::string& code, float height_lines);
// A short inspect for tight places (graph labels): cut at `max` characters with "…".
std::string short_text(const std::string& s, size_t max);
// What kind of process `pid` is in the session shown (process_kind.hpp).
std::string process_kind(const Session& s, Pid pid);
ImU32 kind_colour(const std::string& kind);

}  // namespace taskplay::ui

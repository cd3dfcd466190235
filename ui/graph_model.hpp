#pragma once
// The Graph panel's model, built without Dear ImGui: which processes get a node, the
// trees (who spawned whom, supervision), the layout in pixels, the edges (links,
// monitors, supervision) and the signals travelling along them, and every label with its
// rectangle, placed so that no two labels overlap. ui/panels/graph_panel.cpp only draws it.
//
// Layout: each tree hangs from its root; a parent's childless children sit in a grid
// under it (10 a row), the others side by side, and columns and rows are sized to the
// canvas within bounds. A node's two label lines (what it is, and its pid or exit
// reason) are cut to its column, so neighbours never overlap; a long reason is shown
// whole on hover (the tooltip) and when the node is selected (`detail`, drawn outside the
// canvas). A signal's words go where they touch no other label and no node, or are left
// out (the dot and its colour still say what it is).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/observer.hpp"
#include "taskplay/trace.hpp"
#include "ui/run.hpp"

namespace taskplay::ui {

struct GraphPoint {
  float x = 0, y = 0;
};

struct GraphRect {
  float x = 0, y = 0, w = 0, h = 0;
  bool overlaps(const GraphRect& o) const {
    return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
  }
};

struct GraphNode {
  Pid pid;           // Pid{} for a group
  std::string kind;  // process_kind: "shell", "Task", "Supervisor", "process"... or "group"
  const ProcessRecord* record = nullptr;
  const Process* process = nullptr;  // null once it has exited
  bool finished = false;             // exited :normal (a tick, not a cross)
  // A group: one node for the processes its parent spawned that have no node of their own
  // (kGraphMaxNodes), with how many there are, are alive and wait (in a receive: a sleep is
  // one too). Its parent's pid names it (GraphInput::expanded).
  size_t group = 0, group_alive = 0, group_waiting = 0;
  bool group_waiting_known = false;  // (not when the run queue was too long to read)
  int parent = -1;
  std::vector<int> children;
  GraphPoint at;  // its centre
  // layout units (internal to the layout)
  float box_w = 1;
  int box_h = 1;
  float ux = 0, uy = 0;
};

// How an edge is drawn: the panel picks colours and widths.
enum class GraphEdgeStyle : uint8_t {
  spawned,      // spawned by, no link: a faint dotted line (where it sits in the tree)
  link,         // a link: solid
  supervision,  // a link to a supervisor: thick
  faint,        // a comb's trunk or rail whose children differ in style
  monitor,      // a monitor: dashed, with an arrow at the watched process
};

struct GraphLine {
  GraphPoint a, b;
  GraphEdgeStyle style;
  bool faded = false;  // an exited process's edge
};

struct GraphLabel {
  enum class Role : uint8_t { title, detail, signal };
  Role role;
  int node = -1;    // the node it belongs to (title, detail), or -1 (a signal's)
  int signal = -1;  // the signal it belongs to
  std::string text;
  GraphRect rect;
  bool error = false;  // an exit reason that is an error (red)
  // A signal's words set away from its dot: a thin line joins them.
  bool leader = false;
  GraphPoint anchor;
};

struct GraphSignal {
  int from = -1, to = -1;  // nodes
  EventKind kind;          // exit_signal, exit_trapped, exit_ignored, down
  double t = 0;            // 0..1 travelling, 1..1.8 arrived (a ring widening)
  GraphPoint dot;
  bool highlighted = false;  // the event shown while the past is shown
  uint64_t seq = 0;
};

// A signal the panel wants drawn, and how far along its edge it is (the panel keeps the
// host time each was first seen; the model only places it).
struct GraphSignalPhase {
  size_t index;  // into Observer::signals()
  double t;
};

struct GraphInput {
  // Text measure (the panel's font) and sizes, in pixels.
  std::function<float(std::string_view)> text_width;
  float em = 13, line_h = 15;
  float avail_w = 600, avail_h = 400;
  std::vector<GraphSignalPhase> signals;
  Pid selected;  // its reason is given whole (`detail`)
  // Groups the person opened (by their parent's pid): their newest processes get nodes
  // first.
  std::vector<Pid> expanded;
  std::optional<Event> highlight;  // the event shown in the past (from the run shown)
};

struct GraphModel {
  std::vector<GraphNode> nodes;  // spawn order
  std::vector<GraphLine> lines;
  std::vector<GraphLabel> labels;
  std::vector<GraphSignal> signals;
  // The highlighted event's place: a node to ring, or an edge (from, to) to draw bold.
  int highlight_node = -1;
  int highlight_from = -1, highlight_to = -1;
  float width = 0, height = 0;  // the content's size
  float radius = 8, unit_x = 40, unit_y = 50;
  // processes drawn, faded, in a group's node, not drawn at all (their parent has no node)
  size_t alive = 0, exited = 0, grouped = 0, hidden = 0;
  std::string detail;  // the selected node's whole reason (or state), for under the canvas
  int find(Pid pid) const;
};

// Beyond this many processes, the newest get nodes (and the supervisors and shells, and the
// newest of an opened group), the rest of each drawn parent's children one group node.
inline constexpr size_t kGraphMaxNodes = 160;
// A group says how many of its processes wait when the run queue holds at most this many.
inline constexpr size_t kGraphRunnableRead = 4096;
inline constexpr size_t kGraphManyNodes = 40;  // beyond this, grids hang from combs

GraphModel build_graph(const Run& run, const GraphInput& in);

// A group's two lines: "262,143 processes", then "262,143 waiting in receive" (or how many
// are alive, not waiting, exited).
std::string group_words(const GraphNode& n, int line);

// The reason as a few words under a node: {%RuntimeError{message: "boom"}, [...]} is
// shown as RuntimeError "boom".
std::string reason_words(const Term& reason);

}  // namespace taskplay::ui

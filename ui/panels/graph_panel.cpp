// The Graph panel: processes as nodes, supervision (and who spawned whom) as trees,
// links as solid lines, monitors as dashed arrows; exit signals and :DOWNs travel along
// the edge they take; dead processes stay, faded, with their reason, until cleared.
#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "ui/bridge.hpp"
#include "ui/concepts.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

constexpr size_t kMaxNodes = 160;  // beyond this, the newest (the table lists them all)
constexpr size_t kManyNodes = 40;  // beyond this, plain lines, and grids hang from combs
constexpr int kGridColumns = 10;   // childless children of one parent, per row
constexpr double kTravel = 0.9;    // seconds a signal takes along its edge
constexpr double kStagger = 0.35;  // between signals that arrived in the same frame

ImU32 with_alpha(ImU32 c, float a) {
  return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(a * 255.0f) << IM_COL32_A_SHIFT);
}

struct Node {
  Pid pid;
  const ProcessRecord* record;
  const Process* process;  // null when dead
  std::string kind;
  int parent = -1;
  std::vector<int> children;
  float x = 0, y = 0;  // in layout units, then in pixels
  float box_w = 1;
  int box_h = 1;
};

// [SECTION] Layout: trees, childless siblings in a grid

void measure(std::vector<Node>& nodes, int n) {
  Node& node = nodes[static_cast<size_t>(n)];
  float inner_w = 0;
  int inner_h = 0, leaves = 0;
  for (int c : node.children) {
    if (nodes[static_cast<size_t>(c)].children.empty()) {
      ++leaves;
      continue;
    }
    measure(nodes, c);
    inner_w += nodes[static_cast<size_t>(c)].box_w;
    inner_h = std::max(inner_h, nodes[static_cast<size_t>(c)].box_h);
  }
  const int cols = std::min(leaves, kGridColumns);
  const int rows = (leaves + kGridColumns - 1) / kGridColumns;
  node.box_w = std::max(1.0f, inner_w + static_cast<float>(cols));
  node.box_h = 1 + std::max(inner_h, rows);
}

void place(std::vector<Node>& nodes, int n, float x0, int depth) {
  Node& node = nodes[static_cast<size_t>(n)];
  node.x = x0 + node.box_w * 0.5f;
  node.y = static_cast<float>(depth);
  float x = x0;
  int leaf = 0;
  std::vector<int> leaves;
  for (int c : node.children) {
    if (nodes[static_cast<size_t>(c)].children.empty()) {
      leaves.push_back(c);
      continue;
    }
    place(nodes, c, x, depth + 1);
    x += nodes[static_cast<size_t>(c)].box_w;
  }
  for (int c : leaves) {
    Node& l = nodes[static_cast<size_t>(c)];
    l.x = x + static_cast<float>(leaf % kGridColumns) + 0.5f;
    l.y = static_cast<float>(depth + 1 + leaf / kGridColumns);
    ++leaf;
  }
}

// [SECTION] Drawing helpers
//
// Line widths are whole pixels: Dear ImGui draws an anti-aliased line of whole width
// from a texture, two triangles a segment, and one of fractional width from geometry,
// six. Software-rendered WebGL (SwiftShader) pays per triangle: with 10,000 processes the
// graph's nodes and edges were half of the frame's 12,000 triangles.

// At most 32 dashes a line: with a hundred edges on screen, 2-pixel dashes were most of
// the frame's triangles (and software-rendered WebGL pays for each).
void dashed(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float len = std::sqrt(dx * dx + dy * dy);
  if (len < 1) return;
  dash = std::max(dash, len / 64.0f);
  for (float t = 0; t < len; t += dash * 2) {
    const float e = std::min(t + dash, len);
    dl->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len),
                ImVec2(a.x + dx * e / len, a.y + dy * e / len), col, thickness);
  }
}

void arrow_head(ImDrawList* dl, ImVec2 from, ImVec2 to, float r, ImU32 col) {
  const float dx = to.x - from.x, dy = to.y - from.y;
  const float len = std::sqrt(dx * dx + dy * dy);
  if (len < 1) return;
  const float ux = dx / len, uy = dy / len;
  const ImVec2 tip(to.x - ux * r, to.y - uy * r);
  const float s = r * 0.55f;
  dl->AddTriangleFilled(tip, ImVec2(tip.x - ux * s * 1.6f - uy * s, tip.y - uy * s * 1.6f + ux * s),
                        ImVec2(tip.x - ux * s * 1.6f + uy * s, tip.y - uy * s * 1.6f - ux * s),
                        col);
}

// The point at the edge of the circle around `c` towards `to`.
ImVec2 rim(ImVec2 c, ImVec2 to, float r) {
  const float dx = to.x - c.x, dy = to.y - c.y;
  const float len = std::sqrt(dx * dx + dy * dy);
  if (len < 1) return c;
  return ImVec2(c.x + dx / len * r, c.y + dy / len * r);
}

ImU32 signal_colour(EventKind k) {
  const Palette& p = palette();
  switch (k) {
    case EventKind::exit_signal:
      return p.signal_kill;
    case EventKind::exit_trapped:
      return p.signal_trapped;
    case EventKind::exit_ignored:
      return p.signal_ignored;
    default:
      return p.signal_down;
  }
}

// The reason as a few words under a node: {%RuntimeError{message: "boom"}, [...]} is
// shown as RuntimeError "boom".
std::string reason_words(const Term& reason) {
  if (reason.is_tuple(2) && reason[0].is_exception()) {
    std::string name = inspect_atom(reason[0].struct_name());
    std::string msg = exception_message(reason[0]);
    return name + " " + inspect(Term::string(msg));
  }
  return inspect(reason, InspectOpts{4, 30});
}

void tooltip(const Session& s, const Node& n) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::PushFont(fonts().bold);
  ImGui::Text("%s %s", n.kind.c_str(), inspect(Term(n.pid)).c_str());
  ImGui::PopFont();
  if (n.process) {
    const Process& p = *n.process;
    const char* st = p.state == ProcessState::waiting    ? "waiting in receive"
                     : p.state == ProcessState::running  ? "running"
                     : p.state == ProcessState::runnable ? "runnable"
                                                         : "exiting";
    ImGui::Text("%s, %llu reductions, %zu in the mailbox", st,
                static_cast<unsigned long long>(p.reductions), p.mailbox.size());
    if (p.trap_exit) ImGui::TextUnformatted("traps exits");
    std::string links;
    for (Pid l : p.links) links += " " + pid_short(l);
    if (!links.empty()) ImGui::Text("linked to%s", links.c_str());
    std::string mons;
    for (const Monitor& m : p.watching) mons += " " + pid_short(m.pid);
    if (!mons.empty()) ImGui::Text("monitors%s", mons.c_str());
  } else {
    ImGui::TextUnformatted("exited with reason");
    ImGui::PushFont(fonts().mono);
    ImGui::TextUnformatted(inspect(n.record->reason).c_str());
    ImGui::PopFont();
  }
  if (n.record && n.record->parent)
    ImGui::TextDisabled("spawned by %s", pid_short(n.record->parent).c_str());
  (void)s;
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// [SECTION] Legend

void legend_item(const char* label, Concept c,
                 const std::function<void(ImDrawList*, ImVec2, ImVec2)>& sample) {
  const float w = ImGui::GetFontSize() * 2.2f, h = ImGui::GetFontSize();
  ImGui::SameLine(0, ImGui::GetFontSize() * 0.9f);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(label, ImVec2(w, h));
  const bool hovered = ImGui::IsItemHovered();
  sample(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + h * 0.5f),
         ImVec2(at.x + w, at.y + h * 0.5f));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(label);
  if (hovered || ImGui::IsItemHovered()) concept_tooltip(c);
}

void legend() {
  const Palette& p = palette();
  ImGui::TextDisabled("Legend:");
  legend_item("link", Concept::link,
              [&](ImDrawList* dl, ImVec2 a, ImVec2 b) { dl->AddLine(a, b, p.link, 2); });
  legend_item("monitor", Concept::monitor, [&](ImDrawList* dl, ImVec2 a, ImVec2 b) {
    dashed(dl, a, b, p.monitor, 2, 4);
    arrow_head(dl, a, b, 0, p.monitor);
  });
  legend_item("supervision", Concept::supervision,
              [&](ImDrawList* dl, ImVec2 a, ImVec2 b) { dl->AddLine(a, b, p.supervision, 3); });
  legend_item("kills", Concept::exit_signal, [&](ImDrawList* dl, ImVec2 a, ImVec2 b) {
    dl->AddLine(a, b, with_alpha(p.signal_kill, 0.4f), 1);
    dl->AddCircleFilled(ImVec2((a.x + b.x) / 2, a.y), 5, p.signal_kill);
  });
  legend_item("trapped", Concept::trap_exit, [&](ImDrawList* dl, ImVec2 a, ImVec2 b) {
    dl->AddLine(a, b, with_alpha(p.signal_trapped, 0.4f), 1);
    dl->AddCircleFilled(ImVec2((a.x + b.x) / 2, a.y), 5, p.signal_trapped);
  });
  legend_item(":DOWN", Concept::down, [&](ImDrawList* dl, ImVec2 a, ImVec2 b) {
    dl->AddLine(a, b, with_alpha(p.signal_down, 0.4f), 1);
    dl->AddCircleFilled(ImVec2((a.x + b.x) / 2, a.y), 5, p.signal_down);
  });
  legend_item("exited", Concept::exit_reason, [&](ImDrawList* dl, ImVec2 a, ImVec2 b) {
    const ImVec2 c((a.x + b.x) / 2, a.y);
    dl->AddCircleFilled(c, 6, with_alpha(p.dead, 0.5f));
    dl->AddLine(ImVec2(c.x - 4, c.y - 4), ImVec2(c.x + 4, c.y + 4), p.signal_kill, 2);
    dl->AddLine(ImVec2(c.x - 4, c.y + 4), ImVec2(c.x + 4, c.y - 4), p.signal_kill, 2);
  });
}

uint64_t signal_key(const SignalRecord& s) {
  uint64_t h = static_cast<uint64_t>(s.time_us) * 1000003u;
  h ^= s.from.packed() * 0x9E3779B97F4A7C15ull;
  h ^= (s.to.packed() + 0x7F4A7C15ull) * 0xC2B2AE3D27D4EB4Full;
  h ^= static_cast<uint64_t>(s.kind) << 56;
  return h;
}

}  // namespace

// [SECTION] The panel

void draw_graph_panel(Frame& f, GraphView& v) {
  const Session& s = f.session;
  const Runtime& rt = s.runtime();
  const Palette& pal = palette();
  const auto& records = s.observer().processes();

  // Which processes get a node: the shells, the supervisors, and the newest others.
  std::vector<size_t> chosen;
  size_t hidden = 0;
  {
    std::vector<size_t> others;
    const auto& shells = s.shell().shells();
    for (size_t i = 0; i < records.size(); ++i) {
      // (by atom, not by name: with 10,000 processes this loop runs every frame)
      if (is_supervisor_label(records[i].label) ||
          std::find(shells.begin(), shells.end(), records[i].pid) != shells.end()) {
        chosen.push_back(i);
      } else {
        others.push_back(i);
      }
    }
    const size_t room = kMaxNodes > chosen.size() ? kMaxNodes - chosen.size() : 0;
    if (others.size() > room) {
      hidden = others.size() - room;
      others.erase(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(hidden));
    }
    chosen.insert(chosen.end(), others.begin(), others.end());
    std::sort(chosen.begin(), chosen.end());  // spawn order
  }

  std::vector<Node> nodes;
  std::unordered_map<uint64_t, int> index;
  for (size_t i : chosen) {
    const ProcessRecord& r = records[i];
    Node n;
    n.pid = r.pid;
    n.record = &r;
    n.process = r.alive ? rt.find(r.pid) : nullptr;
    n.kind = process_kind(s, r.pid);
    index[r.pid.packed()] = static_cast<int>(nodes.size());
    nodes.push_back(std::move(n));
  }
  std::vector<int> roots;
  for (size_t i = 0; i < nodes.size(); ++i) {
    auto it = nodes[i].record->parent ? index.find(nodes[i].record->parent.packed()) : index.end();
    if (it != index.end()) {
      nodes[i].parent = it->second;
      nodes[static_cast<size_t>(it->second)].children.push_back(static_cast<int>(i));
    } else {
      roots.push_back(static_cast<int>(i));
    }
  }

  // Header
  size_t alive = 0;
  for (const Node& n : nodes) alive += n.process != nullptr;
  ImGui::Text("%zu processes", alive);
  if (nodes.size() > alive) {
    ImGui::SameLine();
    ImGui::TextDisabled("(+%zu exited, shown faded)", nodes.size() - alive);
  }
  if (hidden > 0) {
    ImGui::SameLine();
    ImGui::TextDisabled("%zu older ones not drawn (the Processes table lists all)", hidden);
  }
  ImGui::SameLine();
  if (button("Clear exited", "graph.clear_dead")) f.actions.clear_dead();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Forget the processes that exited (a view action: the runtime is not touched)");

  // Layout in units, then scale to the canvas.
  float total_w = 0;
  int total_h = 1;
  for (int r : roots) {
    measure(nodes, r);
    place(nodes, r, total_w, 0);
    total_w += nodes[static_cast<size_t>(r)].box_w;
    total_h = std::max(total_h, nodes[static_cast<size_t>(r)].box_h);
  }
  const float em = ImGui::GetFontSize();
  const float legend_h = v.show_legend ? ImGui::GetFrameHeightWithSpacing() : 0;
  ImGui::BeginChild("graph.canvas", ImVec2(0, -legend_h), true,
                    ImGuiWindowFlags_HorizontalScrollbar);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float unit_x = std::clamp(avail.x / std::max(1.0f, total_w), em * 3.2f, em * 8.0f);
  const float unit_y = std::clamp(avail.y / static_cast<float>(total_h), em * 3.6f, em * 6.0f);
  const float radius = std::clamp(std::min(unit_x, unit_y) * 0.2f, em * 0.55f, em * 1.0f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float content_w = std::max(avail.x, total_w * unit_x);
  const float offset_x = (content_w - total_w * unit_x) * 0.5f;
  for (Node& n : nodes) {
    n.x = origin.x + offset_x + n.x * unit_x;
    n.y = origin.y + (n.y + 0.4f) * unit_y;
  }
  ImGui::Dummy(ImVec2(total_w * unit_x, static_cast<float>(total_h) * unit_y));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const double now = f.time_s;
  auto at = [&](int i) {
    return ImVec2(nodes[static_cast<size_t>(i)].x, nodes[static_cast<size_t>(i)].y);
  };
  // Only what the canvas shows is drawn: with many processes most of the tree is
  // scrolled away, and its triangles would still go to the GPU to be clipped there.
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  auto on_canvas = [&](ImVec2 a, ImVec2 b, float margin) {
    return std::max(a.x, b.x) + margin >= clip_min.x && std::min(a.x, b.x) - margin <= clip_max.x &&
           std::max(a.y, b.y) + margin >= clip_min.y && std::min(a.y, b.y) - margin <= clip_max.y;
  };
  const float node_margin = std::max(unit_x, radius + 3 * ImGui::GetTextLineHeight());

  // [SECTION] Edges: who spawned whom (supervision), links, monitors
  std::unordered_set<uint64_t> drawn_links;
  auto link_key = [](Pid a, Pid b) {
    uint64_t x = a.packed(), y = b.packed();
    if (x > y) std::swap(x, y);
    return x * 0x9E3779B97F4A7C15ull ^ y;
  };
  // How the edge from a node's parent is drawn: a link (supervision when the parent is a
  // supervisor), or only "spawned by" (faint).
  struct EdgeStyle {
    ImU32 colour;
    float thickness;
    bool linked;
  };
  auto parent_edge = [&](const Node& n) {
    const Node& p = nodes[static_cast<size_t>(n.parent)];
    const std::vector<Pid>& links = n.process ? n.process->links : n.record->last_links;
    const float fade = n.process ? 1.0f : 0.35f;
    const bool linked = std::find(links.begin(), links.end(), p.pid) != links.end();
    const bool supervised = p.kind.find("Supervisor") != std::string::npos;
    if (linked)
      return EdgeStyle{with_alpha(supervised ? pal.supervision : pal.link, fade),
                       supervised ? 3.0f : 2.0f, true};
    return EdgeStyle{with_alpha(pal.faint, fade * 0.6f), 1.0f, false};
  };
  // With many nodes, a parent's grid of childless children hangs from a comb: a trunk
  // down from the parent, a rail over each row, a short stub down to each child. One
  // long diagonal line per child was most of what software GL rasterized in a frame
  // (10,000 runnable processes: 160 diagonals from the shell).
  const bool many = nodes.size() > kManyNodes;
  const float rail_gap = radius + ImGui::GetFontSize() * 0.35f;
  auto comb = [&](int parent) {
    const Node& p = nodes[static_cast<size_t>(parent)];
    std::vector<int> leaves;
    for (int c : p.children)
      if (nodes[static_cast<size_t>(c)].children.empty()) leaves.push_back(c);
    if (leaves.empty()) return;
    // trunk and rails in the children's style when they all share it, else faint
    EdgeStyle shared = parent_edge(nodes[static_cast<size_t>(leaves[0])]);
    for (int c : leaves) {
      const EdgeStyle e = parent_edge(nodes[static_cast<size_t>(c)]);
      if (e.colour != shared.colour) shared = EdgeStyle{with_alpha(pal.faint, 0.6f), 1.0f, false};
    }
    const ImVec2 top = at(parent);
    float last_rail = top.y;
    for (size_t first = 0; first < leaves.size(); first += kGridColumns) {
      const size_t end = std::min(leaves.size(), first + kGridColumns);
      const float y = at(leaves[first]).y - rail_gap;
      float x0 = top.x, x1 = top.x;
      for (size_t k = first; k < end; ++k) {
        const int c = leaves[k];
        const ImVec2 cp = at(c);
        x0 = std::min(x0, cp.x);
        x1 = std::max(x1, cp.x);
        const EdgeStyle e = parent_edge(nodes[static_cast<size_t>(c)]);
        const ImVec2 a(cp.x, y), b(cp.x, cp.y - radius);
        if (on_canvas(a, b, 3)) dl->AddLine(a, b, e.colour, e.thickness);
      }
      if (on_canvas(ImVec2(x0, y), ImVec2(x1, y), 3))
        dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), shared.colour, shared.thickness);
      last_rail = y;
    }
    const ImVec2 a(top.x, top.y + radius), b(top.x, last_rail);
    if (on_canvas(a, b, 3)) dl->AddLine(a, b, shared.colour, shared.thickness);
  };
  if (many) {
    for (size_t i = 0; i < nodes.size(); ++i) comb(static_cast<int>(i));
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    const std::vector<Pid>& links = n.process ? n.process->links : n.record->last_links;
    const float fade = n.process ? 1.0f : 0.35f;
    if (n.parent >= 0) {
      const Node& p = nodes[static_cast<size_t>(n.parent)];
      const EdgeStyle e = parent_edge(n);
      if (e.linked) drawn_links.insert(link_key(n.pid, p.pid));
      const ImVec2 a = rim(at(n.parent), at(static_cast<int>(i)), radius);
      const ImVec2 b = rim(at(static_cast<int>(i)), at(n.parent), radius);
      if (many && n.children.empty()) {
        // drawn by comb() above
      } else if (e.linked || many) {
        if (on_canvas(a, b, 3)) dl->AddLine(a, b, e.colour, e.thickness);
      } else if (on_canvas(a, b, 3)) {
        // spawned by, with no link: where it sits in the tree, nothing more (dotted)
        dashed(dl, a, b, with_alpha(pal.faint, fade * 0.8f), 1.0f, 2.0f);
      }
    }
    for (Pid l : links) {
      auto it = index.find(l.packed());
      if (it == index.end() || !drawn_links.insert(link_key(n.pid, l)).second) continue;
      const ImVec2 a = rim(at(static_cast<int>(i)), at(it->second), radius);
      const ImVec2 b = rim(at(it->second), at(static_cast<int>(i)), radius);
      if (on_canvas(a, b, 3)) dl->AddLine(a, b, with_alpha(pal.link, fade), 2.0f);
    }
    if (n.process) {
      for (const Monitor& m : n.process->watching) {
        auto it = index.find(m.pid.packed());
        if (it == index.end()) continue;
        const ImVec2 a = rim(at(static_cast<int>(i)), at(it->second), radius);
        const ImVec2 b = rim(at(it->second), at(static_cast<int>(i)), radius);
        if (!on_canvas(a, b, 12)) continue;
        // bent a little so it does not hide under a link between the same two
        dashed(dl, ImVec2(a.x + 3, a.y + 3), ImVec2(b.x + 3, b.y + 3), pal.monitor, 2, 5.0f);
        arrow_head(dl, ImVec2(a.x + 3, a.y + 3), ImVec2(b.x + 3, b.y + 3), 0, pal.monitor);
      }
    }
  }

  // [SECTION] Nodes
  Pid hovered;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    const ImVec2 c = at(static_cast<int>(i));
    if (!on_canvas(c, c, node_margin)) continue;
    const bool dead = n.process == nullptr;
    const bool finished = dead && n.record->reason.is_atom(atoms::normal);
    const ImU32 fill = dead ? with_alpha(pal.dead, 0.45f) : kind_colour(n.kind);
    if (f.view.selected == n.pid || f.view.hovered_last == n.pid)
      dl->AddCircle(c, radius + 5, pal.accent, 0, 3);
    if (n.process && n.process->trap_exit)
      dl->AddCircle(c, radius + 2.5f, pal.signal_trapped, 0, 2);
    dl->AddCircleFilled(c, radius, fill);
    if (n.process) {
      const ProcessState st = n.process->state;
      if (st == ProcessState::running || st == ProcessState::runnable) {
        // busy: a ring that turns
        const float a0 = static_cast<float>(std::fmod(now * 4.0, 6.2831853));
        dl->PathArcTo(c, radius + 1, a0, a0 + 2.2f, 12);
        dl->PathStroke(pal.running, 0, 3);
      }
    } else if (finished) {
      // returned (exit :normal): a tick, not a crash's cross
      const float k = radius * 0.5f;
      const ImVec2 pts[3] = {ImVec2(c.x - k, c.y), ImVec2(c.x - k * 0.25f, c.y + k * 0.7f),
                             ImVec2(c.x + k, c.y - k * 0.6f)};
      dl->AddPolyline(pts, 3, with_alpha(pal.text, 0.75f), 0, 2);
    } else {
      const float k = radius * 0.55f;
      dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), pal.signal_kill, 2);
      dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), pal.signal_kill, 2);
    }
    // labels under the node
    const ImU32 text = dead ? pal.dim : pal.text;
    const std::string l1 = n.kind == "process" ? pid_short(n.pid) : n.kind;
    const std::string l2 =
        dead ? reason_words(n.record->reason) : (n.kind == "process" ? "" : pid_short(n.pid));
    const float max_w = unit_x * 0.98f;
    auto label = [&](const std::string& t, float y, ImU32 col) {
      std::string shown = t;
      // a pid too wide for its column keeps what tells it apart: 0.293.0 -> 293
      if (t == pid_short(n.pid) && ImGui::CalcTextSize(t.c_str()).x > max_w) {
        const size_t a = t.find('.'), b = t.rfind('.');
        if (a != std::string::npos && b > a) shown = t.substr(a + 1, b - a - 1);
      }
      const std::string base = shown;
      for (size_t keep = base.size(); keep > 2 && ImGui::CalcTextSize(shown.c_str()).x > max_w;
           keep -= 2)
        shown = short_text(base, keep - 2);
      const ImVec2 sz = ImGui::CalcTextSize(shown.c_str());
      dl->AddText(ImVec2(c.x - sz.x * 0.5f, y), col, shown.c_str());
    };
    label(l1, c.y + radius + 2, text);
    if (!l2.empty())
      label(l2, c.y + radius + 2 + ImGui::GetTextLineHeight(),
            dead && !finished ? pal.error : pal.dim);

    const ImVec2 mn(c.x - radius, c.y - radius), mx(c.x + radius, c.y + radius);
    mark_rect("graph.node." + pid_short(n.pid), mn, mx);
    if (ImGui::IsMouseHoveringRect(mn, mx) && ImGui::IsWindowHovered()) {
      hovered = n.pid;
      tooltip(s, n);
      if (ImGui::IsMouseClicked(0)) f.view.selected = f.view.selected == n.pid ? Pid{} : n.pid;
    }
  }
  if (hovered) f.view.hovered = hovered;

  // [SECTION] Signals travelling
  const auto& signals = s.observer().signals();
  if (v.batch_time != now) {
    v.batch_time = now;
    v.batch_index = 0;
  }
  for (const SignalRecord& sig : signals) {
    const uint64_t key = signal_key(sig);
    auto seen = v.signal_seen.find(key);
    if (seen == v.signal_seen.end()) {
      // new this frame: start after the ones before it, so a crash is seen hop by hop
      const double start = now + kStagger * std::min(v.batch_index++, 12);
      seen = v.signal_seen.emplace(key, start).first;
    }
    const double t = (now - seen->second) / kTravel;
    if (t < 0 || t > 1.8) continue;
    auto from = index.find(sig.from.packed());
    auto to = index.find(sig.to.packed());
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    const ImVec2 a = at(from->second), b = at(to->second);
    const ImU32 col = signal_colour(sig.kind);
    if (t <= 1) {
      const float u = static_cast<float>(t);
      const ImVec2 p(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u);
      dl->AddLine(a, p, with_alpha(col, 0.5f), 3);
      dl->AddCircleFilled(p, radius * 0.45f + 2, col);
      const std::string words = short_text(reason_words(sig.reason), 28);
      // on a plate of the canvas's colour: it passes over other nodes' labels on its way
      const ImVec2 at_text(p.x + radius * 0.6f, p.y - ImGui::GetTextLineHeight());
      const ImVec2 size = ImGui::CalcTextSize(words.c_str());
      dl->AddRectFilled(ImVec2(at_text.x - 3, at_text.y - 1),
                        ImVec2(at_text.x + size.x + 3, at_text.y + size.y + 1),
                        with_alpha(pal.panel_bg, 0.85f), 3.0f);
      dl->AddText(at_text, col, words.c_str());
    } else {
      // arrived: a ring that widens and fades at the receiver
      const float u = static_cast<float>((t - 1) / 0.8);
      dl->AddCircle(b, radius + 4 + u * radius * 1.5f, with_alpha(col, 1.0f - u), 0, 3);
    }
  }
  // forget what finished long ago
  for (auto it = v.signal_seen.begin(); it != v.signal_seen.end();) {
    it = now - it->second > 30 ? v.signal_seen.erase(it) : std::next(it);
  }
  ImGui::EndChild();

  if (v.show_legend) {
    legend();
  }
}

}  // namespace taskplay::ui

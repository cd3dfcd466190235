// The Graph panel: processes as nodes, supervision (and who spawned whom) as trees,
// links as solid lines, monitors as dashed arrows; exit signals and :DOWNs travel along
// the edge they take; dead processes stay, faded, with their reason, until cleared. What
// goes where is ui/graph_model.hpp's (tested without Dear ImGui); this file draws it.
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
#include "ui/graph_model.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

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

// The name a node's widgets are marked with: its pid, or a group's "group." and its
// parent's pid.
std::string node_name(const GraphModel& g, const GraphNode& n) {
  return n.group ? "group." + pid_short(g.nodes[static_cast<size_t>(n.parent)].pid)
                 : pid_short(n.pid);
}

void group_tooltip(const GraphNode& n, const GraphNode& parent, bool expanded) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::PushFont(fonts().bold);
  ImGui::Text("%s spawned by %s %s", group_words(n, 0).c_str(), parent.kind.c_str(),
              inspect(Term(parent.pid)).c_str());
  ImGui::PopFont();
  ImGui::TextUnformatted(group_words(n, 1).c_str());
  ImGui::TextDisabled(expanded ? "Click: draw them as one node again"
                               : "Click: draw the newest of them one by one");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void tooltip(const GraphNode& n) {
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

ImU32 edge_colour(GraphEdgeStyle st, const Palette& pal) {
  switch (st) {
    case GraphEdgeStyle::link:
      return pal.link;
    case GraphEdgeStyle::supervision:
      return pal.supervision;
    case GraphEdgeStyle::monitor:
      return pal.monitor;
    default:
      return with_alpha(pal.faint, 0.6f);
  }
}

}  // namespace

// [SECTION] The panel

void draw_graph_panel(Frame& f, GraphView& v) {
  const Session& s = f.session;
  const Palette& pal = palette();
  const double now = f.time_s;
  const float em = ImGui::GetFontSize();

  // Which signals are travelling: each starts when first seen (one after another when
  // several arrive at once, so a crash is seen hop by hop), and takes kTravel seconds.
  GraphInput in;
  in.text_width = [](std::string_view t) {
    return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x;
  };
  in.em = em;
  in.line_h = ImGui::GetTextLineHeight();
  in.selected = f.view.selected;
  if (auto h = s.highlight()) {
    const Trace& tr = s.runtime().trace();
    const uint64_t oldest = tr.total() - tr.size();
    if (*h >= oldest && *h < tr.total()) in.highlight = tr[static_cast<size_t>(*h - oldest)];
  }
  if (v.batch_time != now) {
    v.batch_time = now;
    v.batch_index = 0;
  }
  const auto& signals = s.observer().signals();
  for (size_t i = 0; i < signals.size(); ++i) {
    const uint64_t key = signal_key(signals[i]);
    auto seen = v.signal_seen.find(key);
    if (seen == v.signal_seen.end()) {
      const double start = now + kStagger * std::min(v.batch_index++, 12);
      seen = v.signal_seen.emplace(key, start).first;
    }
    const double t = (now - seen->second) / kTravel;
    if (t >= 0 && t <= 1.8) in.signals.push_back({i, t});
  }
  for (auto it = v.signal_seen.begin(); it != v.signal_seen.end();) {
    it = now - it->second > 30 ? v.signal_seen.erase(it) : std::next(it);
  }

  // Header
  const float legend_h = v.show_legend ? ImGui::GetFrameHeightWithSpacing() : 0;
  {
    // counts come from the observer directly (the model counts only what it draws)
    const size_t alive = s.observer().alive_count(), exited = s.observer().exited_count();
    ImGui::Text("%s process%s", thousands(alive).c_str(), alive == 1 ? "" : "es");
    if (exited > 0) {
      ImGui::SameLine();
      ImGui::TextDisabled("(+%s exited, shown faded)", thousands(exited).c_str());
    }
  }
  ImGui::SameLine();
  if (button("Clear exited", "graph.clear_dead")) f.actions.clear_dead();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Forget the processes that exited (recorded: a replay forgets them too)");
  // The selected process, whole (its reason may be long), under the canvas
  const float detail_h = f.view.selected ? ImGui::GetTextLineHeightWithSpacing() * 3.2f : 0;

  ImGui::BeginChild("graph.canvas", ImVec2(0, -(legend_h + detail_h)), true,
                    ImGuiWindowFlags_HorizontalScrollbar);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  in.avail_w = avail.x;
  in.avail_h = avail.y;
  in.expanded = v.expanded;
  const GraphModel g = build_graph(s.shown(), in);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(g.width, g.height));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  auto px = [&](GraphPoint p) { return ImVec2(origin.x + p.x, origin.y + p.y); };
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  auto on_canvas = [&](ImVec2 a, ImVec2 b, float margin) {
    return std::max(a.x, b.x) + margin >= clip_min.x && std::min(a.x, b.x) - margin <= clip_max.x &&
           std::max(a.y, b.y) + margin >= clip_min.y && std::min(a.y, b.y) - margin <= clip_max.y;
  };
  const float radius = g.radius;

  // [SECTION] Edges
  for (const GraphLine& l : g.lines) {
    const ImVec2 a = px(l.a), b = px(l.b);
    if (!on_canvas(a, b, 12)) continue;
    const float fade = l.faded ? 0.35f : 1.0f;
    const ImU32 col = with_alpha(edge_colour(l.style, pal), fade);
    switch (l.style) {
      case GraphEdgeStyle::spawned:
        dashed(dl, a, b, with_alpha(pal.faint, fade * 0.8f), 1.0f, 2.0f);
        break;
      case GraphEdgeStyle::monitor:
        dashed(dl, a, b, pal.monitor, 2, 5.0f);
        arrow_head(dl, a, b, 0, pal.monitor);
        break;
      case GraphEdgeStyle::supervision:
        dl->AddLine(a, b, col, 3.0f);
        break;
      case GraphEdgeStyle::link:
        dl->AddLine(a, b, col, 2.0f);
        break;
      case GraphEdgeStyle::faint:
        dl->AddLine(a, b, with_alpha(pal.faint, 0.6f * fade), 1.0f);
        break;
    }
  }
  if (g.highlight_from >= 0) {
    const ImVec2 a = px(g.nodes[static_cast<size_t>(g.highlight_from)].at);
    const ImVec2 b = px(g.nodes[static_cast<size_t>(g.highlight_to)].at);
    dl->AddLine(a, b, with_alpha(pal.accent, 0.8f), 4.0f);
  }

  // [SECTION] Nodes
  Pid hovered;
  const float node_margin = std::max(g.unit_x, radius + 3 * ImGui::GetTextLineHeight());
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    const ImVec2 c = px(n.at);
    if (!on_canvas(c, c, node_margin)) continue;
    if (n.group) {
      // a group: a stack of three discs, the way a pile of processes looks
      const GraphNode& parent = g.nodes[static_cast<size_t>(n.parent)];
      const ImU32 fill = n.group_alive == 0 ? with_alpha(pal.dead, 0.45f) : kind_colour("process");
      const float d = radius * 0.35f;
      for (int k = 2; k >= 0; --k) {
        const ImVec2 at(c.x + d * static_cast<float>(k - 1), c.y - d * static_cast<float>(k - 1));
        dl->AddCircleFilled(at, radius, fill);
        dl->AddCircle(at, radius, pal.panel_bg, 0, 1.5f);
      }
      const ImVec2 mn(c.x - radius - d, c.y - radius - d), mx(c.x + radius + d, c.y + radius + d);
      mark_rect("graph.node." + node_name(g, n), mn, mx);
      if (ImGui::IsMouseHoveringRect(mn, mx) && ImGui::IsWindowHovered()) {
        auto at = std::find(v.expanded.begin(), v.expanded.end(), parent.pid);
        group_tooltip(n, parent, at != v.expanded.end());
        if (ImGui::IsMouseClicked(0)) {
          if (at != v.expanded.end()) {
            v.expanded.erase(at);
          } else {
            v.expanded.push_back(parent.pid);
          }
        }
      }
      continue;
    }
    const bool dead = n.process == nullptr;
    const ImU32 fill = dead ? with_alpha(pal.dead, 0.45f) : kind_colour(n.kind);
    if (f.view.selected == n.pid || f.view.hovered_last == n.pid)
      dl->AddCircle(c, radius + 5, pal.accent, 0, 3);
    if (g.highlight_node == static_cast<int>(i) || g.highlight_to == static_cast<int>(i))
      dl->AddCircle(c, radius + 8, with_alpha(pal.accent, 0.7f), 0, 2);
    if (n.process && n.process->trap_exit)
      dl->AddCircle(c, radius + 2.5f, pal.signal_trapped, 0, 2);
    dl->AddCircleFilled(c, radius, fill);
    if (n.process) {
      const ProcessState st = n.process->state;
      if (st == ProcessState::running || st == ProcessState::runnable) {
        // busy: a ring that turns (still while the past is shown)
        const double turn = s.viewing_past() ? 0.0 : now * 4.0;
        const float a0 = static_cast<float>(std::fmod(turn, 6.2831853));
        dl->PathArcTo(c, radius + 1, a0, a0 + 2.2f, 12);
        dl->PathStroke(pal.running, 0, 3);
      }
    } else if (n.finished) {
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
    const ImVec2 mn(c.x - radius, c.y - radius), mx(c.x + radius, c.y + radius);
    mark_rect("graph.node." + pid_short(n.pid), mn, mx);
    if (ImGui::IsMouseHoveringRect(mn, mx) && ImGui::IsWindowHovered()) {
      hovered = n.pid;
      tooltip(n);
      if (ImGui::IsMouseClicked(0)) f.view.selected = f.view.selected == n.pid ? Pid{} : n.pid;
    }
  }
  if (hovered) f.view.hovered = hovered;

  // [SECTION] Signals: travelling, arrived (a ring widening at the receiver)
  for (const GraphSignal& sig : g.signals) {
    const ImVec2 a = px(g.nodes[static_cast<size_t>(sig.from)].at);
    const ImVec2 b = px(g.nodes[static_cast<size_t>(sig.to)].at);
    const ImU32 col = sig.kind == EventKind::send ? pal.message : signal_colour(sig.kind);
    if (sig.t <= 1) {
      const ImVec2 p = px(sig.dot);
      dl->AddLine(a, p, with_alpha(col, 0.5f), 3);
      dl->AddCircleFilled(p, radius * 0.45f + 2, col);
      if (sig.highlighted) dl->AddCircle(p, radius * 0.45f + 5, pal.accent, 0, 2);
    } else {
      const float u = static_cast<float>((sig.t - 1) / 0.8);
      dl->AddCircle(b, radius + 4 + u * radius * 1.5f, with_alpha(col, 1.0f - u), 0, 3);
    }
  }

  // [SECTION] Labels: the nodes' and the signals' (placed so that none overlap)
  int signal_labels = 0;
  for (const GraphLabel& l : g.labels) {
    const ImVec2 mn = px({l.rect.x, l.rect.y}), mx = px({l.rect.x + l.rect.w, l.rect.y + l.rect.h});
    if (!on_canvas(mn, mx, 2)) continue;
    if (l.role == GraphLabel::Role::signal) {
      const GraphSignal& sig = g.signals[static_cast<size_t>(l.signal)];
      const ImU32 col = sig.kind == EventKind::send ? pal.message : signal_colour(sig.kind);
      if (l.leader) {
        const ImVec2 to = px(l.anchor);
        const ImVec2 from(to.x < mn.x ? mn.x : mx.x, (mn.y + mx.y) * 0.5f);
        dl->AddLine(from, to, with_alpha(col, 0.5f), 1.0f);
      }
      // on a plate of the canvas's colour: it passes over edges on its way
      dl->AddRectFilled(mn, mx, with_alpha(pal.panel_bg, 0.85f), 3.0f);
      dl->AddText(ImVec2(mn.x + 3, mn.y + 1), col, l.text.c_str());
      mark_rect("graph.signal_label." + std::to_string(signal_labels++), mn, mx);
      continue;
    }
    const GraphNode& n = g.nodes[static_cast<size_t>(l.node)];
    const bool dead = n.group ? n.group_alive == 0 : n.process == nullptr;
    const bool second = l.rect.y > n.at.y + radius + 2 + 1;
    const ImU32 col = !second ? (dead ? pal.dim : pal.text) : l.error ? pal.error : pal.dim;
    dl->AddText(mn, col, l.text.c_str());
    mark_rect("graph.label." + node_name(g, n) + (second ? ".2" : ".1"), mn, mx);
  }
  ImGui::EndChild();

  if (detail_h > 0) {
    ImGui::BeginChild("graph.detail", ImVec2(0, detail_h - ImGui::GetStyle().ItemSpacing.y));
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(fonts().mono);
    ImGui::TextUnformatted(g.detail.empty() ? "(not drawn)" : g.detail.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    mark("graph.detail");
  }
  if (g.hidden > 0)
    ImGui::TextDisabled(
        "%s processes not drawn: their parents have no node (the Processes table "
        "lists all)",
        thousands(g.hidden).c_str());

  if (v.show_legend) {
    legend();
  }
}

}  // namespace taskplay::ui

#include "ui/graph_model.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "ui/process_kind.hpp"

namespace taskplay::ui {

namespace {

constexpr int kGridColumns = 10;  // childless children of one parent, per row

// [SECTION] Layout in units: trees, childless siblings in a grid

// A group node sits on a row of its own above its siblings' grid (its two lines of words
// are wider than a grid's column, and it is what a person should see first).
void measure(std::vector<GraphNode>& nodes, int n) {
  GraphNode& node = nodes[static_cast<size_t>(n)];
  float inner_w = 0;
  int inner_h = 0, leaves = 0, groups = 0;
  for (int c : node.children) {
    const GraphNode& child = nodes[static_cast<size_t>(c)];
    if (child.group) {
      ++groups;
      continue;
    }
    if (child.children.empty()) {
      ++leaves;
      continue;
    }
    measure(nodes, c);
    inner_w += nodes[static_cast<size_t>(c)].box_w;
    inner_h = std::max(inner_h, nodes[static_cast<size_t>(c)].box_h);
  }
  const int cols = std::max(std::min(leaves, kGridColumns), groups > 0 ? 3 : 0);
  const int rows = (leaves + kGridColumns - 1) / kGridColumns + groups;
  node.box_w = std::max(1.0f, inner_w + static_cast<float>(cols));
  node.box_h = 1 + std::max(inner_h, rows);
}

void place(std::vector<GraphNode>& nodes, int n, float x0, int depth) {
  GraphNode& node = nodes[static_cast<size_t>(n)];
  node.ux = x0 + node.box_w * 0.5f;
  node.uy = static_cast<float>(depth);
  float x = x0;
  int leaf = 0;
  std::vector<int> leaves, groups;
  for (int c : node.children) {
    const GraphNode& child = nodes[static_cast<size_t>(c)];
    if (child.group) {
      groups.push_back(c);
      continue;
    }
    if (child.children.empty()) {
      leaves.push_back(c);
      continue;
    }
    place(nodes, c, x, depth + 1);
    x += nodes[static_cast<size_t>(c)].box_w;
  }
  // the groups first, each on a row of its own, right of the comb's trunk; then the grid
  const int cols = std::max(std::min(static_cast<int>(leaves.size()), kGridColumns), 3);
  int row = depth + 1;
  for (int c : groups) {
    GraphNode& gn = nodes[static_cast<size_t>(c)];
    gn.ux = x + static_cast<float>(cols) * 0.5f + (leaves.empty() ? 0.0f : 1.5f);
    gn.uy = static_cast<float>(row++);
  }
  for (int c : leaves) {
    GraphNode& l = nodes[static_cast<size_t>(c)];
    l.ux = x + static_cast<float>(leaf % kGridColumns) + 0.5f;
    l.uy = static_cast<float>(row + leaf / kGridColumns);
    ++leaf;
  }
}

// The point at the edge of the circle around `c` towards `to`.
GraphPoint rim(GraphPoint c, GraphPoint to, float r) {
  const float dx = to.x - c.x, dy = to.y - c.y;
  const float len = std::sqrt(dx * dx + dy * dy);
  if (len < 1) return c;
  return {c.x + dx / len * r, c.y + dy / len * r};
}

std::string cut(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // whole UTF-8
  return s.substr(0, n) + "\xE2\x80\xA6";                                  // …
}

// The longest start of `text` that fits `max_w` (whole if it does), with "…" when cut.
std::string fit(const GraphInput& in, const std::string& text, float max_w) {
  if (in.text_width(text) <= max_w) return text;
  for (size_t keep = text.size(); keep > 1; --keep) {
    const std::string shown = cut(text, keep - 1);
    if (in.text_width(shown) <= max_w) return shown;
  }
  return cut(text, 1);
}

}  // namespace

std::string group_words(const GraphNode& n, int line) {
  if (line == 0) return thousands(n.group) + (n.group == 1 ? " process" : " processes");
  std::string s;
  auto part = [&](size_t count, const char* what) {
    if (count > 0) s += (s.empty() ? "" : ", ") + thousands(count) + what;
  };
  if (n.group_waiting_known) {
    part(n.group_waiting, " waiting in receive");
    part(n.group_alive - n.group_waiting, " runnable");
  } else {
    part(n.group_alive, " alive");
  }
  part(n.group - n.group_alive, " exited");
  return s;
}

std::string reason_words(const Term& reason) {
  if (reason.is_tuple(2) && reason[0].is_exception()) {
    std::string name = inspect_atom(reason[0].struct_name());
    std::string msg = exception_message(reason[0]);
    return name + " " + inspect(Term::string(msg));
  }
  return inspect(reason, InspectOpts{4, 30});
}

int GraphModel::find(Pid pid) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].pid == pid) return static_cast<int>(i);
  return -1;
}

GraphModel build_graph(const Run& run, const GraphInput& in) {
  GraphModel g;
  const Runtime& rt = run.runtime();
  const Observer& obs = run.observer();
  const auto& records = obs.processes();
  const auto& shells = run.shell().shells();

  // [SECTION] Which processes get a node: the shells, the supervisors, the newest of the
  // opened groups, the newest others. Read from the observer's indices and from the newest
  // record back, so that a million processes cost a frame what the drawn ones do.
  std::vector<size_t> chosen;
  {
    std::unordered_set<size_t> taken;
    auto take = [&](size_t i) {
      if (taken.insert(i).second) chosen.push_back(i);
    };
    for (uint32_t i : obs.supervisors()) take(i);
    for (Pid shell : shells)
      if (const ProcessRecord* r = obs.find(shell)) take(static_cast<size_t>(r - records.data()));
    auto full = [&] { return chosen.size() >= kGraphMaxNodes; };
    for (Pid p : in.expanded) {
      const ProcessRecord* parent = obs.find(p);
      if (!parent) continue;
      take(static_cast<size_t>(parent - records.data()));  // the group hangs from it
      const auto& kids = obs.children(p).records;
      for (auto it = kids.rbegin(); it != kids.rend() && !full(); ++it) take(*it);
    }
    for (size_t i = records.size(); i-- > 0 && !full();) take(i);
    std::sort(chosen.begin(), chosen.end());  // spawn order
  }
  std::unordered_map<uint64_t, int> index;
  for (size_t i : chosen) {
    const ProcessRecord& r = records[i];
    GraphNode n;
    n.pid = r.pid;
    n.record = &r;
    n.process = r.alive ? rt.find(r.pid) : nullptr;
    n.kind = process_kind(rt, obs, shells, r.pid);
    n.finished = !n.process && r.reason.is_atom(atoms::normal);
    index[r.pid.packed()] = static_cast<int>(g.nodes.size());
    g.nodes.push_back(std::move(n));
    (g.nodes.back().process ? g.alive : g.exited) += 1;
  }
  auto node_of = [&](Pid p) {
    if (!p) return -1;
    auto it = index.find(p.packed());
    return it == index.end() ? -1 : it->second;
  };
  std::vector<int> roots;
  const size_t processes = g.nodes.size();
  std::vector<size_t> drawn_children(processes, 0), drawn_alive(processes, 0);
  for (size_t i = 0; i < processes; ++i) {
    const int p = g.nodes[i].record->parent ? node_of(g.nodes[i].record->parent) : -1;
    if (p >= 0) {
      g.nodes[i].parent = p;
      g.nodes[static_cast<size_t>(p)].children.push_back(static_cast<int>(i));
      ++drawn_children[static_cast<size_t>(p)];
      drawn_alive[static_cast<size_t>(p)] += g.nodes[i].record->alive;
    } else {
      roots.push_back(static_cast<int>(i));
    }
  }
  // A drawn parent's other children: one group node under it. Which of them wait: all
  // the alive ones but those in the run queue (read only when it holds a few).
  std::unordered_map<uint64_t, size_t> runnable_of;  // parent -> its runnable children
  size_t runnable = 0;
  rt.each_runnable([&](const Process& p) {
    if (++runnable <= kGraphRunnableRead) ++runnable_of[p.parent.packed()];
  });
  size_t grouped = 0;
  for (size_t i = 0; i < processes; ++i) {
    const Observer::Children& kids = obs.children(g.nodes[i].pid);
    if (kids.records.size() <= drawn_children[i]) continue;
    GraphNode n;
    n.kind = "group";
    n.group = kids.records.size() - drawn_children[i];
    n.group_alive = kids.alive - drawn_alive[i];
    // (a runnable child with a node of its own is counted out too: then a few runnable
    // ones read as waiting, never the other way)
    if (runnable <= kGraphRunnableRead) {
      const auto it = runnable_of.find(g.nodes[i].pid.packed());
      const size_t busy = it == runnable_of.end() ? 0 : it->second;
      n.group_waiting = n.group_alive > busy ? n.group_alive - busy : 0;
      n.group_waiting_known = true;
    }
    n.parent = static_cast<int>(i);
    grouped += n.group;
    g.nodes[i].children.push_back(static_cast<int>(g.nodes.size()));
    g.nodes.push_back(std::move(n));
  }
  g.grouped = grouped;
  g.hidden = records.size() - processes - grouped;

  // [SECTION] Units to pixels
  float total_w = 0;
  int total_h = 1;
  for (int r : roots) {
    measure(g.nodes, r);
    place(g.nodes, r, total_w, 0);
    total_w += g.nodes[static_cast<size_t>(r)].box_w;
    total_h = std::max(total_h, g.nodes[static_cast<size_t>(r)].box_h);
  }
  const float em = in.em, lh = in.line_h;
  g.unit_x = std::clamp(in.avail_w / std::max(1.0f, total_w), em * 3.2f, em * 8.0f);
  g.radius = std::clamp(g.unit_x * 0.2f, em * 0.55f, em * 1.0f);
  // a row holds a node and its two label lines, clear of the node below
  const float min_row = 2 * g.radius + 2 + 2 * lh + em * 0.4f;
  g.unit_y =
      std::clamp(in.avail_h / static_cast<float>(total_h), min_row, std::max(min_row, em * 6));
  g.width = std::max(in.avail_w, total_w * g.unit_x);
  g.height = static_cast<float>(total_h) * g.unit_y;
  const float offset_x = (g.width - total_w * g.unit_x) * 0.5f;
  for (GraphNode& n : g.nodes) n.at = {offset_x + n.ux * g.unit_x, g.radius + 4 + n.uy * g.unit_y};
  g.height += g.radius + 4;

  // [SECTION] Edges
  const float r = g.radius;
  static const std::vector<Pid> kNoLinks;
  auto links_of = [](const GraphNode& n) -> const std::vector<Pid>& {
    return n.process ? n.process->links : n.record ? n.record->last_links : kNoLinks;
  };
  // an exited process's edges are faded, and a group's once none of it is alive
  auto faded = [](const GraphNode& n) { return n.group ? n.group_alive == 0 : !n.process; };
  auto parent_style = [&](const GraphNode& n) {
    const GraphNode& p = g.nodes[static_cast<size_t>(n.parent)];
    const auto& links = links_of(n);
    if (std::find(links.begin(), links.end(), p.pid) == links.end()) return GraphEdgeStyle::spawned;
    return p.kind.find("Supervisor") != std::string::npos ? GraphEdgeStyle::supervision
                                                          : GraphEdgeStyle::link;
  };
  std::unordered_set<uint64_t> drawn_links;
  auto link_key = [](Pid a, Pid b) {
    uint64_t x = a.packed(), y = b.packed();
    if (x > y) std::swap(x, y);
    return x * 0x9E3779B97F4A7C15ull ^ y;
  };
  // With many nodes, a parent's grid of childless children hangs from a comb: a trunk down
  // from the parent, a rail over each row, a stub down to each child (one long diagonal
  // per child was most of what software GL drew with 10,000 processes).
  const bool many = g.nodes.size() > kGraphManyNodes;
  const float rail_gap = r + em * 0.35f;
  for (size_t i = 0; many && i < g.nodes.size(); ++i) {
    const GraphNode& p = g.nodes[i];
    std::vector<int> leaves;
    for (int c : p.children)
      if (g.nodes[static_cast<size_t>(c)].children.empty() &&
          !g.nodes[static_cast<size_t>(c)].group)
        leaves.push_back(c);
    if (leaves.empty()) continue;
    GraphEdgeStyle shared = parent_style(g.nodes[static_cast<size_t>(leaves[0])]);
    for (int c : leaves)
      if (parent_style(g.nodes[static_cast<size_t>(c)]) != shared) shared = GraphEdgeStyle::faint;
    float last_rail = p.at.y;
    for (size_t first = 0; first < leaves.size(); first += kGridColumns) {
      const size_t end = std::min(leaves.size(), first + kGridColumns);
      const float y = g.nodes[static_cast<size_t>(leaves[first])].at.y - rail_gap;
      float x0 = p.at.x, x1 = p.at.x;
      for (size_t k = first; k < end; ++k) {
        const GraphNode& c = g.nodes[static_cast<size_t>(leaves[k])];
        x0 = std::min(x0, c.at.x);
        x1 = std::max(x1, c.at.x);
        g.lines.push_back({{c.at.x, y}, {c.at.x, c.at.y - r}, parent_style(c), faded(c)});
      }
      g.lines.push_back({{x0, y}, {x1, y}, shared, false});
      last_rail = y;
    }
    g.lines.push_back({{p.at.x, p.at.y + r}, {p.at.x, last_rail}, shared, false});
  }
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.parent >= 0) {
      const GraphNode& p = g.nodes[static_cast<size_t>(n.parent)];
      const GraphEdgeStyle st = parent_style(n);
      if (st != GraphEdgeStyle::spawned) drawn_links.insert(link_key(n.pid, p.pid));
      if (!(many && n.children.empty() && !n.group))
        g.lines.push_back({rim(p.at, n.at, r), rim(n.at, p.at, r),
                           many && st == GraphEdgeStyle::spawned ? GraphEdgeStyle::faint : st,
                           faded(n)});
    }
    for (Pid l : links_of(n)) {
      const int o = node_of(l);
      if (o < 0 || !drawn_links.insert(link_key(n.pid, l)).second) continue;
      const GraphNode& other = g.nodes[static_cast<size_t>(o)];
      g.lines.push_back(
          {rim(n.at, other.at, r), rim(other.at, n.at, r), GraphEdgeStyle::link, !n.process});
    }
    if (n.process) {
      for (const Monitor& m : n.process->watching) {
        const int o = node_of(m.pid);
        if (o < 0) continue;
        const GraphNode& other = g.nodes[static_cast<size_t>(o)];
        // bent a little so it does not hide under a link between the same two
        const GraphPoint a = rim(n.at, other.at, r), b = rim(other.at, n.at, r);
        g.lines.push_back({{a.x + 3, a.y + 3}, {b.x + 3, b.y + 3}, GraphEdgeStyle::monitor, false});
      }
    }
  }

  // [SECTION] The nodes' labels: what it is, then its pid or its exit reason
  // A label is centred under its node and no wider than the room to the nearest node of
  // its row (each side gets half of it) and to the canvas's edges: neighbours' labels
  // never meet, and a lone node's reason is shown whole.
  std::vector<GraphRect> taken;                      // labels and nodes, for the signals' words
  std::unordered_map<int, std::vector<float>> rows;  // row (unit y) -> the x of its nodes
  for (const GraphNode& n : g.nodes) rows[static_cast<int>(n.uy)].push_back(n.at.x);
  for (auto& [row, xs] : rows) std::sort(xs.begin(), xs.end());
  auto room = [&](const GraphNode& n) {
    float half = std::min(n.at.x, g.width - n.at.x);
    const std::vector<float>& xs = rows[static_cast<int>(n.uy)];
    auto it = std::lower_bound(xs.begin(), xs.end(), n.at.x);
    if (it != xs.begin()) half = std::min(half, (n.at.x - *std::prev(it)) * 0.5f);
    if (it != xs.end() && std::next(it) != xs.end())
      half = std::min(half, (*std::next(it) - n.at.x) * 0.5f);
    return std::min(2 * half * 0.96f, em * 16);
  };
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    const float max_w = room(n);
    const bool dead = !n.process;
    taken.push_back({n.at.x - r, n.at.y - r, 2 * r, 2 * r});
    if (n.group) {
      for (int line = 0; line < 2; ++line) {
        const std::string shown = fit(in, group_words(n, line), max_w);
        const float w = in.text_width(shown);
        GraphLabel l{GraphLabel::Role::title,
                     static_cast<int>(i),
                     -1,
                     shown,
                     {n.at.x - w * 0.5f, n.at.y + r + 2 + lh * static_cast<float>(line), w, lh},
                     false,
                     false,
                     {}};
        taken.push_back(l.rect);
        g.labels.push_back(std::move(l));
      }
      continue;
    }
    const std::string pid = pid_short(n.pid);
    const std::string l1 = n.kind == "process" ? pid : n.kind;
    const std::string l2 = dead ? reason_words(n.record->reason) : n.kind == "process" ? "" : pid;
    auto add = [&](const std::string& text, int line, bool error) {
      std::string shown = text;
      // a pid too wide for its column keeps what tells it apart: 0.293.0 -> 293
      if (text == pid && in.text_width(text) > max_w) {
        const size_t a = text.find('.'), b = text.rfind('.');
        if (a != std::string::npos && b > a) shown = text.substr(a + 1, b - a - 1);
      }
      // an exception's reason too long for its room: its name alone, before cutting it
      if (in.text_width(shown) > max_w && n.record && !n.process && n.record->reason.is_tuple(2) &&
          n.record->reason[0].is_exception() && line == 1)
        shown = inspect_atom(n.record->reason[0].struct_name());
      shown = fit(in, shown, max_w);
      const float w = in.text_width(shown);
      GraphLabel l{GraphLabel::Role::title,
                   static_cast<int>(i),
                   -1,
                   shown,
                   {n.at.x - w * 0.5f, n.at.y + r + 2 + lh * static_cast<float>(line), w, lh},
                   error,
                   false,
                   {}};
      taken.push_back(l.rect);
      g.labels.push_back(std::move(l));
    };
    add(l1, 0, false);
    if (!l2.empty()) add(l2, 1, dead && !n.finished);
  }

  // [SECTION] The selected node, whole
  if (const int s = in.selected ? node_of(in.selected) : -1; s >= 0) {
    const GraphNode& n = g.nodes[static_cast<size_t>(s)];
    g.detail = n.kind + " " + inspect(Term(n.pid));
    if (n.process) {
      g.detail += ": " + std::string(state_name(n.process->state));
    } else {
      g.detail += " exited with reason " + inspect(n.record->reason);
    }
  }

  // [SECTION] Signals travelling, and the event shown
  // A signal's words: beside its dot, nearest first, further out along its row when the
  // labels around are in the way (an edge to a parent passes through the parent's labels);
  // with a leader line back to the dot when they had to go far.
  auto place_words = [&](GraphSignal& sig, int si, const std::string& words) {
    const float w = in.text_width(words), pad = 3;
    const GraphPoint d = sig.dot;
    const float off = r * 0.6f;
    const float dys[] = {-lh * 0.5f, -lh - 2, 2};
    for (float dist = off; dist <= off + em * 10; dist += em) {
      for (int side = 0; side < 2; ++side) {
        for (float dy : dys) {
          const float x = side == 0 ? d.x + dist : d.x - dist - w;
          const GraphRect plate{x - pad, d.y + dy - 1, w + 2 * pad, lh + 2};
          if (plate.x < 0 || plate.x + plate.w > g.width || plate.y < 0) continue;
          bool free = true;
          for (const GraphRect& t : taken)
            if (plate.overlaps(t)) {
              free = false;
              break;
            }
          if (!free) continue;
          taken.push_back(plate);
          GraphLabel l{GraphLabel::Role::signal, -1, si, words, plate, false, dist > off + em, d};
          g.labels.push_back(std::move(l));
          return;
        }
      }
    }
  };
  const auto& sigs = obs.signals();
  auto add_signal = [&](int from, int to, EventKind kind, double t, bool highlighted, uint64_t seq,
                        const std::string& words) {
    GraphSignal s;
    s.from = from;
    s.to = to;
    s.kind = kind;
    s.t = t;
    s.highlighted = highlighted;
    s.seq = seq;
    const GraphPoint a = g.nodes[static_cast<size_t>(from)].at,
                     b = g.nodes[static_cast<size_t>(to)].at;
    const float u = static_cast<float>(std::min(t, 1.0));
    s.dot = {a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u};
    g.signals.push_back(s);
    if (t <= 1) place_words(g.signals.back(), static_cast<int>(g.signals.size()) - 1, words);
  };
  if (in.highlight) {
    // the event shown: where it happened, words first
    const Event& e = *in.highlight;
    int from = -1, to = -1;
    std::string words;
    switch (e.kind) {
      case EventKind::exit_signal:
      case EventKind::exit_trapped:
      case EventKind::exit_ignored:
        from = node_of(e.other), to = node_of(e.pid);
        words = reason_words(e.data);
        break;
      case EventKind::down:
        from = node_of(e.other), to = node_of(e.pid);
        words = ":DOWN " + reason_words(e.data.is_tuple(5) ? e.data[4] : e.data);
        break;
      case EventKind::send:
        from = node_of(e.pid), to = node_of(e.other);
        words = cut(inspect(e.data, InspectOpts{4, 24}), 28);
        break;
      case EventKind::spawn:
      case EventKind::link:
      case EventKind::monitor:
        from = node_of(e.other), to = node_of(e.pid);
        if (e.kind != EventKind::spawn) std::swap(from, to);
        break;
      default:
        break;
    }
    if (from >= 0 && to >= 0 && from != to) {
      g.highlight_from = from;
      g.highlight_to = to;
      if (!words.empty()) add_signal(from, to, e.kind, 0.6, true, e.seq, words);
    } else {
      g.highlight_node = node_of(e.pid);
    }
  }
  for (const GraphSignalPhase& ph : in.signals) {
    if (ph.index >= sigs.size()) continue;
    const SignalRecord& s = sigs[ph.index];
    if (in.highlight && s.seq == in.highlight->seq) continue;  // drawn above
    const int from = node_of(s.from), to = node_of(s.to);
    if (from < 0 || to < 0 || from == to) continue;
    add_signal(from, to, s.kind, ph.t, false, s.seq, cut(reason_words(s.reason), 28));
  }
  return g;
}

}  // namespace taskplay::ui

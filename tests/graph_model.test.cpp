// The Graph panel's model (ui/graph_model.hpp): which processes get a node, the trees,
// the edges, the signals and every label's rectangle, built from a real playground run.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "session_support.hpp"
#include "ui/graph_model.hpp"

using namespace taskplay;
using namespace taskplay::test;
using namespace taskplay::ui;

namespace {

// A font where every character is 7 pixels wide.
GraphInput input(float w = 600, float h = 400) {
  GraphInput in;
  in.text_width = [](std::string_view t) { return 7.0f * static_cast<float>(t.size()); };
  in.em = 13;
  in.line_h = 15;
  in.avail_w = w;
  in.avail_h = h;
  return in;
}

std::vector<std::string> texts(const GraphModel& g, int node) {
  std::vector<std::string> out;
  for (const GraphLabel& l : g.labels)
    if (l.node == node) out.push_back(l.text);
  return out;
}

void no_two_labels_overlap(const GraphModel& g) {
  for (size_t i = 0; i < g.labels.size(); ++i)
    for (size_t j = i + 1; j < g.labels.size(); ++j) {
      CAPTURE(g.labels[i].text);
      CAPTURE(g.labels[j].text);
      CHECK_FALSE(g.labels[i].rect.overlaps(g.labels[j].rect));
    }
  // and no signal's words over a node
  for (const GraphLabel& l : g.labels) {
    if (l.role != GraphLabel::Role::signal) continue;
    for (const GraphNode& n : g.nodes) {
      const GraphRect circle{n.at.x - g.radius, n.at.y - g.radius, 2 * g.radius, 2 * g.radius};
      CHECK_FALSE(l.rect.overlaps(circle));
    }
  }
}

// Every signal of the run, half way along its edge.
std::vector<GraphSignalPhase> all_signals(const Run& run, double t = 0.5) {
  std::vector<GraphSignalPhase> v;
  for (size_t i = 0; i < run.observer().signals().size(); ++i) v.push_back({i, t});
  return v;
}

}  // namespace

TEST_SUITE("graph model") {
  TEST_CASE("a crashed Task.async under a trapping shell: the tree, the link, the reason") {
    Driver d;
    d.session.submit("Process.flag(:trap_exit, true)");
    d.session.submit("task1 = Task.async(fn -> raise \"boom\" end)");
    d.settle();
    const Run& run = d.session.live();
    const GraphModel g = build_graph(run, input());
    REQUIRE(g.nodes.size() == 2);
    CHECK(g.alive == 1);
    CHECK(g.exited == 1);
    const GraphNode& shell = g.nodes[0];
    const GraphNode& task = g.nodes[1];
    CHECK(shell.kind == "shell");
    CHECK(task.kind == "Task");
    CHECK(task.parent == 0);
    CHECK(shell.children == std::vector<int>{1});
    CHECK(task.at.y > shell.at.y);  // under its parent
    CHECK_FALSE(task.finished);     // a crash: a cross, not a tick
    CHECK(texts(g, 0) == std::vector<std::string>{"shell", "0.100.0"});
    CHECK(texts(g, 1) == std::vector<std::string>{"Task", "RuntimeError \"boom\""});
    bool linked = false;
    for (const GraphLine& l : g.lines) linked |= l.style == GraphEdgeStyle::link && l.faded;
    CHECK(linked);  // the task's link to the shell, faded: the task has exited
    no_two_labels_overlap(g);
  }

  TEST_CASE("a long reason is cut to its column under the node, and given whole when selected") {
    Driver d;
    d.session.submit("Process.flag(:trap_exit, true)");
    d.session.submit(
        "task1 = Task.async(fn -> raise \"a message far too long for a node of the graph\" end)");
    d.settle();
    GraphInput in = input(200, 300);
    in.selected = Pid{101, 0};
    const GraphModel g = build_graph(d.session.live(), in);
    const std::vector<std::string> t = texts(g, 1);
    REQUIRE(t.size() == 2);
    CHECK(t[1] == "RuntimeError");  // too long with its message: the exception's name
    GraphInput narrow = input(60, 300);
    const GraphModel tight = build_graph(d.session.live(), narrow);
    CHECK(texts(tight, 1)[1].find("\xE2\x80\xA6") != std::string::npos);  // cut, with "…"
    no_two_labels_overlap(tight);
    CHECK(g.detail.find("Task #PID<0.101.0> exited with reason {%RuntimeError{message: \"a "
                        "message far too long for a node of the graph\"}") == 0);
    no_two_labels_overlap(g);
  }

  TEST_CASE("no two labels overlap: the crash of async-raise, every signal in flight") {
    Driver d;
    d.session.load("task = Task.async(fn -> Process.sleep(50); raise \"boom\" end)");
    d.settle();
    for (int i = 0; i < 10; ++i) d.frame(16);
    const Run& run = d.session.live();
    REQUIRE(run.shell().generation() == 1);  // the old shell died, a new one took over
    for (double t : {0.1, 0.3, 0.5, 0.7, 0.9}) {
      GraphInput in = input(420, 260);
      in.signals = all_signals(run, t);
      const GraphModel g = build_graph(run, in);
      CHECK(g.nodes.size() == 3);
      CHECK(!g.signals.empty());
      no_two_labels_overlap(g);
    }
  }

  TEST_CASE("a chain of linked processes crashing: every signal's words placed or left out") {
    Driver d;
    d.session.submit(
        "defmodule Chain do\n  def link(0), do: receive(do: (_ -> :ok))\n  def link(n) do\n    "
        "spawn_link(fn -> link(n - 1) end)\n    receive(do: (_ -> :ok))\n  end\nend");
    d.session.submit("Process.flag(:trap_exit, true)");
    d.session.submit("pid = spawn_link(fn -> Chain.link(8) end)");
    d.session.submit("Process.sleep(10)");
    d.session.submit("Process.exit(pid, :boom)");
    d.settle();
    const Run& run = d.session.live();
    GraphInput in = input(500, 500);
    in.signals = all_signals(run, 0.5);
    const GraphModel g = build_graph(run, in);
    CHECK(g.nodes.size() == 10);
    CHECK(g.signals.size() >= 9);
    size_t worded = 0;
    for (const GraphLabel& l : g.labels) worded += l.role == GraphLabel::Role::signal;
    CHECK(worded >= 1);
    no_two_labels_overlap(g);
  }

  TEST_CASE(
      "many processes: 160 nodes, the newest, the rest one group node; grids hang from combs") {
    Driver d;
    d.session.submit("for _ <- 1..300, do: spawn(fn -> receive do _ -> :ok end end)");
    d.settle();
    const GraphModel g = build_graph(d.session.live(), input(900, 500));
    REQUIRE(g.nodes.size() == kGraphMaxNodes + 1);
    CHECK(g.nodes[0].kind == "shell");  // the shell always has its node
    const GraphNode& group = g.nodes.back();
    CHECK(group.kind == "group");
    CHECK(group.parent == 0);  // spawned by the shell
    CHECK(group.group == 301 - kGraphMaxNodes);
    CHECK(group.group_alive == group.group);
    CHECK(group.group_waiting == group.group);
    CHECK(texts(g, static_cast<int>(g.nodes.size()) - 1) ==
          std::vector<std::string>{"141 processes", "141 waiting in receive"});
    CHECK(g.grouped == 141);
    CHECK(g.hidden == 0);
    size_t rails = 0;
    for (const GraphLine& l : g.lines) rails += l.a.y == l.b.y && l.a.x != l.b.x;
    CHECK(rails ==
          (kGraphMaxNodes - 1 + 9) / 10);  // one rail per row of ten (the group: its own row)
    no_two_labels_overlap(g);
  }

  TEST_CASE("a group opened: its parent and its newest processes get nodes first") {
    Driver d;
    // a spawner with 300 waiting children, then 300 of the shell's own, newer
    d.session.submit(
        "spawner = spawn(fn -> for _ <- 1..300, do: spawn(fn -> receive do _ -> :ok end end); "
        "receive do _ -> :ok end end)");
    d.settle();
    d.session.submit("for _ <- 1..300, do: spawn(fn -> receive do _ -> :ok end end)");
    d.settle();
    const Run& run = d.session.live();
    const GraphModel closed = build_graph(run, input(900, 500));
    // the newest are the shell's: the spawner is in the shell's group, its children drawn nowhere
    CHECK(closed.grouped == 301 - (kGraphMaxNodes - 1));
    CHECK(closed.hidden == 300);
    const Pid spawner = run.observer().processes()[1].pid;
    CHECK(closed.find(spawner) < 0);
    GraphInput in = input(900, 500);
    in.expanded = {spawner};
    const GraphModel open = build_graph(run, in);
    const int at = open.find(spawner);
    REQUIRE(at >= 0);
    size_t children = 0;
    for (const GraphNode& n : open.nodes) children += n.parent == at && !n.group;
    CHECK(children == kGraphMaxNodes - 2);  // all the room but the shell's and the spawner's
    const GraphNode& group =
        open.nodes[static_cast<size_t>(open.nodes[static_cast<size_t>(at)].children.back())];
    CHECK(group.kind == "group");
    CHECK(group.group == 300 - children);
    // the shell's 300 are its group now, and nothing is drawn nowhere
    CHECK(open.hidden == 0);
    CHECK(open.grouped == 301 - 1 + group.group);
    no_two_labels_overlap(open);
  }

  TEST_CASE("the event shown in the past: its signal on its edge with its words, the receiver") {
    Driver d;
    d.session.submit("Process.flag(:trap_exit, true)");
    d.session.submit("spawn_link(fn -> exit(:boom) end)");
    d.settle();
    const Trace& tr = d.session.live().runtime().trace();
    size_t k = 0;
    while (tr[k].kind != EventKind::exit_trapped) ++k;
    GraphInput in = input();
    in.highlight = tr[k];
    const GraphModel g = build_graph(d.session.live(), in);
    REQUIRE(g.signals.size() == 1);
    CHECK(g.signals[0].highlighted);
    CHECK(g.signals[0].kind == EventKind::exit_trapped);
    CHECK(g.nodes[static_cast<size_t>(g.signals[0].from)].pid == tr[k].other);
    CHECK(g.nodes[static_cast<size_t>(g.signals[0].to)].pid == tr[k].pid);
    CHECK(g.highlight_to == g.signals[0].to);
    bool worded = false;
    for (const GraphLabel& l : g.labels)
      worded |= l.role == GraphLabel::Role::signal && l.text == ":boom";
    CHECK(worded);
  }
}

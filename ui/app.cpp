#include "ui/app.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/launch.hpp"
#include "ui/recording.hpp"
#include "ui/share_link.hpp"
#include "ui/state_json.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

App::App(Platform& platform) : platform_(platform), actions_(session_, platform_, view_, explore_) {
  view_.touch = platform_.coarse_pointer();
  // Opened from a share link: its run, replayed; a link that cannot be read says so, and
  // the playground starts fresh.
  const OpenedLink link = platform_.opened_link();
  switch (link.kind) {
    case OpenedLink::Kind::none:
      break;
    case OpenedLink::Kind::recording:
      if (DecodedRecording d = decode_recording(link.data); d.recording) {
        const size_t inputs = d.recording->inputs.size();
        session_.open(std::move(*d.recording));
        actions_.say("Opened a shared run (" + std::to_string(inputs) +
                         " inputs), paused where its author shared it",
                     8.0);
      } else {
        actions_.say("This link cannot be opened: " + d.error + ". Here is a fresh playground.",
                     30.0);
      }
      break;
    case OpenedLink::Kind::scenario: {
      const size_t lines =
          link.data.empty()
              ? 0
              : 1 + static_cast<size_t>(std::count(link.data.begin(), link.data.end(), '\n'));
      actions_.load(link.data, "");
      actions_.say("Opened an older link: its " + std::to_string(lines) +
                       " lines run again (this run may differ from its author's)",
                   8.0);
      break;
    }
    case OpenedLink::Kind::unreadable:
      actions_.say("This link cannot be opened: " + link.problem + ". Here is a fresh playground.",
                   30.0);
      break;
  }
}

bool App::launch(std::string_view name) {
  if (name == "fib45") {
    session_.submit("task = Task.async(fn -> Fib.of(45) end)");
    return true;
  }
  if (name == "runnable10k") {
    session_.submit(work_module_source());
    session_.submit("for _ <- 1..10_000, do: spawn(fn -> Work.loop() end)");
    return true;
  }
  // A million processes (issue 16): idle ones, and the book's chain of them passing a
  // number on, in a run started with room for them (+P 1,048,576).
  const std::string idle = "Enum.each(1..N, fn _ -> spawn(fn -> receive do :x -> :ok end end) end)";
  if (name == "idle100k") {
    session_.submit(std::string(idle).replace(idle.find('N'), 1, "100_000"));
    return true;
  }
  if (name == "idle1m" || name == "chain1m") {
    session_.restart_with_process_limit(1'048'576);
    if (name == "idle1m") {
      session_.submit(std::string(idle).replace(idle.find('N'), 1, "1_000_000"));
    } else {
      session_.submit(chain_module_source());
      session_.submit("Chain.run(1_000_000)");
    }
    return true;
  }
  return false;
}

void App::run_slice(double frame_interval_ms) {
  if (frame_interval_ms > 1000.0 / 36) under_load_ = true;
  if (frame_interval_ms < 1000.0 / 44) under_load_ = false;
  const int64_t t0 = Session::steady_now_us();
  // While the race explorer runs, it shares the slice: the live run gets half of it, the
  // explorer what the live run left (so the page keeps its frame rate either way).
  const bool exploring = explore_.busy();
  session_.advance(exploring ? slice_ms() * 0.5 : slice_ms());
  const double used_ms = static_cast<double>(Session::steady_now_us() - t0) * 1e-3;
  if (exploring) explore_.advance(std::max(0.0, slice_ms() - used_ms));
  last_advance_ms_ = static_cast<double>(Session::steady_now_us() - t0) * 1e-3;
  // An opened link that replays differently here: say so, once.
  if (session_.open_problem() != said_problem_) {
    said_problem_ = session_.open_problem();
    if (!said_problem_.empty()) actions_.say("Note: " + said_problem_, 30.0);
  }
}

std::string App::state_json() const {
  std::string s = ui::state_json(session_, view_, frames_);
  s.pop_back();  // the closing brace: the race explorer goes in too
  return s + ",\"explore\":" + explore_json(explore_) + "}";
}

void App::draw() {
  ++frames_;
  if (first_frame_) {
    first_frame_ = false;
    // Keyboard navigation would take Space (pause) and the letters the shortcuts use.
    ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  }
  bridge_.begin_frame();
  set_current_bridge(&bridge_);

  // The panels, as the runtime stood after the last slice (run_slice).
  Frame f{session_, actions_, view_, static_cast<double>(Session::steady_now_us()) * 1e-6,
          explore_};
  view_.hovered_last = view_.hovered;
  view_.hovered = Pid{};
  handle_shortcuts(f);
  layout_and_draw(f);
  draw_help_overlay(f);

  set_current_bridge(nullptr);
  platform_.publish_widgets(bridge_.widgets_json());
}

// [SECTION] Layout: fixed tiles that follow the window (wide: three columns; narrow,
// a tablet held upright: two)

namespace {

const ImGuiWindowFlags kTile = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                               ImGuiWindowFlags_NoBringToFrontOnFocus;

// The tiles drawn this frame. A tile draws no background: the frame is cleared to the
// panels' colour (theme.cpp, clear_color) and only the gaps between tiles are painted,
// in the page's colour (paint_gaps). Software-rendered WebGL (SwiftShader, as in
// headless Chromium) spends ~8 ms on every window-sized fill at 1280x800, so this takes
// one such fill out of every frame (bench/ANALYSIS.md, the page).
struct TileRect {
  ImVec2 min, max;
};
std::vector<TileRect> g_tiles;

bool begin_tile(const char* title, ImVec2 pos, ImVec2 size, ImGuiWindowFlags extra = 0) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  g_tiles.push_back({pos, ImVec2(pos.x + size.x, pos.y + size.y)});
  return ImGui::Begin(title, nullptr, kTile | ImGuiWindowFlags_NoBackground | extra);
}

// A band `gap` wide around every tile, in the page's colour, under all windows.
void paint_gaps(float gap) {
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const float d = gap * 0.5f;
  for (const TileRect& r : g_tiles)
    dl->AddRect(ImVec2(r.min.x - d, r.min.y - d), ImVec2(r.max.x + d, r.max.y + d),
                palette().page_bg, 0.0f, 0, gap);
  g_tiles.clear();
}

}  // namespace

void App::layout_and_draw(Frame& f) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 o = vp->WorkPos;
  const float W = vp->WorkSize.x, H = vp->WorkSize.y;
  const float gap = 4.0f;
  const ImGuiStyle& st = ImGui::GetStyle();

  // The controls bar across the top, and the time bar under it.
  // A phone held upright: one panel at a time (phone_layout).
  const bool phone = W < kPhoneWidth;
  controls_.compact = phone;
  time_bar_.compact = phone;

  // The controls bar across the top, and the time bar under it, each as tall as it drew
  // last frame (they wrap when narrow, and the status line takes a row when long).
  const float row_h = ImGui::GetFrameHeight() + st.WindowPadding.y * 2;
  const float bar_h = std::max(row_h, controls_.height);
  if (begin_tile("##controls", o, ImVec2(W, bar_h),
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar))
    draw_controls(f, controls_);
  ImGui::End();
  const float time_h = std::max(row_h, time_bar_.height);
  if (begin_tile("##time", ImVec2(o.x, o.y + bar_h + gap), ImVec2(W, time_h),
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar))
    draw_time_bar(f, time_bar_);
  ImGui::End();

  const float top = o.y + bar_h + gap + time_h + gap;
  const float h = H - bar_h - gap - time_h - gap;
  if (phone) {
    phone_layout(f, ImVec2(o.x, top), ImVec2(W, h), gap);
    paint_gaps(gap);
    return;
  }

  auto inspect_tabs = [&](bool with_supervisors) {
    if (!ImGui::BeginTabBar("inspect.tabs")) return;
    auto tab = [&](const char* label, const char* name, auto&& body) {
      const bool open = ImGui::BeginTabItem(label);
      mark(name);
      if (open) {
        body();
        ImGui::EndTabItem();
      }
    };
    tab("Processes", "tab.processes", [&] { draw_processes_panel(f, processes_); });
    tab("Timeline", "tab.timeline", [&] { draw_timeline_panel(f, timeline_); });
    tab("Sequence", "tab.sequence", [&] { draw_sequence_view(f, timeline_); });
    tab("Export", "tab.export", [&] { draw_export_view(f, timeline_); });
    tab("Explore", "tab.explore", [&] { draw_explore_panel(f, explore_view_); });
    if (with_supervisors)
      tab("Supervisors", "tab.supervisors", [&] { draw_supervisor_panel(f, supervisors_); });
    ImGui::EndTabBar();
  };

  if (W >= 1100) {
    const float c1 = std::clamp(W * 0.27f, 330.0f, 440.0f);
    const float c2 = std::clamp(W * 0.30f, 360.0f, 560.0f);
    const float c3 = W - c1 - c2 - gap * 2;
    const float launch_h = std::floor(h * 0.6f);
    if (begin_tile("Launch", ImVec2(o.x, top), ImVec2(c1, launch_h))) draw_launch_panel(f, launch_);
    ImGui::End();
    if (begin_tile("Supervisors", ImVec2(o.x, top + launch_h + gap),
                   ImVec2(c1, h - launch_h - gap)))
      draw_supervisor_panel(f, supervisors_);
    ImGui::End();
    if (begin_tile("Shell", ImVec2(o.x + c1 + gap, top), ImVec2(c2, h)))
      draw_shell_panel(f, shell_);
    ImGui::End();
    const float graph_h = std::floor(h * 0.52f);
    const float x3 = o.x + c1 + c2 + gap * 2;
    if (begin_tile("Graph", ImVec2(x3, top), ImVec2(c3, graph_h))) draw_graph_panel(f, graph_);
    ImGui::End();
    if (begin_tile("Inspect", ImVec2(x3, top + graph_h + gap), ImVec2(c3, h - graph_h - gap),
                   ImGuiWindowFlags_NoTitleBar))
      inspect_tabs(false);
    ImGui::End();
  } else {
    const float c1 = std::floor(W * 0.47f);
    const float c2 = W - c1 - gap;
    const float launch_h = std::floor(h * 0.5f);
    if (begin_tile("Launch", ImVec2(o.x, top), ImVec2(c1, launch_h))) draw_launch_panel(f, launch_);
    ImGui::End();
    if (begin_tile("Shell", ImVec2(o.x, top + launch_h + gap), ImVec2(c1, h - launch_h - gap)))
      draw_shell_panel(f, shell_);
    ImGui::End();
    const float graph_h = std::floor(h * 0.45f);
    if (begin_tile("Graph", ImVec2(o.x + c1 + gap, top), ImVec2(c2, graph_h)))
      draw_graph_panel(f, graph_);
    ImGui::End();
    if (begin_tile("Inspect", ImVec2(o.x + c1 + gap, top + graph_h + gap),
                   ImVec2(c2, h - graph_h - gap), ImGuiWindowFlags_NoTitleBar))
      inspect_tabs(true);
    ImGui::End();
  }
  paint_gaps(gap);
}

// [SECTION] A phone held upright: a bar of the panels' names, and the one chosen under it,
// the whole width and the rest of the height (three columns of a phone's width would cut
// every panel's text mid-word).
void App::phone_layout(Frame& f, ImVec2 pos, ImVec2 size, float gap) {
  struct Choice {
    PhonePanel panel;
    const char* label;
    const char* name;
  };
  static const Choice choices[] = {
      {PhonePanel::shell, "Shell", "panel.shell"},
      {PhonePanel::graph, "Graph", "panel.graph"},
      {PhonePanel::processes, "Processes", "panel.processes"},
      {PhonePanel::launch, "Launch", "panel.launch"},
      {PhonePanel::timeline, "Timeline", "panel.timeline"},
      {PhonePanel::sequence, "Sequence", "panel.sequence"},
      {PhonePanel::supervisors, "Supervisors", "panel.supervisors"},
      {PhonePanel::exported, "Export", "panel.export"},
      {PhonePanel::explore, "Explore", "panel.explore"},
  };
  const float em = ImGui::GetFontSize();
  const float tap = std::max(em * 2.0f, 36.0f);
  const float switch_h = std::max(tap + ImGui::GetStyle().WindowPadding.y * 2, phone_switch_h_);
  if (begin_tile("##panels", pos, ImVec2(size.x, switch_h),
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar)) {
    bool first = true;
    for (const Choice& c : choices) {
      if (!first) flow(button_width(c.label, tap));
      first = false;
      ImGui::PushID(c.name);
      if (chip(c.label, phone_panel_ == c.panel, c.name, ImVec2(0, tap))) phone_panel_ = c.panel;
      ImGui::PopID();
    }
    phone_switch_h_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y +
                      ImGui::GetStyle().WindowPadding.y;
  }
  ImGui::End();

  const ImVec2 at(pos.x, pos.y + switch_h + gap);
  const ImVec2 room(size.x, std::max(em * 4, size.y - switch_h - gap));
  const ImGuiWindowFlags no_title = ImGuiWindowFlags_NoTitleBar;
  switch (phone_panel_) {
    case PhonePanel::shell:
      if (begin_tile("Shell", at, room, no_title)) draw_shell_panel(f, shell_);
      break;
    case PhonePanel::graph:
      if (begin_tile("Graph", at, room, no_title)) draw_graph_panel(f, graph_);
      break;
    case PhonePanel::processes:
      if (begin_tile("Processes", at, room, no_title)) draw_processes_panel(f, processes_);
      break;
    case PhonePanel::launch:
      if (begin_tile("Launch", at, room, no_title)) draw_launch_panel(f, launch_);
      break;
    case PhonePanel::timeline:
      if (begin_tile("Timeline", at, room, no_title)) draw_timeline_panel(f, timeline_);
      break;
    case PhonePanel::sequence:
      if (begin_tile("Sequence", at, room, no_title)) draw_sequence_view(f, timeline_);
      break;
    case PhonePanel::supervisors:
      if (begin_tile("Supervisors", at, room, no_title)) draw_supervisor_panel(f, supervisors_);
      break;
    case PhonePanel::exported:
      if (begin_tile("Export", at, room, no_title)) draw_export_view(f, timeline_);
      break;
    case PhonePanel::explore:
      if (begin_tile("Explore", at, room, no_title)) draw_explore_panel(f, explore_view_);
      break;
  }
  ImGui::End();
}

}  // namespace taskplay::ui

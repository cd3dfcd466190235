// The time bar, under the controls: a scrubber over every event of the run (drag or click
// to see the run as it stood then; crashes marked in red), where the run shown stands, and
// what to do from the past: continue from here, back to the live run, the branches left
// behind.
#include <algorithm>
#include <cmath>
#include <string>

#include "taskplay/inspect.hpp"
#include "ui/bridge.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

// Crashes along the run: exits whose reason is not :normal, read once each.
void scan_marks(const Session& s, TimeBarView& v) {
  const Trace& tr = s.live().runtime().trace();
  if (v.epoch != s.epoch()) {
    v.epoch = s.epoch();
    v.crashes.clear();
    v.scanned = 0;
  }
  const uint64_t oldest = tr.total() - tr.size();
  if (v.scanned < oldest) v.scanned = oldest;
  if (v.scanned > tr.total()) v.scanned = 0, v.crashes.clear();  // a shorter run (a fork)
  for (uint64_t seq = v.scanned; seq < tr.total(); ++seq) {
    const Event& e = tr[static_cast<size_t>(seq - oldest)];
    if (e.kind == EventKind::exit && !e.data.is_atom(atoms::normal)) v.crashes.push_back(seq);
  }
  v.scanned = tr.total();
  while (!v.crashes.empty() && v.crashes.front() < oldest) v.crashes.erase(v.crashes.begin());
  while (!v.crashes.empty() && v.crashes.back() >= tr.total()) v.crashes.pop_back();
}

}  // namespace

void draw_time_bar(Frame& f, TimeBarView& v) {
  const Session& s = f.session;
  const Palette& pal = palette();
  const float em = ImGui::GetFontSize();
  const bool touch = f.view.touch || v.compact;  // (compact: a phone)
  scan_marks(s, v);

  const Trace& tr = s.live().runtime().trace();
  const uint64_t first = tr.total() - tr.size();
  const uint64_t last = tr.total() == 0 ? 0 : tr.total() - 1;
  // The event shown: the one highlighted, or the last one of the position shown.
  const Trace& shown = s.runtime().trace();
  uint64_t at = s.highlight().value_or(shown.total() == 0 ? 0 : shown.total() - 1);
  at = std::clamp(at, first, last);

  // [SECTION] Where the run shown stands
  const bool past = s.viewing_past();
  if (past) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.signal_trapped));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("The past");
    ImGui::PopStyleColor();
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Live");
  }
  mark("travel.where");
  ImGui::SameLine();

  // [SECTION] The scrubber
  const std::string where = tr.total() == 0
                                ? std::string("no events yet")
                                : "event " + thousands(at + 1) + " of " + thousands(tr.total());
  float right = 0;  // room for the buttons after the scrubber
  const ImGuiStyle& st = ImGui::GetStyle();
  auto width_of = [&](const char* label) {
    return ImGui::CalcTextSize(label).x + st.FramePadding.x * 2 + st.ItemSpacing.x;
  };
  if (!v.compact) {
    right += width_of("Continue from here") + width_of("Back to live");
    if (!s.branches().empty()) right += width_of("Branches (99)");
  }
  const float grab = touch ? em * 2.2f : em * 0.9f;
  ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, grab);
  if (touch) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(st.FramePadding.x, em * 0.55f));
  ImGui::SetNextItemWidth(std::max(em * 6, ImGui::GetContentRegionAvail().x - right));
  uint64_t pos = at;
  ImGui::BeginDisabled(tr.total() < 2);
  const bool moved =
      ImGui::SliderScalar("##scrub", ImGuiDataType_U64, &pos, &first, &last, where.c_str());
  ImGui::EndDisabled();
  if (touch) ImGui::PopStyleVar();
  ImGui::PopStyleVar();
  mark("travel.scrub");
  const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
  if (moved && pos != at) f.actions.view_event(pos);
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
    ImGui::SetTooltip(
        "Drag or click: every panel shows the run as it stood at that event "
        "(crashes are marked in red). , or B steps back one step.");
  // crashes, and where the live run is, drawn over the track
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (last > first) {
    const float x0 = mn.x + grab * 0.5f, x1 = mx.x - grab * 0.5f;
    auto x_of = [&](uint64_t seq) {
      return x0 + (x1 - x0) * static_cast<float>(seq - first) / static_cast<float>(last - first);
    };
    for (uint64_t c : v.crashes)
      dl->AddLine(ImVec2(x_of(c), mn.y + 2), ImVec2(x_of(c), mn.y + (mx.y - mn.y) * 0.35f),
                  pal.signal_kill, 2);
  }
  // rebuilding the past: how far, under the track
  if (auto r = s.rebuilding()) {
    const float w = (mx.x - mn.x) * static_cast<float>(std::clamp(*r, 0.0, 1.0));
    dl->AddRectFilled(ImVec2(mn.x, mx.y - 3), ImVec2(mn.x + w, mx.y), pal.accent);
  }

  if (v.compact) {
    // a phone: Step back and Step, thumb-sized, on a row of their own under the scrubber,
    // and what to do from the past after them (wrapping when they do not fit)
    const float thumb = std::max(em * 2.4f, 44.0f);
    draw_step_buttons(f, ImVec2(std::max(thumb * 2.2f, button_width("Step back") + em), thumb));
    draw_travel_buttons(f, v);
  } else {
    draw_travel_buttons(f, v);
  }
  v.height = ImGui::GetCursorPosY() - st.ItemSpacing.y + st.WindowPadding.y;
}

void draw_travel_buttons(Frame& f, TimeBarView& v) {
  const Session& s = f.session;
  const bool past = s.viewing_past();
  const float em = ImGui::GetFontSize();
  const float h = v.compact ? std::max(em * 2.4f, 44.0f)
                            : (f.view.touch ? ImGui::GetFrameHeight() * 1.4f : 0.0f);
  const ImVec2 size(0, h);
  // (on a phone the row wraps; elsewhere the scrubber left room for them)
  auto next = [&](const char* label) {
    if (v.compact)
      flow(button_width(label, h));
    else
      ImGui::SameLine();
  };
  // Both are always drawn, disabled when they do nothing: a button that appears on the
  // first step back moves what comes after it (on a narrow screen the row can wrap and the
  // bar grow) and shrinks the scrubber under the pointer on a wide one.
  next("Continue from here");
  ImGui::BeginDisabled(!past);
  if (button("Continue from here", "travel.continue", size)) f.actions.continue_from_here();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(
        past ? "The run goes on from this moment (whatever you do now, too).\n"
               "What happened after it is kept as a branch you can go back to."
             : "In the past (Step back, or the scrubber): the run goes on from there.");
  next("Back to live");
  ImGui::BeginDisabled(!past);
  if (button("Back to live", "travel.live", size)) f.actions.go_live();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Show the run as it stands now (L)");
  if (!s.branches().empty()) {
    const std::string label = "Branches (" + std::to_string(s.branches().size()) + ")";
    next(label.c_str());
    if (button(label.c_str(), "travel.branches", size)) ImGui::OpenPopup("branches");
    if (ImGui::BeginPopup("branches")) {
      ImGui::TextDisabled("Futures left behind by \"Continue from here\"");
      for (size_t i = 0; i < s.branches().size(); ++i) {
        const Branch& b = s.branches()[i];
        const std::string text = "Branch " + std::to_string(i + 1) + ": " +
                                 thousands(b.recording.end_events) + " events, " +
                                 std::to_string(b.recording.inputs.size()) +
                                 " inputs (left at step " + thousands(b.fork_step) + ")";
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(text.c_str())) f.actions.switch_branch(i);
        mark("travel.branch." + std::to_string(i));
        ImGui::PopID();
      }
      ImGui::EndPopup();
    }
  }
  (void)v;
}

}  // namespace taskplay::ui

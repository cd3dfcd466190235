// The controls bar: pause, step, speed, reset, presets, share link, help; and the
// keyboard shortcuts that do the same.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/bridge.hpp"
#include "ui/panels/panels.hpp"
#include "ui/presets.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

// Speeds the keyboard steps through (the slider goes anywhere between).
const double kSpeeds[] = {1.0 / 1000, 1.0 / 300, 1.0 / 100, 1.0 / 30, 1.0 / 10, 1.0 / 4, 1.0};

std::string speed_text(double speed) {
  if (speed >= 0.999) return "full speed";
  const double inv = 1.0 / speed;
  char buf[48];
  std::snprintf(buf, sizeof buf, "1/%.0f speed",
                inv < 10 ? std::round(inv * 10) / 10 : std::round(inv));
  return buf;
}

void faster(Frame& f, bool up) {
  const double s = f.session.speed();
  if (up) {
    for (double k : kSpeeds)
      if (k > s * 1.01) return f.actions.set_speed(k);
  } else {
    for (int i = static_cast<int>(std::size(kSpeeds)) - 1; i >= 0; --i)
      if (kSpeeds[i] < s * 0.99) return f.actions.set_speed(kSpeeds[i]);
  }
}

void step(Frame& f) { f.actions.step(); }

void presets_menu(Frame& f) {
  int i = 0;
  for (const Preset& p : presets()) {
    ImGui::PushID(i);
    const bool chosen = ImGui::Selectable(p.title.c_str());
    mark("preset." + std::to_string(i));
    if (ImGui::IsItemHovered() && !p.description.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
      ImGui::TextUnformatted(p.description.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (chosen) {
      f.actions.load(p.source, p.title);
      // a race preset (scenarios/16_race_* ...): where its other endings are found
      if (p.file.find("_race_") != std::string::npos)
        f.actions.say(
            "Loaded " + p.title + ": a race. Explore (beside Timeline) finds every ending", 6.0);
    }
    ImGui::PopID();
    ++i;
  }
  if (presets().empty()) ImGui::TextDisabled("no scenarios/ were built in");
}

}  // namespace

void draw_step_buttons(Frame& f, ImVec2 size) {
  const Session& s = f.session;
  ImGui::BeginDisabled(s.target_step() == 0);
  if (button("Step back", "controls.step_back", size)) f.actions.step_back();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(
        "Show the run one unit of work earlier (, or B): every panel as it was then.\n"
        "The run is rebuilt by replaying it: nothing is lost.");
  ImGui::SameLine();
  if (button("Step", "controls.step", size)) step(f);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Run one unit of work: one slice of a process, one timer or one exit (N or .)\n"
        "Pauses first if running; in the past, one step forward.");
}

void draw_controls(Frame& f, ControlsView& v) {
  const Session& s = f.session;
  const float em = ImGui::GetFontSize();
  // a finger needs larger targets (the page's pointer: coarse)
  const float h = f.view.touch ? std::max(ImGui::GetFrameHeight(), em * 2.0f) : 0.0f;

  if (s.paused()) {
    if (button("Resume", "controls.pause", ImVec2(em * 5, h))) f.actions.set_paused(false);
  } else {
    if (button("Pause", "controls.pause", ImVec2(em * 5, h))) f.actions.set_paused(true);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Freeze the scheduler and its clock (Space)");
  // (a phone has them under the scrubber, thumb-sized: draw_time_bar)
  if (!v.compact) {
    ImGui::SameLine();
    draw_step_buttons(f, ImVec2(0, 0));
  }
  float speed = static_cast<float>(s.speed());
  const std::string text = speed_text(s.speed());
  flow(em * 9);
  ImGui::SetNextItemWidth(em * 9);
  if (f.view.touch)
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x, (h - em) * 0.5f));
  if (ImGui::SliderFloat("##speed", &speed, 0.001f, 1.0f, text.c_str(),
                         ImGuiSliderFlags_Logarithmic))
    f.actions.set_speed(speed);
  if (f.view.touch) ImGui::PopStyleVar();
  mark("controls.speed");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Slow motion slows the scheduler and the clock together (timeouts too). + and - on the "
        "keyboard.");
  flow(button_width("Reset"));
  if (button("Reset", "controls.reset", ImVec2(0, h))) f.actions.reset();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Start again: a new runtime, a new shell (R)");
  // The process limit (+P): fixed when a run starts, as the BEAM's.
  {
    const std::string label = "+P " + thousands(s.process_limit());
    flow(button_width(label.c_str()));
    if (button(label.c_str(), "controls.process_limit", ImVec2(0, h)))
      ImGui::OpenPopup("process_limit");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "The process limit: how many processes can be alive at once (the BEAM's +P).\n"
          "Past it, spawn raises SystemLimitError. Changing it starts a new run.");
    if (ImGui::BeginPopup("process_limit")) {
      ImGui::TextDisabled("Start a new run with room for");
      for (const uint32_t n : {kDefaultProcessLimit, 1'048'576u, kMaxProcessLimit}) {
        const std::string item = thousands(n) + " processes" +
                                 (n == kDefaultProcessLimit ? " (the BEAM's default)" : "");
        if (ImGui::Selectable(item.c_str(), n == s.process_limit()))
          f.actions.restart_with_process_limit(n);
        mark("process_limit." + std::to_string(n));
      }
      ImGui::EndPopup();
    }
  }
  flow(button_width("Presets"));
  if (button("Presets", "controls.presets", ImVec2(0, h))) ImGui::OpenPopup("presets");
  if (ImGui::BeginPopup("presets")) {
    presets_menu(f);
    ImGui::EndPopup();
  }
  flow(button_width("Share link"));
  if (button("Share link", "controls.share", ImVec2(0, h))) f.actions.share();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "A link to this run: whoever opens it sees the very run you see, event for event\n"
        "(in the link itself: no server keeps anything)");
  flow(button_width("?") + (h > 0 ? h - ImGui::GetFrameHeight() : 0));
  if (button("?", "controls.help", ImVec2(h, h))) f.view.show_help = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Shortcuts and concepts (?)");

  // Status: the runtime's clock, what runs, how fast the page draws (shorter on a phone).
  const Runtime& rt = s.runtime();
  char clock[32];
  std::snprintf(clock, sizeof clock, "t = %.3f s", static_cast<double>(rt.now_us()) / 1e6);
  char fps[16];
  std::snprintf(fps, sizeof fps, "%.0f fps", ImGui::GetIO().Framerate);
  const std::string status = v.compact
                                 ? std::string(clock) + "  " + thousands(rt.process_count()) +
                                       " proc  " + thousands(rt.trace().total()) + " ev  " + fps
                                 : std::string(clock) + "   " + thousands(rt.process_count()) +
                                       " processes   " + thousands(rt.trace().total()) +
                                       " events   " + thousands(s.shown_step()) + " steps   " + fps;
  flow(ImGui::CalcTextSize(status.c_str()).x + em);
  if (ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x + 1) ImGui::SameLine(0, em);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", status.c_str());
  if (s.paused()) {
    flow(ImGui::CalcTextSize("paused").x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().signal_trapped), "paused");
  }
  // What just happened (a link made, a link that could not be opened): on this row when it
  // fits, else on a row of its own, wrapped, never cut off.
  if (v.free_message_row) {
    v.message_row = 0;
    v.free_message_row = false;
  }
  if (!f.view.status.empty() && f.time_s < f.view.status_until) {
    const ImVec4 colour = ImGui::ColorConvertU32ToFloat4(palette().accent);
    const float w = ImGui::CalcTextSize(f.view.status.c_str()).x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + em + w <= right) {
      ImGui::SameLine(0, em);
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(colour, "%s", f.view.status.c_str());
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      ImGui::TextWrapped("%s", f.view.status.c_str());
      ImGui::PopStyleColor();
      v.message_row = std::max(v.message_row, ImGui::GetItemRectSize().y);
    }
    mark("controls.status");
  } else if (v.message_row > 0) {
    // (a phone stepping back while "Opened a shared run..." expired: Step back moved up by
    // two lines between two taps and the second landed on "Continue from here")
    ImGui::Dummy(ImVec2(1, v.message_row));
    v.free_message_row = ImGui::IsMouseReleased(ImGuiMouseButton_Left);
  }
  // how tall the bar was, for the next frame's layout
  v.height =
      ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
}

void handle_shortcuts(Frame& f) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;  // typing in the console or a field
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) {
    f.actions.set_paused(!f.session.paused());
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) f.view.show_help = false;
  for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
    switch (io.InputQueueCharacters[i]) {
      case 'n':
      case '.':
        step(f);
        break;
      case ',':
      case 'b':
        f.actions.step_back();
        break;
      case 'l':
        f.actions.go_live();
        break;
      case '+':
      case '=':
        faster(f, true);
        break;
      case '-':
        faster(f, false);
        break;
      case '0':
        f.actions.set_speed(1.0);
        break;
      case 'R':
        f.actions.reset();
        break;
      case 'c':
        f.actions.clear_dead();
        break;
      case '?':
        f.view.show_help = !f.view.show_help;
        break;
      case '/':
        f.view.focus_console = true;
        break;
      case 's':
        f.actions.share();
        break;
      default:
        break;
    }
  }
}

}  // namespace taskplay::ui

// The controls bar: pause, step, speed, reset, presets, share link, help; and the
// keyboard shortcuts that do the same.
#include <cmath>
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
    if (chosen) f.actions.load(p.source, p.title);
    ImGui::PopID();
    ++i;
  }
  if (presets().empty()) ImGui::TextDisabled("no scenarios/ were built in");
}

}  // namespace

void draw_controls(Frame& f, ControlsView& v) {
  const Session& s = f.session;
  const float em = ImGui::GetFontSize();

  if (s.paused()) {
    if (button("Resume", "controls.pause", ImVec2(em * 5, 0))) f.actions.set_paused(false);
  } else {
    if (button("Pause", "controls.pause", ImVec2(em * 5, 0))) f.actions.set_paused(true);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Freeze the scheduler and its clock (Space)");
  ImGui::SameLine();
  ImGui::BeginDisabled(s.target_step() == 0);
  if (button("Step back", "controls.step_back")) f.actions.step_back();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(
        "Show the run one unit of work earlier (, or B): every panel as it was then.\n"
        "The run is rebuilt by replaying it: nothing is lost.");
  ImGui::SameLine();
  if (button("Step", "controls.step")) step(f);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Run one unit of work: one slice of a process, one timer or one exit (N or .)\n"
        "Pauses first if running; in the past, one step forward.");
  ImGui::SameLine();
  float speed = static_cast<float>(s.speed());
  ImGui::SetNextItemWidth(em * 9);
  const std::string text = speed_text(s.speed());
  if (ImGui::SliderFloat("##speed", &speed, 0.001f, 1.0f, text.c_str(),
                         ImGuiSliderFlags_Logarithmic))
    f.actions.set_speed(speed);
  mark("controls.speed");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Slow motion slows the scheduler and the clock together (timeouts too). + and - on the "
        "keyboard.");
  ImGui::SameLine();
  if (button("Reset", "controls.reset")) f.actions.reset();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Start again: a new runtime, a new shell (R)");
  ImGui::SameLine();
  if (button("Presets", "controls.presets")) ImGui::OpenPopup("presets");
  if (ImGui::BeginPopup("presets")) {
    presets_menu(f);
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (button("Share link", "controls.share")) f.actions.share();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "A link that replays the lines given to the shell since the last reset\n"
        "(in the link itself: no server keeps anything)");
  ImGui::SameLine();
  if (button("?", "controls.help")) f.view.show_help = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Shortcuts and concepts (?)");

  // Status: the runtime's clock, what runs, how fast the page draws.
  ImGui::SameLine(0, em);
  const Runtime& rt = s.runtime();
  ImGui::TextDisabled("t = %.3f s   %zu processes   %llu events   %llu steps   %.0f fps",
                      static_cast<double>(rt.now_us()) / 1e6, rt.process_count(),
                      static_cast<unsigned long long>(rt.trace().total()),
                      static_cast<unsigned long long>(s.shown_step()), ImGui::GetIO().Framerate);
  if (s.paused()) {
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().signal_trapped), "paused");
  }
  if (!f.view.status.empty() && f.time_s < f.view.status_until) {
    ImGui::SameLine(0, em);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s",
                       f.view.status.c_str());
    mark("controls.status");
  }
  (void)v;
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

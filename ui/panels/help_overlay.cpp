// The help overlay (? or the "?" button): the keyboard shortcuts, and every concept the
// panels explain on hover, in one place.
#include "ui/bridge.hpp"
#include "ui/concepts.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

void draw_help_overlay(Frame& f) {
  if (!f.view.show_help) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 size(std::min(vp->WorkSize.x * 0.9f, ImGui::GetFontSize() * 48),
                    vp->WorkSize.y * 0.85f);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - size.x) * 0.5f,
                                 vp->WorkPos.y + (vp->WorkSize.y - size.y) * 0.5f));
  ImGui::SetNextWindowSize(size);
  ImGui::SetNextWindowFocus();
  bool open = true;
  if (ImGui::Begin("Help: shortcuts and concepts", &open,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                       ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    mark("help.window");
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Keyboard (when you are not typing in the console)");
    ImGui::PopFont();
    static const char* keys[][2] = {
        {"Space", "pause / resume the scheduler and its clock"},
        {"N or .", "step: one slice, one timer or one exit (pauses first)"},
        {", or B", "step back: the run one step earlier (every panel as it was then)"},
        {"L", "back to the live run"},
        {"+  -", "faster / slower (slow motion slows timeouts too)"},
        {"0", "full speed"},
        {"R", "reset: a new runtime and a new shell"},
        {"c", "clear the processes that exited"},
        {"s", "copy the share link of this scenario"},
        {"/", "type in the console"},
        {"?  Esc", "this help / close it"},
        {"Up Down", "in the console: earlier lines"},
    };
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
      for (auto& k : keys) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushFont(fonts().mono);
        ImGui::TextUnformatted(k[0]);
        ImGui::PopFont();
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(k[1]);
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Concepts (also explained when you hover them)");
    ImGui::PopFont();
    for (int i = 0; i < static_cast<int>(Concept::count_); ++i) {
      const ConceptText& t = concept_text(static_cast<Concept>(i));
      ImGui::PushFont(fonts().bold);
      ImGui::TextUnformatted(t.title);
      ImGui::PopFont();
      ImGui::Indent();
      ImGui::TextWrapped("%s", t.text);
      ImGui::Unindent();
    }
    ImGui::Spacing();
    ImGui::TextDisabled(
        "Every outcome here is what Elixir 1.14 does; each button shows the Elixir line it runs.");
    if (button("Close", "help.close")) open = false;
  }
  ImGui::End();
  if (!open) f.view.show_help = false;
}

}  // namespace taskplay::ui

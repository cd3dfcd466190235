#include "ui/build_panel.hpp"

#include <imgui.h>

#include "taskplay/version.hpp"

namespace taskplay::ui {

void draw_build_panel(const Platform& platform, float fps, bool* open) {
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(em, em), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("taskplay", open, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  ImGui::TextUnformatted("Elixir's tasks and supervision, on a scheduler you can watch.");
  ImGui::Separator();
  if (ImGui::BeginTable("build", 2, ImGuiTableFlags_SizingFixedFit)) {
    const auto row = [](const char* key, const char* fmt, auto... args) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", key);
      ImGui::TableNextColumn();
      ImGui::Text(fmt, args...);
    };
    row("version", "%s", taskplay::version);
    row("revision", "%s", taskplay::git_revision);
    const std::string_view name = platform.name();
    row("platform", "%.*s", static_cast<int>(name.size()), name.data());
    row("frame rate", "%.0f FPS (%.2f ms)", fps, fps > 0.0f ? 1000.0f / fps : 0.0f);
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace taskplay::ui

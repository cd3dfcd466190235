// Small drawing helpers the panels share.
#include <algorithm>

#include "taskplay/inspect.hpp"
#include "ui/bridge.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

bool chip(const char* label, bool selected, const char* bridge_name, ImVec2 size) {
  const Palette& p = palette();
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_Text,
                          dark_theme() ? ImVec4(0.08f, 0.08f, 0.1f, 1) : ImVec4(1, 1, 1, 1));
  }
  const bool clicked = ImGui::Button(label, size);
  if (selected) ImGui::PopStyleColor(3);
  mark(bridge_name);
  return clicked;
}

bool button(const char* label, const char* bridge_name, ImVec2 size) {
  const bool clicked = ImGui::Button(label, size);
  mark(bridge_name);
  return clicked;
}

void flow(float w) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + w <= right + 0.5f)
    ImGui::SameLine();
}

float button_width(const char* label, float height) {
  const float w =
      ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  return std::max(w, height);
}

void code_block(const char* id, const std::string& code, float height_lines) {
  ImGui::PushFont(fonts().mono);
  // InputTextMultiline wants a mutable buffer even when read-only; a copy per frame is
  // cheap at this size, and lets the person select and copy the text.
  static std::string buffer;
  buffer = code;
  const float h = ImGui::GetTextLineHeight() * height_lines + ImGui::GetStyle().FramePadding.y * 2;
  ImGui::InputTextMultiline(id, buffer.data(), buffer.size() + 1, ImVec2(-1, h),
                            ImGuiInputTextFlags_ReadOnly);
  ImGui::PopFont();
}

std::string short_text(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  // never in the middle of a UTF-8 sequence
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "\xE2\x80\xA6";  // …
}

std::string process_kind(const Session& s, Pid pid) {
  return process_kind(s.runtime(), s.observer(), s.shell().shells(), pid);
}

ImU32 kind_colour(const std::string& kind) {
  const Palette& p = palette();
  if (kind == "shell") return p.shell;
  if (kind == "Task") return p.task;
  if (kind.find("Supervisor") != std::string::npos) return p.supervisor;
  if (kind == "Agent") return p.agent;
  return p.process;
}

}  // namespace taskplay::ui

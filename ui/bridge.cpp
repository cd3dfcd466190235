#include "ui/bridge.hpp"

#include <algorithm>

#include "taskplay/json.hpp"

namespace taskplay::ui {

namespace {
Bridge* g_bridge = nullptr;
}

void Bridge::begin_frame() { widgets_.clear(); }

void Bridge::add(std::string_view name, ImVec2 min, ImVec2 max, int offscreen) {
  if (max.x <= min.x || max.y <= min.y) return;
  const WidgetRect rect{std::string(name), min.x, min.y, max.x - min.x, max.y - min.y, offscreen};
  // A name drawn twice (a panel shown in two places) keeps its first visible place.
  for (WidgetRect& w : widgets_) {
    if (w.name != name) continue;
    if (w.offscreen != 0 && offscreen == 0) w = rect;
    return;
  }
  widgets_.push_back(rect);
}

std::string Bridge::widgets_json() const {
  std::string out = "{";
  for (const WidgetRect& w : widgets_) {
    json::key(out, w.name);
    out += "{\"x\":";
    json::number(out, w.x);
    out += ",\"y\":";
    json::number(out, w.y);
    out += ",\"w\":";
    json::number(out, w.w);
    out += ",\"h\":";
    json::number(out, w.h);
    if (w.offscreen != 0) out += w.offscreen > 0 ? ",\"offscreen\":1" : ",\"offscreen\":-1";
    out += '}';
  }
  out += '}';
  return out;
}

void set_current_bridge(Bridge* bridge) { g_bridge = bridge; }

void mark_rect(std::string_view name, ImVec2 min, ImVec2 max) {
  if (!g_bridge) return;
  // Only what can be seen (and so clicked): clip to the window's visible region.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 cmin = dl->GetClipRectMin();
  const ImVec2 cmax = dl->GetClipRectMax();
  min = ImVec2(std::max(min.x, cmin.x), std::max(min.y, cmin.y));
  max = ImVec2(std::min(max.x, cmax.x), std::min(max.y, cmax.y));
  g_bridge->add(name, min, max);
}

void mark(std::string_view name) {
  if (!g_bridge) return;
  // A widget cut by its scrolling region's edge (or scrolled away) reports the region to
  // scroll and which way, unless it is taller than the region and so never fits.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 cmin = dl->GetClipRectMin();
  const ImVec2 cmax = dl->GetClipRectMax();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const bool fits = max.y - min.y <= cmax.y - cmin.y;
  if (fits && max.y > cmax.y + 0.5f)
    g_bridge->add(name, cmin, cmax, +1);
  else if (fits && min.y < cmin.y - 0.5f)
    g_bridge->add(name, cmin, cmax, -1);
  else if (ImGui::IsItemVisible())
    mark_rect(name, min, max);
}

}  // namespace taskplay::ui

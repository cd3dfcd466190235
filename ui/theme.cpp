#include "ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace taskplay::ui {

void apply_theme(const Theme& theme) {
  // Style: sizes in logical pixels, scaled once from the defaults.
  ImGuiStyle style;
  if (theme.dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowPadding = ImVec2(12.0f, 10.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.ScaleAllSizes(theme.content_scale);
  ImGui::GetStyle() = style;

  // Font: Dear ImGui's built-in ProggyClean is a pixel font, sharp only at whole
  // multiples of its 13 px design size. Rasterize it at the whole multiple nearest to
  // the screen's physical density, then scale back to logical pixels: text stays sharp
  // on high-DPI screens instead of being stretched from a 13 px texture.
  ImGuiIO& io = ImGui::GetIO();
  const float density = theme.content_scale * theme.framebuffer_scale;
  const float raster = std::max(1.0f, std::round(density));
  io.Fonts->Clear();
  ImFontConfig config;
  config.SizePixels = 13.0f * raster;
  io.Fonts->AddFontDefault(&config);
  io.FontGlobalScale = theme.content_scale / raster;
}

void clear_color(const Theme& theme, float rgba[4]) {
  // #16181d (dark) and #eef0f3 (light): the same values as shell.html's --bg.
  const float dark[4] = {0x16 / 255.0f, 0x18 / 255.0f, 0x1d / 255.0f, 1.0f};
  const float light[4] = {0xee / 255.0f, 0xf0 / 255.0f, 0xf3 / 255.0f, 1.0f};
  std::copy_n(theme.dark ? dark : light, 4, rgba);
}

}  // namespace taskplay::ui

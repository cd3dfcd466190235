#pragma once
// Colours, sizes and fonts for the whole UI, for a given screen.

namespace taskplay::ui {

struct Theme {
  bool dark = true;
  // Logical size multiplier (see Platform::content_scale).
  float content_scale = 1.0f;
  // Physical pixels per logical pixel (high-DPI screens, browser devicePixelRatio).
  float framebuffer_scale = 1.0f;

  bool operator==(const Theme&) const = default;
};

// Sets Dear ImGui's style and rebuilds its font atlas for `theme`. Call after
// ImGui::CreateContext(); when called again (the window moved to a denser screen), the
// renderer's font texture must be recreated afterwards (host.cpp does).
void apply_theme(const Theme& theme);

// The colour behind the panels, matching the page's background in shell.html.
void clear_color(const Theme& theme, float rgba[4]);

}  // namespace taskplay::ui

#pragma once
// Colours, sizes and fonts for the whole UI, for a given screen.
#include <imgui.h>

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

// The fonts apply_theme() built: DejaVu Sans for the interface, DejaVu Sans Mono for
// Elixir (code, values, the console), DejaVu Sans Bold for headings.
struct Fonts {
  ImFont* ui = nullptr;
  ImFont* mono = nullptr;
  ImFont* bold = nullptr;
};
const Fonts& fonts();

// Colours with a meaning, the same in every panel (the graph's legend names them).
struct Palette {
  ImU32 text, dim, faint, accent, panel_bg;
  ImU32 page_bg;  // between the panels (the same as shell.html's --bg)
  // what a process is
  ImU32 shell, task, supervisor, agent, process;
  // what a process is doing
  ImU32 running, runnable, waiting, dead;
  // edges and signals
  ImU32 link, monitor, supervision;
  ImU32 signal_kill, signal_trapped, signal_ignored, signal_down, message;
  // console
  ImU32 input, result, error, log, note;
};
const Palette& palette();
bool dark_theme();

}  // namespace taskplay::ui

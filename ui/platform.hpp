#pragma once
// The little the UI needs from the host it runs in. One implementation per front end
// (ui/main_desktop.cpp, web/main_web.cpp), in the manner of Tracy's Backend: the panels
// never include SDL or Emscripten headers, and new host services (clipboard, the share
// link in the URL, opening a page) are added here as the panels come to need them.
#include <cstdint>
#include <string_view>

namespace taskplay::ui {

class Platform {
 public:
  virtual ~Platform() = default;

  // Shown in the build panel: "desktop (SDL2 + OpenGL 3)", "web (SDL2 + WebGL 2)".
  virtual std::string_view name() const = 0;

  // How much bigger than Dear ImGui's defaults the UI should be, in logical pixels.
  // Desktop: the display's DPI over 96. Web: 1 (the browser already speaks CSS pixels).
  virtual float content_scale() const { return 1.0f; }

  // Whether the person asked for a dark theme (web: prefers-color-scheme).
  virtual bool prefers_dark() const { return true; }

  // Called once a frame has been presented: the web build updates its test bridge here.
  virtual void frame_presented(std::uint64_t frame, float fps) {}
};

}  // namespace taskplay::ui

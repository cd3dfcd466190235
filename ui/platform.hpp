#pragma once
// The little the UI needs from the host it runs in. One implementation per front end
// (ui/main_desktop.cpp, web/main_web.cpp), in the manner of Tracy's Backend: the panels
// never include SDL or Emscripten headers, and new host services (clipboard, the share
// link in the URL, opening a page) are added here as the panels come to need them.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "ui/share_link.hpp"

namespace taskplay::ui {

// Where a frame's time went on the main thread, in milliseconds, averaged over the last
// frames (an exponential average): the scheduler's slice, building the panels (Dear ImGui
// included), and handing the draw lists to GL and swapping. In a browser the last also
// holds the waits for the GPU process; the rest of a frame is the browser's own.
struct FrameTimes {
  double scheduler_ms = 0;
  double ui_ms = 0;
  double gl_ms = 0;
  double interval_ms = 0;  // from one frame's start to the next's
};

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
  virtual void frame_presented(std::uint64_t frame, float fps, const FrameTimes& times) {}

  // Puts text on the system clipboard (web: navigator.clipboard). Returns false when
  // the host cannot; the caller then says so.
  virtual bool copy_text(std::string_view text) { return false; }
  // Offers `text` as a file called `filename` (web: a download; desktop: written to
  // the current folder). Returns where it went, for the status line.
  virtual std::string download(std::string_view filename, std::string_view text) { return {}; }

  // [SECTION] Share links (ui/share_link.hpp)
  // The link the app was opened with, as the host read it: a recording's bytes
  // (decompressed), an older link's lines, or why it could not be read.
  virtual OpenedLink opened_link() const { return {}; }
  // Makes a link of a recording's bytes: compresses them, shows the link (the page: in
  // the address bar) and copies it, then calls `done` with the link and whether the
  // clipboard took it. The page compresses asynchronously: `done` may come frames later.
  using Shared = std::function<void(const std::string& link, bool copied)>;
  virtual void share_recording(std::string_view bytes, Shared done) { done({}, false); }

  // The test bridge: where named widgets are this frame, and a JSON view of the state
  // (web: window.taskplay.widgets and window.taskplay.state(); desktop: --bridge FILE).
  virtual void publish_widgets(std::string_view json) {}
  // Touch screens get larger targets (web: pointer: coarse).
  virtual bool coarse_pointer() const { return false; }
};

}  // namespace taskplay::ui

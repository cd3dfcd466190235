#pragma once
// The playground's UI: every panel, drawn once per frame. The App keeps only view state
// (which panels are open, selections, filters); the runtime it will show lives in core/
// and is read through a const view, acted on through shell commands.
#include <cstdint>

#include "ui/platform.hpp"

namespace taskplay::ui {

class App {
 public:
  explicit App(Platform& platform) : platform_(platform) {}

  // Draws all panels. Call between ImGui::NewFrame() and ImGui::Render().
  void draw();

  Platform& platform() { return platform_; }
  // Frames drawn so far (the first frame is 1 once draw() has returned).
  std::uint64_t frames() const { return frames_; }

 private:
  Platform& platform_;
  std::uint64_t frames_ = 0;
  bool show_build_panel_ = true;
};

}  // namespace taskplay::ui

#include "ui/app.hpp"

#include <imgui.h>

#include "ui/build_panel.hpp"

namespace taskplay::ui {

void App::draw() {
  ++frames_;
  if (show_build_panel_) {
    draw_build_panel(platform_, ImGui::GetIO().Framerate, &show_build_panel_);
  }
}

}  // namespace taskplay::ui

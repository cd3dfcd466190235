#pragma once
// The "taskplay" panel: which build is running, where, and how fast it draws.
#include "ui/platform.hpp"

namespace taskplay::ui {

// `open` is the panel's close button; pass nullptr for a panel that cannot be closed.
void draw_build_panel(const Platform& platform, float fps, bool* open);

}  // namespace taskplay::ui

#pragma once
// The test bridge: where the named widgets were drawn this frame, so that browser and
// desktop tests click the real buttons with the real mouse (window.taskplay.widgets in
// the page; --bridge FILE on the desktop). Names are stable strings such as
// "launch.run" or "shell.task.task1.await"; rectangles are in the UI's logical pixels
// (CSS pixels in the page), clipped to what is visible.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace taskplay::ui {

struct WidgetRect {
  std::string name;
  float x, y, w, h;
  // 0: visible, the rectangle is the widget's. +1 / -1: laid out below / above what its
  // scrolling region shows; the rectangle is that region's, to scroll with the wheel.
  int offscreen = 0;
};

class Bridge {
 public:
  void begin_frame();
  void add(std::string_view name, ImVec2 min, ImVec2 max, int offscreen = 0);
  const std::vector<WidgetRect>& widgets() const { return widgets_; }
  // {"launch.run":{"x":10,"y":20,"w":80,"h":24},...}; a widget scrolled out of view has
  // "offscreen":1 (below) or -1 (above), with its scrolling region's rectangle.
  std::string widgets_json() const;

 private:
  std::vector<WidgetRect> widgets_;
};

// The bridge the frame being drawn reports to (set by App::draw), or none.
void set_current_bridge(Bridge* bridge);
// Names the last item drawn (or, scrolled out of view, where to scroll to see it).
void mark(std::string_view name);
// Names a rectangle (custom-drawn things: graph nodes).
void mark_rect(std::string_view name, ImVec2 min, ImVec2 max);

}  // namespace taskplay::ui

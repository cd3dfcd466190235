#pragma once
// What the desktop and web mains share around SDL2 + OpenGL + Dear ImGui: ImGui's setup
// for a window, and the one frame function both run (the desktop in a loop, the web
// build from emscripten_set_main_loop). The mains own SDL and the GL context.
#include <SDL.h>

#include <cstdint>
#include <vector>

#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

struct Host {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  Theme theme;  // the theme the font atlas was built for
  // Key releases held back a frame: Dear ImGui 1.86 (Debian's) reads keys as held or not
  // once per frame, so a key pressed and released within one frame (a quick tap, a
  // typed Enter from xdotool) would never be seen as pressed.
  std::vector<SDL_Event> deferred_key_ups;
  FrameTimes times;           // averaged over the last frames (see FrameTimes)
  int64_t last_start_us = 0;  // when the last frame started (steady clock)
};

// Creates Dear ImGui's context and binds it to the host's window and GL context.
// `glsl_version` is the renderer's shader header ("#version 130", "#version 300 es").
bool init_imgui(Host& host, const Platform& platform, const char* glsl_version);

// One frame: poll events, start a frame, draw all panels, render, swap.
// Returns false once the person asked to quit (closed the window).
bool frame(Host& host, App& app);

void shutdown_imgui();

// Physical pixels per window coordinate (2 on a Retina screen or at devicePixelRatio 2).
float framebuffer_scale(SDL_Window* window);

}  // namespace taskplay::ui

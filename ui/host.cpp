#include "ui/host.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#if defined(__EMSCRIPTEN__)
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

namespace taskplay::ui {

namespace {

// Dear ImGui's OpenGL 3 backend uploads each draw list (a dozen a frame: one per panel and
// child window) into the same vertex buffer in turn, between draws that read the one
// before. Here the frame goes to the backend as one draw list instead: one upload, then
// every draw. In headless Chromium (WebGL on SwiftShader) that was worth 1.4 to 2.1 fps
// with 10,000 runnable processes, in three interleaved A/B runs (bench/ANALYSIS.md §5).
// Indices are rebased onto the merged vertex buffer; a frame too big for 16-bit indices
// (the busiest measured has 14,000 vertices) goes through as it is.
bool merge_draw_lists(const ImDrawData& in, ImDrawList& out) {
  if (sizeof(ImDrawIdx) == 2 && in.TotalVtxCount > 0xFFFF) return false;
  out.CmdBuffer.resize(0);
  out.IdxBuffer.resize(0);
  out.VtxBuffer.resize(0);
  out.VtxBuffer.reserve(in.TotalVtxCount);
  out.IdxBuffer.reserve(in.TotalIdxCount);
  for (int l = 0; l < in.CmdListsCount; ++l) {
    const ImDrawList& list = *in.CmdLists[l];
    const unsigned base_vtx = static_cast<unsigned>(out.VtxBuffer.Size);
    const unsigned base_idx = static_cast<unsigned>(out.IdxBuffer.Size);
    out.VtxBuffer.resize(out.VtxBuffer.Size + list.VtxBuffer.Size);
    std::copy(list.VtxBuffer.begin(), list.VtxBuffer.end(), out.VtxBuffer.Data + base_vtx);
    out.IdxBuffer.resize(out.IdxBuffer.Size + list.IdxBuffer.Size);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      ImDrawCmd moved = cmd;
      moved.IdxOffset = cmd.IdxOffset + base_idx;
      moved.VtxOffset = 0;
      const unsigned shift = base_vtx + cmd.VtxOffset;
      for (unsigned i = cmd.IdxOffset; i < cmd.IdxOffset + cmd.ElemCount; ++i) {
        out.IdxBuffer.Data[base_idx + i] = static_cast<ImDrawIdx>(list.IdxBuffer.Data[i] + shift);
      }
      out.CmdBuffer.push_back(moved);
    }
  }
  return true;
}

void render_draw_data(ImDrawData* draw_data) {
  static ImDrawList merged(nullptr);  // only its buffers are used; kept for their capacity
  if (!merge_draw_lists(*draw_data, merged)) {
    ImGui_ImplOpenGL3_RenderDrawData(draw_data);
    return;
  }
  ImDrawList* lists[] = {&merged};
  ImDrawData one = *draw_data;
  one.CmdLists = lists;
  one.CmdListsCount = 1;
  ImGui_ImplOpenGL3_RenderDrawData(&one);
}

}  // namespace

float framebuffer_scale(SDL_Window* window) {
  int w = 0, h = 0, pw = 0, ph = 0;
  SDL_GetWindowSize(window, &w, &h);
  SDL_GL_GetDrawableSize(window, &pw, &ph);
  return w > 0 && pw > 0 ? static_cast<float>(pw) / static_cast<float>(w) : 1.0f;
}

bool init_imgui(Host& host, const Platform& platform, const char* glsl_version) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  // No imgui.ini: the layout is the app's to decide, and runs (tests, screenshots) stay
  // the same whatever was dragged last time.
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

  host.theme =
      Theme{platform.prefers_dark(), platform.content_scale(), framebuffer_scale(host.window)};
  apply_theme(host.theme);

  return ImGui_ImplSDL2_InitForOpenGL(host.window, host.gl) && ImGui_ImplOpenGL3_Init(glsl_version);
}

bool frame(Host& host, App& app) {
  // 1. Poll events: input for Dear ImGui, and the window's close button.
  bool quit = false;
  std::vector<SDL_Event> held = std::move(host.deferred_key_ups);
  host.deferred_key_ups.clear();
  for (SDL_Event& up : held) ImGui_ImplSDL2_ProcessEvent(&up);
  std::vector<SDL_Scancode> down_this_frame;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    if (event.type == SDL_KEYDOWN) down_this_frame.push_back(event.key.keysym.scancode);
    if (event.type == SDL_KEYUP && std::find(down_this_frame.begin(), down_this_frame.end(),
                                             event.key.keysym.scancode) != down_this_frame.end()) {
      host.deferred_key_ups.push_back(event);
      continue;
    }
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT ||
        (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
         event.window.windowID == SDL_GetWindowID(host.window))) {
      quit = true;
    }
  }

  // 2. Follow the screen: a window dragged to a denser monitor (or a browser zoomed in)
  //    gets its font atlas rebuilt at the new density, so text stays sharp; a switch of
  //    the system's light/dark preference switches the colours.
  Theme wanted = host.theme;
  wanted.dark = app.platform().prefers_dark();
  wanted.framebuffer_scale = framebuffer_scale(host.window);
  wanted.content_scale = app.platform().content_scale();
  if (wanted != host.theme) {
    host.theme = wanted;
    apply_theme(host.theme);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  // 3. New frame: the scheduler's slice first (what the panels asked for last frame, then
  //    the processes), then the panels as it left the runtime.
  const int64_t t_start = Session::steady_now_us();
  if (host.last_start_us != 0) {
    // (a stall, such as a hidden tab, counts as a tenth of a second)
    const double interval =
        std::min(100.0, static_cast<double>(t_start - host.last_start_us) * 1e-3);
    const double k = host.times.interval_ms == 0 ? 1.0 : 0.05;
    host.times.interval_ms += k * (interval - host.times.interval_ms);
  }
  host.last_start_us = t_start;
  app.run_slice(host.times.interval_ms);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();

  // 4. Draw every panel.
  app.draw();

  // 5. Render: clear to the page's background, then ImGui's draw lists.
  ImGui::Render();
  const int64_t t_built = Session::steady_now_us();
  const ImGuiIO& io = ImGui::GetIO();
  float bg[4];
  clear_color(host.theme, bg);
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(bg[0], bg[1], bg[2], bg[3]);
  glClear(GL_COLOR_BUFFER_BIT);
  render_draw_data(ImGui::GetDrawData());

  // 6. Swap, and tell the host (the web build's test bridge counts frames here).
  SDL_GL_SwapWindow(host.window);
  const int64_t t_sent = Session::steady_now_us();
  const double built = static_cast<double>(t_built - t_start) * 1e-3 - app.last_advance_ms();
  const double gl = static_cast<double>(t_sent - t_built) * 1e-3;
  const double k = host.times.ui_ms == 0 ? 1.0 : 0.05;  // the first frame sets the average
  host.times.scheduler_ms += k * (app.last_advance_ms() - host.times.scheduler_ms);
  host.times.ui_ms += k * (std::max(0.0, built) - host.times.ui_ms);
  host.times.gl_ms += k * (gl - host.times.gl_ms);
  app.platform().frame_presented(app.frames(), io.Framerate, host.times);
  return !quit;
}

void shutdown_imgui() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
}

}  // namespace taskplay::ui

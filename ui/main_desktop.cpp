// taskplay-desktop: the playground as a native window (SDL2 + OpenGL 3 + Dear ImGui).
//
//   taskplay-desktop [--frames N] [--max-fps N] [--share LINK] [--bridge FILE] [--launch NAME]
//     --frames N     quit after N frames (smoke tests, screenshots)
//     --max-fps N    sleep off the rest of each 1/N s (where vsync is absent, e.g. Xvfb)
//     --share LINK   open a share link's run (the whole link, or its #r=... part)
//     --bridge FILE  the test bridge: every few frames, write where the named widgets are
//                    and the state (the page's window.taskplay.widgets and state()) to FILE
//     --launch NAME  start a benchmark workload: fib45, runnable10k
//
// The steps follow Dear ImGui's example_sdl_opengl3; the frame itself is ui::frame(),
// the same function the web build hands to emscripten_set_main_loop.
#include <SDL.h>
#include <SDL_opengl.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>

#include "taskplay/version.hpp"
#include "ui/app.hpp"
#include "ui/host.hpp"
#include "ui/platform.hpp"

namespace {

// [SECTION] Share links' compression: zlib's deflate, the format the page's
// CompressionStream("deflate") writes, so a link made by one opens in the other.
std::string deflate_bytes(std::string_view bytes) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()),
                Z_BEST_COMPRESSION) != Z_OK)
    return {};
  out.resize(size);
  return out;
}

std::optional<std::string> inflate_bytes(std::string_view bytes) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return std::nullopt;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char buffer[16384];
  int status = Z_OK;
  while (status == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    status = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
    if (out.size() > (64u << 20)) status = Z_MEM_ERROR;  // no link is this big
  }
  inflateEnd(&z);
  if (status != Z_STREAM_END) return std::nullopt;
  return out;
}

// [SECTION] The desktop's side of ui::Platform
class DesktopPlatform final : public taskplay::ui::Platform {
 public:
  explicit DesktopPlatform(SDL_Window* window, std::string share)
      : window_(window), share_(std::move(share)) {}

  std::string_view name() const override { return "desktop (SDL2 + OpenGL 3)"; }

  bool copy_text(std::string_view text) override {
    return SDL_SetClipboardText(std::string(text).c_str()) == 0;
  }
  // A download is a file in the current folder.
  std::string download(std::string_view filename, std::string_view text) override {
    std::ofstream out{std::string(filename), std::ios::binary};
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return out ? std::string(filename) : std::string();
  }
  taskplay::ui::OpenedLink opened_link() const override {
    using taskplay::ui::LinkFragment;
    using taskplay::ui::OpenedLink;
    const size_t hash = share_.find('#');
    const LinkFragment f =
        taskplay::ui::parse_fragment(hash == std::string::npos ? share_ : share_.substr(hash + 1));
    OpenedLink link;
    switch (f.kind) {
      case LinkFragment::Kind::none:
        break;
      case LinkFragment::Kind::scenario:
        link.kind = OpenedLink::Kind::scenario;
        link.data = f.data;
        break;
      case LinkFragment::Kind::unreadable:
        link.kind = OpenedLink::Kind::unreadable;
        link.problem = f.problem;
        break;
      case LinkFragment::Kind::recording:
        if (auto bytes = inflate_bytes(f.data)) {
          link.kind = OpenedLink::Kind::recording;
          link.data = std::move(*bytes);
        } else {
          link.kind = OpenedLink::Kind::unreadable;
          link.problem = "the link is damaged or cut short: it does not unpack";
        }
        break;
    }
    return link;
  }
  // The page's address is not known here: the link is the fragment, which the page
  // (and --share) accept after any address of the playground.
  void share_recording(std::string_view bytes, Shared done) override {
    const std::string link = "#" + taskplay::ui::recording_fragment(deflate_bytes(bytes));
    std::printf("taskplay-desktop: share link %s\n", link.c_str());
    std::fflush(stdout);
    done(link, copy_text(link));
  }
  void publish_widgets(std::string_view json) override { widgets_.assign(json); }
  const std::string& widgets() const { return widgets_; }

  // X11 and Windows report the display's DPI and leave scaling to the app; macOS and
  // Wayland scale the framebuffer instead (ui::framebuffer_scale sees that). An
  // explicit TASKPLAY_SCALE wins, for screens that report nonsense.
  float content_scale() const override {
    if (const char* forced = std::getenv("TASKPLAY_SCALE")) {
      const float scale = std::strtof(forced, nullptr);
      if (scale > 0.0f) return std::clamp(scale, 0.5f, 4.0f);
    }
#if defined(__APPLE__)
    return 1.0f;
#else
    float dpi = 0.0f;
    const int display = SDL_GetWindowDisplayIndex(window_);
    if (display < 0 || SDL_GetDisplayDPI(display, &dpi, nullptr, nullptr) != 0 || dpi <= 0) {
      return 1.0f;
    }
    // Whole quarter steps: a display at 100 dpi is not worth a blurrier font.
    return std::clamp(std::round(dpi / 96.0f * 4.0f) / 4.0f, 1.0f, 4.0f);
#endif
  }

 private:
  SDL_Window* window_;
  std::string share_;
  std::string widgets_;
};

// The test bridge on the desktop: what the page keeps in window.taskplay, in a file
// (written whole, then renamed, so a reader never sees half of it).
void write_bridge(const std::string& file, SDL_Window* window, const DesktopPlatform& platform,
                  const taskplay::ui::App& app) {
  int x = 0, y = 0;
  SDL_GetWindowPosition(window, &x, &y);
  const std::string tmp = file + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << "{\"frames\":" << app.frames() << ",\"window\":{\"x\":" << x << ",\"y\":" << y
        << "},\"widgets\":" << platform.widgets() << ",\"state\":" << app.state_json() << "}\n";
  }
  std::rename(tmp.c_str(), file.c_str());
}

struct Options {
  std::int64_t frames = 0;  // 0: run until the window is closed
  int max_fps = 0;          // 0: as fast as vsync allows
  std::string share;
  std::string bridge;
  std::string launch;
};

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--frames" && i + 1 < argc) {
      options.frames = std::strtoll(argv[++i], nullptr, 10);
    } else if (arg == "--max-fps" && i + 1 < argc) {
      options.max_fps = std::atoi(argv[++i]);
    } else if (arg == "--share" && i + 1 < argc) {
      options.share = argv[++i];
    } else if (arg == "--bridge" && i + 1 < argc) {
      options.bridge = argv[++i];
    } else if (arg == "--launch" && i + 1 < argc) {
      options.launch = argv[++i];
    } else if (arg == "--version") {
      std::printf("taskplay %s (%s)\n", taskplay::version, taskplay::git_revision);
      std::exit(0);
    } else {
      std::fprintf(stderr,
                   "usage: %s [--frames N] [--max-fps N] [--share LINK] [--bridge FILE] "
                   "[--launch fib45|runnable10k|idle100k|idle1m|chain1m] [--version]\n",
                   argv[0]);
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) return 2;

  // 1. SDL: video only (timers and controllers are not needed yet).
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    std::fprintf(stderr, "taskplay-desktop: SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }

  // 2. An OpenGL 3.0 core context (GLSL 130); 3.2 forward-compatible on macOS.
#if defined(__APPLE__)
  const char* glsl_version = "#version 150";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
#else
  const char* glsl_version = "#version 130";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

  // 3. The window: resizable, high-DPI aware (a Retina framebuffer where there is one).
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE |
                                                  SDL_WINDOW_ALLOW_HIGHDPI);
  taskplay::ui::Host host;
  host.window = SDL_CreateWindow("taskplay", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280,
                                 800, flags);
  if (host.window == nullptr) {
    std::fprintf(stderr, "taskplay-desktop: cannot open a window: %s\n", SDL_GetError());
    SDL_Quit();
    return 1;
  }
  host.gl = SDL_GL_CreateContext(host.window);
  if (host.gl == nullptr) {
    std::fprintf(stderr, "taskplay-desktop: no OpenGL 3 context: %s\n", SDL_GetError());
    SDL_DestroyWindow(host.window);
    SDL_Quit();
    return 1;
  }
  SDL_GL_MakeCurrent(host.window, host.gl);
  SDL_GL_SetSwapInterval(1);  // vsync where the driver has it
  std::printf("taskplay-desktop %s (%s): %s, %s\n", taskplay::version, taskplay::git_revision,
              reinterpret_cast<const char*>(glGetString(GL_VERSION)),
              reinterpret_cast<const char*>(glGetString(GL_RENDERER)));

  // 4. Dear ImGui, bound to the window and the context.
  DesktopPlatform platform(host.window, options.share);
  taskplay::ui::App app(platform);
  if (!options.launch.empty() && !app.launch(options.launch)) {
    std::fprintf(stderr, "taskplay-desktop: no workload called %s\n", options.launch.c_str());
    return 2;
  }
  if (!taskplay::ui::init_imgui(host, platform, glsl_version)) {
    std::fprintf(stderr, "taskplay-desktop: Dear ImGui failed to initialise\n");
    return 1;
  }

  // 5. The loop: one ui::frame() per iteration (poll, new frame, draw, render, swap).
  const std::uint64_t ticks_per_second = SDL_GetPerformanceFrequency();
  while (true) {
    const std::uint64_t start = SDL_GetPerformanceCounter();
    if (!taskplay::ui::frame(host, app)) break;
    if (!options.bridge.empty() && app.frames() % 3 == 0)
      write_bridge(options.bridge, host.window, platform, app);
    if (app.frames() == 1) {
      int w = 0, h = 0;
      SDL_GL_GetDrawableSize(host.window, &w, &h);
      std::printf("taskplay-desktop: first frame drawn (%dx%d)\n", w, h);
      std::fflush(stdout);
    }
    if (options.frames > 0 && app.frames() >= static_cast<std::uint64_t>(options.frames)) break;
    if (options.max_fps > 0) {
      const double spent =
          static_cast<double>(SDL_GetPerformanceCounter() - start) / ticks_per_second;
      const double budget = 1.0 / options.max_fps;
      if (spent < budget) SDL_Delay(static_cast<Uint32>((budget - spent) * 1000.0));
    }
  }
  std::printf(
      "taskplay-desktop: %llu frames; a frame's time, averaged: scheduler %.2f ms, panels %.2f ms, "
      "GL %.2f ms\n",
      static_cast<unsigned long long>(app.frames()), host.times.scheduler_ms, host.times.ui_ms,
      host.times.gl_ms);

  // 6. Shut down in reverse order.
  taskplay::ui::shutdown_imgui();
  SDL_GL_DeleteContext(host.gl);
  SDL_DestroyWindow(host.window);
  SDL_Quit();
  return 0;
}

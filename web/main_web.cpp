// The playground as a page: the same App and ui::frame() as the desktop, driven by the
// browser's animation frames through emscripten_set_main_loop. The page around the canvas
// is shell.html; it reads window.taskplay, the small bridge this file keeps up to date.
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/heap.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "taskplay/version.hpp"
#include "ui/app.hpp"
#include "ui/host.hpp"
#include "ui/platform.hpp"
#include "ui/run.hpp"

namespace {

// [SECTION] The page: window.taskplay (shell.html documents each field)
// EM_ASM blocks are JavaScript: -Wpedantic would call each $0 a '$' in an identifier, and
// clang-format would format them as C++ (`===` becomes `== =`), so both are off here.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdollar-in-identifier-extension"
// clang-format off

void page_set_build(const char* version, const char* revision) {
  EM_ASM({
    window.taskplay.version = UTF8ToString($0);
    window.taskplay.revision = UTF8ToString($1);
  }, version, revision);
}

// The first frame flips `ready`, which takes the loading screen away.
void page_frame_presented(double frames, double fps, double sched, double ui, double gl,
                          double interval) {
  EM_ASM({
    var bridge = window.taskplay;
    bridge.frames = $0;
    bridge.fps = $1;
    // (one property at a time: commas would split EM_ASM's macro arguments)
    var ms = bridge.frameMs || (bridge.frameMs = {});
    ms.scheduler = $2;
    ms.ui = $3;
    ms.gl = $4;
    ms.interval = $5;
    if (!bridge.ready) {
      bridge.ready = true;
      if (typeof bridge.onFirstFrame === "function") bridge.onFirstFrame();
    }
  }, frames, fps, sched, ui, gl, interval);
}

// Shows the page's problem card instead of a blank canvas.
void page_fail(const char* title, const char* text) {
  EM_ASM({
    window.taskplay.fail(UTF8ToString($0), UTF8ToString($1),
                         "Reloading the page may help; if it does not, please report this.");
  }, title, text);
}

bool page_prefers_dark() {
  return EM_ASM_INT({
    return window.matchMedia("(prefers-color-scheme: light)").matches ? 0 : 1;
  }) != 0;
}

// A finger is a coarse pointer: the page then draws everything a quarter larger.
bool page_coarse_pointer() {
  return EM_ASM_INT({
    return window.matchMedia("(pointer: coarse)").matches ? 1 : 0;
  }) != 0;
}

// The Clipboard API where the page may use it, else the old execCommand("copy")
// (shell.html's copyText).
bool page_copy(const char* text) {
  return EM_ASM_INT({ return window.taskplay.copyText(UTF8ToString($0)) ? 1 : 0; }, text) != 0;
}

void page_download(const char* filename, const char* text) {
  EM_ASM({
    var blob = new Blob([UTF8ToString($1)], {type: "text/plain;charset=utf-8"});
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = UTF8ToString($0);
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }, filename, text);
}

// The link the page was opened with, as shell.html read it before the module started
// (window.taskplay.openedLink): 0 none, 1 a recording, 2 an older link's lines, 3 unreadable.
int page_link_kind() {
  return EM_ASM_INT({
    var link = window.taskplay.openedLink;
    if (!link) return 0;
    return link.kind === 'recording' ? 1 : link.kind === 'scenario' ? 2 : 3;
  });
}

std::string page_link_bytes() {
  std::string out(static_cast<size_t>(EM_ASM_INT({
    var link = window.taskplay.openedLink;
    return link && link.bytes ? link.bytes.length : 0;
  })), '\0');
  EM_ASM({ HEAPU8.set(window.taskplay.openedLink.bytes, $0); }, out.data());
  return out;
}

std::string page_link_text() {
  char* text = reinterpret_cast<char*>(static_cast<intptr_t>(EM_ASM_INT({
    var link = window.taskplay.openedLink;
    var s = (link && (link.text || link.problem)) || "";
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  })));
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

// The page deflates the recording (the browser's CompressionStream: no compressor in the
// module), puts the link in the address bar (replacing the entry, so Back still leaves
// the page) and copies it; then calls back taskplay_link_made.
void page_share_recording(const char* bytes, int size) {
  EM_ASM({
    var bytes = HEAPU8.slice($0, $0 + $1);
    function made(link, copied) {
      var n = lengthBytesUTF8(link) + 1;
      var p = _malloc(n);
      stringToUTF8(link, p, n);
      Module["_taskplay_link_made"](p, copied ? 1 : 0);
      _free(p);
    }
    window.taskplay.shareRecording(bytes).then(function (r) { made(r.link, r.copied); },
                                               function () { made("", false); });
  }, bytes, size);
}

void page_publish_widgets(const char* json) {
  EM_ASM({ window.taskplay.widgets = JSON.parse(UTF8ToString($0)); }, json);
}

// window.taskplay.state() and launch(name) call back into the module.
void page_install_calls() {
  EM_ASM({
    var bridge = window.taskplay;
    bridge.state = function () {
      return JSON.parse(UTF8ToString(Module["_taskplay_state_json"]()));
    };
    bridge.launch = function (name) {
      var n = lengthBytesUTF8(name) + 1;
      var p = _malloc(n);
      stringToUTF8(name, p, n);
      var ok = Module["_taskplay_launch"](p);
      _free(p);
      return ok !== 0;
    };
  });
}

// clang-format on
#pragma clang diagnostic pop

// [SECTION] The web's side of ui::Platform
class WebPlatform final : public taskplay::ui::Platform {
 public:
  std::string_view name() const override { return "web (SDL2 + WebGL 2)"; }
  bool prefers_dark() const override { return page_prefers_dark(); }
  bool coarse_pointer() const override { return page_coarse_pointer(); }
  float content_scale() const override { return coarse_pointer() ? 1.25f : 1.0f; }
  void frame_presented(std::uint64_t frame, float fps, const taskplay::ui::FrameTimes& t) override {
    page_frame_presented(static_cast<double>(frame), fps, t.scheduler_ms, t.ui_ms, t.gl_ms,
                         t.interval_ms);
  }
  bool copy_text(std::string_view text) override { return page_copy(std::string(text).c_str()); }
  std::string download(std::string_view filename, std::string_view text) override {
    page_download(std::string(filename).c_str(), std::string(text).c_str());
    return std::string(filename);
  }
  taskplay::ui::OpenedLink opened_link() const override {
    using taskplay::ui::OpenedLink;
    OpenedLink link;
    switch (page_link_kind()) {
      case 1:
        link.kind = OpenedLink::Kind::recording;
        link.data = page_link_bytes();
        break;
      case 2:
        link.kind = OpenedLink::Kind::scenario;
        link.data = page_link_text();
        break;
      case 3:
        link.kind = OpenedLink::Kind::unreadable;
        link.problem = page_link_text();
        break;
      default:
        break;
    }
    return link;
  }
  void share_recording(std::string_view bytes, Shared done) override {
    shared_ = std::move(done);
    page_share_recording(bytes.data(), static_cast<int>(bytes.size()));
  }
  // The page made the link (taskplay_link_made).
  void link_made(const std::string& link, bool copied) {
    if (shared_) std::exchange(shared_, nullptr)(link, copied);
  }
  // Sent to the page only when something moved: most frames nothing does.
  void publish_widgets(std::string_view json) override {
    if (json == last_widgets_) return;
    last_widgets_.assign(json);
    page_publish_widgets(last_widgets_.c_str());
  }

 private:
  std::string last_widgets_;
  Shared shared_;
};

// Emscripten owns the loop, so what the frame needs lives here rather than on main's stack.
struct State {
  WebPlatform platform;
  taskplay::ui::App app{platform};
  taskplay::ui::Host host;
};
State* state = nullptr;

void main_loop(void*) { taskplay::ui::frame(state->host, state->app); }

}  // namespace

// [SECTION] Calls from the page (window.taskplay.state() and launch(name))
extern "C" {

EMSCRIPTEN_KEEPALIVE const char* taskplay_state_json() {
  static std::string json;
  json = state ? state->app.state_json() : std::string("null");
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE int taskplay_launch(const char* name) {
  return state && state->app.launch(name) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void taskplay_link_made(const char* link, int copied) {
  if (state) state->platform.link_made(link, copied != 0);
}

}  // extern "C"

namespace {

int fail(const char* title, const char* text) {
  std::fprintf(stderr, "taskplay: %s: %s\n", title, text);
  page_fail(title, text);
  return 1;
}

}  // namespace

namespace {

// The page's memory is nearly full when less than this is left under the wasm memory's
// ceiling (web/CMakeLists.txt: MAXIMUM_MEMORY): room for the panels, the trace and the
// shell's own work after spawns stop. The heap's top (sbrk) is what the memory has grown
// to hold; freed blocks below it are reused before it moves.
constexpr uint64_t kMemoryReserve = uint64_t{192} << 20;

std::optional<std::pair<uint64_t, uint64_t>> memory_full() {
  const uint64_t top = reinterpret_cast<uintptr_t>(sbrk(0));
  const uint64_t max = emscripten_get_heap_max();
  if (top + kMemoryReserve < max) return std::nullopt;
  return std::pair{top, max};
}

}  // namespace

int main() {
  // 1. Tell the page which build this is, and give it the calls into the module.
  page_set_build(taskplay::version, taskplay::git_revision);
  page_install_calls();
  taskplay::ui::Run::check_memory_with(memory_full);

  // 2. SDL: video only. SDL draws into <canvas id="canvas">; shell.html sizes it with CSS
  //    and SDL follows (resizable window + external CSS size), at devicePixelRatio.
  if (SDL_Init(SDL_INIT_VIDEO) != 0) return fail("SDL could not start", SDL_GetError());

  // 3. A WebGL 2 context: OpenGL ES 3.0, GLSL "#version 300 es".
  const char* glsl_version = "#version 300 es";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // Dear ImGui draws flat, blended triangles: it needs no depth or stencil buffer (SDL
  // asks for a 16-bit depth buffer by default).
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE |
                                                  SDL_WINDOW_ALLOW_HIGHDPI);
  state = new State;
  taskplay::ui::Host& host = state->host;
  host.window = SDL_CreateWindow("taskplay", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280,
                                 800, flags);
  host.gl = host.window != nullptr ? SDL_GL_CreateContext(host.window) : nullptr;
  if (host.gl == nullptr) return fail("No WebGL 2 context", SDL_GetError());
  SDL_GL_SetSwapInterval(1);  // draw on the browser's animation frames

  // 4. Dear ImGui, bound to the canvas and the context.
  if (!taskplay::ui::init_imgui(host, state->platform, glsl_version)) {
    return fail("Dear ImGui could not start", "its SDL2 or OpenGL ES 3 backend failed");
  }

  // 5. Hand the loop to the browser: ui::frame() once per animation frame. Does not return.
  emscripten_set_main_loop_arg(main_loop, nullptr, 0, true);
  return 0;
}

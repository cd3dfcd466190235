#include "ui/actions.hpp"

#include <chrono>

#include "ui/process_kind.hpp"
#include "ui/recording.hpp"
#include "ui/share_link.hpp"

namespace taskplay::ui {

double Actions::now_s() const { return static_cast<double>(Session::steady_now_us()) * 1e-6; }

void Actions::reset() {
  session_.reset();
  view_.selected = Pid{};
}

void Actions::restart_with_process_limit(uint32_t limit) {
  session_.restart_with_process_limit(limit);
  view_.selected = Pid{};
  say("A new run with room for " + thousands(limit) + " processes (as elixir --erl \"+P " +
      std::to_string(limit) + "\" starts the BEAM)");
}

void Actions::load(std::string_view scenario, std::string_view name) {
  reset();
  session_.submit(scenario);
  if (!name.empty()) say("Loaded " + std::string(name));
}

void Actions::copy(std::string_view text, std::string_view what) {
  if (platform_.copy_text(text)) {
    say("Copied " + std::string(what));
  } else {
    say("Could not reach the clipboard: select the text and copy it by hand");
  }
}

void Actions::download(std::string_view filename, std::string_view text) {
  std::string where = platform_.download(filename, text);
  say(where.empty() ? "Could not save " + std::string(filename) : "Saved " + where);
}

void Actions::share() {
  // The run as it stands (and where you are looking in it), for whoever opens the link.
  const Recording r = session_.recording();
  const std::string bytes = encode_recording(r);
  say("Making the link...");
  SharedView& view = view_;
  const size_t inputs = r.inputs.size();
  platform_.share_recording(bytes, [&view, inputs](const std::string& link, bool copied) {
    std::string text;
    if (link.empty()) {
      text = "Could not make the link";
    } else {
      text =
          (copied ? "Copied the link to this run" : "The link to this run is in the address bar") +
          std::string(" (") + std::to_string(inputs) + " inputs, " +
          std::to_string(link.size() - link.find('#')) + " characters)";
      view.link = link;
    }
    view.status = std::move(text);
    view.status_until = static_cast<double>(Session::steady_now_us()) * 1e-6 + 4.0;
  });
}

void Actions::say(std::string text, double seconds) {
  view_.status = std::move(text);
  view_.status_until = now_s() + seconds;
}

}  // namespace taskplay::ui

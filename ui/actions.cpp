#include "ui/actions.hpp"

#include <chrono>

#include "ui/share_link.hpp"

namespace taskplay::ui {

double Actions::now_s() const { return static_cast<double>(Session::steady_now_us()) * 1e-6; }

void Actions::reset() {
  session_.reset();
  view_.selected = Pid{};
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
  const std::string link = platform_.share_link(encode_scenario(session_.scenario()));
  if (platform_.copy_text(link)) {
    say("Copied the link to this scenario (" + std::to_string(session_.scenario().size()) +
        " lines)");
  } else {
    say("The link to this scenario is in the address bar");
  }
}

void Actions::say(std::string text, double seconds) {
  view_.status = std::move(text);
  view_.status_until = now_s() + seconds;
}

}  // namespace taskplay::ui

#include "ui/shell_link.hpp"

#include <cctype>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/shell.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::ui {

namespace {

// The length of an iex prompt at the start of `s` ("iex(12)> ", "...(3)> "), or 0.
size_t prompt_length(std::string_view s) {
  size_t i;
  if (s.rfind("iex(", 0) == 0) {
    i = 4;
  } else if (s.rfind("...(", 0) == 0) {
    i = 4;
  } else {
    return 0;
  }
  const size_t digits = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == digits || s.substr(i, 3) != ")> ") return 0;
  return i + 3;
}

}  // namespace

ShellLink::ShellLink(Runtime& rt) {
  lang::ShellOptions opts;
  // The banner names Ctrl+C and h(), which mean nothing here; the console says in its
  // own words when a new shell takes over.
  opts.banner = false;
  shell_ = std::make_unique<lang::Shell>(
      rt, [this](std::string_view text) { write(text); }, opts);
  shell_->start();
  shells_.push_back(shell_->pid());
}

ShellLink::~ShellLink() = default;

// [SECTION] The transcript, cut into lines

void ShellLink::write(std::string_view text) {
  // Crash reports arrive whole ("\n[error] ...\n"), whenever a process crashes.
  if (text.rfind("\n[error] ", 0) == 0) {
    text.remove_prefix(1);
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) nl = text.size();
      transcript_.push_back(
          {ConsoleLine::Kind::log, {}, std::string(text.substr(start, nl - start))});
      start = nl + 1;
    }
    return;
  }
  // A prompt waits for input, and this is not the echo of an input: what another
  // process printed meanwhile goes on its own lines (the prompt stays last).
  // (A new prompt in that text replaces the waiting one.)
  if (!echoing_ && !pending_.empty() && prompt_length(pending_) == pending_.size()) {
    std::string prompt = std::move(pending_);
    pending_.clear();
    append_lines(text);
    if (pending_.empty()) pending_ = std::move(prompt);
    return;
  }
  append_lines(text);
}

void ShellLink::append_lines(std::string_view text) {
  pending_.append(text);
  size_t nl;
  while ((nl = pending_.find('\n')) != std::string::npos) {
    add_line(std::string_view(pending_).substr(0, nl));
    pending_.erase(0, nl + 1);
  }
  // a bounded transcript: a process printing forever must not eat the page's memory
  constexpr size_t kMax = 20000;
  if (transcript_.size() > kMax)
    transcript_.erase(transcript_.begin(), transcript_.begin() + kMax / 4);
}

void ShellLink::add_line(std::string_view line) {
  using K = ConsoleLine::Kind;
  if (size_t p = prompt_length(line)) {
    in_error_ = false;
    transcript_.push_back({K::input, std::string(line.substr(0, p)), std::string(line.substr(p))});
    return;
  }
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
    in_error_ = false;  // iex ends an error with a blank line
    return;
  }
  if (line.rfind("** (", 0) == 0) in_error_ = true;
  transcript_.push_back({in_error_ ? K::error : K::output, {}, std::string(line)});
}

// [SECTION] Feeding the shell

void ShellLink::submit(std::string_view line) { queue_.emplace_back(line); }

void ShellLink::update() {
  shell_->poll();
  if (shell_->pid() != shells_.back()) {
    shells_.push_back(shell_->pid());
    fed_.clear();  // the new shell starts with no unfinished expression
    transcript_.push_back(
        {ConsoleLine::Kind::note,
         {},
         "A new shell process, " + inspect(Term(shell_->pid())) +
             ", takes over: the counter starts again and no variables are bound."});
  }
  while (!queue_.empty() && !shell_->busy()) {
    std::string line = std::move(queue_.front());
    queue_.pop_front();
    echoing_ = true;
    const lang::Shell::Input r = shell_->input(line);
    echoing_ = false;
    switch (r) {
      case lang::Shell::Input::queued:
        current_ = fed_ + line;
        fed_.clear();
        break;
      case lang::Shell::Input::incomplete:
        fed_ += line + "\n";
        break;
      default:
        fed_.clear();
        break;
    }
  }
}

Pid ShellLink::pid() const { return shell_->pid(); }
bool ShellLink::busy() const { return shell_->busy(); }
std::string_view ShellLink::current_input() const {
  return shell_->busy() ? std::string_view(current_) : std::string_view();
}
std::string ShellLink::prompt() const { return shell_->prompt(); }
std::vector<std::pair<std::string, Term>> ShellLink::bindings() const { return shell_->bindings(); }

}  // namespace taskplay::ui

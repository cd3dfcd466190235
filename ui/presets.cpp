#include "ui/presets.hpp"

#include <string_view>
#include <utility>

namespace taskplay::ui {

extern const std::vector<std::pair<const char*, const char*>> kScenarioFiles;  // presets_data.cpp

namespace {

// The chapter's examples carry no comment of their own.
const char* chapter_description(std::string_view file) {
  if (file.find("tasks1") != std::string_view::npos)
    return "The chapter's first example: Task.async(fn -> Fib.of(20) end), do something "
           "else, then Task.await: The result is 6765.";
  if (file.find("tasks2") != std::string_view::npos)
    return "The chapter's second example: Task.async(Fib, :of, [20]), the module-function-"
           "arguments form.";
  if (file.find("my_task") != std::string_view::npos)
    return "The chapter's `use Task` module, MyApp.MyTask, started as a child of a Supervisor.";
  return "";
}

Preset make(const char* file, const char* source) {
  Preset p;
  p.file = file;
  std::string_view f(file);
  // "01_tasks1.exs" -> "tasks1.exs"
  if (size_t us = f.find('_'); us != std::string_view::npos && us < 4) f.remove_prefix(us + 1);
  p.title = std::string(f);
  p.source = source;
  // The leading comment lines are the description.
  std::string_view s(source);
  while (s.rfind("#", 0) == 0) {
    size_t nl = s.find('\n');
    std::string_view line = s.substr(1, nl == std::string_view::npos ? nl : nl - 1);
    if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
    if (!p.description.empty()) p.description += ' ';
    p.description += line;
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  if (p.description.empty()) p.description = chapter_description(file);
  return p;
}

}  // namespace

const std::vector<Preset>& presets() {
  static const std::vector<Preset> all = [] {
    std::vector<Preset> v;
    for (const auto& [file, source] : kScenarioFiles) v.push_back(make(file, source));
    return v;
  }();
  return all;
}

}  // namespace taskplay::ui

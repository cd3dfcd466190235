#pragma once
// Scenario presets: the scripts in scenarios/ (the chapter's examples first), compiled
// into the program. Loading one resets the playground and gives its lines to the shell,
// as if they were typed (or pasted into iex) one by one.
#include <string>
#include <vector>

namespace taskplay::ui {

struct Preset {
  std::string file;         // "01_tasks1.exs"
  std::string title;        // "tasks1.exs"
  std::string description;  // its leading comment, or what the chapter says of it
  std::string source;
};

const std::vector<Preset>& presets();

}  // namespace taskplay::ui

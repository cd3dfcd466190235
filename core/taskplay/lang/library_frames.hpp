#pragma once
// The frames the BEAM shows for Enum's walks over a list, which the prelude writes as
// functions of its own: Elixir 1.14 inlines :lists.map/2 into Enum.map/2, so a fun raising
// under Enum.map([1, 2], fun) shows `(elixir 1.14.0) lib/enum.ex:1658:
// Enum."-map/2-lists^map/1-0-"/2` where the prelude's frame is Enum.map_list/2.

#include <cstdint>
#include <string_view>

#include "taskplay/atom.hpp"

namespace taskplay::lang {

struct LibraryFrame {
  std::string_view name;  // the BEAM's function name
  uint32_t arity;
  std::string_view file;
  uint32_t call_line;       // the line calling the program's fun...
  uint32_t recursion_line;  // ...and the line of the walk's next step (its own frame above)
};

// The BEAM's frame for the prelude's function module.function/arity, or nullptr.
const LibraryFrame* library_frame(Atom module, Atom function, uint32_t arity);

}  // namespace taskplay::lang

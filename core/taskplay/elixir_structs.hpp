#pragma once
// Elixir 1.14's own structs and exceptions, as their defstruct/defexception define them:
// the fields in definition order (the order Inspect.Any prints them in) and each field's
// default, written as Elixir source. One table serves inspect (the field order) and the
// language (Mod.__struct__/0,1, Mod.exception/1, Mod.message/1 and `%Mod{}` expanded
// where it is compiled, as for a program's own structs).

#include <string_view>
#include <vector>

namespace taskplay {

struct ElixirStructField {
  std::string_view name;
  std::string_view default_source = "nil";
};

struct ElixirStruct {
  std::string_view module;  // "Elixir.KeyError"
  std::vector<ElixirStructField> fields;
  bool exception = false;  // defexception's: its map also holds __exception__: true
};

const std::vector<ElixirStruct>& elixir_structs();

}  // namespace taskplay

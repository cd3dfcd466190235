#pragma once
// Structs and exceptions a program defines (defstruct, defexception): what the compiler
// knows of them when it expands `%Mod{...}` in a later compilation (a later shell input),
// and the message of a raised exception whose module has its own message/1, kept for the
// banners printed outside the language (natives_struct.cpp).

#include <string>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay::lang {

struct StructShape {
  std::vector<Atom> fields;   // in defstruct's order, without __exception__
  std::vector<Atom> enforce;  // @enforce_keys
  bool exception = false;
  bool known_fields = true;  // false: defstruct's list was computed (no checks at compile time)
};

// A struct defined by a program so far (in any runtime of this process), or nullptr.
const StructShape* user_struct(Atom module);
void note_user_struct(Atom module, StructShape shape);
// A program's struct, else one of Elixir's own (elixir_structs.hpp), else nullptr.
const StructShape* known_struct(Atom module);

// Exception.message/1 of an exception whose module defines message/1, noted when it is
// raised (the few most recent), for errors.cpp's message(); nullptr when not noted.
void note_exception_message(const Term& exception, std::string message);
const std::string* noted_exception_message(const Term& exception);

}  // namespace taskplay::lang

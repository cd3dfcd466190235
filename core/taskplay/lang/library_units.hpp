#pragma once
// The parts of Elixir's library that taskplay writes in the language itself: the prelude
// (Enum, Map.update/4, Kernel.then/2, ...) and ExUnit. Each is compiled once per program
// and shared by every runtime; lang::State defines their modules in each runtime.

#include <cstdint>
#include <string_view>
#include <vector>

#include "taskplay/lang/bytecode.hpp"

namespace taskplay::lang {

const std::vector<const Unit*>& library_units();

// Does a library unit define the public function module.name/arity (for import)?
bool library_defines(Atom module, std::string_view name, uint32_t arity);

}  // namespace taskplay::lang

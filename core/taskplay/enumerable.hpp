#pragma once
// What Elixir's Enumerable protocol gives for the terms the runtime's
// library enumerates: lists, ranges (%Range{first:, last:, step:}) and maps
// (as {key, value} pairs, in :maps.to_list's order: map_order.hpp).

#include <optional>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {

// nullopt when `t` is not enumerable (or is a lazy stream: see task::run_stream).
std::optional<std::vector<Term>> enum_to_list(const Term& t);

// %Range{first: first, last: last, step: step}
Term make_range(int64_t first, int64_t last, int64_t step);

}  // namespace taskplay

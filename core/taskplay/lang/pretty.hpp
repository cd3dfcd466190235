#pragma once
// inspect with `pretty: true, width: 80`: what IO.inspect/1,2 and the iex
// prompt print. Containers that do not fit break over several lines, as
// Elixir 1.14's Inspect.Algebra lays them out:
//
//   [1, 2, 3, ..., 22,          lists of simple items fill each line
//    23, 24]
//   [                           other lists, tuples, maps: one item a line
//     {:c, #PID<0.120.0>, :worker, [Named]},
//     {:b, #PID<0.119.0>, :worker, [Named]}
//   ]
//
// Leaves (numbers, atoms, strings, pids, funs) are shown by taskplay::inspect.

#include <string>

#include "taskplay/inspect.hpp"
#include "taskplay/term.hpp"

namespace taskplay::lang {

// `nest`: lines after the first start that many columns in (counted in the width), as
// `Inspect.Algebra.nest/2` around the document does (ExUnit's `left:`/`right:` values).
std::string pretty(const Term& t, int width = 80, const InspectOpts& opts = {}, int nest = 0);

}  // namespace taskplay::lang

#pragma once
// :erlang.phash2/1,2: the portable hash of a term as the BEAM computes it (erts'
// make_hash2), so phash2("hello") and phash2({:a, 1}) print the BEAM's numbers, and what is
// seeded or partitioned by them (ExUnit's per-test :rand seed, a sharding key) comes out
// the same. Atoms hash by their text, integers, floats, binaries, lists, tuples and maps
// by value (a map's pairs are xored, so their order does not matter). Pids, references and
// funs hash by taskplay's own numbers: the BEAM's differ with every run anyway.

#include <cstdint>

#include "taskplay/term.hpp"

namespace taskplay {

uint32_t make_hash2(const Term& t);

}  // namespace taskplay

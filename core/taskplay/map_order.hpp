#pragma once
// The order the BEAM lists a map of more than 32 keys in (docs/map_order.md). Such a map
// is a hash trie keyed by the runtime's internal term hash, so :maps.to_list, Map.keys,
// inspect and MapSet.to_list follow the hash, not the keys. taskplay keeps every map sorted
// by key (lookups stay a binary search) and computes this order only when a big map is
// listed; Term::map_order() caches it in the map.

#include <cstdint>
#include <utility>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {

constexpr size_t kFlatMapLimit = 32;  // the BEAM keeps maps up to this size sorted by key

// The BEAM's internal hash of a map key, salted by the trie depth (0 for the first 32
// bits, 1 for the next 32, ...). Atoms, pids, refs and funs hash by taskplay's own
// numbers: the BEAM's depend on its tables and differ between runs.
uint32_t map_key_hash(const Term& key, uint32_t depth);

// Indices into `pairs` (sorted by key) in :maps.to_list's order.
std::vector<uint32_t> beam_map_order(const std::vector<std::pair<Term, Term>>& pairs);

// Calls f(pair) for each pair in :maps.to_list's order (reverse = the order of
// :maps.iterator/:maps.fold, which walk the trie the other way).
template <class F>
void for_each_listed_pair(const Term& m, F&& f, bool reverse = false) {
  const auto& ps = m.map_pairs();
  auto order = m.map_order();
  size_t n = ps.size();
  for (size_t j = 0; j < n; ++j) {
    size_t i = reverse ? n - 1 - j : j;
    f(ps[order.empty() ? i : order[i]]);
  }
}

}  // namespace taskplay

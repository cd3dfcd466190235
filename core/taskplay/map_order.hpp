#pragma once
// The order the BEAM lists a map of more than 32 keys in (docs/map_order.md). Such a map
// is a hash trie keyed by the runtime's internal term hash, so :maps.to_list, Map.keys,
// inspect and MapSet.to_list follow the hash, not the keys. taskplay keeps every map sorted
// by key (lookups stay a binary search) and computes this order only when a big map is
// listed; Term::map_order() caches it in the map.

#include <cstdint>
#include <optional>
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

// Calls f(pair) for each pair in :maps.to_list's order.
template <class F>
void for_each_listed_pair(const Term& m, F&& f) {
  const auto& ps = m.map_pairs();
  auto order = m.map_order();
  if (order.empty()) {
    for (const auto& kv : ps) f(kv);
    return;
  }
  for (uint32_t i : order) f(ps[i]);
}

// Calls f(pair) for each pair in the order of :maps.iterator/:maps.next, which :maps.fold,
// Elixir's Enum.reduce/3 on a map (and so Enum.map, for, ...) and io_lib's ~p follow: key
// order up to 32 keys, else the reverse of the listing order (the walk goes the other way).
template <class F>
void for_each_iterated_pair(const Term& m, F&& f) {
  const auto& ps = m.map_pairs();
  auto order = m.map_order();
  if (order.empty()) {
    for (const auto& kv : ps) f(kv);
    return;
  }
  for (size_t j = order.size(); j-- > 0;) f(ps[order[j]]);
}

// :maps.next's position in a map of more than 32 keys, as erts encodes it in an iterator
// [path | map]: the trie's child index at each level (among the node's occupied slots), 4
// bits a level, the root's lowest. beam_iterator_path gives the path of the pair at `pos`
// in iteration order; beam_iterator_position the position a path leads to (nullopt where
// it leads nowhere: erts' badarg).
uint64_t beam_iterator_path(const Term& m, size_t pos);
std::optional<size_t> beam_iterator_position(const Term& m, uint64_t path);

}  // namespace taskplay

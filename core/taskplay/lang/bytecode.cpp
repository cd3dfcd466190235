#include "taskplay/lang/bytecode.hpp"

#include <unordered_map>

namespace taskplay::lang {

namespace {
struct MfaTable {
  std::vector<Mfa> items;
  std::unordered_map<uint64_t, std::vector<uint32_t>> index;  // (module, function) -> ids
};
MfaTable& table() {
  static MfaTable t;
  return t;
}
}  // namespace

uint32_t mfa_id(Atom module, Atom function, uint32_t arity) {
  MfaTable& t = table();
  uint64_t key = (uint64_t{module.id()} << 32) | function.id();
  auto& ids = t.index[key];
  for (uint32_t id : ids)
    if (t.items[id].arity == arity) return id;
  auto id = static_cast<uint32_t>(t.items.size());
  t.items.push_back({module, function, arity});
  ids.push_back(id);
  return id;
}

Mfa mfa_of(uint32_t id) { return table().items[id]; }
uint32_t mfa_count() { return static_cast<uint32_t>(table().items.size()); }

}  // namespace taskplay::lang

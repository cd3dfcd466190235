#include "taskplay/atom.hpp"

#include <deque>
#include <unordered_map>

namespace taskplay {
namespace {

struct AtomTable {
  std::deque<std::string> names;  // deque: references stay valid as it grows
  std::unordered_map<std::string_view, uint32_t> ids;

  AtomTable() {
#define TASKPLAY_ATOM_INTERN(ident, text) intern(text);
    TASKPLAY_ATOMS(TASKPLAY_ATOM_INTERN)
#undef TASKPLAY_ATOM_INTERN
  }
  uint32_t intern(std::string_view name) {
    if (auto it = ids.find(name); it != ids.end()) return it->second;
    names.emplace_back(name);
    auto id = static_cast<uint32_t>(names.size() - 1);
    ids.emplace(names.back(), id);
    return id;
  }
};

AtomTable& table() {
  static AtomTable t;
  return t;
}

}  // namespace

Atom::Atom(std::string_view name) : id_(table().intern(name)) {}

std::optional<Atom> Atom::existing(std::string_view name) {
  auto it = table().ids.find(name);
  if (it == table().ids.end()) return std::nullopt;
  return from_id(it->second);
}

const std::string& Atom::name() const { return table().names[id_]; }

}  // namespace taskplay

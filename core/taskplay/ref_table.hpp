#pragma once
// A hash table from a ref's number (never 0) to a pid, with no allocation per entry:
// open addressing, linear probing, deletion by backward shift (no tombstones). The
// runtime's active aliases live here: every Task.async and GenServer.call adds one and
// removes it a moment later, which in a std::unordered_map is a node malloc'd and freed.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {

class RefTable {
 public:
  const Pid* find(uint64_t key) const {
    if (size_ == 0) return nullptr;
    for (size_t i = slot_of(key);; i = (i + 1) & mask_) {
      const Entry& e = slots_[i];
      if (e.key == key) return &e.value;
      if (e.key == 0) return nullptr;
    }
  }

  void insert_or_assign(uint64_t key, Pid value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    size_t i = slot_of(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
    if (slots_[i].key == 0) ++size_;
    slots_[i] = Entry{key, value};
  }

  void erase(uint64_t key) {
    if (size_ == 0) return;
    size_t i = slot_of(key);
    while (slots_[i].key != key) {
      if (slots_[i].key == 0) return;
      i = (i + 1) & mask_;
    }
    // Backward shift: pull later entries of the probe run into the hole when their home
    // slot does not lie (cyclically) between the hole and where they are.
    size_t hole = i;
    for (size_t j = (i + 1) & mask_; slots_[j].key != 0; j = (j + 1) & mask_) {
      size_t home = slot_of(slots_[j].key);
      bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
      if (stays) continue;
      slots_[hole] = slots_[j];
      hole = j;
    }
    slots_[hole] = Entry{};
    --size_;
  }

  size_t size() const { return size_; }

 private:
  struct Entry {
    uint64_t key = 0;
    Pid value;
  };

  size_t slot_of(uint64_t key) const {
    // Fibonacci hashing: refs are consecutive numbers; spread them over the table.
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
  }

  void grow() {
    std::vector<Entry> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Entry{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Entry& e : old)
      if (e.key != 0) insert_or_assign(e.key, e.value);
  }

  std::vector<Entry> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace taskplay

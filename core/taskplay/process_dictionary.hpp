#pragma once
// The process dictionary (Process.put/get/delete, :erlang.get/put/erase): a key-value
// store private to one process.
//
// Listing it (Process.get/0, get_keys/0,1, Process.info(pid, :dictionary)) gives the
// entries in the order the BEAM's table holds them, so it is laid out as the BEAM lays it
// out: a linear-hashing table (erts' erl_process_dict.c) of 8 buckets to start with,
// one more bucket split per insertion once the entries outnumber the buckets, merged
// back when an erase leaves fewer than half; each bucket a list whose newest entry comes
// first. A key is hashed as the BEAM hashes it when it is a small integer (its value),
// so dictionaries keyed by integers list exactly as on the BEAM ([5, 4, 3, 2, 1] after
// putting 1..5). Atoms hash by their index in the BEAM's atom table, which depends on
// every module the VM loaded before; here by taskplay's own atom id, and other terms by a
// hash of their contents: the order differs from the BEAM's there, and programs that
// print such a listing sort it first (docs/semantics.md).

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "taskplay/term.hpp"

namespace taskplay {

class ProcessDictionary {
 public:
  // :erlang.put/2: the previous value, or nullopt for a new key.
  std::optional<Term> put(Term key, Term value);
  // :erlang.get/1: the value, or nullptr.
  const Term* get(const Term& key) const;
  // :erlang.erase/1: the value removed, or nullopt.
  std::optional<Term> erase(const Term& key);
  // :erlang.erase/0: every entry (as all() lists them), leaving the dictionary empty.
  Term erase_all();

  Term all() const;                       // [{key, value}], the BEAM's order
  Term keys() const;                      // :erlang.get_keys/0
  Term keys_of(const Term& value) const;  // :erlang.get_keys/1 (exact equality)
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

 private:
  using Entry = std::pair<Term, Term>;
  // front = head of the BEAM's bucket list. Most buckets hold one entry (a task's three
  // proc_lib keys land in three buckets of eight), so that one lives inline: no allocation.
  using Bucket = boost::container::small_vector<Entry, 1>;

  static constexpr uint32_t kInitialSlots = 8;  // erts_pd_initial_size
  uint32_t slot_of(const Term& key) const;
  void grow();
  void shrink();
  template <typename F>
  void each(F&& f) const;  // entries as the BEAM walks them (then conses: reversed)

  std::vector<Bucket> buckets_;  // the used slots (the BEAM's usedSlots)
  uint32_t size_mask_ = 0;
  uint32_t split_ = 0;
  size_t count_ = 0;
};

}  // namespace taskplay

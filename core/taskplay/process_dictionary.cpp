#include "taskplay/process_dictionary.hpp"

#include <algorithm>
#include <string>

#include "taskplay/fun.hpp"

namespace taskplay {

namespace {

// FNV-1a, for the keys whose BEAM hash taskplay cannot know (see the header).
struct Fnv {
  uint32_t h = 2166136261u;
  void add(const void* data, size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 16777619u;
  }
  template <typename T>
  void add(const T& v) {
    add(&v, sizeof v);
  }
};

void hash_into(Fnv& f, const Term& t) {
  auto type = static_cast<uint8_t>(t.type());
  f.add(type);
  switch (t.type()) {
    case Term::Type::Int:
      f.add(t.small_int());
      break;
    case Term::Type::BigInt: {
      std::string s = t.integer_to_string();
      f.add(s.data(), s.size());
      break;
    }
    case Term::Type::Float: {
      double d = t.float_value();
      f.add(d);
      break;
    }
    case Term::Type::Atom:
      f.add(t.atom_value().id());
      break;
    case Term::Type::Ref:
      f.add(t.ref().number);
      break;
    case Term::Type::Pid:
      f.add(t.pid().packed());
      break;
    case Term::Type::Fun:
      f.add(t.fun_obj()->hash());
      break;
    case Term::Type::Tuple:
      for (const Term& x : t.tuple_items()) hash_into(f, x);
      break;
    case Term::Type::Map:
      for (const auto& [k, v] : t.map_pairs()) {
        hash_into(f, k);
        hash_into(f, v);
      }
      break;
    case Term::Type::Nil:
      break;
    case Term::Type::Cons: {
      const Term* c = &t;
      for (; c->is_cons(); c = &c->tail()) hash_into(f, c->head());
      hash_into(f, *c);
      break;
    }
    case Term::Type::Binary:
    case Term::Type::Bitstring:
      f.add(t.bitstring_bytes().data(), t.bitstring_bytes().size());
      break;
  }
}

uint32_t hash_of(const Term& key) {
  // the BEAM's own hash of a small integer: its value, cut to 32 bits
  if (key.is_small_int()) return static_cast<uint32_t>(key.small_int());
  if (key.is_atom()) return key.atom_value().id();
  Fnv f;
  hash_into(f, key);
  return f.h;
}

}  // namespace

uint32_t ProcessDictionary::slot_of(const Term& key) const {
  uint32_t h = hash_of(key);
  uint32_t high = h & size_mask_;
  // linear hashing: slots past the split point are not in use yet at this size
  if (high >= buckets_.size()) return h & (size_mask_ >> 1);
  return high;
}

std::optional<Term> ProcessDictionary::put(Term key, Term value) {
  if (buckets_.empty()) {
    buckets_.resize(kInitialSlots);
    size_mask_ = kInitialSlots * 2 - 1;
    split_ = 0;
    count_ = 0;
  }
  Bucket& b = buckets_[slot_of(key)];
  auto at = std::find_if(b.begin(), b.end(), [&](const Entry& e) { return e.first == key; });
  if (at != b.end()) {
    // The BEAM rebuilds the list up to the changed entry: the new entry first, the ones
    // before it reversed after it, the rest unchanged.
    Term old = std::move(at->second);
    Bucket rebuilt;
    rebuilt.reserve(b.size());
    rebuilt.emplace_back(std::move(key), std::move(value));
    for (auto it = at; it != b.begin();) rebuilt.push_back(std::move(*--it));
    for (auto it = at + 1; it != b.end(); ++it) rebuilt.push_back(std::move(*it));
    b = std::move(rebuilt);
    return old;
  }
  b.insert(b.begin(), Entry(std::move(key), std::move(value)));
  ++count_;
  if (buckets_.size() <= count_) grow();
  return std::nullopt;
}

const Term* ProcessDictionary::get(const Term& key) const {
  if (buckets_.empty()) return nullptr;
  for (const Entry& e : buckets_[slot_of(key)])
    if (e.first == key) return &e.second;
  return nullptr;
}

std::optional<Term> ProcessDictionary::erase(const Term& key) {
  if (buckets_.empty()) return std::nullopt;
  std::optional<Term> old;
  Bucket& b = buckets_[slot_of(key)];
  auto at = std::find_if(b.begin(), b.end(), [&](const Entry& e) { return e.first == key; });
  if (at != b.end()) {
    old = std::move(at->second);
    b.erase(at);
    --count_;
  }
  // (checked whether or not the key was there, as the BEAM does)
  if (buckets_.size() > kInitialSlots && buckets_.size() / 2 > count_) shrink();
  return old;
}

Term ProcessDictionary::erase_all() {
  Term everything = all();
  buckets_.clear();
  count_ = 0;
  return everything;
}

// One split per step: the bucket at the split point shares its entries with a new bucket at
// the end, each keeping the ones that now hash there, in reverse (the BEAM conses them).
void ProcessDictionary::grow() {
  uint32_t steps = (static_cast<uint32_t>(buckets_.size()) / 4) & 0xf;
  if (steps == 0) steps = 1;
  auto home = static_cast<uint32_t>(buckets_.size()) - split_;
  for (uint32_t i = 0; i < steps; ++i) {
    if (split_ == home) {
      home *= 2;
      size_mask_ = home * 2 - 1;
      split_ = 0;
    }
    uint32_t pos = split_++;
    buckets_.emplace_back();
    Bucket old = std::move(buckets_[pos]);
    Bucket stay, moved;
    for (Entry& e : old) {
      Bucket& to = slot_of(e.first) == pos ? stay : moved;
      to.insert(to.begin(), std::move(e));
    }
    buckets_[pos] = std::move(stay);
    buckets_[pos + home] = std::move(moved);
  }
}

// The reverse: the last bucket's entries join the bucket they split from.
void ProcessDictionary::shrink() {
  auto range = static_cast<uint32_t>(buckets_.size());
  uint32_t steps = range * 3 / 10;
  if (range - steps < kInitialSlots) steps = range - kInitialSlots;
  for (uint32_t i = 0; i < steps; ++i) {
    if (split_ == 0) {
      size_mask_ = static_cast<uint32_t>(buckets_.size()) - 1;
      split_ = static_cast<uint32_t>(buckets_.size()) / 2;
    }
    --split_;
    Bucket hi = std::move(buckets_.back());
    buckets_.pop_back();
    Bucket& lo = buckets_[split_];
    if (hi.empty()) continue;
    if (lo.empty()) {
      lo = std::move(hi);
    } else if (lo.size() == 1) {  // the BEAM's lone {key, value} heads a list: hi's after it
      for (Entry& e : hi) lo.push_back(std::move(e));
    } else {  // onto lo's list, hi's entries are consed one by one
      for (Entry& e : hi) lo.insert(lo.begin(), std::move(e));
    }
  }
}

template <typename F>
void ProcessDictionary::each(F&& f) const {
  for (const Bucket& b : buckets_)
    for (const Entry& e : b) f(e);
}

// The BEAM walks the buckets in order and conses each entry onto the result: the list
// comes out reversed.
Term ProcessDictionary::all() const {
  Term out;
  each([&](const Entry& e) { out = Term::cons(Term::tuple({e.first, e.second}), std::move(out)); });
  return out;
}

Term ProcessDictionary::keys() const {
  Term out;
  each([&](const Entry& e) { out = Term::cons(e.first, std::move(out)); });
  return out;
}

Term ProcessDictionary::keys_of(const Term& value) const {
  Term out;
  each([&](const Entry& e) {
    if (e.second == value) out = Term::cons(e.first, std::move(out));
  });
  return out;
}

}  // namespace taskplay

#include "taskplay/term.hpp"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <new>
#include <vector>

#include "taskplay/bigint.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/map_order.hpp"
#include "taskplay/number.hpp"
#include "taskplay/pool.hpp"

namespace taskplay {

// [SECTION] Heap objects -----------------------------------------------------

namespace detail {

void* ConsObj::operator new(std::size_t n) { return pool::allocate(n); }
void ConsObj::operator delete(void* p, std::size_t n) noexcept { pool::deallocate(p, n); }

// The bytes of binaries appended one to another (Term::append_binary), shared by them all:
// each sees the first `len` of them, as the BEAM's writable binaries do.
struct AppendBuf {
  uint32_t refs = 1;
  std::string bytes;
};

// A binary: its header and, after it in the same allocation, its bytes; or, for one made by
// appending, the first `len` bytes of an AppendBuf.
struct BinaryObj : HeapObj {
  uint8_t last_bits = 0;  // a bitstring's bits in its last byte (1..7); 0 for a binary
  size_t len = 0;
  const char* data = nullptr;  // the bytes after this header, or buf's
  AppendBuf* buf = nullptr;
  std::string_view view() const { return {data, len}; }
  char* inline_bytes() { return reinterpret_cast<char*>(this + 1); }
};
static_assert(sizeof(BinaryObj) <= 32);  // 32 bytes natively, 20 as wasm32

// A binary of n bytes, room for them after its header (to be filled in).
BinaryObj* new_binary(size_t n) {
  void* mem = ::operator new(sizeof(BinaryObj) + n);
  auto* b = new (mem) BinaryObj();
  b->len = n;
  b->data = b->inline_bytes();
  return b;
}
BinaryObj* new_binary(std::string_view bytes) {
  BinaryObj* b = new_binary(bytes.size());
  if (!bytes.empty()) std::memcpy(b->inline_bytes(), bytes.data(), bytes.size());
  return b;
}
void free_binary(BinaryObj* b) {
  if (b->buf && --b->buf->refs == 0) delete b->buf;
  b->~BinaryObj();
  ::operator delete(b);
}

// One put or removal recorded on top of a big map's base (see "Big maps" below).
struct MapEdit {
  Term key;
  Term value;
  bool removed = false;
};

struct MapObj : HeapObj, pool::Pooled {
  // The pairs sorted by compare_exact of keys. For an edited map (base is a map), they
  // are made from base and edits the first time they are asked for.
  std::vector<std::pair<Term, Term>> pairs;
  Term base;                    // nil, or the flat map the edits apply to
  std::vector<MapEdit> edits;   // sorted by key, one per key
  size_t size = 0;              // of an edited map (a flat map's is pairs.size())
  bool has_pairs = true;        // pairs are valid
  std::vector<uint32_t> order;  // the BEAM's listing order, once asked for
};

struct BigIntObj : HeapObj {
  boost::multiprecision::cpp_int value;
};

}  // namespace detail

using namespace detail;

struct TermAccess {
  static HeapObj* heap(const Term& t) { return t.u_.h; }
  static Term wrap(Term::Type type, HeapObj* h) {
    Term t;
    t.type_ = type;
    t.u_.h = h;
    return t;
  }
  static void clear(Term& t) noexcept { t.type_ = Term::Type::Nil; }
};

namespace {
TupleObj* tuple_obj(const Term& t) { return static_cast<TupleObj*>(TermAccess::heap(t)); }
ConsObj* cons_obj(const Term& t) { return static_cast<ConsObj*>(TermAccess::heap(t)); }
MapObj* map_obj(const Term& t) { return static_cast<MapObj*>(TermAccess::heap(t)); }
BinaryObj* binary_obj(const Term& t) { return static_cast<BinaryObj*>(TermAccess::heap(t)); }
BigIntObj* bigint_obj(const Term& t) { return static_cast<BigIntObj*>(TermAccess::heap(t)); }

// Maps up to this size are sorted by insertion and searched by a scan.
constexpr size_t kSmallMap = 16;

// compare_exact(a, b) == 0, quickly for immediates (atoms are equal by id).
bool exact_equal(const Term& a, const Term& b) {
  using T = Term::Type;
  if (a.type() != b.type()) return a.is_number() && b.is_number() && compare_exact(a, b) == 0;
  switch (a.type()) {
    case T::Atom:
      return a.atom_value() == b.atom_value();
    case T::Int:
      return a.small_int() == b.small_int();
    case T::Pid:
      return a.pid() == b.pid();
    case T::Ref:
      return a.ref() == b.ref();
    case T::Nil:
      return true;
    default:
      return compare_exact(a, b) == 0;
  }
}

size_t tuple_bytes(size_t n) { return sizeof(TupleObj) + n * sizeof(Term); }
TupleObj* new_tuple(size_t n) {
  void* mem = pool::allocate(tuple_bytes(n));
  auto* obj = new (mem) TupleObj();
  obj->size = static_cast<uint32_t>(n);
  return obj;
}
}  // namespace

namespace {
// Destroying a term destroys what it alone holds, through ~Term: a term nested deeper than
// this (iodata that Enum.join builds as [[[[], "1"], ","], "2"...], a tuple of tuples) has
// the rest of its destruction deferred to a list, which the outermost destroy() works
// through, so no term overflows the native stack (a few MB; less in the page) however deep.
constexpr uint32_t kDestroyDepth = 256;
// Plain thread-locals (no constructor or destructor to guard): destroy() is a hot path.
thread_local uint32_t destroy_depth = 0;  // destroy() calls under way (1 while draining)
// terms whose last reference is gone, to be destroyed (not released); made when first needed
thread_local std::vector<Term>* deferred = nullptr;
}  // namespace

TASKPLAY_ALWAYS_INLINE void Term::destroy_now() noexcept {
  // A list's tail is followed in this loop: a million-element list does not recurse a
  // million frames deep. Heads and elements recurse (through ~Term), bounded by destroy().
  Term cur;
  cur.swap(*this);
  while (true) {
    switch (cur.type_) {
      case Type::Tuple: {
        auto* t = tuple_obj(cur);
        size_t n = t->size;
        for (uint32_t i = 0; i < n; ++i) t->items()[i].~Term();
        t->~TupleObj();
        pool::deallocate(t, tuple_bytes(n));
        break;
      }
      case Type::Cons: {
        auto* c = cons_obj(cur);
        Term next;
        next.swap(c->tail);
        delete c;
        TermAccess::clear(cur);
        // continue with the tail if we held its last reference
        if (next.has_heap() && next.u_.h->refs == 1) {
          cur.swap(next);
          continue;
        }
        return;  // `next` releases normally
      }
      case Type::Map:
        delete map_obj(cur);
        break;
      case Type::Binary:
      case Type::Bitstring:
        free_binary(binary_obj(cur));
        break;
      case Type::BigInt:
        delete bigint_obj(cur);
        break;
      case Type::Fun:
        delete static_cast<FunObj*>(cur.u_.h);
        break;
      default:
        break;
    }
    TermAccess::clear(cur);
    return;
  }
}

void Term::destroy() noexcept {
  if (destroy_depth >= kDestroyDepth) [[unlikely]] {
    if (!deferred) deferred = new std::vector<Term>();
    deferred->emplace_back(std::move(*this));
    return;
  }
  ++destroy_depth;
  destroy_now();
  if (--destroy_depth != 0 || !deferred) [[likely]]
    return;
  destroy_depth = 1;  // what the deferred ones hold is destroyed by them, or deferred in turn
  while (!deferred->empty()) {
    Term t(std::move(deferred->back()));
    deferred->pop_back();
    t.destroy_now();
  }
  delete deferred;
  deferred = nullptr;
  destroy_depth = 0;
}

// [SECTION] Construction -------------------------------------------------------

Term Term::string(std::string_view utf8) {
  return TermAccess::wrap(Type::Binary, new_binary(utf8));
}

Term Term::append_binary(const Term& a, std::string_view b) {
  // `acc <> x` in a loop copied acc every time: quadratic, where the BEAM appends in place.
  // So a binary past kAppendMin bytes made by appending keeps its bytes in a buffer with
  // room to grow, and appending to the binary that ends it writes into that room: the
  // binaries made before see only their own first bytes, which never change. A buffer is
  // never reallocated (a full one is copied to a new one twice the size), so no view of
  // its bytes goes stale.
  constexpr size_t kAppendMin = 256;
  const BinaryObj* ao = binary_obj(a);
  const std::string_view av = ao->view();
  const size_t n = av.size() + b.size();
  if (n < kAppendMin) {
    BinaryObj* r = new_binary(n);
    if (!av.empty()) std::memcpy(r->inline_bytes(), av.data(), av.size());
    if (!b.empty()) std::memcpy(r->inline_bytes() + av.size(), b.data(), b.size());
    return TermAccess::wrap(Type::Binary, r);
  }
  void* mem = ::operator new(sizeof(BinaryObj));
  auto* r = new (mem) BinaryObj();
  r->len = n;
  AppendBuf* buf = ao->buf;
  if (buf && ao->len == buf->bytes.size() && buf->bytes.capacity() - ao->len >= b.size()) {
    buf->bytes.append(b);  // within capacity: no reallocation
    ++buf->refs;
    r->buf = buf;
  } else {
    r->buf = new AppendBuf();
    r->buf->bytes.reserve(2 * n);
    r->buf->bytes.append(av).append(b);
  }
  r->data = r->buf->bytes.data();
  return TermAccess::wrap(Type::Binary, r);
}

Term Term::bitstring(std::string_view bytes, unsigned last_bits) {
  if (last_bits % 8 == 0) return string(bytes);
  assert(!bytes.empty());
  auto* b = new_binary(bytes);
  b->last_bits = static_cast<uint8_t>(last_bits % 8);
  char& last = b->inline_bytes()[b->len - 1];
  last = static_cast<char>(last & (0xFF << (8 - b->last_bits)));
  return TermAccess::wrap(Type::Bitstring, b);
}

Term Term::tuple(std::initializer_list<Term> items) {
  return tuple(std::span<const Term>(items.begin(), items.size()));
}

Term Term::tuple(std::span<const Term> items) {
  auto* t = new_tuple(items.size());
  for (size_t i = 0; i < items.size(); ++i) new (&t->items()[i]) Term(items[i]);
  return TermAccess::wrap(Type::Tuple, t);
}

Term Term::cons(Term head, Term tail) {
  auto* c = new ConsObj();
  c->head = std::move(head);
  c->tail = std::move(tail);
  return TermAccess::wrap(Type::Cons, c);
}

Term Term::list(std::initializer_list<Term> items) {
  return list(std::span<const Term>(items.begin(), items.size()));
}

Term Term::list(std::span<const Term> items, Term tail) {
  Term acc = std::move(tail);
  for (size_t i = items.size(); i-- > 0;) acc = cons(items[i], std::move(acc));
  return acc;
}

Term Term::map(std::vector<std::pair<Term, Term>> pairs) {
  // A stable sort keeps insertion order among equal keys; the last one wins.
  auto less = [](const auto& a, const auto& b) { return compare_exact(a.first, b.first) < 0; };
  if (pairs.size() <= kSmallMap) {
    // Structs and small maps (a %Task{} per Task.async): insertion sort, stable like
    // std::stable_sort (so the same order) but in place, with no temporary buffer, and
    // one comparison per pair when the keys come in order.
    for (size_t i = 1; i < pairs.size(); ++i) {
      if (!less(pairs[i], pairs[i - 1])) continue;
      auto kv = std::move(pairs[i]);
      size_t j = i;
      do {
        pairs[j] = std::move(pairs[j - 1]);
        --j;
      } while (j > 0 && less(kv, pairs[j - 1]));
      pairs[j] = std::move(kv);
    }
  } else {
    std::stable_sort(pairs.begin(), pairs.end(), less);
  }
  // Drop duplicate keys in place (the later value wins) and keep the vector: no copy.
  size_t out = 0;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (out > 0 && exact_equal(pairs[out - 1].first, pairs[i].first)) {
      pairs[out - 1].second = std::move(pairs[i].second);
    } else {
      if (out != i) pairs[out] = std::move(pairs[i]);
      ++out;
    }
  }
  pairs.erase(pairs.begin() + static_cast<std::ptrdiff_t>(out), pairs.end());
  auto* m = new MapObj();
  m->pairs = std::move(pairs);
  return TermAccess::wrap(Type::Map, m);
}

Term Term::map_sorted(std::vector<std::pair<Term, Term>> pairs) {
  assert(std::is_sorted(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    return compare_exact(a.first, b.first) <= 0;
  }));
  assert(std::adjacent_find(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
           return compare_exact(a.first, b.first) == 0;
         }) == pairs.end());
  auto* m = new MapObj();
  m->pairs = std::move(pairs);
  return TermAccess::wrap(Type::Map, m);
}

Term Term::fun(FunObj* f) { return TermAccess::wrap(Type::Fun, f); }

Term Term::integer_from_string(std::string_view decimal) {
  return number::from_bigint(number::parse_decimal(decimal));
}

// [SECTION] Access ---------------------------------------------------------------

FunObj* Term::fun_obj() const {
  assert(type_ == Type::Fun);
  return static_cast<FunObj*>(u_.h);
}
std::vector<Term> Term::list_items() const {
  std::vector<Term> out;
  const Term* cur = this;
  while (cur->is_cons()) {
    out.push_back(cur->head());
    cur = &cur->tail();
  }
  return out;
}
size_t Term::list_length() const {
  size_t n = 0;
  for (const Term* cur = this; cur->is_cons(); cur = &cur->tail()) ++n;
  return n;
}
std::string_view Term::binary() const {
  assert(type_ == Type::Binary);
  return binary_obj(*this)->view();
}
std::string_view Term::bitstring_bytes() const {
  assert(is_bitstring());
  return binary_obj(*this)->view();
}
uint64_t Term::bit_size() const {
  assert(is_bitstring());
  const BinaryObj* b = binary_obj(*this);
  const size_t n = b->view().size();
  return b->last_bits == 0 ? n * 8 : (n - 1) * 8 + b->last_bits;
}
// [SECTION] Big maps
//
// A map is a vector of pairs sorted by key: compact, and what comparison, hashing and
// printing walk. Copying it on every put made a loop of puts into a big map quadratic
// (Enum.frequencies of 20,000 words took minutes). So a put or removal on a map of more
// than kEditedMapMin keys makes an edited map instead: the flat map it started from
// (base) and the keys put or removed since, sorted (edits). A put copies only the edits;
// once they outgrow the square root of the base they are merged into a new flat map, so
// a put costs about 2 * sqrt(n) term copies instead of n. map_get looks in the edits, then
// the base. Anything that wants every pair (map_pairs: iteration, comparison, printing)
// merges them once and keeps the result.

namespace {
constexpr size_t kEditedMapMin = 64;

size_t edit_limit(size_t base_size) {
  size_t r = 1;
  while (r * r < base_size) r *= 2;  // a power of two near the square root is enough
  return std::max<size_t>(r, 16);
}

template <class Edits>  // const or not
auto edit_at(Edits& edits, const Term& key) {
  return std::lower_bound(edits.begin(), edits.end(), key, [](const MapEdit& e, const Term& k) {
    return compare_exact(e.key, k) < 0;
  });
}

// base's pairs with edits applied, in key order
std::vector<std::pair<Term, Term>> merged_pairs(const std::vector<std::pair<Term, Term>>& base,
                                                const std::vector<MapEdit>& edits, size_t size) {
  std::vector<std::pair<Term, Term>> out;
  out.reserve(size);
  auto b = base.begin();
  for (const MapEdit& e : edits) {
    for (; b != base.end() && compare_exact(b->first, e.key) < 0; ++b) out.push_back(*b);
    if (b != base.end() && compare_exact(b->first, e.key) == 0) ++b;
    if (!e.removed) out.emplace_back(e.key, e.value);
  }
  out.insert(out.end(), b, base.end());
  return out;
}

// A map of `base` (flat) with `edits`; flat again once the edits are many.
Term edited_map(const Term& base, std::vector<MapEdit> edits, size_t size) {
  const auto& bp = map_obj(base)->pairs;
  if (edits.size() > edit_limit(bp.size()) || size <= kEditedMapMin / 2)
    return Term::map_sorted(merged_pairs(bp, edits, size));
  auto* m = new MapObj();
  m->base = base;
  m->edits = std::move(edits);
  m->size = size;
  m->has_pairs = false;
  return TermAccess::wrap(Term::Type::Map, m);
}

// The map whose pairs `key` is put into or removed from: an edited map's base and edits,
// or a big flat map with no edits yet. Returns false for a small flat map (copied whole).
bool edit_source(const Term& map, Term& base, std::vector<MapEdit>& edits) {
  MapObj* m = map_obj(map);
  if (!m->has_pairs) {
    base = m->base;
    edits = m->edits;
    return true;
  }
  if (m->pairs.size() < kEditedMapMin) return false;
  base = map;
  return true;
}
}  // namespace

const std::vector<std::pair<Term, Term>>& Term::map_pairs() const {
  assert(type_ == Type::Map);
  MapObj* m = map_obj(*this);
  if (!m->has_pairs) {
    m->pairs = merged_pairs(map_obj(m->base)->pairs, m->edits, m->size);
    m->has_pairs = true;
  }
  return m->pairs;
}
size_t Term::map_size() const {
  assert(type_ == Type::Map);
  MapObj* m = map_obj(*this);
  return m->has_pairs ? m->pairs.size() : m->size;
}
std::span<const uint32_t> Term::map_order() const {
  MapObj* m = map_obj(*this);
  if (map_size() <= kFlatMapLimit) return {};
  if (m->order.empty()) m->order = beam_map_order(map_pairs());
  return m->order;
}
const Term* Term::map_get(const Term& key) const {
  assert(type_ == Type::Map);
  MapObj* m = map_obj(*this);
  if (!m->has_pairs) {
    auto e = edit_at(m->edits, key);
    if (e != m->edits.end() && compare_exact(e->key, key) == 0)
      return e->removed ? nullptr : &e->value;
    return m->base.map_get(key);
  }
  const auto& ps = m->pairs;
  if (ps.size() <= kSmallMap) {
    // Keys are unique, so a scan for the equal one finds what the binary search would,
    // without ordering atoms by their text (a struct's fields are all atoms).
    for (const auto& kv : ps)
      if (exact_equal(kv.first, key)) return &kv.second;
    return nullptr;
  }
  auto it = std::lower_bound(ps.begin(), ps.end(), key, [](const auto& kv, const Term& k) {
    return compare_exact(kv.first, k) < 0;
  });
  if (it != ps.end() && compare_exact(it->first, key) == 0) return &it->second;
  return nullptr;
}
Term Term::map_put(Term key, Term value) const {
  Term base;
  std::vector<MapEdit> edits;
  if (edit_source(*this, base, edits)) {
    size_t size = map_size();
    auto e = edit_at(edits, key);
    if (e != edits.end() && compare_exact(e->key, key) == 0) {
      if (e->removed) ++size;
      e->value = std::move(value);
      e->removed = false;
    } else {
      if (!base.map_get(key)) ++size;
      edits.insert(e, MapEdit{std::move(key), std::move(value)});
    }
    return edited_map(base, std::move(edits), size);
  }
  const auto& ps = map_pairs();
  if (ps.size() < kSmallMap) {
    auto pairs = ps;
    pairs.emplace_back(std::move(key), std::move(value));
    return Term::map(std::move(pairs));
  }
  // One copy with the pair put in its place: no sort.
  auto it = std::lower_bound(ps.begin(), ps.end(), key, [](const auto& kv, const Term& k) {
    return compare_exact(kv.first, k) < 0;
  });
  const bool replace = it != ps.end() && compare_exact(it->first, key) == 0;
  std::vector<std::pair<Term, Term>> pairs;
  pairs.reserve(ps.size() + (replace ? 0 : 1));
  pairs.insert(pairs.end(), ps.begin(), it);
  pairs.emplace_back(std::move(key), std::move(value));
  pairs.insert(pairs.end(), replace ? it + 1 : it, ps.end());
  return Term::map_sorted(std::move(pairs));
}
Term Term::map_remove(const Term& key) const {
  if (!map_get(key)) return *this;
  Term base;
  std::vector<MapEdit> edits;
  if (edit_source(*this, base, edits)) {
    auto e = edit_at(edits, key);
    if (e != edits.end() && compare_exact(e->key, key) == 0) {
      e->value = Term();
      e->removed = true;
    } else {
      edits.insert(e, MapEdit{key, Term(), true});
    }
    return edited_map(base, std::move(edits), map_size() - 1);
  }
  std::vector<std::pair<Term, Term>> pairs;
  pairs.reserve(map_size() - 1);
  for (const auto& kv : map_pairs())
    if (!exact_equal(kv.first, key)) pairs.push_back(kv);
  return Term::map_sorted(std::move(pairs));
}
Term Term::map_merge(const Term& right) const {
  const size_t n = map_size(), r = right.map_size();
  if (r == 0) return *this;
  if (n == 0) return right;
  if (n >= kEditedMapMin && r * 4 <= edit_limit(n)) {
    // a few pairs into a big map (Map.merge(acc, %{k => v})): puts, not a copy
    Term out = *this;
    for (const auto& kv : right.map_pairs()) out = out.map_put(kv.first, kv.second);
    return out;
  }
  const auto& lp = map_pairs();
  const auto& rp = right.map_pairs();
  std::vector<std::pair<Term, Term>> out;
  out.reserve(n + r);
  auto l = lp.begin();
  for (const auto& kv : rp) {
    for (; l != lp.end() && compare_exact(l->first, kv.first) < 0; ++l) out.push_back(*l);
    if (l != lp.end() && compare_exact(l->first, kv.first) == 0) ++l;
    out.push_back(kv);
  }
  out.insert(out.end(), l, lp.end());
  return Term::map_sorted(std::move(out));
}
Atom Term::struct_name() const {
  if (!is_map()) return atoms::nil;
  const Term* s = map_get(Term(atoms::__struct__));
  return s && s->is_atom() ? s->atom_value() : atoms::nil;
}
bool Term::is_exception() const {
  if (!is_map()) return false;
  const Term* e = map_get(Term(atoms::__exception__));
  return e && e->is_atom(atoms::true_);
}

std::string Term::integer_to_string() const {
  if (type_ == Type::Int) return std::to_string(u_.i);
  return number::decimal(bigint_obj(*this)->value);
}

size_t Term::size_words() const {
  switch (type_) {
    case Type::Tuple: {
      // Immediates (atoms, small integers, pids, refs) are 0 words beyond their slot:
      // only heap objects need the call (every message is sized twice: send and receive).
      const TupleObj* t = tuple_obj(*this);
      const Term* items = t->items();
      size_t n = 1 + t->size;
      for (uint32_t i = 0; i < t->size; ++i)
        if (items[i].has_heap()) n += items[i].size_words();
      return n;
    }
    case Type::Cons: {
      size_t n = 0;
      const Term* cur = this;
      while (cur->is_cons()) {
        n += 2 + cur->head().size_words();
        cur = &cur->tail();
      }
      return n + cur->size_words();
    }
    case Type::Map: {
      size_t n = 3;
      for (const auto& [k, v] : map_pairs()) n += 2 + k.size_words() + v.size_words();
      return n;
    }
    case Type::Binary:
    case Type::Bitstring:
      return 3 + bitstring_bytes().size() / 8;
    case Type::BigInt:
      return 2 + bigint_obj(*this)->value.backend().size();
    case Type::Fun:
      return 4;
    default:
      return 0;
  }
}

// [SECTION] Comparison ---------------------------------------------------------

namespace {

int sign(int64_t a, int64_t b) { return a < b ? -1 : (a > b ? 1 : 0); }

int compare_impl(const Term& a, const Term& b, bool exact) {
  using T = Term::Type;
  if (a.is_number() && b.is_number()) {
    int c = number::compare(a, b);
    if (c != 0 || !exact) return c;
    // equal by value: integers before floats (map key order)
    return sign(a.is_float() ? 1 : 0, b.is_float() ? 1 : 0);
  }
  auto rank = [](T t) {
    switch (t) {
      case T::Int:
      case T::BigInt:
      case T::Float:
        return 0;
      case T::Nil:
      case T::Cons:
        return 9;
      case T::Bitstring:
        return static_cast<int>(T::Binary);
      default:
        return static_cast<int>(t);
    }
  };
  if (rank(a.type()) != rank(b.type())) return sign(rank(a.type()), rank(b.type()));
  switch (a.type()) {
    case T::Atom: {
      // atoms compare alphabetically by their text
      if (a.atom_value() == b.atom_value()) return 0;
      int c = a.atom_value().name().compare(b.atom_value().name());
      return c < 0 ? -1 : 1;
    }
    case T::Ref:
      return a.ref().number < b.ref().number ? -1 : (a.ref() == b.ref() ? 0 : 1);
    case T::Pid:
      if (a.pid().number != b.pid().number) return sign(a.pid().number, b.pid().number);
      return sign(a.pid().serial, b.pid().serial);
    case T::Fun:
      return a.fun_obj()->compare(*b.fun_obj());
    case T::Tuple: {
      if (a.tuple_size() != b.tuple_size()) return sign(a.tuple_size(), b.tuple_size());
      for (size_t i = 0; i < a.tuple_size(); ++i)
        if (int c = compare_impl(a[i], b[i], exact)) return c;
      return 0;
    }
    case T::Map: {
      const auto& x = a.map_pairs();
      const auto& y = b.map_pairs();
      if (x.size() != y.size()) return sign(x.size(), y.size());
      for (size_t i = 0; i < x.size(); ++i)
        if (int c = compare_impl(x[i].first, y[i].first, true)) return c;
      for (size_t i = 0; i < x.size(); ++i)
        if (int c = compare_impl(x[i].second, y[i].second, exact)) return c;
      return 0;
    }
    case T::Nil:
    case T::Cons: {
      const Term* p = &a;
      const Term* q = &b;
      while (true) {
        if (p->is_nil() || q->is_nil()) return sign(p->is_nil() ? 0 : 1, q->is_nil() ? 0 : 1);
        if (!p->is_cons() || !q->is_cons()) return compare_impl(*p, *q, exact);  // improper
        if (int c = compare_impl(p->head(), q->head(), exact)) return c;
        p = &p->tail();
        q = &q->tail();
      }
    }
    case T::Binary:
    case T::Bitstring: {
      // bit by bit: the padded bytes, then a prefix before the longer
      int c = a.bitstring_bytes().compare(b.bitstring_bytes());
      if (c != 0) return c < 0 ? -1 : 1;
      return sign(static_cast<int64_t>(a.bit_size()), static_cast<int64_t>(b.bit_size()));
    }
    default:
      return 0;
  }
}

}  // namespace

int compare(const Term& a, const Term& b) { return compare_impl(a, b, false); }
int compare_exact(const Term& a, const Term& b) { return compare_impl(a, b, true); }
bool operator==(const Term& a, const Term& b) {
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Term::Type::Int:
      return a.small_int() == b.small_int();
    case Term::Type::Atom:
      return a.atom_value() == b.atom_value();
    case Term::Type::Pid:
      return a.pid() == b.pid();
    case Term::Type::Ref:
      return a.ref() == b.ref();
    case Term::Type::Nil:
      return true;
    default:
      return compare_exact(a, b) == 0;
  }
}

// [SECTION] Keyword lists and structs -------------------------------------------

Term keyword(std::initializer_list<std::pair<Atom, Term>> items) {
  std::vector<Term> v;
  v.reserve(items.size());
  for (const auto& [k, val] : items) v.push_back(Term::tuple({Term(k), val}));
  return Term::list(v);
}

const Term* keyword_get(const Term& list, Atom key) {
  for (const Term* cur = &list; cur->is_cons(); cur = &cur->tail()) {
    const Term& kv = cur->head();
    if (kv.is_tuple(2) && kv[0].is_atom(key)) return &kv[1];
  }
  return nullptr;
}

Term make_struct(Atom name, std::vector<std::pair<Term, Term>> fields) {
  // __struct__ is added last, so it wins over a field of that name. Without such a field
  // every key is distinct and the sorted order does not depend on where it goes: put it
  // first, where it sorts before lowercase field names, and Term::map finds the pairs
  // already in order.
  bool has_struct = std::any_of(fields.begin(), fields.end(),
                                [](const auto& kv) { return kv.first.is_atom(atoms::__struct__); });
  if (has_struct)
    fields.emplace_back(Term(atoms::__struct__), Term(name));
  else
    fields.insert(fields.begin(), {Term(atoms::__struct__), Term(name)});
  return Term::map(std::move(fields));
}

// [SECTION] Funs -----------------------------------------------------------------

namespace {
uint64_t next_fun_unique = 0;
}
FunObj::FunObj() : unique_(++next_fun_unique) {}
int FunObj::compare(const FunObj& other) const {
  if (int r = kind_rank() - other.kind_rank()) return r < 0 ? -1 : 1;
  return compare_same_kind(other);
}
int FunObj::compare_same_kind(const FunObj& other) const {
  return unique_ < other.unique_ ? -1 : (unique_ > other.unique_ ? 1 : 0);
}
std::string FunObj::inspect() const {
  return "#Function<" + std::to_string(unique_) + "/" + std::to_string(arity()) + ">";
}

// [SECTION] Numbers ----------------------------------------------------------------

namespace number {

cpp_int to_big(const Term& t) {
  if (t.is_small_int()) return cpp_int(t.small_int());
  return bigint_obj(t)->value;
}

// Decimal text 18 digits at a time: one division by a one-limb number per 18 digits.
constexpr uint64_t kDecimalChunk = 1'000'000'000'000'000'000ULL;
constexpr size_t kChunkDigits = 18;

std::string decimal(cpp_int v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  if (negative) v = -v;
  std::vector<uint64_t> chunks;  // least significant first
  while (v != 0) {
    cpp_int q, r;
    boost::multiprecision::divide_qr(v, cpp_int(kDecimalChunk), q, r);
    chunks.push_back(static_cast<uint64_t>(r));
    v = std::move(q);
  }
  std::string out = negative ? "-" : "";
  out += std::to_string(chunks.back());
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    const std::string part = std::to_string(chunks[i]);
    out.append(kChunkDigits - part.size(), '0');
    out += part;
  }
  return out;
}

cpp_int parse_decimal(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  cpp_int v = 0;
  while (!text.empty()) {
    const size_t n = std::min(text.size(), kChunkDigits);
    uint64_t chunk = 0, scale = 1;
    for (char c : text.substr(0, n)) {
      assert(c >= '0' && c <= '9');
      chunk = chunk * 10 + static_cast<uint64_t>(c - '0');
      scale *= 10;
    }
    v = v * scale + chunk;
    text.remove_prefix(n);
  }
  return negative ? cpp_int(-v) : v;
}

Term from_bigint(const cpp_int& v) {
  if (v >= std::numeric_limits<int64_t>::min() && v <= std::numeric_limits<int64_t>::max())
    return Term::integer(static_cast<int64_t>(v));
  auto* b = new BigIntObj();
  b->value = v;
  return TermAccess::wrap(Term::Type::BigInt, b);
}

double to_double(const Term& t) {
  if (t.is_float()) return t.float_value();
  if (t.is_small_int()) return static_cast<double>(t.small_int());
  return static_cast<double>(bigint_obj(t)->value);
}

int compare(const Term& a, const Term& b) {
  if (a.is_small_int() && b.is_small_int()) return sign(a.small_int(), b.small_int());
  if (a.is_float() || b.is_float()) {
    double x = to_double(a), y = to_double(b);
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  auto x = to_big(a), y = to_big(b);
  return x < y ? -1 : (x > y ? 1 : 0);
}

Term add_slow(const Term& a, const Term& b) {
  if (a.is_float() || b.is_float()) return Term::floating(to_double(a) + to_double(b));
  return from_bigint(to_big(a) + to_big(b));
}
Term sub_slow(const Term& a, const Term& b) {
  if (a.is_float() || b.is_float()) return Term::floating(to_double(a) - to_double(b));
  return from_bigint(to_big(a) - to_big(b));
}
Term mul_slow(const Term& a, const Term& b) {
  if (a.is_float() || b.is_float()) return Term::floating(to_double(a) * to_double(b));
  return from_bigint(to_big(a) * to_big(b));
}
Term div(const Term& a, const Term& b) {
  // integer division truncating toward zero (Kernel.div/2); b != 0 checked by caller
  if (a.is_small_int() && b.is_small_int() &&
      !(a.small_int() == std::numeric_limits<int64_t>::min() && b.small_int() == -1))
    return Term::integer(a.small_int() / b.small_int());
  return from_bigint(to_big(a) / to_big(b));
}
Term rem(const Term& a, const Term& b) {
  if (a.is_small_int() && b.is_small_int()) {
    if (b.small_int() == -1) return Term::integer(0);
    return Term::integer(a.small_int() % b.small_int());
  }
  return from_bigint(to_big(a) % to_big(b));
}
bool is_zero(const Term& t) {
  if (t.is_small_int()) return t.small_int() == 0;
  if (t.is_float()) return t.float_value() == 0.0;
  return false;  // a BigInt is never zero (it would be small)
}

}  // namespace number

}  // namespace taskplay

#pragma once
// Term: the one value type of the runtime, everything a process can send,
// receive, return or exit with. It mirrors Erlang's terms:
//
//   number (integer of any size, float) < atom < reference < fun < pid
//   < tuple < map < list (nil, cons) < binary (Elixir strings)
//
// Small values (integers that fit 64 bits, floats, atoms, pids, refs, nil)
// live inside the 16-byte Term; the rest are immutable, reference-counted
// heap objects shared between copies (one thread, so the counts are plain
// integers). Copying a Term never copies its contents.

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "taskplay/atom.hpp"

#if defined(__GNUC__)
#define TASKPLAY_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define TASKPLAY_ALWAYS_INLINE inline
#endif

namespace taskplay {

// A process identifier, shown as #PID<0.number.serial> like the BEAM's: the
// number is a slot in the process table, the serial counts its reuses.
// Pid{} (number 0) is no process.
struct Pid {
  uint32_t number = 0;
  uint32_t serial = 0;
  explicit operator bool() const { return number != 0; }
  uint64_t packed() const { return (uint64_t{serial} << 32) | number; }
  static Pid unpack(uint64_t v) {
    return Pid{static_cast<uint32_t>(v), static_cast<uint32_t>(v >> 32)};
  }
  friend constexpr bool operator==(Pid a, Pid b) {
    return a.number == b.number && a.serial == b.serial;
  }
  friend constexpr bool operator!=(Pid a, Pid b) { return !(a == b); }
};

struct Ref {
  uint64_t number = 0;  // shown as #Reference<0.2000000000.2000000000.(100000 + number)>
  friend constexpr bool operator==(Ref a, Ref b) { return a.number == b.number; }
};

class Term;
class FunObj;

namespace detail {
struct HeapObj {
  uint32_t refs = 1;
};
}  // namespace detail

class Term {
 public:
  // Declared in Erlang's term order; compare() relies on it.
  enum class Type : uint8_t {
    Int,
    BigInt,
    Float,
    Atom,
    Ref,
    Fun,
    Pid,
    Tuple,
    Map,
    Nil,
    Cons,
    Binary,
    Bitstring  // bits whose count is not a multiple of 8 (<<1::size(3)>>); orders as Binary
  };

  Term() noexcept : type_(Type::Nil) { u_.i = 0; }  // [] (the empty list)
  Term(Atom a) noexcept : type_(Type::Atom) { u_.a = a.id(); }
  Term(Pid p) noexcept : type_(Type::Pid) { u_.u = p.packed(); }
  Term(Ref r) noexcept : type_(Type::Ref) { u_.u = r.number; }
  Term(const Term& o) noexcept : type_(o.type_), u_(o.u_) { retain(); }
  Term(Term&& o) noexcept : type_(o.type_), u_(o.u_) { o.type_ = Type::Nil; }
  Term& operator=(const Term& o) noexcept {
    Term tmp(o);
    swap(tmp);
    return *this;
  }
  Term& operator=(Term&& o) noexcept {
    Term tmp(std::move(o));
    swap(tmp);
    return *this;
  }
  ~Term() { release(); }
  void swap(Term& o) noexcept {
    std::swap(type_, o.type_);
    std::swap(u_, o.u_);
  }

  // ---- construction
  static Term integer(int64_t v) noexcept {
    Term t;
    t.type_ = Type::Int;
    t.u_.i = v;
    return t;
  }
  static Term integer_from_string(std::string_view decimal);  // any size; "-" allowed
  static Term floating(double v) noexcept {
    Term t;
    t.type_ = Type::Float;
    t.u_.f = v;
    return t;
  }
  static Term boolean(bool b) noexcept { return Term(b ? atoms::true_ : atoms::false_); }
  static Term atom(std::string_view name) { return Term(Atom(name)); }
  static Term string(std::string_view utf8);  // an Elixir string (a binary)
  // a <> b, for a binary a: in place when a is the last appended to (term.cpp)
  static Term append_binary(const Term& a, std::string_view b);
  // `bytes` of which the last holds only its first `last_bits` bits (the rest zero); a
  // binary when last_bits is 0
  static Term bitstring(std::string_view bytes, unsigned last_bits);
  static Term tuple(std::initializer_list<Term> items);
  static Term tuple(std::span<const Term> items);
  static Term list(std::initializer_list<Term> items);
  static Term list(std::span<const Term> items, Term tail = Term());
  static Term cons(Term head, Term tail);
  // A map from key/value pairs; later duplicates win, as in Elixir.
  static Term map(std::vector<std::pair<Term, Term>> pairs);
  // The same, for pairs the caller already has in key order with no duplicates (a
  // struct built field by field): no sort. Checked by an assert.
  static Term map_sorted(std::vector<std::pair<Term, Term>> pairs);
  static Term fun(FunObj* f);  // takes ownership of one reference

  // ---- inspection
  Type type() const { return type_; }
  bool is_integer() const { return type_ == Type::Int || type_ == Type::BigInt; }
  bool is_small_int() const { return type_ == Type::Int; }
  bool is_float() const { return type_ == Type::Float; }
  bool is_number() const { return is_integer() || is_float(); }
  bool is_atom() const { return type_ == Type::Atom; }
  bool is_atom(Atom a) const { return type_ == Type::Atom && u_.a == a.id(); }
  bool is_pid() const { return type_ == Type::Pid; }
  bool is_ref() const { return type_ == Type::Ref; }
  bool is_fun() const { return type_ == Type::Fun; }
  bool is_tuple() const { return type_ == Type::Tuple; }
  bool is_tuple(size_t n) const { return type_ == Type::Tuple && tuple_size() == n; }
  bool is_map() const { return type_ == Type::Map; }
  bool is_nil() const { return type_ == Type::Nil; }  // the empty list []
  bool is_cons() const { return type_ == Type::Cons; }
  bool is_list() const { return is_nil() || is_cons(); }
  bool is_binary() const { return type_ == Type::Binary; }
  bool is_bitstring() const { return type_ == Type::Binary || type_ == Type::Bitstring; }
  bool is_boolean() const { return is_atom(atoms::true_) || is_atom(atoms::false_); }
  bool truthy() const { return !is_atom(atoms::nil) && !is_atom(atoms::false_); }

  int64_t small_int() const { return u_.i; }
  double float_value() const { return u_.f; }
  Atom atom_value() const { return Atom::from_id(u_.a); }
  Pid pid() const { return Pid::unpack(u_.u); }
  Ref ref() const { return Ref{u_.u}; }
  FunObj* fun_obj() const;

  size_t tuple_size() const;
  const Term& operator[](size_t i) const;  // tuple element
  std::span<const Term> tuple_items() const;

  const Term& head() const;  // of a cons
  const Term& tail() const;
  // Elements of a proper list (a copy of the spine; O(n)).
  std::vector<Term> list_items() const;
  size_t list_length() const;  // proper lists only

  std::string_view binary() const;
  // A binary's or bitstring's bytes, the last one partial for a bitstring (its unused low
  // bits zero), and how many bits it holds in all
  std::string_view bitstring_bytes() const;
  uint64_t bit_size() const;

  // Maps: sorted by key in term order.
  const std::vector<std::pair<Term, Term>>& map_pairs() const;
  // Empty for a map of up to 32 keys (listed in key order); else the indices of
  // map_pairs() in the BEAM's listing order, computed once (map_order.hpp).
  std::span<const uint32_t> map_order() const;
  size_t map_size() const;
  const Term* map_get(const Term& key) const;  // nullptr when absent
  // A new map with key put (or replaced) / removed. On a big map both cost about the
  // square root of its size, not a copy of it (term.cpp, "Big maps").
  Term map_put(Term key, Term value) const;
  Term map_remove(const Term& key) const;
  // This map with right's pairs put in (right's values win), as maps:merge/2.
  Term map_merge(const Term& right) const;
  // A struct is a map with __struct__; this returns its module atom, or nil.
  Atom struct_name() const;
  bool is_exception() const;

  // Integers of any size as a decimal string (the form inspect prints).
  std::string integer_to_string() const;

  // Approximate size in machine words, as :erts_debug.size would count it;
  // used for mailbox and heap accounting, never for behaviour.
  size_t size_words() const;

  // Exact equality (Elixir's ===): 1 and 1.0 differ.
  friend bool operator==(const Term& a, const Term& b);
  friend bool operator!=(const Term& a, const Term& b) { return !(a == b); }

 private:
  friend struct TermAccess;
  // Every copy and destruction of a term goes through these two: always inlined (g++
  // otherwise makes them calls), with the slow part (the last reference) out of line.
  TASKPLAY_ALWAYS_INLINE void retain() const noexcept {
    if (has_heap()) ++u_.h->refs;
  }
  TASKPLAY_ALWAYS_INLINE void release() noexcept {
    if (has_heap() && --u_.h->refs == 0) destroy();
  }
  TASKPLAY_ALWAYS_INLINE bool has_heap() const noexcept {
    constexpr uint32_t heap_types =
        1u << static_cast<unsigned>(Type::BigInt) | 1u << static_cast<unsigned>(Type::Fun) |
        1u << static_cast<unsigned>(Type::Tuple) | 1u << static_cast<unsigned>(Type::Map) |
        1u << static_cast<unsigned>(Type::Cons) | 1u << static_cast<unsigned>(Type::Binary) |
        1u << static_cast<unsigned>(Type::Bitstring);
    return (heap_types >> static_cast<unsigned>(type_)) & 1u;
  }
  void destroy() noexcept;      // the last reference is gone (term.cpp)
  void destroy_now() noexcept;  // destroy()'s work, one level

  Type type_;
  union U {
    int64_t i;
    uint64_t u;
    double f;
    uint32_t a;
    detail::HeapObj* h;
  } u_;
};

// [SECTION] Tuples and list cells, inline: receive patterns look into every message.

namespace detail {
struct TupleObj : HeapObj {
  uint32_t size;
  Term* items() { return reinterpret_cast<Term*>(this + 1); }
  const Term* items() const { return reinterpret_cast<const Term*>(this + 1); }
};
static_assert(sizeof(TupleObj) % alignof(Term) == 0);

struct ConsObj : HeapObj {
  Term head;
  Term tail;
  // from the pool (pool.hpp), as tuples are
  static void* operator new(std::size_t n);
  static void operator delete(void* p, std::size_t n) noexcept;
};
}  // namespace detail

inline size_t Term::tuple_size() const {
  assert(type_ == Type::Tuple);
  return static_cast<const detail::TupleObj*>(u_.h)->size;
}
inline const Term& Term::operator[](size_t i) const {
  assert(type_ == Type::Tuple && i < tuple_size());
  return static_cast<const detail::TupleObj*>(u_.h)->items()[i];
}
inline std::span<const Term> Term::tuple_items() const {
  assert(type_ == Type::Tuple);
  auto* t = static_cast<const detail::TupleObj*>(u_.h);
  return {t->items(), t->size};
}
inline const Term& Term::head() const {
  assert(type_ == Type::Cons);
  return static_cast<const detail::ConsObj*>(u_.h)->head;
}
inline const Term& Term::tail() const {
  assert(type_ == Type::Cons);
  return static_cast<const detail::ConsObj*>(u_.h)->tail;
}

// Erlang term order: -1, 0, 1. Numbers compare by value (1 == 1.0 here, as
// with Elixir's ==); equal numbers of different types are ordered int < float
// only by compare_exact, which map keys use.
int compare(const Term& a, const Term& b);
int compare_exact(const Term& a, const Term& b);
// Elixir's == (numbers by value).
inline bool loosely_equal(const Term& a, const Term& b) { return compare(a, b) == 0; }

// Keyword list helpers: [key: value] is a list of {atom, value} tuples.
Term keyword(std::initializer_list<std::pair<Atom, Term>> items);
const Term* keyword_get(const Term& list, Atom key);
// The result points into the list, so a temporary list would leave it dangling.
const Term* keyword_get(Term&& list, Atom key) = delete;

// Structs and exceptions: %Name{field: value}.
Term make_struct(Atom name, std::vector<std::pair<Term, Term>> fields);

// Convenient atom literal: "ok"_a
inline Atom operator""_a(const char* s, size_t n) { return Atom(std::string_view(s, n)); }

}  // namespace taskplay

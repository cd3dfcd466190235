// :ets, the tables Registry keeps its entries in (and programs use directly): set,
// ordered_set, bag and duplicate_bag tables owned by the process that creates them and
// dropped when it ends (or given to its heir), public / protected / private, named or
// known by a reference; insert, lookup, delete, match and select with match
// specifications (match_spec.hpp), counters, info. A refused argument raises :badarg with
// the :ets frame on top, which normalize/2 explains as OTP 25 does (ets_argument_errors).
//
// Order: an ordered_set lists its objects in key order. The other kinds list them in the
// order of the BEAM's hash table (erl_db_hash.c of OTP 25), which taskplay keeps alongside
// its own index: a linear hash table of 256 slots that grows by one slot (splitting one
// chain, order kept) each time it holds more objects than slots, and shrinks back below
// half; a key's slot comes from the hash of the key (an atom: the hash of its name; any
// other term: the runtime's internal hash, map_order.hpp); a new key joins the end of its
// slot's chain, a bag's new object goes before the older ones of its key. tab2list, match
// and select list the slots from the last to the first, each chain from its end (so a bag's
// objects of one key oldest first); first/next (and foldl/foldr) walk the other way.
// Measured against OTP 25: integer, string and atom keys, 600 and 3,000 keys with growth
// (tests/conformance/ets/ets_hash_order.exs). A key with an atom inside a tuple or list
// hashes by the atom's index in the BEAM's atom table, which no other VM shares.

#include <algorithm>
#include <map>
#include <memory>
#include <unordered_map>

#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/match_spec.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/map_order.hpp"
#include "taskplay/number.hpp"
#include "taskplay/phash2.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view E = "ets";

enum class Kind { set, ordered_set, bag, duplicate_bag };

struct Group {
  Term key;
  std::vector<Term> objects;
  uint32_t slot_hash = 0;  // the BEAM's hash of the key (set, bag, duplicate_bag)
};

// The hash erl_db_hash.c places a key by: an atom's is the atom table's hash of its name
// (hashpjw, with its Latin-1 clutch); any other term's is the internal term hash
uint32_t slot_hash_of(const Term& key) {
  uint32_t h = 0;
  if (key.is_atom()) {
    const std::string& name = key.atom_value().name();
    const auto* p = reinterpret_cast<const unsigned char*>(name.data());
    for (size_t len = name.size(); len--;) {
      unsigned v = *p++;
      if (len && (v & 0xFE) == 0xC2 && (*p & 0xC0) == 0x80) {
        v = (v << 6) | (*p++ & 0x3F);
        --len;
      }
      h = (h << 4) + v;
      if (uint32_t g = h & 0xF0000000u) h ^= (g >> 24) ^ g;
    }
  } else {
    h = map_key_hash(key, 0);
  }
  return h & 0xEFFFFFFFu;  // MAX_HASH_MASK
}

// The slots of the BEAM's linear hash table, each a chain of groups (by seq)
struct Slots {
  static constexpr uint32_t kFirst = 256;     // FIRST_SEGSZ: the slots a table starts with
  static constexpr uint32_t kSegment = 2048;  // EXT_SEGSZ: the slots each later segment adds
  uint32_t nactive = kFirst, szm = kFirst - 1;
  uint32_t nslots = kFirst;   // slots allocated (segments), >= nactive
  uint32_t shrink_limit = 0;  // fewer objects than this: shrink
  std::vector<std::vector<uint64_t>> chains;

  // a table shrinks only once it has three segments, down to half of all but one
  // (calc_shrink_limit: the second segment, once allocated, stays)
  void segments_changed() {
    shrink_limit = nslots >= kFirst + 2 * kSegment ? (nslots - kSegment) / 2 : 0;
  }

  uint32_t index(uint32_t h) const {
    uint32_t ix = h & szm;
    return ix >= nactive ? ix & (szm >> 1) : ix;
  }
  std::vector<uint64_t>& chain(uint32_t h) {
    if (chains.empty()) chains.resize(kFirst);
    return chains[index(h)];
  }
  void remove(uint32_t h, uint64_t seq) {
    auto& c = chain(h);
    c.erase(std::find(c.begin(), c.end(), seq));
  }
  // one more slot, splitting the chain that shares its low bits (erl_db_hash.c's grow)
  template <typename HashOf>
  void grow(HashOf&& hash_of) {
    uint32_t from;
    if (nactive <= szm) {
      from = nactive & (szm >> 1);
    } else {
      from = 0;
      szm = (szm << 1) | 1;
    }
    if (nactive == nslots) {
      nslots += kSegment;
      segments_changed();
    }
    uint32_t to = nactive++;
    if (chains.size() < nactive) chains.resize(nactive);
    std::vector<uint64_t> keep, move;
    for (uint64_t seq : chains[from]) ((hash_of(seq) & szm) == from ? keep : move).push_back(seq);
    chains[from] = std::move(keep);
    chains[to] = std::move(move);
  }
  // the last slot joins the one it split from, its chain first (erl_db_hash.c's shrink)
  void shrink() {
    uint32_t src = nactive - 1, low = szm >> 1, dst = src & low;
    nactive = src;
    if (dst == 0) szm = low;
    std::vector<uint64_t> joined = std::move(chains[src]);
    joined.insert(joined.end(), chains[dst].begin(), chains[dst].end());
    chains[dst] = std::move(joined);
    chains.resize(nactive);
    if (nslots - nactive >= kSegment) {
      nslots -= kSegment;
      segments_changed();
    }
  }
};

struct Less {
  bool operator()(const Term& a, const Term& b) const { return compare(a, b) < 0; }
};

struct Table {
  Ref ref;
  Atom name;
  bool named = false;
  Kind kind = Kind::set;
  size_t keypos = 1;
  Atom protection = Atom("protected");
  Pid owner;
  Term heir = Term(Atom("none"));  // or {pid, data}
  bool read_concurrency = false, write_concurrency = false, compressed = false;
  bool decentralized_counters = false;
  size_t size = 0;  // objects
  size_t words = 0;

  // set, bag, duplicate_bag: groups by the order their keys came, placed in the BEAM's slots
  std::map<uint64_t, Group> by_seq;
  uint64_t next_seq = 0;
  std::unordered_multimap<uint32_t, uint64_t> index;  // make_hash2(key) -> seq
  Slots slots;
  // ordered_set
  std::map<Term, Group, Less> sorted;

  bool ordered() const { return kind == Kind::ordered_set; }
  const Term& key_of(const Term& object) const { return object[keypos - 1]; }

  Group* find(const Term& key) {
    if (ordered()) {
      auto it = sorted.find(key);
      return it == sorted.end() ? nullptr : &it->second;
    }
    auto [lo, hi] = index.equal_range(make_hash2(key));
    for (auto it = lo; it != hi; ++it) {
      Group& g = by_seq.at(it->second);
      if (g.key == key) return &g;
    }
    return nullptr;
  }
  Group& add(const Term& key) {
    if (ordered()) return sorted.emplace(key, Group{key, {}}).first->second;
    uint64_t seq = next_seq++;
    index.emplace(make_hash2(key), seq);
    uint32_t h = slot_hash_of(key);
    slots.chain(h).push_back(seq);
    return by_seq.emplace(seq, Group{key, {}, h}).first->second;
  }
  void erase(const Term& key) {
    if (ordered()) {
      sorted.erase(key);
      return;
    }
    auto [lo, hi] = index.equal_range(make_hash2(key));
    for (auto it = lo; it != hi; ++it) {
      Group& g = by_seq.at(it->second);
      if (g.key == key) {
        slots.remove(g.slot_hash, it->second);
        by_seq.erase(it->second);
        index.erase(it);
        return;
      }
    }
  }
  // the groups in the order tab2list lists them: key order, or the slots from the last
  template <typename F>
  void each(F&& f) {
    if (ordered()) {
      for (auto& [k, g] : sorted) f(g);
      return;
    }
    for (auto c = slots.chains.rbegin(); c != slots.chains.rend(); ++c)
      for (auto seq = c->rbegin(); seq != c->rend(); ++seq) f(by_seq.at(*seq));
  }
  // the keys in the order first/next walk them: key order, or the slots from the first
  // (an ordered_set's group keeps the key it was made with; its object's may differ: 1.0)
  std::vector<Term> keys() {
    std::vector<Term> out;
    each([&](Group& g) { out.push_back(key_of(g.objects[0])); });
    if (!ordered()) std::reverse(out.begin(), out.end());
    return out;
  }
  // after objects came or went: the BEAM's table grows a slot past one object a slot, and
  // shrinks a slot (of a big table: Slots::segments_changed) below its shrink limit; at most
  // five slots either way per change, as erl_db_hash.c's grow/shrink loop
  void resize_slots() {
    if (ordered()) return;
    auto hash_of = [&](uint64_t seq) { return by_seq.at(seq).slot_hash; };
    for (int n = 5; n-- && size > slots.nactive;) slots.grow(hash_of);
    for (int n = 5; n-- && size < slots.shrink_limit;) slots.shrink();
  }
  std::vector<Term> objects() {
    std::vector<Term> out;
    out.reserve(size);
    each([&](Group& g) { out.insert(out.end(), g.objects.begin(), g.objects.end()); });
    return out;
  }

  static size_t cost(const Term& object, bool ordered) {
    return object.size_words() + (ordered ? 5 : 4);
  }
  void put(const Term& object) {
    const Term& key = key_of(object);
    Group* g = find(key);
    if (!g) g = &add(key);
    if (kind == Kind::set || kind == Kind::ordered_set) {
      if (!g->objects.empty()) {
        words -= cost(g->objects[0], ordered());
        --size;
      }
      g->objects.assign(1, object);
    } else {
      if (kind == Kind::bag)
        for (const Term& o : g->objects)
          if (o == object) return;
      g->objects.push_back(object);
    }
    ++size;
    words += cost(object, ordered());
    resize_slots();
  }
  // remove the objects of `key` for which drop(object) is true
  template <typename F>
  size_t remove_if(const Term& key, F&& drop) {
    Group* g = find(key);
    if (!g) return 0;
    size_t n = 0;
    std::vector<Term> kept;
    for (Term& o : g->objects) {
      if (drop(o)) {
        ++n;
        words -= cost(o, ordered());
      } else {
        kept.push_back(std::move(o));
      }
    }
    size -= n;
    if (kept.empty())
      erase(key);
    else
      g->objects = std::move(kept);
    resize_slots();
    return n;
  }
  void clear() {
    by_seq.clear();
    index.clear();
    sorted.clear();
    slots = Slots{};
    size = words = 0;
  }
  size_t memory() const {
    size_t base = ordered() ? 139 : 305;
    if (read_concurrency) base += 32;
    if (write_concurrency) base += 3072;
    return base + words;
  }
};

struct Ets {
  std::map<uint64_t, std::unique_ptr<Table>> tables;  // by ref, oldest first
  std::unordered_map<uint32_t, uint64_t> names;       // atom id -> ref
  bool hooked = false;

  void drop(Table& t) {
    if (t.named) names.erase(t.name.id());
    tables.erase(t.ref.number);
  }
};

Ets& ets(Ctx& c) { return c.runtime().extension<Ets>(); }

Term id_of(const Table& t) { return t.named ? Term(t.name) : Term(t.ref); }

// The :badarg the BEAM raises, with the :ets frame (and its error_info) on top.
[[noreturn]] void fail(std::string_view fun, std::initializer_list<Term> args,
                       const char* cause = nullptr) {
  std::vector<std::pair<Term, Term>> info = {
      {Term::atom("module"), Term::atom("erl_stdlib_errors")}};
  if (cause) info.emplace_back(Term::atom("cause"), Term::atom(cause));
  Term location = Term::list({Term::tuple({Term::atom("error_info"), Term::map(std::move(info))})});
  Term frame = Term::tuple({Term::atom(E), Term::atom(fun), Term::list(args), location});
  throw Raised{RaiseKind::error, Term(atoms::badarg), Term::list({frame})};
}

enum class Access { read, write };

Table& table(Ctx& c, const Term& id, Access access, std::string_view fun,
             std::initializer_list<Term> args) {
  Ets& e = ets(c);
  Table* t = nullptr;
  if (id.is_atom()) {
    auto it = e.names.find(id.atom_value().id());
    if (it != e.names.end()) t = e.tables.at(it->second).get();
  } else if (id.is_ref()) {
    auto it = e.tables.find(id.ref().number);
    if (it != e.tables.end()) t = it->second.get();
  }
  if (!t) fail(fun, args, "id");
  if (t->owner != c.self()) {
    if (t->protection == Atom("private") ||
        (access == Access::write && t->protection != Atom("public")))
      fail(fun, args, "access");
  }
  return *t;
}

void end_of(Runtime& rt, Pid pid) {
  Ets& e = rt.extension<Ets>();
  std::vector<Table*> owned;
  for (auto& [r, t] : e.tables)
    if (t->owner == pid) owned.push_back(t.get());
  for (Table* t : owned) {
    if (t->heir.is_tuple(2) && t->heir[0].is_pid() && t->heir[0].pid() != pid) {
      if (Process* heir = rt.lookup(t->heir[0].pid())) {
        t->owner = heir->pid;
        Term data = t->heir[1];
        t->heir = Term(Atom("none"));
        rt.deliver(pid, heir,
                   Term::tuple({Term::atom("ETS-TRANSFER"), id_of(*t), Term(pid), data}));
        continue;
      }
    }
    e.drop(*t);
  }
}

// ---- new/2

Term new2(Ctx& c, Term* a) {
  if (!a[0].is_atom()) fail("new", {a[0], a[1]});
  auto t = std::make_unique<Table>();
  t->name = a[0].atom_value();
  bool ok = a[1].is_list();
  const Term* o = &a[1];
  for (; ok && o->is_cons(); o = &o->tail()) {
    const Term& x = o->head();
    if (x.is_atom(Atom("set")))
      t->kind = Kind::set;
    else if (x.is_atom(Atom("ordered_set")))
      t->kind = Kind::ordered_set;
    else if (x.is_atom(Atom("bag")))
      t->kind = Kind::bag;
    else if (x.is_atom(Atom("duplicate_bag")))
      t->kind = Kind::duplicate_bag;
    else if (x.is_atom(Atom("public")) || x.is_atom(Atom("protected")) ||
             x.is_atom(Atom("private")))
      t->protection = x.atom_value();
    else if (x.is_atom(Atom("named_table")))
      t->named = true;
    else if (x.is_atom(Atom("compressed")))
      t->compressed = true;
    else if (x.is_tuple(2) && x[0].is_atom(Atom("keypos")) && x[1].is_small_int() &&
             x[1].small_int() >= 1)
      t->keypos = static_cast<size_t>(x[1].small_int());
    else if (x.is_tuple(2) && x[0].is_atom(Atom("read_concurrency")) && x[1].is_boolean())
      t->read_concurrency = x[1].is_atom(atoms::true_);
    else if (x.is_tuple(2) && x[0].is_atom(Atom("write_concurrency")) &&
             (x[1].is_boolean() || x[1].is_atom(Atom("auto"))))
      t->write_concurrency = !x[1].is_atom(atoms::false_);
    else if (x.is_tuple(2) && x[0].is_atom(Atom("decentralized_counters")) && x[1].is_boolean())
      t->decentralized_counters = x[1].is_atom(atoms::true_);
    else if (x.is_tuple(2) && x[0].is_atom(Atom("heir")) && x[1].is_atom(Atom("none")))
      t->heir = Term(Atom("none"));
    else if (x.is_tuple(3) && x[0].is_atom(Atom("heir")) && x[1].is_pid())
      t->heir = Term::tuple({x[1], x[2]});
    else
      ok = false;
  }
  if (!ok || !o->is_nil()) fail("new", {a[0], a[1]});
  Ets& e = ets(c);
  if (t->named && e.names.count(t->name.id())) fail("new", {a[0], a[1]}, "already_exists");
  if (!e.hooked) {
    e.hooked = true;
    Runtime* rt = &c.runtime();
    rt->on_process_end([rt](Pid pid) { end_of(*rt, pid); });
  }
  t->owner = c.self();
  t->ref = c.runtime().make_ref();
  Term id = id_of(*t);
  if (t->named) e.names[t->name.id()] = t->ref.number;
  e.tables.emplace(t->ref.number, std::move(t));
  return id;
}

// ---- writing

// the objects insert/2 is given, or empty when the argument is not a tuple or list of them
bool objects_of(const Table& t, const Term& arg, std::vector<Term>& out) {
  auto fits = [&](const Term& o) { return o.is_tuple() && o.tuple_size() >= t.keypos; };
  if (arg.is_tuple()) {
    if (!fits(arg)) return false;
    out.push_back(arg);
    return true;
  }
  const Term* c = &arg;
  for (; c->is_cons(); c = &c->tail()) {
    if (!fits(c->head())) return false;
    out.push_back(c->head());
  }
  return c->is_nil();
}

Term insert(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "insert", {a[0], a[1]});
  std::vector<Term> objects;
  if (!objects_of(t, a[1], objects)) fail("insert", {a[0], a[1]});
  // a bag takes a list's objects last first (the BEAM's order: [{k, 1}, {k, 2}] -> 2, 1)
  if (t.kind == Kind::bag) std::reverse(objects.begin(), objects.end());
  charge(c, objects.size());
  for (const Term& o : objects) t.put(o);
  return Term(atoms::true_);
}

Term insert_new(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "insert_new", {a[0], a[1]});
  std::vector<Term> objects;
  if (!objects_of(t, a[1], objects)) fail("insert_new", {a[0], a[1]});
  if (t.kind == Kind::bag) std::reverse(objects.begin(), objects.end());
  for (const Term& o : objects)
    if (t.find(t.key_of(o))) return Term(atoms::false_);
  for (const Term& o : objects) t.put(o);
  return Term(atoms::true_);
}

Term delete1(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "delete", {a[0]});
  ets(c).drop(t);
  return Term(atoms::true_);
}

Term delete2(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "delete", {a[0], a[1]});
  t.remove_if(a[1], [](const Term&) { return true; });
  return Term(atoms::true_);
}

Term delete_object(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "delete_object", {a[0], a[1]});
  if (!a[1].is_tuple() || a[1].tuple_size() < t.keypos) fail("delete_object", {a[0], a[1]});
  t.remove_if(t.key_of(a[1]), [&](const Term& o) { return o == a[1]; });
  return Term(atoms::true_);
}

Term delete_all_objects(Ctx& c, Term* a) {
  table(c, a[0], Access::write, "delete_all_objects", {a[0]}).clear();
  return Term(atoms::true_);
}

Term take(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "take", {a[0], a[1]});
  Group* g = t.find(a[1]);
  if (!g) return Term();
  Term out = Term::list(g->objects);
  t.remove_if(a[1], [](const Term&) { return true; });
  return out;
}

// ---- reading

Term lookup(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::read, "lookup", {a[0], a[1]});
  Group* g = t.find(a[1]);
  return g ? Term::list(g->objects) : Term();
}

Term lookup_element(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::read, "lookup_element", {a[0], a[1], a[2]});
  if (!a[2].is_small_int() || a[2].small_int() < 1) fail("lookup_element", {a[0], a[1], a[2]});
  Group* g = t.find(a[1]);
  if (!g) fail("lookup_element", {a[0], a[1], a[2]}, "badkey");
  size_t pos = static_cast<size_t>(a[2].small_int());
  std::vector<Term> out;
  for (const Term& o : g->objects) {
    if (pos > o.tuple_size()) fail("lookup_element", {a[0], a[1], a[2]});
    out.push_back(o[pos - 1]);
  }
  if (t.kind == Kind::set || t.kind == Kind::ordered_set) return out[0];
  return Term::list(out);
}

Term member(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::read, "member", {a[0], a[1]});
  return Term::boolean(t.find(a[1]) != nullptr);
}

Term tab2list(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::read, "tab2list", {a[0]});
  charge(c, t.size);
  return Term::list(t.objects());
}

// :taskplay.ets_fold_list(tab, :foldl | :foldr): the objects in the order :ets.foldl/3 and
// foldr/3 hand them to the fun (ets.erl walks first/next, or last/prev, and lookup/2's
// list of each key, which foldr takes last first)
Term fold_list(Ctx& c, Term* a) {
  bool foldr = a[1].is_atom(Atom("foldr"));
  Table& t = table(c, a[0], Access::read, foldr ? "foldr" : "foldl", {a[0]});
  charge(c, t.size);
  std::vector<std::vector<Term>> groups;
  t.each([&](Group& g) { groups.push_back(g.objects); });
  if (!t.ordered() || foldr) std::reverse(groups.begin(), groups.end());
  std::vector<Term> out;
  out.reserve(t.size);
  for (auto& objects : groups) {
    if (foldr) std::reverse(objects.begin(), objects.end());
    out.insert(out.end(), objects.begin(), objects.end());
  }
  return Term::list(out);
}

Term first(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::read, "first", {a[0]});
  auto keys = t.keys();
  return keys.empty() ? Term::atom("$end_of_table") : keys.front();
}

// (a set's or bag's last key is its first, as the BEAM has it)
Term last(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::read, "last", {a[0]});
  auto keys = t.keys();
  if (keys.empty()) return Term::atom("$end_of_table");
  return t.ordered() ? keys.back() : keys.front();
}

Term step(Ctx& c, Term* a, std::string_view fun, bool forward) {
  Table& t = table(c, a[0], Access::read, fun, {a[0], a[1]});
  auto keys = t.keys();
  if (!forward && t.ordered()) std::reverse(keys.begin(), keys.end());  // a set's prev is next
  if (t.ordered()) {
    for (const Term& k : keys)
      if (forward ? compare(k, a[1]) > 0 : compare(k, a[1]) < 0) return k;
    return Term::atom("$end_of_table");
  }
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == a[1]) return i + 1 < keys.size() ? keys[i + 1] : Term::atom("$end_of_table");
  fail(fun, {a[0], a[1]}, "badkey");
}
Term next(Ctx& c, Term* a) { return step(c, a, "next", true); }
Term prev(Ctx& c, Term* a) { return step(c, a, "prev", false); }

// ---- match and select

// the objects whose key a pattern fixes, or all of them
std::vector<Term> candidates(Table& t, const Term& pattern) {
  if (pattern.is_tuple() && pattern.tuple_size() >= t.keypos) {
    // a plain key (no :_ or :"$N" can hide in it) names one group
    const Term& k = pattern[t.keypos - 1];
    std::vector<std::optional<Term>> probe;
    bool plain = !k.is_tuple() && !k.is_cons() && !k.is_map() && !k.is_atom(Atom("_")) &&
                 match_pattern(k, k, probe) && probe.empty();
    if (plain) {
      Group* g = t.find(k);
      return g ? g->objects : std::vector<Term>{};
    }
  }
  return t.objects();
}

MatchSpec spec_arg(Ctx&, const Term& spec, std::string_view fun, const Term& tab) {
  auto ms = MatchSpec::compile(spec);
  if (!ms) fail(fun, {tab, spec});
  return *ms;
}

// The one walk of the table under a match specification: each object it selects with the
// specification's result, in the table's order; charged one reduction per object.
struct Hit {
  Term object;
  Term result;
};
std::vector<Hit> walk(Ctx& c, Table& t, const MatchSpec& ms) {
  std::vector<Hit> hits;
  Term self(c.self());
  auto objects = t.objects();
  charge(c, objects.size());
  for (Term& o : objects)
    if (auto r = ms.run(o, self)) hits.push_back({std::move(o), std::move(*r)});
  return hits;
}

Term select_in(Ctx& c, Term* a, std::string_view fun, bool reverse) {
  Table& t = table(c, a[0], Access::read, fun, {a[0], a[1]});
  MatchSpec ms = spec_arg(c, a[1], fun, a[0]);
  std::vector<Term> out;
  for (Hit& h : walk(c, t, ms)) out.push_back(std::move(h.result));
  if (reverse && t.ordered()) std::reverse(out.begin(), out.end());
  return Term::list(out);
}
Term select(Ctx& c, Term* a) { return select_in(c, a, "select", false); }
// (the BEAM walks an ordered_set backwards; a set or bag's select_reverse is its select)
Term select_reverse(Ctx& c, Term* a) { return select_in(c, a, "select_reverse", true); }

Term select_count(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::read, "select_count", {a[0], a[1]});
  MatchSpec ms = spec_arg(c, a[1], "select_count", a[0]);
  int64_t n = 0;
  for (const Hit& h : walk(c, t, ms))
    if (h.result.is_atom(atoms::true_)) ++n;
  return Term::integer(n);
}

Term select_delete(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "select_delete", {a[0], a[1]});
  MatchSpec ms = spec_arg(c, a[1], "select_delete", a[0]);
  int64_t n = 0;
  for (const Hit& h : walk(c, t, ms)) {
    if (!h.result.is_atom(atoms::true_)) continue;
    bool once = false;  // one copy of a duplicate_bag's object per match
    n += static_cast<int64_t>(t.remove_if(t.key_of(h.object), [&](const Term& x) {
      if (once || x != h.object) return false;
      once = true;
      return true;
    }));
  }
  return Term::integer(n);
}

// select_replace/2: each selected object becomes the specification's result, which must
// keep its key (else :badarg, before anything is replaced); not for bags (as OTP 25)
Term select_replace(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "select_replace", {a[0], a[1]});
  MatchSpec ms = spec_arg(c, a[1], "select_replace", a[0]);
  if (t.kind == Kind::bag || t.kind == Kind::duplicate_bag)
    fail("select_replace", {a[0], a[1]}, "table_kind");
  auto hits = walk(c, t, ms);
  for (const Hit& h : hits)
    if (!h.result.is_tuple() || h.result.tuple_size() < t.keypos ||
        compare(t.key_of(h.result), t.key_of(h.object)) != 0 ||
        (!t.ordered() && t.key_of(h.result) != t.key_of(h.object)))
      fail("select_replace", {a[0], a[1]});
  for (const Hit& h : hits) t.put(h.result);
  return Term::integer(static_cast<int64_t>(hits.size()));
}

Term match_with(Ctx& c, Term* a, std::string_view fun, bool whole) {
  Table& t = table(c, a[0], Access::read, fun, {a[0], a[1]});
  MatchSpec ms = MatchSpec::of_pattern(a[1], whole);
  std::vector<Term> out;
  Term self(c.self());
  auto objects = candidates(t, a[1]);
  charge(c, objects.size());
  for (const Term& o : objects)
    if (auto r = ms.run(o, self)) out.push_back(std::move(*r));
  return Term::list(out);
}
Term match(Ctx& c, Term* a) { return match_with(c, a, "match", false); }
Term match_object(Ctx& c, Term* a) { return match_with(c, a, "match_object", true); }

Term match_delete(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "match_delete", {a[0], a[1]});
  auto objects = candidates(t, a[1]);
  charge(c, objects.size());
  for (const Term& o : objects) {
    std::vector<std::optional<Term>> binds;
    if (match_pattern(a[1], o, binds))
      t.remove_if(t.key_of(o), [&](const Term& x) { return x == o; });
  }
  return Term(atoms::true_);
}

// ---- counters and elements

// one {pos, incr} / {pos, incr, threshold, setvalue} / incr applied to `object`
Term counter_op(const Table& t, Term& object, const Term& op, bool& bad_position, bool& bad_value) {
  Term pos = Term::integer(static_cast<int64_t>(t.keypos == 1 ? 2 : 1)), incr = op;
  Term threshold, setvalue;
  bool has_threshold = false;
  if (op.is_tuple(2)) {
    pos = op[0];
    incr = op[1];
  } else if (op.is_tuple(4)) {
    pos = op[0];
    incr = op[1];
    threshold = op[2];
    setvalue = op[3];
    has_threshold = true;
  }
  if (!pos.is_small_int() || pos.small_int() < 1 ||
      static_cast<size_t>(pos.small_int()) > object.tuple_size() ||
      static_cast<size_t>(pos.small_int()) == t.keypos) {
    bad_position = true;
    return Term();
  }
  size_t i = static_cast<size_t>(pos.small_int()) - 1;
  if (!object[i].is_integer() || !incr.is_integer()) {
    bad_value = true;
    return Term();
  }
  Term value = number::add(object[i], incr);
  if (has_threshold) {
    bool over = number::compare(incr, Term::integer(0)) >= 0
                    ? number::compare(value, threshold) > 0
                    : number::compare(value, threshold) < 0;
    if (over) value = setvalue;
  }
  std::vector<Term> items(object.tuple_items().begin(), object.tuple_items().end());
  items[i] = value;
  object = Term::tuple(items);
  return value;
}

Term update_counter(Ctx& c, std::span<const Term> a) {
  auto fail_with = [&](const char* cause) -> void {
    if (a.size() == 3)
      fail("update_counter", {a[0], a[1], a[2]}, cause);
    else
      fail("update_counter", {a[0], a[1], a[2], a[3]}, cause);
  };
  Table* tp = nullptr;
  if (a.size() == 3)
    tp = &table(c, a[0], Access::write, "update_counter", {a[0], a[1], a[2]});
  else
    tp = &table(c, a[0], Access::write, "update_counter", {a[0], a[1], a[2], a[3]});
  Table& t = *tp;
  if (t.kind == Kind::bag || t.kind == Kind::duplicate_bag) fail_with("table_type");
  Group* g = t.find(a[1]);
  Term object;
  if (g) {
    object = g->objects[0];
  } else {
    if (a.size() == 3) fail_with("badkey");
    object = a[3];
    if (!object.is_tuple() || object.tuple_size() < t.keypos) fail_with(nullptr);
    std::vector<Term> items(object.tuple_items().begin(), object.tuple_items().end());
    items[t.keypos - 1] = a[1];
    object = Term::tuple(items);
  }
  bool bad_position = false, bad_value = false;
  Term result;
  if (a[2].is_list()) {
    std::vector<Term> results;
    for (const Term& op : a[2].list_items()) {
      results.push_back(counter_op(t, object, op, bad_position, bad_value));
      if (bad_position || bad_value) break;
    }
    result = Term::list(results);
  } else {
    result = counter_op(t, object, a[2], bad_position, bad_value);
  }
  if (bad_position) fail_with("position");
  if (bad_value) fail_with("value");
  t.put(object);
  return result;
}
Term update_counter3(Ctx& c, Term* a) { return update_counter(c, std::span<const Term>(a, 3)); }
Term update_counter4(Ctx& c, Term* a) { return update_counter(c, std::span<const Term>(a, 4)); }

Term update_element(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "update_element", {a[0], a[1], a[2]});
  if (t.kind == Kind::bag || t.kind == Kind::duplicate_bag)
    fail("update_element", {a[0], a[1], a[2]}, "table_type");
  std::vector<Term> ops;
  if (a[2].is_tuple(2))
    ops.push_back(a[2]);
  else if (a[2].is_list())
    ops = a[2].list_items();
  else
    fail("update_element", {a[0], a[1], a[2]});
  Group* g = t.find(a[1]);
  if (!g) return Term(atoms::false_);
  std::vector<Term> items(g->objects[0].tuple_items().begin(), g->objects[0].tuple_items().end());
  for (const Term& op : ops) {
    if (!op.is_tuple(2) || !op[0].is_small_int() || op[0].small_int() < 1 ||
        static_cast<size_t>(op[0].small_int()) > items.size())
      fail("update_element", {a[0], a[1], a[2]}, "position");
    if (static_cast<size_t>(op[0].small_int()) == t.keypos)
      fail("update_element", {a[0], a[1], a[2]}, "keypos");
    items[static_cast<size_t>(op[0].small_int()) - 1] = op[1];
  }
  t.put(Term::tuple(items));
  return Term(atoms::true_);
}

// ---- the tables

Term kind_atom(Kind k) {
  switch (k) {
    case Kind::set:
      return Term::atom("set");
    case Kind::ordered_set:
      return Term::atom("ordered_set");
    case Kind::bag:
      return Term::atom("bag");
    default:
      return Term::atom("duplicate_bag");
  }
}

// info/2's items, in the order info/1 lists them
std::optional<Term> info_item(const Table& t, std::string_view item) {
  if (item == "id") return Term(t.ref);
  if (item == "decentralized_counters") return Term::boolean(t.decentralized_counters);
  if (item == "read_concurrency") return Term::boolean(t.read_concurrency);
  if (item == "write_concurrency") return Term::boolean(t.write_concurrency);
  if (item == "compressed") return Term::boolean(t.compressed);
  if (item == "memory") return Term::integer(static_cast<int64_t>(t.memory()));
  if (item == "owner") return Term(t.owner);
  if (item == "heir") return t.heir.is_tuple(2) ? t.heir[0] : t.heir;
  if (item == "name") return Term(t.name);
  if (item == "size") return Term::integer(static_cast<int64_t>(t.size));
  if (item == "node") return Term(atoms::nonode);
  if (item == "named_table") return Term::boolean(t.named);
  if (item == "type") return kind_atom(t.kind);
  if (item == "keypos") return Term::integer(static_cast<int64_t>(t.keypos));
  if (item == "protection") return Term(t.protection);
  return std::nullopt;
}

Table* find_table(Ctx& c, const Term& id) {
  Ets& e = ets(c);
  if (id.is_atom()) {
    auto it = e.names.find(id.atom_value().id());
    return it == e.names.end() ? nullptr : e.tables.at(it->second).get();
  }
  if (id.is_ref()) {
    auto it = e.tables.find(id.ref().number);
    return it == e.tables.end() ? nullptr : it->second.get();
  }
  return nullptr;
}

Term info1(Ctx& c, Term* a) {
  if (!a[0].is_atom() && !a[0].is_ref()) fail("info", {a[0]});
  Table* t = find_table(c, a[0]);
  if (!t) return Term::atom("undefined");
  std::vector<Term> items;
  for (const char* k : {"id", "decentralized_counters", "read_concurrency", "write_concurrency",
                        "compressed", "memory", "owner", "heir", "name", "size", "node",
                        "named_table", "type", "keypos", "protection"})
    items.push_back(Term::tuple({Term::atom(k), *info_item(*t, k)}));
  return Term::list(items);
}

Term info2(Ctx& c, Term* a) {
  if (!a[0].is_atom() && !a[0].is_ref()) fail("info", {a[0], a[1]});
  Table* t = find_table(c, a[0]);
  if (!t) return Term::atom("undefined");
  std::optional<Term> v;
  if (a[1].is_atom()) v = info_item(*t, a[1].atom_value().name());
  if (!v) fail("info", {a[0], a[1]});
  return *v;
}

Term all(Ctx& c, Term*) {
  std::vector<Term> out;
  for (auto& [r, t] : ets(c).tables) out.push_back(id_of(*t));
  std::reverse(out.begin(), out.end());
  return Term::list(out);
}

Term whereis(Ctx& c, Term* a) {
  if (!a[0].is_atom()) fail("whereis", {a[0]});
  Ets& e = ets(c);
  auto it = e.names.find(a[0].atom_value().id());
  return it == e.names.end() ? Term::atom("undefined") : Term(Ref{it->second});
}

Term rename(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "rename", {a[0], a[1]});
  if (!a[1].is_atom()) fail("rename", {a[0], a[1]});
  Ets& e = ets(c);
  if (t.named) {
    if (e.names.count(a[1].atom_value().id())) fail("rename", {a[0], a[1]}, "already_exists");
    e.names.erase(t.name.id());
    e.names[a[1].atom_value().id()] = t.ref.number;
  }
  t.name = a[1].atom_value();
  return a[1];
}

Term give_away(Ctx& c, Term* a) {
  Table& t = table(c, a[0], Access::write, "give_away", {a[0], a[1], a[2]});
  Process* to = a[1].is_pid() ? c.runtime().lookup(a[1].pid()) : nullptr;
  if (t.owner != c.self()) fail("give_away", {a[0], a[1], a[2]}, "not_owner");
  if (!to || to->pid == c.self()) fail("give_away", {a[0], a[1], a[2]});
  t.owner = to->pid;
  c.runtime().deliver(c.self(), to,
                      Term::tuple({Term::atom("ETS-TRANSFER"), id_of(t), Term(c.self()), a[2]}));
  return Term(atoms::true_);
}

constexpr Native kTable[] = {
    {E, "new", 2, new2, nullptr},
    {E, "insert", 2, insert, nullptr},
    {E, "insert_new", 2, insert_new, nullptr},
    {E, "delete", 1, delete1, nullptr},
    {E, "delete", 2, delete2, nullptr},
    {E, "delete_object", 2, delete_object, nullptr},
    {E, "delete_all_objects", 1, delete_all_objects, nullptr},
    {E, "take", 2, take, nullptr},
    {E, "lookup", 2, lookup, nullptr},
    {E, "lookup_element", 3, lookup_element, nullptr},
    {E, "member", 2, member, nullptr},
    {E, "tab2list", 1, tab2list, nullptr},
    {E, "first", 1, first, nullptr},
    {E, "last", 1, last, nullptr},
    {E, "next", 2, next, nullptr},
    {E, "prev", 2, prev, nullptr},
    {E, "select", 2, select, nullptr},
    {E, "select_count", 2, select_count, nullptr},
    {E, "select_delete", 2, select_delete, nullptr},
    {E, "select_reverse", 2, select_reverse, nullptr},
    {"taskplay", "ets_fold_list", 2, fold_list, nullptr},
    {E, "select_replace", 2, select_replace, nullptr},
    {E, "match", 2, match, nullptr},
    {E, "match_object", 2, match_object, nullptr},
    {E, "match_delete", 2, match_delete, nullptr},
    {E, "update_counter", 3, update_counter3, nullptr},
    {E, "update_counter", 4, update_counter4, nullptr},
    {E, "update_element", 3, update_element, nullptr},
    {E, "info", 1, info1, nullptr},
    {E, "info", 2, info2, nullptr},
    {E, "all", 0, all, nullptr},
    {E, "whereis", 1, whereis, nullptr},
    {E, "rename", 2, rename, nullptr},
    {E, "give_away", 3, give_away, nullptr},
};

const char* ordinal(size_t n) { return n == 1 ? "1st" : n == 2 ? "2nd" : n == 3 ? "3rd" : "4th"; }

}  // namespace

std::span<const Native> ets_natives() { return kTable; }

std::string ets_argument_errors(std::string_view fun, const Term& args, const Term& cause) {
  auto line = [](size_t n, std::string_view why) {
    return "  * " + std::string(ordinal(n)) + " argument: " + std::string(why) + "\n";
  };
  std::vector<Term> a = args.is_list() ? args.list_items() : std::vector<Term>{};
  std::string c = cause.is_atom() ? cause.atom_value().name() : "";
  if (c == "id") return line(1, "the table identifier does not refer to an existing ETS table");
  if (c == "access")
    return line(1, "the table identifier refers to an ETS table with insufficient access rights");
  if (c == "already_exists") return line(1, "table name already exists");
  if (c == "badkey") return line(2, "not a key that exists in the table");
  if (c == "table_type") return line(1, "the table type does not support this operation");
  if (c == "table_kind")  // (select_replace/2 on a bag: OTP 25's words differ from the above)
    return line(1,
                "the table identifier refers to an ETS table of a type not supported by this "
                "operation");
  if (c == "keypos") return line(3, "the position is the same as the key position");
  if (c == "not_owner") return line(1, "the current process is not the owner");
  if (c == "position") {
    if (fun == "update_counter")
      return line(3, "the position in the update operation is out of range");
    return line(3, "the position is out of range");
  }
  if (c == "value")
    return line(3, "the value in the given position, in the object, is not an integer");
  if (fun == "new") {
    if (!a.empty() && !a[0].is_atom()) return line(1, "not an atom");
    return line(2, "invalid options");
  }
  if ((fun == "insert" || fun == "insert_new") && a.size() == 2) {
    if (a[1].is_tuple(0)) return line(2, "is an empty tuple");
    if (a[1].is_list()) return line(2, "not a non-empty tuple or a list of non-empty tuples");
    return line(2, "not a tuple");
  }
  if (fun == "delete_object") return line(2, "not a tuple");
  if (fun == "lookup_element" && a.size() == 3) {
    if (a[2].is_small_int() && a[2].small_int() >= 1)
      return line(3, "position is greater than the size of the object");
    return line(3, "not a valid position");
  }
  if (fun == "select" || fun == "select_count" || fun == "select_delete" ||
      fun == "select_reverse" || fun == "select_replace")
    return line(2, "not a valid match specification");
  if (fun == "info" && a.size() == 2 && (a[0].is_atom() || a[0].is_ref()))
    return line(2, "not a valid info item");
  if (!a.empty() && !a[0].is_atom() && !a[0].is_ref())
    return line(1, "not an atom or a table identifier");
  return "";
}

}  // namespace taskplay::lang

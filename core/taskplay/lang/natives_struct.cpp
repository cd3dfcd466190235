// defstruct and defexception at run time: a module's body calls :taskplay.defstruct/4,
// which checks the fields as Kernel.Utils.defstruct/3 does, keeps the default struct
// (read back by the generated __struct__/0) and tells inspect the field order. Computed
// module attributes live in the same table (State::module_values).

#include <algorithm>
#include <deque>
#include <optional>
#include <unordered_map>

#include "taskplay/elixir_structs.hpp"
#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/lang/structs.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

std::unordered_map<uint32_t, StructShape>& shapes() {
  static std::unordered_map<uint32_t, StructShape> s;
  return s;
}

std::deque<std::pair<Term, std::string>>& noted() {
  static std::deque<std::pair<Term, std::string>> n;
  return n;
}

Term& value_slot(Ctx& c, const Term& module, const Term& key) {
  if (!module.is_atom() || !key.is_atom()) badarg();
  return state(c.runtime()).module_values[{module.atom_value().id(), key.atom_value().id()}];
}

const Atom kStruct("__struct__");
const Atom kEnforce("__enforce__");

// :taskplay.defstruct(module, fields, enforce_keys, exception?)
Term defstruct(Ctx& c, Term* a) {
  const Term& module = a[0];
  const Term* end = &a[1];
  while (end->is_cons()) end = &end->tail();
  if (!end->is_nil())
    raise_argument_error("struct fields definition must be list, got: " + inspect(a[1]));
  bool exception = a[3].is_atom(atoms::true_);
  std::vector<std::pair<Term, Term>> pairs;
  StructShape shape;
  shape.exception = exception;
  if (exception) pairs.emplace_back(Term(atoms::__exception__), Term(atoms::true_));
  for (const Term& f : a[1].list_items()) {
    Term key, value(atoms::nil);
    if (f.is_tuple(2) && f[0].is_atom()) {
      key = f[0];
      value = f[1];
    } else if (f.is_atom()) {
      key = f;
    } else {
      raise_argument_error("struct field names must be atoms, got: " + inspect(f));
    }
    auto same = [&](const std::pair<Term, Term>& p) { return p.first == key; };
    if (auto it = std::find_if(pairs.begin(), pairs.end(), same); it != pairs.end()) {
      it->second = value;  // a duplicate key: Elixir warns, the last one counts
      continue;
    }
    pairs.emplace_back(key, value);
    shape.fields.push_back(key.atom_value());
  }
  std::vector<Term> enforce;
  if (a[2].is_list())
    enforce = a[2].list_items();
  else
    enforce.push_back(a[2]);
  std::vector<Term> missing;
  for (const Term& k : enforce) {
    if (!k.is_atom())
      raise_argument_error("keys given to @enforce_keys must be atoms, got: " + inspect(k));
    if (std::find(shape.fields.begin(), shape.fields.end(), k.atom_value()) == shape.fields.end())
      missing.push_back(k);
    shape.enforce.push_back(k.atom_value());
  }
  if (!missing.empty()) {
    std::vector<Term> defined;
    for (auto& [k, v] : pairs)
      if (!k.is_atom(atoms::__exception__)) defined.push_back(Term::tuple({k, v}));
    raise_argument_error("@enforce_keys required keys (" + inspect(Term::list(missing)) +
                         ") that are not defined in defstruct: " + inspect(Term::list(defined)));
  }
  pairs.emplace_back(Term(atoms::__struct__), module);
  Term s = Term::map(std::move(pairs));
  value_slot(c, module, Term(kStruct)) = s;
  value_slot(c, module, Term(kEnforce)) = Term::list(enforce);
  define_struct_fields(module.atom_value(), shape.fields, exception);
  note_user_struct(module.atom_value(), std::move(shape));
  return s;
}

// The protocols each struct of the program derives (@derive [Size]): its implementation
// is the protocol's for Any, as Protocol.derive/3 makes it when Any has no __deriving__
struct Derived {
  std::vector<std::pair<Atom, Atom>> pairs;  // {struct module, protocol}
};

// :taskplay.derive(struct, derive): @derive's protocols for the struct just defined, and
// Inspect's only:, except: and optional: (Inspect alone changes nothing)
Term derive(Ctx& c, Term* a) {
  Atom module = a[0].struct_name();
  const StructShape* shape = user_struct(module);
  std::vector<Term> items = a[1].is_list() ? a[1].list_items() : std::vector<Term>{a[1]};
  for (const Term& d : items) {
    const Term& protocol = d.is_tuple(2) ? d[0] : d;
    if (protocol.is_atom() && !protocol.is_atom(Atom("Elixir.Inspect")))
      c.runtime().extension<Derived>().pairs.emplace_back(module, protocol.atom_value());
    if (!shape || !d.is_tuple(2) || !d[0].is_atom(Atom("Elixir.Inspect")) || !d[1].is_list())
      continue;
    // Elixir's Inspect.Any.__deriving__/3: each option names fields of the struct
    auto option = [&](const char* name) {
      std::vector<Atom> listed;
      const Term* list = keyword_get(d[1], Atom(name));
      if (list && list->is_list())
        for (const Term& x : list->list_items())
          if (x.is_atom()) listed.push_back(x.atom_value());
      std::vector<Term> unknown;
      for (Atom f : listed)
        if (std::find(shape->fields.begin(), shape->fields.end(), f) == shape->fields.end())
          unknown.push_back(Term(f));
      if (!unknown.empty())
        raise_argument_error("unknown fields " + inspect(Term::list(unknown)) + " in :" + name +
                             " when deriving the Inspect protocol for " + inspect(Term(module)));
      return list ? std::optional(listed) : std::nullopt;
    };
    auto only = option("only"), except = option("except"), optional = option("optional");
    auto in = [](const std::optional<std::vector<Atom>>& list, Atom f) {
      return list && std::find(list->begin(), list->end(), f) != list->end();
    };
    std::vector<Atom> shown;
    for (Atom f : shape->fields)
      if ((!only || in(only, f)) && !in(except, f)) shown.push_back(f);
    std::vector<std::pair<Atom, Term>> defaults;
    for (Atom f : optional.value_or(std::vector<Atom>{}))
      defaults.emplace_back(f, *a[0].map_get(Term(f)));
    bool derived = shown.size() < shape->fields.size();
    if (derived || !defaults.empty())
      derive_struct_inspect(module, derived, std::move(shown), std::move(defaults));
  }
  return a[0];
}

Term get_attr(Ctx& c, Term* a) {
  if (!a[0].is_atom() || !a[1].is_atom()) badarg();
  const auto& values = state(c.runtime()).module_values;
  auto it = values.find({a[0].atom_value().id(), a[1].atom_value().id()});
  return it == values.end() ? Term(atoms::nil) : it->second;
}

Term put_attr(Ctx& c, Term* a) {
  value_slot(c, a[0], a[1]) = a[2];
  return a[2];
}

// %Mod{term | ...}: term must be a %Mod{}
Term struct_check(Ctx&, Term* a) {
  if (a[0].is_map()) {
    const Term* s = a[0].map_get(Term(atoms::__struct__));
    if (s && *s == a[1]) return a[0];
  }
  raise(
      make_struct(Atom("Elixir.BadStructError"), {{Term(atoms::__exception__), Term(atoms::true_)},
                                                  {Term::atom("struct"), a[1]},
                                                  {Term::atom("term"), a[0]}}));
}

Term note_message(Ctx&, Term* a) {
  if (a[1].is_binary()) note_exception_message(a[0], std::string(a[1].binary()));
  return a[0];
}

constexpr std::string_view T = "taskplay";
// [SECTION] Elixir's protocols (Inspect, String.Chars, Enumerable, Collectable) implemented
// by the program for its structs: `defimpl Inspect, for: Point` is the module Inspect.Point.

// The program's implementation of `protocol` for the struct `module`, or nil.
Term impl_of(Ctx& c, Atom protocol, Atom module) {
  std::string_view name = module.name();
  if (name.rfind("Elixir.", 0) == 0) name.remove_prefix(7);
  Atom impl(protocol.name() + "." + std::string(name));
  if (function_exported(c.runtime(), impl, Atom("__impl__"), 1)) return Term(impl);
  return Term(atoms::nil);
}

// :taskplay.protocol_impl(protocol, struct_module)
Term protocol_impl(Ctx& c, Term* a) {
  if (!a[0].is_atom() || !a[1].is_atom()) badarg();
  return impl_of(c, a[0].atom_value(), a[1].atom_value());
}

// The type a protocol dispatches on: a struct's module, else Integer, Float, Atom,
// BitString, List, Map, Tuple, Function, PID, Port or Reference.
Atom protocol_type(const Term& t) {
  if (t.is_map() && t.struct_name() != atoms::nil) return t.struct_name();
  const char* name = t.is_integer()     ? "Elixir.Integer"
                     : t.is_float()     ? "Elixir.Float"
                     : t.is_atom()      ? "Elixir.Atom"
                     : t.is_bitstring() ? "Elixir.BitString"
                     : t.is_list()      ? "Elixir.List"
                     : t.is_map()       ? "Elixir.Map"
                     : t.is_tuple()     ? "Elixir.Tuple"
                     : t.is_fun()       ? "Elixir.Function"
                     : t.is_pid()       ? "Elixir.PID"
                     : t.is_ref()       ? "Elixir.Reference"
                                        : "Elixir.Any";
  return Atom(name);
}

// :taskplay.impl_for(protocol, data, builtin_types, fallback_to_any): Protocol.impl_for/1.
// The program's implementation for the data's type, else the protocol's own for that type
// (one of builtin_types), else Protocol.Any when there is one to fall back to, else nil.
Term impl_for(Ctx& c, Term* a) {
  if (!a[0].is_atom() || !a[2].is_list()) badarg();
  Atom protocol = a[0].atom_value(), type = protocol_type(a[1]);
  Term own = impl_of(c, protocol, type);
  if (!own.is_atom(atoms::nil)) return own;
  for (const auto& [module, derived] : c.runtime().extension<Derived>().pairs)
    if (module == type && derived == protocol) return impl_of(c, protocol, Atom("Elixir.Any"));
  auto named = [&](Atom t) {
    std::string_view n = t.name();
    if (n.rfind("Elixir.", 0) == 0) n.remove_prefix(7);
    return Term::atom(protocol.name() + "." + std::string(n));
  };
  const Atom any("Elixir.Any");
  for (const Term* b = &a[2]; b->is_cons(); b = &b->tail())
    if (b->head().is_atom(type)) return named(type);
  if (!a[3].is_atom(atoms::true_)) return Term(atoms::nil);
  for (const Term* b = &a[2]; b->is_cons(); b = &b->tail())
    if (b->head().is_atom(any)) return named(any);
  return impl_of(c, protocol, any);
}

// A Date, Time, NaiveDateTime or DateTime of a calendar other than Calendar.ISO: Inspect
// writes it with its calendar's functions (Calendar.__inspect__/2), inspect.cpp only ISO's.
bool other_calendar(const Term& t, Atom name) {
  static const Atom date("Elixir.Date"), time("Elixir.Time"), naive("Elixir.NaiveDateTime"),
      datetime("Elixir.DateTime"), iso("Elixir.Calendar.ISO");
  if (name != date && name != time && name != naive && name != datetime) return false;
  const Term* calendar = t.map_get(Term::atom("calendar"));
  return calendar && calendar->is_atom() && !calendar->is_atom(iso);
}

void collect_structs(Ctx& c, const Term& t, Atom protocol, std::vector<Term>& out) {
  if (t.is_map()) {
    Atom name = t.struct_name();
    if (name != atoms::nil && (!impl_of(c, protocol, name).is_atom(atoms::nil) ||
                               (protocol == Atom("Elixir.Inspect") && other_calendar(t, name)))) {
      out.push_back(t);
      return;
    }
    for (const auto& [k, v] : t.map_pairs()) {
      collect_structs(c, k, protocol, out);
      collect_structs(c, v, protocol, out);
    }
  } else if (t.is_tuple()) {
    for (size_t i = 0; i < t.tuple_size(); ++i) collect_structs(c, t[i], protocol, out);
  } else if (t.is_cons()) {
    const Term* cell = &t;
    for (; cell->is_cons(); cell = &cell->tail()) collect_structs(c, cell->head(), protocol, out);
    collect_structs(c, *cell, protocol, out);
  }
}

// :taskplay.custom_structs(term, protocol): the structs in the term (outermost first) that
// the program implements the protocol for (and, for Inspect, dates and times of other
// calendars); [] for most terms
Term custom_structs(Ctx& c, Term* a) {
  if (!a[1].is_atom()) badarg();
  std::vector<Term> out;
  collect_structs(c, a[0], a[1].atom_value(), out);
  return Term::list(out);
}

const Native kStructNatives[] = {
    {T, "derive", 2, derive, nullptr},
    {T, "protocol_impl", 2, protocol_impl, nullptr},
    {T, "impl_for", 4, impl_for, nullptr},
    {T, "custom_structs", 2, custom_structs, nullptr},
    {T, "defstruct", 4, defstruct, nullptr},
    {T, "get_attr", 2, get_attr, nullptr},
    {T, "put_attr", 3, put_attr, nullptr},
    {T, "struct_check", 2, struct_check, nullptr},
    {T, "note_message", 2, note_message, nullptr},
};

}  // namespace

const StructShape* user_struct(Atom module) {
  auto it = shapes().find(module.id());
  return it == shapes().end() ? nullptr : &it->second;
}

void note_user_struct(Atom module, StructShape shape) { shapes()[module.id()] = std::move(shape); }

const StructShape* known_struct(Atom module) {
  if (const StructShape* s = user_struct(module)) return s;
  static const std::unordered_map<uint32_t, StructShape> elixir = [] {
    std::unordered_map<uint32_t, StructShape> m;
    for (const ElixirStruct& e : elixir_structs()) {
      StructShape shape;
      for (const ElixirStructField& f : e.fields) shape.fields.emplace_back(f.name);
      shape.exception = e.exception;
      m[Atom(e.module).id()] = std::move(shape);
    }
    return m;
  }();
  auto it = elixir.find(module.id());
  return it == elixir.end() ? nullptr : &it->second;
}

void note_exception_message(const Term& exception, std::string message) {
  auto& n = noted();
  for (auto& [e, m] : n)
    if (e == exception) {
      m = std::move(message);
      return;
    }
  n.emplace_back(exception, std::move(message));
  if (n.size() > 64) n.pop_front();
}

const std::string* noted_exception_message(const Term& exception) {
  for (auto it = noted().rbegin(); it != noted().rend(); ++it)
    if (it->first == exception) return &it->second;
  return nullptr;
}

std::span<const Native> struct_natives() {
  // Logger's reports (core) show the messages the language computed, as Elixir's do
  set_exception_message_hook(&noted_exception_message);
  return kStructNatives;
}

}  // namespace taskplay::lang

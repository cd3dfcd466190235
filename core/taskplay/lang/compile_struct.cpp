// defstruct and defexception as Kernel defines them: the module gets __struct__/0,1 (and
// exception/1, message/1 for an exception), each giving way to the module's own; the
// defstruct statement runs in the module's body (:taskplay.defstruct/4 checks the fields
// as Kernel.Utils.defstruct/3 does). `%Mod{k: v}` of such a struct is expanded where it is
// compiled, as Elixir expands it: unknown keys and missing @enforce_keys are compile-time
// errors, the value is the default struct updated. `raise Mod, attrs` calls Mod.exception/1.
// Module attributes whose value is computed (`@x Enum.sum(1..3)`) are evaluated by the body
// and read back by the functions (State::module_values).

#include <algorithm>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/natives.hpp"

namespace taskplay::lang::detail {

namespace {

// an atom in generated source, whatever the aliases in scope
std::string quoted(Atom a) { return ":\"" + a.name() + "\""; }

NodeP literal(const Node& at, Term v) {
  NodeP n = make_node(NK::Literal, at.line, at.col);
  n->value = std::move(v);
  return n;
}

}  // namespace

// The fields defstruct's argument names, when they can be read from the source.
static bool shape_from_term(const Term& v, StructShape& out) {
  if (!v.is_list()) return false;
  for (const Term& f : v.list_items()) {
    if (f.is_atom())
      out.fields.push_back(f.atom_value());
    else if (f.is_tuple(2) && f[0].is_atom())
      out.fields.push_back(f[0].atom_value());
    else
      return false;
  }
  return true;
}

std::vector<NodeP> Compiler::struct_defs(const Node& def) {
  StructShape shape;
  Term v;
  const Node& arg = *def.kids[0];
  bool known = constant(arg, v) ? shape_from_term(v, shape) : false;
  if (!known && arg.kind == NK::List && !arg.has_tail) {
    known = true;
    for (const auto& k : arg.kids) {
      if (k->kind == NK::Literal && k->value.is_atom())
        shape.fields.push_back(k->value.atom_value());
      else if (k->kind == NK::Tuple && k->kids.size() == 2 && k->kids[0]->kind == NK::Literal &&
               k->kids[0]->value.is_atom())
        shape.fields.push_back(k->kids[0]->value.atom_value());
      else
        known = false;
    }
  }
  bool has_message =
      std::find(shape.fields.begin(), shape.fields.end(), Atom("message")) != shape.fields.end();
  std::vector<NodeP> out;
  out.push_back(
      tmpl("def __struct__(), do: :taskplay.get_attr(__MODULE__, :__struct__)", {}, def.line));
  out.push_back(
      tmpl("def __struct__(kv), do: :taskplay_struct.build(__MODULE__, kv)", {}, def.line));
  if (def.name == "defexception") {
    if (has_message || !known)
      out.push_back(tmpl("def message(exception), do: exception.message", {}, def.line));
    out.push_back(tmpl("def exception(args), do: :taskplay_struct.exception(__MODULE__, args)", {},
                       def.line));
  }
  return out;
}

void Compiler::struct_body(const Node& def, uint16_t dst) {
  const Node& arg = *def.kids[0];
  StructShape shape;
  shape.exception = def.name == "defexception";
  Term v;
  if (constant(arg, v)) {
    shape.known_fields = shape_from_term(v, shape);
  } else if (arg.kind == NK::List && !arg.has_tail) {
    for (const auto& k : arg.kids) {
      if (k->kind == NK::Literal && k->value.is_atom())
        shape.fields.push_back(k->value.atom_value());
      else if (k->kind == NK::Tuple && k->kids.size() == 2 && k->kids[0]->kind == NK::Literal &&
               k->kids[0]->value.is_atom())
        shape.fields.push_back(k->kids[0]->value.atom_value());
      else
        shape.known_fields = false;
    }
  } else {
    shape.known_fields = false;
  }
  // @enforce_keys is taken by defstruct, as Elixir takes it
  NodeP enforce;
  if (auto it = mod_->attrs.find("enforce_keys"); it != mod_->attrs.end()) {
    enforce = literal(def, it->second);
    if (it->second.is_list())
      for (const Term& k : it->second.list_items())
        if (k.is_atom()) shape.enforce.push_back(k.atom_value());
    if (it->second.is_atom()) shape.enforce.push_back(it->second.atom_value());
  } else if (auto d = mod_->dyn_attrs.find("enforce_keys"); d != mod_->dyn_attrs.end()) {
    enforce = tmpl(":taskplay.get_attr(__MODULE__, " + quoted(Atom(d->second)) + ")", {}, def.line);
    shape.known_fields = false;
  } else {
    enforce = literal(def, Term());
  }
  // @derive {Inspect, only: [...]} (or except:) is taken by defstruct too
  NodeP derive;
  if (auto it = mod_->attrs.find("derive"); it != mod_->attrs.end())
    derive = literal(def, it->second);
  std::string src = std::string(":taskplay.defstruct(__MODULE__, __0__, __1__, ") +
                    (shape.exception ? "true" : "false") + ")";
  if (derive) src = ":taskplay.derive(" + src + ", __2__)";
  std::vector<const Node*> holes{&arg, enforce.get()};
  if (derive) holes.push_back(derive.get());
  NodeP call = tmpl(src, holes, def.line);
  if (derive) generated_.push_back(std::move(derive));
  const Node& c = *call;
  generated_.push_back(std::move(call));
  generated_.push_back(std::move(enforce));
  expr(c, dst);
  // read until here: `defstruct @enforce_keys` names its fields by it
  mod_->attrs.erase("enforce_keys");
  mod_->dyn_attrs.erase("enforce_keys");
  unit_structs_[mod_->name.id()] = std::move(shape);
}

void Compiler::computed_attribute(const Node& attr, uint16_t dst) {
  std::string key = attr.name + "#" + std::to_string(++mod_->dyn_count);
  NodeP t = tmpl(":taskplay.put_attr(__MODULE__, " + quoted(Atom(key)) + ", __0__)",
                 {attr.extra.get()}, attr.line);
  const Node& c = *t;
  generated_.push_back(std::move(t));
  expr(c, dst);
  mod_->attrs.erase(attr.name);
  mod_->dyn_attrs[attr.name] = key;
}

bool Compiler::computed_attribute_read(const Node& attr, uint16_t dst) {
  if (!mod_ || attr.extra) return false;
  auto it = mod_->dyn_attrs.find(attr.name);
  if (it == mod_->dyn_attrs.end()) return false;
  NodeP t = tmpl(":taskplay.get_attr(__MODULE__, " + quoted(Atom(it->second)) + ")", {}, attr.line);
  const Node& c = *t;
  generated_.push_back(std::move(t));
  expr(c, dst);
  return true;
}

bool Compiler::struct_literal(const Node& n, uint16_t dst) {
  Atom sm = alias_atom(n.name);
  const StructShape* shape = nullptr;
  bool here = false;
  if (auto it = unit_structs_.find(sm.id()); it != unit_structs_.end()) {
    shape = &it->second;
    here = true;
  } else {
    shape = known_struct(sm);
  }
  if (!shape) return false;
  std::string display = inspect_atom(sm);
  if (here && !mod_)
    throw CompileError("cannot access struct " + display +
                           ", the struct was not yet defined or the struct is being accessed in "
                           "the same context that defines it",
                       n.line ? n.line : line_, {},
                       "    expanding struct: " + display + ".__struct__/1\n");
  bool update = n.extra != nullptr;
  std::vector<Atom> given;
  for (const auto& kv : n.kids) {
    Term k;
    if (!constant(*kv->kids[0], k) || !k.is_atom()) continue;
    given.push_back(k.atom_value());
    if (shape->known_fields && k.atom_value() != atoms::__struct__ &&
        std::find(shape->fields.begin(), shape->fields.end(), k.atom_value()) ==
            shape->fields.end())
      expansion_error(n, "KeyError", "key " + inspect(k) + " not found",
                      "    expanding struct: " + display + ".__struct__/1\n");
  }
  if (!update && shape->known_fields) {
    std::vector<Term> missing;
    for (Atom e : shape->enforce)
      if (std::find(given.begin(), given.end(), e) == given.end()) missing.push_back(Term(e));
    if (!missing.empty())
      expansion_error(n, "ArgumentError",
                      "the following keys must also be given when building struct " + display +
                          ": " + inspect(Term::list(missing)),
                      "    expanding struct: " + display + ".__struct__/1\n");
  }
  uint16_t mark = f_->temp_top;
  auto cnt = static_cast<uint16_t>(n.kids.size());
  uint16_t base = temps(static_cast<uint16_t>(cnt * 2 + 1));
  line_ = n.line;
  if (update) {
    expr(*n.extra, base);
    uint16_t t = temps(2);
    emit(Op::Move, t, base);
    emit(Op::LoadK, static_cast<uint16_t>(t + 1), 0, 0, konst(Term(sm)));
    line_ = n.line;
    emit(Op::Bif, base, t, 2,
         static_cast<uint32_t>(find_native(Atom("taskplay"), Atom("struct_check"), 2)));
  } else {
    static_call(sm, atoms::__struct__, {}, false, base, false);
  }
  uint16_t p = static_cast<uint16_t>(base + 1);
  for (const auto& kv : n.kids) {
    expr(*kv->kids[0], p++);
    expr(*kv->kids[1], p++);
  }
  line_ = n.line;
  if (cnt)
    emit(Op::MapUpdate, dst, base, cnt);
  else
    emit(Op::Move, dst, base);
  free_to(mark);
  return true;
}

bool Compiler::raise_call(const Node& call, uint16_t dst, bool is_tail) {
  if (call.do_block || call.kids.empty() || call.kids.size() > 2) return false;
  const Node& what = *call.kids[0];
  NodeP t;
  if (what.kind == NK::Alias) {
    Atom m = alias_atom(what);
    const StructShape* s = nullptr;
    if (auto it = unit_structs_.find(m.id()); it != unit_structs_.end())
      s = &it->second;
    else
      s = known_struct(m);
    if (!s || !s->exception) return false;
    // Elixir's raise/1 marks its error (error_info), raise/2 is :erlang.error/1
    if (call.kids.size() == 1)
      t = tmpl("raise(:taskplay_struct.prepare(" + quoted(m) + ".exception([])))", {}, call.line);
    else
      t = tmpl(":erlang.error(:taskplay_struct.prepare(" + quoted(m) + ".exception(__0__)))",
               {call.kids[1].get()}, call.line);
  } else if (call.kids.size() == 1 && what.kind != NK::Literal && what.kind != NK::Interp &&
             !(what.kind == NK::Remote && what.name == "prepare")) {
    t = tmpl("raise(:taskplay_struct.prepare(__0__))", {&what}, call.line);
  } else {
    return false;
  }
  const Node& c = *t;
  generated_.push_back(std::move(t));
  if (is_tail)
    tail(c);
  else
    expr(c, dst);
  return true;
}

}  // namespace taskplay::lang::detail

#include "taskplay/lang/state.hpp"

#include <algorithm>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/lang/funs.hpp"
#include "taskplay/lang/library_units.hpp"
#include "taskplay/library.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

Entry& State::slot(uint32_t id) {
  if (id >= entries_.size()) entries_.resize(std::max<size_t>(id + 1, mfa_count()));
  return entries_[id];
}

void install_fun_origin();  // lang/fun_origin.cpp

void State::define_module(Runtime& rt, const ModuleDef& m) {
  for (const FunctionDef& f : m.functions) {
    uint32_t id = mfa_id(m.name, f.name, f.arity);
    Entry& e = slot(id);
    e.kind = Entry::Kind::code;
    e.proto = f.proto;
    e.is_private = f.is_private;
    e.sync = nullptr;
    e.async = nullptr;
    if (!f.is_private) rt.modules().define(m.name, f.name, f.arity, make_external_fun(id));
    if (f.arity > 0 && f.name.name().rfind("MACRO-", 0) == 0)  // a defmacro's function
      note_program_macro(m.name, Atom(f.name.name().substr(6)), f.arity - 1);
  }
  if (std::find(modules_.begin(), modules_.end(), m.name.id()) == modules_.end())
    modules_.push_back(m.name.id());
  if (!m.application.empty()) logger::set_application(m.name, m.application);
  if (m.documented)
    documented_[m.name.id()] = &m;
  else
    documented_.erase(m.name.id());
}

const ModuleDef* State::documented(Atom module) const {
  auto it = documented_.find(module.id());
  return it == documented_.end() ? nullptr : it->second;
}

bool State::module_defined(Atom module) const {
  return std::find(modules_.begin(), modules_.end(), module.id()) != modules_.end();
}

const Unit* State::adopt(std::unique_ptr<Unit> unit) {
  units_.push_back(std::move(unit));
  return units_.back().get();
}

State::Capture* State::input_capture(Pid from) {
  for (auto c = captures.rbegin(); c != captures.rend(); ++c) {
    if (c->on_stderr) continue;
    for (Pid p = from; p && runtime;) {  // from, its parent, theirs ...
      if (p == c->pid) return &*c;
      const Process* proc = runtime->find(p);
      p = proc ? proc->parent : Pid{};
    }
  }
  return nullptr;
}

void State::write(Pid from, std::string_view text, bool to_stderr) {
  if (runtime) runtime->touch(TouchKind::output, 0);  // lines printed: ordered (schedule.hpp)
  for (auto c = captures.rbegin(); c != captures.rend(); ++c) {
    if (c->on_stderr != to_stderr) continue;
    bool mine = to_stderr;
    for (Pid p = from; !mine && p && runtime;) {  // from, its parent, theirs ...
      if (p == c->pid) mine = true;
      const Process* proc = runtime->find(p);
      p = proc ? proc->parent : Pid{};
    }
    if (mine) {
      c->text += text;
      return;
    }
  }
  if (to_stderr && error_output) return error_output(from, text);
  if (output) return output(from, text);
  captured += text;
}

void State::install(Runtime& rt) {
  if (installed_) return;
  installed_ = true;
  runtime = &rt;
  // The library (Task, Supervisor, Agent, ...) first: where it defines a
  // function, its definition is the one everybody calls.
  install_library(rt);
  install_fun_origin();  // what a task's or an agent's "$initial_call" names (fun_origin.cpp)
  const auto& all = natives();
  // each native under its own name, then Kernel's BIFs under :erlang's (where it has none)
  std::vector<std::pair<size_t, Atom>> installs;
  for (size_t i = 0; i < all.size(); ++i) installs.emplace_back(i, Atom(all[i].module));
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].module == "Elixir.Kernel" && !erlang_bif_of(all[i].name).empty())
      installs.emplace_back(i, Atom("erlang"));
  for (const auto& install : installs) {
    const size_t i = install.first;  // a plain variable: clang 14 cannot capture a binding
    const Atom m = install.second;
    const Native& n = all[i];
    Atom f(m == Atom(n.module) ? n.name : erlang_bif_of(n.name));  // :erlang."=:=" for ===
    if (rt.modules().find(m, f, n.arity)) continue;
    Entry& e = slot(mfa_id(m, f, n.arity));
    e.kind = n.sync ? Entry::Kind::sync : Entry::Kind::async;
    e.sync = n.sync;
    e.async = n.async;
    rt.modules().define(m, f, n.arity,
                        make_fun(n.arity, [i](Ctx& c, std::vector<Term> a) -> Co<Term> {
                          const Native& nat = natives()[i];
                          if (nat.sync) co_return nat.sync(c, a.data());
                          co_return co_await nat.async(c, std::move(a));
                        }));
  }
  for (const Unit* u : library_units())
    for (const ModuleDef& m : u->modules) define_module(rt, m);
}

// Elixir 1.14's macros that taskplay defines as functions (natives or the prelude):
// Kernel.__info__(:macros) and Integer.__info__(:macros), where taskplay has them.
bool elixir_macro(Atom module, Atom function, uint32_t arity) {
  static const uint32_t kernel = Atom("Elixir.Kernel").id();
  static const uint32_t integer = Atom("Elixir.Integer").id();
  static constexpr std::string_view kKernel =  // Kernel.__info__(:macros), Elixir 1.14
      " !/1 &&/2 ../0 ../2 ..///3 <>/2 @/1 alias!/1 and/2 binding/0 binding/1 dbg/0 dbg/1 dbg/2"
      " def/1 def/2 defdelegate/2 defexception/1 defguard/1 defguardp/1 defimpl/2 defimpl/3"
      " defmacro/1 defmacro/2 defmacrop/1 defmacrop/2 defmodule/2 defoverridable/1 defp/1 defp/2"
      " defprotocol/2 defstruct/1 destructure/2 get_and_update_in/2 if/2 in/2 is_exception/1"
      " is_exception/2 is_nil/1 is_struct/1 is_struct/2 match?/2 or/2 pop_in/1 put_in/2 raise/1"
      " raise/2 reraise/2 reraise/3 sigil_C/2 sigil_D/2 sigil_N/2 sigil_R/2 sigil_S/2 sigil_T/2"
      " sigil_U/2 sigil_W/2 sigil_c/2 sigil_r/2 sigil_s/2 sigil_w/2 tap/2 then/2 to_char_list/1"
      " to_charlist/1 to_string/1 unless/2 update_in/2 use/1 use/2 var!/1 var!/2 |>/2 ||/2 ";
  if (module.id() == integer)
    return (function.name() == "is_even" || function.name() == "is_odd") && arity == 1;
  if (module.id() != kernel) return false;
  std::string key = " " + function.name() + "/" + std::to_string(arity) + " ";
  return kKernel.find(key) != std::string_view::npos;
}

bool function_exported(Runtime& rt, Atom module, Atom function, uint32_t arity) {
  if (elixir_macro(module, function, arity)) return false;
  const Entry* e = state(rt).entry(mfa_id(module, function, arity));
  if (e && e->kind != Entry::Kind::none) return !e->is_private;
  return rt.modules().find(module, function, arity) != nullptr;
}

State& state(Runtime& rt) {
  State& s = rt.extension<State>();
  if (!s.installed()) s.install(rt);
  return s;
}

}  // namespace taskplay::lang

#include "taskplay/proc_lib.hpp"

#include <unordered_map>
#include <vector>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/messages.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::proc_lib {

namespace {
const Atom kAck("ack"), kProcLib("proc_lib");
const Atom kAncestors("$ancestors"), kInitialCall("$initial_call");
const Atom kPriority("priority"), kLow("low"), kNormal("normal"), kHigh("high"), kMax("max");

bool is_ack_from(const Term& m, Pid pid) {
  return m.is_tuple(3) && m[0].is_atom(kAck) && m[1].is_pid() && m[1].pid() == pid;
}

// The priorities set by spawn_opt, per runtime; a process not in it runs at :normal. An
// entry of a dead process is dropped when looked at or when the table is swept (pids are
// never reused: a slot's serial changes).
struct Priorities {
  std::unordered_map<uint64_t, Atom> of;
  size_t swept_at = 64;
};

bool is_priority(const Term& t) {
  return t.is_atom(kLow) || t.is_atom(kNormal) || t.is_atom(kHigh) || t.is_atom(kMax);
}

void set_priority(Ctx& ctx, Atom level) {
  Runtime& rt = ctx.runtime();
  auto& table = rt.extension<Priorities>();
  if (level == kNormal) {
    table.of.erase(ctx.self().packed());
    return;
  }
  table.of[ctx.self().packed()] = level;
  if (table.of.size() >= table.swept_at) {
    for (auto it = table.of.begin(); it != table.of.end();)
      it = rt.find(Pid::unpack(it->first)) ? std::next(it) : table.of.erase(it);
    table.swept_at = 2 * table.of.size() + 64;
  }
}

Term bad_argument(const char* which, const char* why) {
  return argument_error(std::string("errors were found at the given arguments:\n\n  * ") + which +
                        " argument: " + why + "\n");
}

// The "$initial_call" of a pid (from its dictionary) or of a Process.info list; nil when none.
Term raw_initial_call(Ctx& ctx, const Term& of) {
  const Term* mfa = nullptr;
  Term found;
  if (of.is_pid()) {
    const Process* p = ctx.runtime().find(of.pid());
    if (!p || p->exit_pending || !p->extras) return Term(atoms::nil);
    mfa = p->extras->dictionary.get(Term(kInitialCall));
  } else if (of.is_list()) {
    // a Process.info/1 list: the "$initial_call" of its :dictionary item
    const Term* dict = keyword_get(of, Atom("dictionary"));
    if (dict && dict->is_list())
      for (const Term& kv : dict->list_items())
        if (kv.is_tuple(2) && kv[0].is_atom(kInitialCall)) {
          found = kv[1];
          mfa = &found;
          break;
        }
  }
  if (!mfa || !mfa->is_tuple(3)) return Term(atoms::nil);
  return *mfa;
}
}  // namespace

Co<Term> start(Ctx& ctx, Body body, bool link, Atom label, StartOptions options) {
  check_spawn_opt(options.spawn_opt);
  // (the child's first acts, in proc_lib's order: its ancestors, its initial call, then
  // what spawn_opt asks)
  Term ancestors = ancestors_of_child(ctx);
  Term initial_call = options.initial_call;
  Term spawn_opt = options.spawn_opt;
  Body child = [body = std::move(body), ancestors, initial_call, spawn_opt](Ctx& c) {
    put(c, Term(kAncestors), ancestors);
    if (!initial_call.is_atom(atoms::nil)) put(c, Term(kInitialCall), initial_call);
    if (const Term* level = keyword_get(spawn_opt, kPriority)) set_priority(c, level->atom_value());
    return body(c);
  };
  if (link) {
    Pid pid = ctx.spawn_link(std::move(child), label);
    auto m = co_await ctx.receive(
        [pid](const Term& msg) { return is_ack_from(msg, pid) || is_exit(msg, pid); });
    if (is_ack_from(*m, pid)) co_return (*m)[2];
    co_return Term::tuple({Term(atoms::error), (*m)[2]});
  }
  Pid pid = ctx.spawn(std::move(child), label);
  Ref ref = ctx.monitor(Term(pid));
  auto m = co_await ctx.receive(
      [pid, ref](const Term& msg) { return is_ack_from(msg, pid) || is_down(msg, ref); });
  ctx.demonitor(ref, true);
  if (is_ack_from(*m, pid)) co_return (*m)[2];
  co_return Term::tuple({Term(atoms::error), (*m)[4]});
}

void init_ack(Ctx& ctx, Term result) {
  Pid parent = ctx.process().parent;
  if (parent) ctx.send(parent, Term::tuple({Term(kAck), Term(ctx.self()), std::move(result)}));
}

Term ancestors_of_child(Ctx& ctx) {
  const Process& self = ctx.process();
  Term me = self.name != atoms::nil ? Term(self.name) : Term(ctx.self());
  const Term* mine = self.extras ? self.extras->dictionary.get(Term(kAncestors)) : nullptr;
  return Term::cons(std::move(me), mine && mine->is_list() ? *mine : Term());
}

namespace {
FunOrigin fun_origin = nullptr;
}

void set_fun_origin(FunOrigin origin) { fun_origin = origin; }

Term fun_initial_call(const Term& fun) {
  Term origin = fun_origin && fun.is_fun() ? fun_origin(fun) : Term(atoms::nil);
  if (!origin.is_tuple(2)) return Term(atoms::nil);
  return Term::tuple({origin[0], origin[1], Term::integer(0)});
}

Term callers_of_child(Ctx& ctx) {
  const Process& self = ctx.process();
  const Term* mine = self.extras ? self.extras->dictionary.get(Term::atom("$callers")) : nullptr;
  return Term::cons(Term(ctx.self()), mine && mine->is_list() ? *mine : Term());
}

std::optional<Term> put(Ctx& ctx, Term key, Term value) {
  // the dictionary lives on the process's heap, as on the BEAM
  int64_t words = static_cast<int64_t>(key.size_words() + value.size_words()) + 3;
  std::optional<Term> old = ctx.process().extra().dictionary.put(key, std::move(value));
  if (old) words -= static_cast<int64_t>(key.size_words() + old->size_words()) + 3;
  ctx.grow_heap(words);
  return old;
}

void check_spawn_opt(const Term& spawn_opt) {
  if (!spawn_opt.is_list()) raise(bad_argument("2nd", "not a list"));
  static const Atom known[] = {Atom("fullsweep_after"),    Atom("min_heap_size"),
                               Atom("min_bin_vheap_size"), Atom("max_heap_size"),
                               Atom("message_queue_data"), Atom("async_dist")};
  for (const Term& o : spawn_opt.list_items()) {
    bool ok = o.is_atom(Atom("link")) || o.is_atom(Atom("monitor"));
    if (o.is_tuple(2) && o[0].is_atom(kPriority)) ok = is_priority(o[1]);
    if (o.is_tuple(2) && o[0].is_atom(Atom("monitor"))) ok = o[1].is_list();
    for (Atom k : known) ok = ok || (o.is_tuple(2) && o[0].is_atom(k));
    if (!ok) raise(bad_argument("4th", "invalid spawn option"));
  }
}

Atom priority(const Runtime& rt, Pid pid) {
  // (the table is made on first use: a runtime that never set a priority has none)
  auto& table = const_cast<Runtime&>(rt).extension<Priorities>();
  auto it = table.of.find(pid.packed());
  return it == table.of.end() ? kNormal : it->second;
}

bool set_priority_flag(Ctx& ctx, const Term& level, Atom& old) {
  if (!is_priority(level)) return false;
  old = priority(ctx.runtime(), ctx.self());
  set_priority(ctx, level.atom_value());
  return true;
}

void install(Modules& m) {
  using Args = std::vector<Term>;
  auto def = [&](const char* name, uint32_t arity, auto f) {
    m.define(kProcLib, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  // {m, f, [:Argument__1, ...]} (as many dummy arguments as the arity), or false
  def("initial_call", 1, [](Ctx& c, Args a) -> Co<Term> {
    Term mfa = raw_initial_call(c, a[0]);
    if (mfa.is_atom(atoms::nil)) co_return Term(atoms::false_);
    std::vector<Term> args;
    int64_t n = mfa[2].is_small_int() ? mfa[2].small_int() : 0;
    for (int64_t i = 1; i <= n; ++i) args.push_back(Term::atom("Argument__" + std::to_string(i)));
    co_return Term::tuple({mfa[0], mfa[1], Term::list(args)});
  });
  // {m, f, arity}, or {:proc_lib, :init_p, 5} when the process has none
  def("translate_initial_call", 1, [](Ctx& c, Args a) -> Co<Term> {
    Term mfa = raw_initial_call(c, a[0]);
    if (mfa.is_atom(atoms::nil))
      co_return Term::tuple({Term(kProcLib), Term::atom("init_p"), Term::integer(5)});
    co_return mfa;
  });
}

}  // namespace taskplay::proc_lib

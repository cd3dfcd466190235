// The interpreter loop and calls. exec() is a plain function (its locals stay
// in machine registers); it returns to the coroutine Vm::run whenever it must
// suspend: a spent reduction budget, a receive, a coroutine native.

#include <typeinfo>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/funs.hpp"
#include "taskplay/lang/vm.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/number.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

[[noreturn]] void raise_error(Term value, Term stacktrace = Term()) {
  throw Raised{RaiseKind::error, std::move(value), std::move(stacktrace)};
}
Term op_entry(const char* op, std::initializer_list<Term> args) {
  return Term::tuple({Term::atom("erlang"), Term::atom(op), Term::list(args), Term()});
}
[[noreturn]] void badarith(const char* op, const Term& a, const Term& b) {
  raise_error(Term(atoms::badarith), Term::list({op_entry(op, {a, b})}));
}
inline Term add(const Term& a, const Term& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() && !__builtin_add_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  if (!a.is_number() || !b.is_number()) badarith("+", a, b);
  return number::add_slow(a, b);
}
inline Term sub(const Term& a, const Term& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() && !__builtin_sub_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  if (!a.is_number() || !b.is_number()) badarith("-", a, b);
  return number::sub_slow(a, b);
}
inline Term mul(const Term& a, const Term& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() && !__builtin_mul_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  if (!a.is_number() || !b.is_number()) badarith("*", a, b);
  return number::mul_slow(a, b);
}
Term fdiv(const Term& a, const Term& b) {
  if (!a.is_number() || !b.is_number() || number::is_zero(b)) badarith("/", a, b);
  return Term::floating(number::to_double(a) / number::to_double(b));
}
Term negate(const Term& a) {
  if (a.is_float()) return Term::floating(-a.float_value());
  if (!a.is_integer()) raise_error(Term(atoms::badarith), Term::list({op_entry("-", {a})}));
  return number::sub(Term::integer(0), a);
}
inline int cmp(const Term& a, const Term& b) {
  if (a.is_small_int() && b.is_small_int())
    return a.small_int() < b.small_int() ? -1 : (a.small_int() > b.small_int() ? 1 : 0);
  return compare(a, b);
}
Term concat(const Term& a, const Term& b) {
  if (!a.is_binary() || !b.is_binary()) {
    const Term& bad = a.is_binary() ? b : a;
    raise(argument_error("construction of binary failed: segment " +
                         std::string(a.is_binary() ? "2" : "1") +
                         " of type 'binary': expected a binary but got: " + inspect(bad)));
  }
  std::string s(a.binary());
  s += b.binary();
  return Term::string(s);
}
Term list_append(const Term& a, const Term& b) {
  std::vector<Term> items;
  const Term* c = &a;
  for (; c->is_cons(); c = &c->tail()) items.push_back(c->head());
  if (!c->is_nil()) raise_error(Term(atoms::badarg), Term::list({op_entry("++", {a, b})}));
  return Term::list(items, b);
}
Term list_subtract(const Term& a, const Term& b) {
  if (!a.is_list() || !b.is_list())
    raise_error(Term(atoms::badarg), Term::list({op_entry("--", {a, b})}));
  std::vector<Term> items = a.list_items();
  for (const Term* c = &b; c->is_cons(); c = &c->tail()) {
    for (auto it = items.begin(); it != items.end(); ++it)
      if (*it == c->head()) {
        items.erase(it);
        break;
      }
  }
  return Term::list(items);
}
Term module_binary() {
  // {:module, M, binary, _}: only its look matters (<<70, 79, 82, 49, ...>>, "FOR1")
  static const Term b = Term::string(std::string("FOR1\0\0\0\0BEAMAtU8", 16));
  return b;
}
Term string_chars(const Term& v) {
  std::string s;
  if (to_string_term(v, s)) return Term::string(s);
  raise(make_struct(Atom("Elixir.Protocol.UndefinedError"),
                    {{Term(atoms::__exception__), Term(atoms::true_)},
                     {Term::atom("protocol"), Term::atom("Elixir.String.Chars")},
                     {Term::atom("value"), v},
                     {Term::atom("description"), Term::string("")}}));
}
bool same_type_exception(const Term& e, const Term& mods) {
  if (!e.is_exception()) return false;
  if (mods.is_nil()) return true;
  for (const Term* c = &mods; c->is_cons(); c = &c->tail())
    if (c->head().is_atom(e.struct_name())) return true;
  return false;
}
RaiseKind kind_of(const Term& t) {
  if (t.is_atom(atoms::throw_)) return RaiseKind::throw_;
  if (t.is_atom(atoms::exit)) return RaiseKind::exit;
  return RaiseKind::error;
}

}  // namespace

// [SECTION] Calls -----------------------------------------------------------------------------

void Vm::enter(const Proto* q, uint32_t a, bool tail, const std::vector<Term>* captures) {
  uint32_t base;
  if (tail) {
    Frame& f = frames_.back();
    base = f.base;
    uint32_t n = q->arity;
    for (uint32_t i = 0; i < n; ++i) stack_[base + i] = std::move(stack_[base + a + i]);
    uint32_t old_end = base + f.proto->nregs;
    for (uint32_t i = base + n; i < old_end; ++i) stack_[i] = Term();
    f.proto = q;
    f.pc = 0;
  } else {
    base = frames_.back().base + a;
    frames_.push_back({q, 0, base});
  }
  top_ = base + q->nregs;
  ensure(top_ + 1);
  if (captures)
    for (size_t i = 0; i < captures->size(); ++i) stack_[base + q->capture_to[i]] = (*captures)[i];
  if (top_ > heap_hi_) report_heap();
}

bool Vm::leave(Term value) {
  Frame f = frames_.back();
  frames_.pop_back();
  for (uint32_t i = f.base + 1; i < f.base + f.proto->nregs; ++i) stack_[i] = Term();
  if (frames_.empty()) {
    stack_[f.base] = Term();
    result_ = std::move(value);
    return true;
  }
  stack_[f.base] = std::move(value);
  const Frame& c = frames_.back();
  top_ = c.base + c.proto->nregs;
  if (top_ < heap_lo_) report_heap();
  return false;
}

void Vm::suspend_on(Term fun, AsyncFn async, uint32_t a, uint32_t nargs, bool tail) {
  Term* regs = stack_.data() + frames_.back().base;
  pending_fun_ = std::move(fun);
  pending_async_ = async;
  pending_args_.assign(std::make_move_iterator(regs + a), std::make_move_iterator(regs + a + nargs));
  pending_dst_ = static_cast<uint16_t>(a);
  pending_tail_ = tail;
}

Vm::Call Vm::invoke(uint32_t id, uint32_t a, uint32_t nargs, bool local, bool tail) {
  const Entry* e = st_.entry(id);
  if (e) {
    switch (e->kind) {
      case Entry::Kind::code:
        if (e->is_private && !local) break;
        enter(e->proto, a, tail, nullptr);
        return Call::entered;
      case Entry::Kind::sync: {
        Term* regs = stack_.data() + frames_.back().base;
        Term r = e->sync(ctx_, regs + a);
        regs[a] = std::move(r);
        return Call::finished;
      }
      case Entry::Kind::async: suspend_on(Term(), e->async, a, nargs, tail); return Call::suspend;
      case Entry::Kind::none: break;
    }
  }
  const Mfa m = mfa_of(id);
  if (const Term* f = ctx_.runtime().modules().find(m.module, m.function, m.arity)) {
    suspend_on(*f, nullptr, a, nargs, tail);
    return Call::suspend;
  }
  Term* regs = stack_.data() + frames_.back().base;
  bool exists = st_.module_defined(m.module) || ctx_.runtime().modules().has_module(m.module);
  raise(undefined_function(m.module, m.function, m.arity, exists),
        Term::list({Term::tuple({Term(m.module), Term(m.function),
                                 Term::list(std::span<const Term>(regs + a, nargs)), Term()})}));
}

// The fun is in R[a + nargs], its arguments in R[a..a+nargs).
Vm::Call Vm::invoke_fun(uint32_t a, uint32_t nargs, bool tail) {
  Term* regs = stack_.data() + frames_.back().base;
  Term fun = std::move(regs[a + nargs]);
  if (!fun.is_fun()) raise_error(Term::tuple({Term::atom("badfun"), fun}));
  FunObj* fo = fun.fun_obj();
  if (fo->arity() != nargs)
    raise_error(Term::tuple({Term::atom("badarity"),
                             Term::tuple({fun, Term::list(std::span<const Term>(regs + a, nargs))})}));
  if (typeid(*fo) == typeid(Closure)) {
    auto* c = static_cast<Closure*>(fo);
    enter(c->proto(), a, tail, &c->captures());
    return Call::entered;
  }
  if (typeid(*fo) == typeid(ExternalFun)) {
    auto* x = static_cast<ExternalFun*>(fo);
    return invoke(x->mfa(), a, nargs, x->local(), tail);
  }
  suspend_on(std::move(fun), nullptr, a, nargs, tail);
  return Call::suspend;
}

// [SECTION] The loop ---------------------------------------------------------------------------------

Vm::Stop Vm::exec() {
  Frame* fr;
  const Proto* P;
  const Ins* code;
  const Ins* ip;
  const Term* K;
  Term* regs;
#define TP_RELOAD()                            \
  do {                                         \
    fr = &frames_.back();                      \
    P = fr->proto;                             \
    code = P->code.data();                     \
    ip = code + fr->pc;                        \
    K = P->consts.data();                      \
    regs = stack_.data() + fr->base;           \
  } while (0)
#define TP_SAVE() (fr->pc = static_cast<uint32_t>(ip - code))
  TP_RELOAD();
  int32_t& budget = ctx_.runtime().budget();
  const Process& proc = ctx_.process();
  try {
    for (;;) {
      const Ins& I = *ip++;
      switch (I.op) {
        case Op::Move: regs[I.a] = regs[I.b]; break;
        case Op::LoadK: regs[I.a] = K[I.t]; break;
        case Op::LoadInt: regs[I.a] = Term::integer(static_cast<int32_t>(I.t)); break;
        case Op::LoadNil: regs[I.a] = Term(atoms::nil); break;
        case Op::Jmp: ip = code + I.t; break;
        case Op::JmpFalsy:
          if (!regs[I.a].truthy()) ip = code + I.t;
          break;
        case Op::JmpTruthy:
          if (regs[I.a].truthy()) ip = code + I.t;
          break;
        case Op::JmpNotTrue:
          if (!regs[I.a].is_atom(atoms::true_)) ip = code + I.t;
          break;
        case Op::JmpNotBool:
          if (!regs[I.a].is_boolean()) raise_error(Term::tuple({Term::atom("badbool"), K[I.b], regs[I.a]}));
          break;
        case Op::Add: regs[I.a] = add(regs[I.b], regs[I.c]); break;
        case Op::Sub: regs[I.a] = sub(regs[I.b], regs[I.c]); break;
        case Op::Mul: regs[I.a] = mul(regs[I.b], regs[I.c]); break;
        case Op::Div: regs[I.a] = fdiv(regs[I.b], regs[I.c]); break;
        case Op::AddInt: regs[I.a] = add(regs[I.b], Term::integer(static_cast<int32_t>(I.t))); break;
        case Op::SubInt: regs[I.a] = sub(regs[I.b], Term::integer(static_cast<int32_t>(I.t))); break;
        case Op::Neg: regs[I.a] = negate(regs[I.b]); break;
        case Op::Eq: regs[I.a] = Term::boolean(cmp(regs[I.b], regs[I.c]) == 0); break;
        case Op::Ne: regs[I.a] = Term::boolean(cmp(regs[I.b], regs[I.c]) != 0); break;
        case Op::EqExact: regs[I.a] = Term::boolean(regs[I.b] == regs[I.c]); break;
        case Op::NeExact: regs[I.a] = Term::boolean(!(regs[I.b] == regs[I.c])); break;
        case Op::Lt: regs[I.a] = Term::boolean(cmp(regs[I.b], regs[I.c]) < 0); break;
        case Op::Le: regs[I.a] = Term::boolean(cmp(regs[I.b], regs[I.c]) <= 0); break;
        case Op::Gt: regs[I.a] = Term::boolean(cmp(regs[I.b], regs[I.c]) > 0); break;
        case Op::Ge: regs[I.a] = Term::boolean(cmp(regs[I.b], regs[I.c]) >= 0); break;
        case Op::Not:
          if (!regs[I.b].is_boolean())
            raise_error(Term(atoms::badarg), Term::list({op_entry("not", {regs[I.b]})}));
          regs[I.a] = Term::boolean(regs[I.b].is_atom(atoms::false_));
          break;
        case Op::Bang: regs[I.a] = Term::boolean(!regs[I.b].truthy()); break;
        case Op::Concat: regs[I.a] = concat(regs[I.b], regs[I.c]); break;
        case Op::ListAppend: regs[I.a] = list_append(regs[I.b], regs[I.c]); break;
        case Op::ListSub: regs[I.a] = list_subtract(regs[I.b], regs[I.c]); break;
        case Op::Tuple: regs[I.a] = Term::tuple(std::span<const Term>(regs + I.b, I.c)); break;
        case Op::List:
          regs[I.a] = Term::list(std::span<const Term>(regs + I.b, I.c),
                                 (I.x & 1) ? regs[I.b + I.c] : Term());
          break;
        case Op::Cons: regs[I.a] = Term::cons(regs[I.b], regs[I.c]); break;
        case Op::Map: {
          std::vector<std::pair<Term, Term>> pairs;
          pairs.reserve(I.c);
          for (uint16_t i = 0; i < I.c; ++i) pairs.emplace_back(regs[I.b + 2 * i], regs[I.b + 2 * i + 1]);
          regs[I.a] = Term::map(std::move(pairs));
          break;
        }
        case Op::MapUpdate: {
          Term m = regs[I.b];
          if (!m.is_map()) raise_error(Term::tuple({Term::atom("badmap"), m}));
          for (uint16_t i = 0; i < I.c; ++i) {
            const Term& k = regs[I.b + 1 + 2 * i];
            if (!m.map_get(k)) raise_error(Term::tuple({Term(atoms::badkey), k, m}));
            m = m.map_put(k, regs[I.b + 2 + 2 * i]);
          }
          regs[I.a] = std::move(m);
          break;
        }
        case Op::StrBuild: {
          std::string s;
          for (uint16_t i = 0; i < I.c; ++i) {
            const Term& part = regs[I.b + i];
            if (part.is_binary()) s += part.binary();
            else if (!to_string_term(part, s)) string_chars(part);
          }
          regs[I.a] = Term::string(s);
          break;
        }
        case Op::MakeFun: {
          const Proto* child = P->unit->protos[I.t].get();
          std::vector<Term> caps;
          caps.reserve(child->capture_from.size());
          for (uint16_t r : child->capture_from) caps.push_back(regs[r]);
          regs[I.a] = Term::fun(new Closure(child, std::move(caps)));
          break;
        }
        // ---- patterns
        case Op::TestInt: {
          const Term& v = regs[I.a];
          auto want = static_cast<int32_t>(static_cast<uint32_t>(I.b) | (static_cast<uint32_t>(I.c) << 16));
          if (!(v.is_small_int() && v.small_int() == want)) ip = code + I.t;
          break;
        }
        case Op::TestK:
          if (!(regs[I.a] == K[I.c])) ip = code + I.t;
          break;
        case Op::TestSame:
          if (!(regs[I.a] == regs[I.b])) ip = code + I.t;
          break;
        case Op::TestTuple:
          if (!regs[I.a].is_tuple(I.b)) ip = code + I.t;
          break;
        case Op::TestCons:
          if (!regs[I.a].is_cons()) ip = code + I.t;
          break;
        case Op::TestNil:
          if (!regs[I.a].is_nil()) ip = code + I.t;
          break;
        case Op::TestMap:
          if (!regs[I.a].is_map()) ip = code + I.t;
          break;
        case Op::TestPrefix: {
          const Term& v = regs[I.a];
          std::string_view prefix = K[I.c].binary();
          if (!v.is_binary() || v.binary().substr(0, prefix.size()) != prefix) {
            ip = code + I.t;
          } else {
            regs[I.b] = Term::string(v.binary().substr(prefix.size()));
          }
          break;
        }
        case Op::GetElem: regs[I.a] = regs[I.b][I.c]; break;
        case Op::GetHead: regs[I.a] = regs[I.b].head(); break;
        case Op::GetTail: regs[I.a] = regs[I.b].tail(); break;
        case Op::MapGet: {
          const Term* v = regs[I.b].map_get(regs[I.c]);
          if (!v) ip = code + I.t;
          else regs[I.a] = *v;
          break;
        }
        // ---- calls
        case Op::Call:
        case Op::TailCall: {
          if (--budget <= 0 || proc.exit_pending) {
            fr->pc = static_cast<uint32_t>(ip - 1 - code);
            return Stop::yield;
          }
          TP_SAVE();
          bool tail = I.op == Op::TailCall;
          Call c = invoke(I.t, I.a, I.b, I.x & 1, tail);
          if (c == Call::suspend) return Stop::call_native;
          if (c == Call::finished && tail) {
            Term v = std::move(stack_[frames_.back().base + I.a]);
            if (leave(std::move(v))) return Stop::done;
          }
          TP_RELOAD();
          break;
        }
        case Op::CallFun:
        case Op::TailCallFun: {
          if (--budget <= 0 || proc.exit_pending) {
            fr->pc = static_cast<uint32_t>(ip - 1 - code);
            return Stop::yield;
          }
          TP_SAVE();
          bool tail = I.op == Op::TailCallFun;
          Call c = invoke_fun(I.a, I.b, tail);
          if (c == Call::suspend) return Stop::call_native;
          if (c == Call::finished && tail) {
            Term v = std::move(stack_[frames_.back().base + I.a]);
            if (leave(std::move(v))) return Stop::done;
          }
          TP_RELOAD();
          break;
        }
        case Op::CallDyn: {
          const Term& target = regs[I.c];
          if ((I.x & 1) && target.is_map()) {  // map.key
            const Term* v = target.map_get(K[I.t]);
            if (!v) raise_error(Term::tuple({Term(atoms::badkey), K[I.t], target}));
            regs[I.a] = *v;
            break;
          }
          if (!target.is_atom()) {
            if (I.x & 1) raise_error(Term::tuple({Term(atoms::badkey), K[I.t], target}));
            raise(argument_error("you attempted to apply a function named " + inspect(K[I.t]) +
                                 " on " + inspect(target) +
                                 ". If you are using Kernel.apply/3, make sure the module is an atom. "
                                 "If you are using the dot syntax, such as module.function(), make sure "
                                 "the left-hand side of the dot is an atom or a map"));
          }
          if (--budget <= 0 || proc.exit_pending) {
            fr->pc = static_cast<uint32_t>(ip - 1 - code);
            return Stop::yield;
          }
          TP_SAVE();
          Call c = invoke(mfa_id(target.atom_value(), K[I.t].atom_value(), I.b), I.a, I.b, false, false);
          if (c == Call::suspend) return Stop::call_native;
          TP_RELOAD();
          break;
        }
        case Op::Apply: {
          // apply(m, f, args) at R[a..a+3) or apply(fun, args) at R[a..a+2)
          bool is_fun = I.x & 1;
          Term args = regs[I.a + (is_fun ? 1 : 2)];
          std::vector<Term> items;
          const Term* c = &args;
          for (; c->is_cons(); c = &c->tail()) items.push_back(c->head());
          if (!c->is_nil()) raise_error(Term(atoms::badarg));
          Term fun = regs[I.a];
          Term f = is_fun ? Term() : regs[I.a + 1];
          if (!is_fun && (!fun.is_atom() || !f.is_atom())) raise_error(Term(atoms::badarg));
          if (--budget <= 0 || proc.exit_pending) {
            fr->pc = static_cast<uint32_t>(ip - 1 - code);
            return Stop::yield;
          }
          auto n = static_cast<uint32_t>(items.size());
          ensure(fr->base + I.a + n + 2);
          TP_SAVE();
          regs = stack_.data() + fr->base;
          for (uint32_t i = 0; i < n; ++i) regs[I.a + i] = std::move(items[i]);
          Call r;
          if (is_fun) {
            regs[I.a + n] = std::move(fun);
            r = invoke_fun(I.a, n, false);
          } else {
            r = invoke(mfa_id(fun.atom_value(), f.atom_value(), n), I.a, n, false, false);
          }
          if (r == Call::suspend) return Stop::call_native;
          TP_RELOAD();
          break;
        }
        case Op::Bif: {
          Term r = natives()[I.t].sync(ctx_, regs + I.b);
          regs = stack_.data() + fr->base;
          regs[I.a] = std::move(r);
          break;
        }
        case Op::Return: {
          Term v = std::move(regs[I.a]);
          if (leave(std::move(v))) return Stop::done;
          TP_RELOAD();
          break;
        }
        // ---- receive
        case Op::Receive: {
          if (I.b != kNoReg) {
            const Term& t = regs[I.b];
            if (!(t.is_atom(atoms::infinity) || (t.is_small_int() && t.small_int() >= 0)))
              raise_error(Term::atom("timeout_value"));
          }
          recv_pc_ = static_cast<uint32_t>(ip - 1 - code);
          TP_SAVE();
          return Stop::receive;
        }
        case Op::After: break;
        case Op::MatchOk: match_pc_ = I.t; return Stop::matched;
        case Op::MatchFail: return Stop::no_match;
        // ---- errors
        case Op::Try: handlers_.push_back({static_cast<uint32_t>(frames_.size() - 1), I.t, I.a, false}); break;
        case Op::GuardTry:
          handlers_.push_back({static_cast<uint32_t>(frames_.size() - 1), I.t, 0, true});
          break;
        case Op::TryEnd:
        case Op::GuardEnd: handlers_.pop_back(); break;
        case Op::Raise: throw Raised{static_cast<RaiseKind>(I.x), regs[I.a], Term()};
        case Op::Reraise:
          reraising_ = true;
          throw Raised{kind_of(regs[I.a]), regs[I.a + 1], regs[I.a + 2]};
        case Op::Normalize: regs[I.a] = normalize(regs[I.b], regs[I.c]); break;
        case Op::IsException: regs[I.a] = Term::boolean(same_type_exception(regs[I.b], K[I.t])); break;
        case Op::BadMatch: raise_error(Term::tuple({Term::atom("badmatch"), regs[I.a]}));
        case Op::CaseClause: raise_error(Term::tuple({Term::atom("case_clause"), regs[I.a]}));
        case Op::CondClause: raise_error(Term::atom("cond_clause"));
        case Op::TryClause: raise_error(Term::tuple({Term::atom("try_clause"), regs[I.a]}));
        case Op::WithClause: raise_error(Term::tuple({Term::atom("with_clause"), regs[I.a]}));
        case Op::FunClause: function_clause(P, regs);
        // ---- modules
        case Op::DefModule: {
          const ModuleDef& m = P->unit->modules[I.t];
          st_.define_module(ctx_.runtime(), m);
          Term last = m.functions.empty()
                          ? regs[I.b]
                          : Term::tuple({Term(m.functions.back().name),
                                         Term::integer(m.functions.back().arity)});
          regs[I.a] = Term::tuple({Term::atom("module"), Term(m.name), module_binary(), last});
          break;
        }
      }
    }
  } catch (...) {
    frames_.back().pc = static_cast<uint32_t>(ip - 1 - frames_.back().proto->code.data());
    throw;
  }
#undef TP_RELOAD
#undef TP_SAVE
}

// [SECTION] Entering the VM from C++ ------------------------------------------------------------

Co<Term> Closure::call(Ctx& ctx, std::vector<Term> args) {
  Vm vm(ctx);
  co_return co_await vm.run(proto_, std::move(args), &captures_);
}

std::string Closure::inspect() const {
  // #Function<0.121884218/1 in M.run/0>; at a script's top level: #Function<0.112667155 in file:x.exs>
  uint32_t h = 2166136261u;
  for (char c : proto_->unit->file) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  h %= 134217728u;
  std::string idx = std::to_string(proto_->index) + "." + std::to_string(h);
  if (proto_->module == Atom("elixir_compiler_0"))
    return "#Function<" + idx + " in file:" + proto_->unit->file + ">";
  return "#Function<" + idx + "/" + std::to_string(proto_->arity) + " in " +
         taskplay::inspect(Term(proto_->module)) + "." + proto_->name.name() + "/" +
         std::to_string(proto_->fun_arity) + ">";
}

Co<Term> ExternalFun::call(Ctx& ctx, std::vector<Term> args) {
  co_return co_await call_mfa(ctx, mfa_, std::move(args), local_);
}

std::string ExternalFun::inspect() const {
  const Mfa m = mfa_of(mfa_);
  return "&" + taskplay::inspect(Term(m.module)) + "." + inspect_atom(m.function).substr(1) + "/" +
         std::to_string(m.arity);
}

Co<Term> call_mfa(Ctx& ctx, uint32_t id, std::vector<Term> args, bool local) {
  State& st = state(ctx.runtime());
  const Entry* e = st.entry(id);
  if (e && e->kind == Entry::Kind::code && (!e->is_private || local)) {
    Vm vm(ctx);
    co_return co_await vm.run(e->proto, std::move(args));
  }
  if (e && e->kind == Entry::Kind::sync) co_return e->sync(ctx, args.data());
  if (e && e->kind == Entry::Kind::async) co_return co_await e->async(ctx, std::move(args));
  const Mfa m = mfa_of(id);
  if (const Term* f = ctx.runtime().modules().find(m.module, m.function, m.arity)) {
    Term keep = *f;
    co_return co_await keep.fun_obj()->call(ctx, std::move(args));
  }
  bool exists = st.module_defined(m.module) || ctx.runtime().modules().has_module(m.module);
  raise(undefined_function(m.module, m.function, m.arity, exists),
        Term::list({Term::tuple({Term(m.module), Term(m.function), Term::list(args), Term()})}));
}

Co<Term> apply_mfa(Ctx& ctx, Atom module, Atom function, std::vector<Term> args) {
  co_return co_await call_mfa(ctx, mfa_id(module, function, static_cast<uint32_t>(args.size())),
                              std::move(args));
}

Co<Term> call_fun(Ctx& ctx, Term fun, std::vector<Term> args) {
  if (!fun.is_fun()) raise_error(Term::tuple({Term::atom("badfun"), fun}));
  if (fun.fun_obj()->arity() != args.size())
    raise_error(Term::tuple({Term::atom("badarity"), Term::tuple({fun, Term::list(args)})}));
  co_return co_await fun.fun_obj()->call(ctx, std::move(args));
}

}  // namespace taskplay::lang

// The interpreter loop and calls. exec() is a plain function (its locals stay
// in machine registers); it returns to the coroutine Vm::run whenever it must
// suspend: a spent reduction budget, a receive, a coroutine native.

#include <cmath>
#include <cstring>
#include <new>
#include <typeinfo>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/funs.hpp"
#include "taskplay/lang/prelude.hpp"
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
// OTP 25's JIT raises some arithmetic errors from the instruction, with no erlang:op/2 frame
// on top (so Elixir blames nothing: "bad argument in arithmetic expression"); which ones, the
// compiler says (ArithFailure, compiler.cpp's arith_failure).
[[noreturn]] void badarith_inline() { raise_error(Term(atoms::badarith)); }
[[noreturn]] void badarith(const char* op, const Term& a, const Term& b, uint8_t where) {
  if (where == kArithInline) badarith_inline();
  const bool swapped = where == kArithInBifSwapped;
  raise_error(Term(atoms::badarith),
              Term::list({op_entry(op, {swapped ? b : a, swapped ? a : b})}));
}
// a float result past the doubles (1.0e308 * 10.0) is the BEAM's badarith, as a bad operand is
inline Term finite(Term r, const char* op, const Term& a, const Term& b, uint8_t where) {
  if (r.is_float() && !std::isfinite(r.float_value())) badarith(op, a, b, where);
  return r;
}
inline Term add(const Term& a, const Term& b, uint8_t where = kArithInline) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_add_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  if (!a.is_number() || !b.is_number()) badarith("+", a, b, where);
  return finite(number::add_slow(a, b), "+", a, b, where);
}
inline Term sub(const Term& a, const Term& b, uint8_t where = kArithInline) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_sub_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  if (!a.is_number() || !b.is_number()) badarith("-", a, b, where);
  return finite(number::sub_slow(a, b), "-", a, b, where);
}
inline Term mul(const Term& a, const Term& b, uint8_t where) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_mul_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  if (!a.is_number() || !b.is_number()) badarith("*", a, b, where);
  return finite(number::mul_slow(a, b), "*", a, b, where);
}
Term fdiv(const Term& a, const Term& b, uint8_t where) {
  if (!a.is_number() || !b.is_number() || number::is_zero(b)) badarith("/", a, b, where);
  return finite(Term::floating(number::to_double(a) / number::to_double(b)), "/", a, b, where);
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
                         std::string(a.is_binary() ? "2" : "1") + " of type 'binary': " +
                         (bad.is_bitstring() ? "the size of the value " + inspect(bad) +
                                                   " is not a multiple of the unit for the segment"
                                             : "expected a binary but got: " + inspect(bad))));
  }
  return Term::append_binary(a, b.binary());
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
  raise_no_string_chars(v);
}
// `rescue e in mods`: e (normalized from the raised `raw`) is one of mods; as Elixir's rescue,
// ErlangError among them also takes every error raised as an Erlang term (:undef, :badarg,
// ...), whatever exception it was normalized to
bool same_type_exception(const Term& e, const Term& mods, const Term& raw) {
  if (!e.is_exception()) return false;
  if (mods.is_nil()) return true;
  static const Atom erlang_error("Elixir.ErlangError");
  for (const Term* c = &mods; c->is_cons(); c = &c->tail())
    if (c->head().is_atom(e.struct_name()) ||
        (c->head().is_atom(erlang_error) && !raw.is_exception()))
      return true;
  return false;
}
// Register writes, inlined into the interpreter loop. Term's own assignment
// is not inlined in a function as large as exec(), and a register write is
// most of what an instruction does.
constexpr uint32_t kHeapTypes =
    (1u << static_cast<int>(Term::Type::BigInt)) | (1u << static_cast<int>(Term::Type::Fun)) |
    (1u << static_cast<int>(Term::Type::Tuple)) | (1u << static_cast<int>(Term::Type::Map)) |
    (1u << static_cast<int>(Term::Type::Cons)) | (1u << static_cast<int>(Term::Type::Binary)) |
    (1u << static_cast<int>(Term::Type::Bitstring));
[[gnu::always_inline]] inline bool on_heap(const Term& t) {
  return (1u << static_cast<int>(t.type())) & kHeapTypes;
}

// dst = v
[[gnu::always_inline, gnu::flatten]] inline void set(Term& dst, Term&& v) {
  if (!on_heap(dst) && !on_heap(v)) {
    // no reference counts involved: a plain copy of the 16 bytes
    std::memcpy(static_cast<void*>(&dst), static_cast<const void*>(&v), sizeof(Term));
    return;
  }
  dst.swap(v);  // v takes the old value and releases it
}
// dst = a new immediate term (an integer, a boolean): built in place, with
// no temporary to copy and destroy when the register holds nothing to release
#define TP_SET(dst, expr)   \
  do {                      \
    Term& d_ = (dst);       \
    if (on_heap(d_))        \
      d_ = (expr);          \
    else                    \
      new (&d_) Term(expr); \
  } while (0)
// dst = src (a copy)
[[gnu::always_inline, gnu::flatten]] inline void copy(Term& dst, const Term& src) {
  if (!on_heap(dst) && !on_heap(src)) {
    std::memcpy(static_cast<void*>(&dst), static_cast<const void*>(&src), sizeof(Term));
    return;
  }
  dst = src;
}

// Registers holding no heap object need no clearing when a frame is left.
[[gnu::always_inline]] inline void clear(Term& t) {
  if (on_heap(t)) t = Term();
}

RaiseKind kind_of(const Term& t) {
  if (t.is_atom(atoms::throw_)) return RaiseKind::throw_;
  if (t.is_atom(atoms::exit)) return RaiseKind::exit;
  return RaiseKind::error;
}

}  // namespace

// [SECTION] Calls -----------------------------------------------------------------------------

[[gnu::always_inline]] inline void Vm::push_frame(const Proto* q, uint32_t base) {
  frames_.push_back({q, 0, base});
  top_ = base + q->nregs;
  if (top_ >= stack_.size()) ensure(top_ + 1);
  if (top_ > heap_hi_) report_heap();
}

[[gnu::always_inline]] inline void Vm::replace_frame(const Proto* q, uint32_t a) {
  Frame& f = frames_.back();
  Term* regs = stack_.data() + f.base;
  // swapped down one by one (a rotation when a < arity); the old values are cleared
  for (uint32_t i = 0, n = q->arity; i < n; ++i) regs[i].swap(regs[a + i]);
  for (uint32_t i = q->arity, end = f.proto->nregs; i < end; ++i) clear(regs[i]);
  f.proto = q;
  f.pc = 0;
  top_ = f.base + q->nregs;
  if (top_ >= stack_.size()) ensure(top_ + 1);
  if (top_ > heap_hi_) report_heap();
}

void Vm::enter(const Proto* q, uint32_t a, bool tail, const std::vector<Term>* captures) {
  if (tail)
    replace_frame(q, a);
  else
    push_frame(q, frames_.back().base + a);
  uint32_t base = frames_.back().base;
  if (captures)
    for (size_t i = 0; i < captures->size(); ++i) stack_[base + q->capture_to[i]] = (*captures)[i];
}

bool Vm::leave(Term value) {
  Frame f = frames_.back();
  frames_.pop_back();
  Term* regs = stack_.data() + f.base;
  for (uint32_t i = 1; i < f.proto->nregs; ++i) clear(regs[i]);
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
  pending_args_.assign(std::make_move_iterator(regs + a),
                       std::make_move_iterator(regs + a + nargs));
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
      case Entry::Kind::async:
        suspend_on(Term(), e->async, a, nargs, tail);
        native_mfa_ = id;
        return Call::suspend;
      case Entry::Kind::none:
        break;
    }
  }
  const Mfa m = mfa_of(id);
  if (const Term* f = ctx_.runtime().modules().find(m.module, m.function, m.arity)) {
    suspend_on(*f, nullptr, a, nargs, tail);
    native_mfa_ = id;
    return Call::suspend;
  }
  Term* regs = stack_.data() + frames_.back().base;
  bool exists = st_.module_defined(m.module) || ctx_.runtime().modules().has_module(m.module);
  tail_caller_gone_ = tail;  // the BEAM made the tail call: the caller's frame is gone
  raise_undef(m.module, m.function, Term::list(std::span<const Term>(regs + a, nargs)), exists);
}

// The fun is in R[a + nargs], its arguments in R[a..a+nargs).
Vm::Call Vm::invoke_fun(uint32_t a, uint32_t nargs, bool tail) {
  Term* regs = stack_.data() + frames_.back().base;
  Term fun = std::move(regs[a + nargs]);
  if (!fun.is_fun()) raise_error(Term::tuple({Term::atom("badfun"), fun}));
  FunObj* fo = fun.fun_obj();
  if (fo->arity() != nargs)
    raise_error(
        Term::tuple({Term::atom("badarity"),
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

// [SECTION] The loop
// ---------------------------------------------------------------------------------

// One instruction, any instruction: the general path. exec() runs the
// common instructions itself and hands everything else (and every case its
// fast paths do not cover: big integers, heap terms, natives, errors) here.
Vm::Stop Vm::step_slow(const Ins* I) {
  Frame* fr = &frames_.back();
  const Ins* code = fr->proto->code.data();
  const Ins* ip = I + 1;
  Term* regs = stack_.data() + fr->base;
#define TP_RELOAD()                  \
  do {                               \
    fr = &frames_.back();            \
    code = fr->proto->code.data();   \
    ip = code + fr->pc;              \
    regs = stack_.data() + fr->base; \
  } while (0)
#define TP_SAVE() (fr->pc = static_cast<uint32_t>(ip - code))
#define CASE(op) case Op::op
  switch (I->op) {
    CASE(Move) : copy(regs[I->a], regs[I->b]);
    goto next;
    CASE(LoadK) : copy(regs[I->a], fr->proto->consts[I->t]);
    goto next;
    CASE(LoadInt) : set(regs[I->a], Term::integer(static_cast<int32_t>(I->t)));
    goto next;
    CASE(LoadNil) : set(regs[I->a], Term(atoms::nil));
    goto next;
    CASE(Jmp) : ip = code + I->t;
    goto next;
    CASE(JmpFalsy) : if (!regs[I->a].truthy()) ip = code + I->t;
    goto next;
    CASE(JmpTruthy) : if (regs[I->a].truthy()) ip = code + I->t;
    goto next;
    CASE(JmpNotTrue) : if (!regs[I->a].is_atom(atoms::true_)) ip = code + I->t;
    goto next;
    CASE(JmpNotBool)
        : if (!regs[I->a].is_boolean()) raise_error(
              Term::tuple({Term::atom("badbool"), fr->proto->consts[I->b], regs[I->a]}));
    goto next;
    CASE(Add) : set(regs[I->a], add(regs[I->b], regs[I->c], I->x));
    goto next;
    CASE(Sub) : set(regs[I->a], sub(regs[I->b], regs[I->c], I->x));
    goto next;
    CASE(Mul) : set(regs[I->a], mul(regs[I->b], regs[I->c], I->x));
    goto next;
    CASE(Div) : set(regs[I->a], fdiv(regs[I->b], regs[I->c], I->x));
    goto next;
    CASE(AddInt) : set(regs[I->a], add(regs[I->b], Term::integer(static_cast<int32_t>(I->t))));
    goto next;
    CASE(SubInt) : set(regs[I->a], sub(regs[I->b], Term::integer(static_cast<int32_t>(I->t))));
    goto next;
    CASE(Neg) : set(regs[I->a], negate(regs[I->b]));
    goto next;
    CASE(Plus) : if (!regs[I->b].is_number()) badarith_inline();
    copy(regs[I->a], regs[I->b]);
    goto next;
    CASE(Eq) : set(regs[I->a], Term::boolean(cmp(regs[I->b], regs[I->c]) == 0));
    goto next;
    CASE(Ne) : set(regs[I->a], Term::boolean(cmp(regs[I->b], regs[I->c]) != 0));
    goto next;
    CASE(EqExact) : set(regs[I->a], Term::boolean(regs[I->b] == regs[I->c]));
    goto next;
    CASE(NeExact) : set(regs[I->a], Term::boolean(!(regs[I->b] == regs[I->c])));
    goto next;
    CASE(Lt) : set(regs[I->a], Term::boolean(cmp(regs[I->b], regs[I->c]) < 0));
    goto next;
    CASE(Le) : set(regs[I->a], Term::boolean(cmp(regs[I->b], regs[I->c]) <= 0));
    goto next;
    CASE(Gt) : set(regs[I->a], Term::boolean(cmp(regs[I->b], regs[I->c]) > 0));
    goto next;
    CASE(Ge) : set(regs[I->a], Term::boolean(cmp(regs[I->b], regs[I->c]) >= 0));
    goto next;
    CASE(Not)
        : if (!regs[I->b].is_boolean())
              raise_error(Term(atoms::badarg), Term::list({op_entry("not", {regs[I->b]})}));
    set(regs[I->a], Term::boolean(regs[I->b].is_atom(atoms::false_)));
    goto next;
    CASE(Bang) : set(regs[I->a], Term::boolean(!regs[I->b].truthy()));
    goto next;
    CASE(Concat) : set(regs[I->a], concat(regs[I->b], regs[I->c]));
    goto next;
    CASE(ListAppend) : set(regs[I->a], list_append(regs[I->b], regs[I->c]));
    goto next;
    CASE(ListSub) : set(regs[I->a], list_subtract(regs[I->b], regs[I->c]));
    goto next;
    CASE(Tuple) : set(regs[I->a], Term::tuple(std::span<const Term>(regs + I->b, I->c)));
    goto next;
    CASE(List)
        : regs[I->a] = Term::list(std::span<const Term>(regs + I->b, I->c),
                                  (I->x & 1) ? regs[I->b + I->c] : Term());
    goto next;
    CASE(Cons) : set(regs[I->a], Term::cons(regs[I->b], regs[I->c]));
    goto next;
    CASE(Map) : {
      std::vector<std::pair<Term, Term>> pairs;
      pairs.reserve(I->c);
      for (uint16_t i = 0; i < I->c; ++i)
        pairs.emplace_back(regs[I->b + 2 * i], regs[I->b + 2 * i + 1]);
      set(regs[I->a], Term::map(std::move(pairs)));
      goto next;
    }
    CASE(MapUpdate) : {
      Term m = regs[I->b];
      if (!m.is_map()) raise_error(Term::tuple({Term::atom("badmap"), m}));
      for (uint16_t i = 0; i < I->c; ++i) {
        const Term& k = regs[I->b + 1 + 2 * i];
        if (!m.map_get(k)) raise_error(Term::tuple({Term(atoms::badkey), k}));  // as the BEAM
        m = m.map_put(k, regs[I->b + 2 + 2 * i]);
      }
      regs[I->a] = std::move(m);
      goto next;
    }
    CASE(StrBuild) : {
      std::string s;
      for (uint16_t i = 0; i < I->c; ++i) {
        const Term& part = regs[I->b + i];
        if (part.is_binary())
          s += part.binary();
        else if (part.is_list())
          list_to_string(part, s);
        else if (!to_string_term(part, s))
          string_chars(part);
      }
      set(regs[I->a], Term::string(s));
      goto next;
    }
    CASE(MakeFun) : {
      const Proto* child = fr->proto->unit->protos[I->t].get();
      std::vector<Term> caps;
      caps.reserve(child->capture_from.size());
      for (uint16_t r : child->capture_from) caps.push_back(regs[r]);
      set(regs[I->a], Term::fun(new Closure(child, std::move(caps))));
      goto next;
    }
    // ---- patterns
    CASE(TestInt) : {
      const Term& v = regs[I->a];
      auto want =
          static_cast<int32_t>(static_cast<uint32_t>(I->b) | (static_cast<uint32_t>(I->c) << 16));
      if (!(v.is_small_int() && v.small_int() == want)) ip = code + I->t;
      goto next;
    }
    CASE(TestK) : if (!(regs[I->a] == fr->proto->consts[I->c])) ip = code + I->t;
    goto next;
    CASE(TestSame) : if (!(regs[I->a] == regs[I->b])) ip = code + I->t;
    goto next;
    CASE(TestTuple) : if (!regs[I->a].is_tuple(I->b)) ip = code + I->t;
    goto next;
    CASE(TestCons) : if (!regs[I->a].is_cons()) ip = code + I->t;
    goto next;
    CASE(TestNil) : if (!regs[I->a].is_nil()) ip = code + I->t;
    goto next;
    CASE(TestMap) : if (!regs[I->a].is_map()) ip = code + I->t;
    goto next;
    CASE(TestPrefix) : {
      const Term& v = regs[I->a];
      std::string_view prefix = fr->proto->consts[I->c].binary();
      if (!v.is_binary() || v.binary().substr(0, prefix.size()) != prefix) {
        ip = code + I->t;
      } else {
        regs[I->b] = Term::string(v.binary().substr(prefix.size()));
      }
      goto next;
    }
    CASE(GetElem) : copy(regs[I->a], regs[I->b][I->c]);
    goto next;
    CASE(GetHead) : copy(regs[I->a], regs[I->b].head());
    goto next;
    CASE(GetTail) : copy(regs[I->a], regs[I->b].tail());
    goto next;
    CASE(MapGet) : {
      const Term* v = regs[I->b].map_get(regs[I->c]);
      if (!v)
        ip = code + I->t;
      else
        regs[I->a] = *v;
      goto next;
    }
    // ---- calls
    CASE(Call) : {
      if (--*budget_ <= 0 || proc_->exit_pending) {
        fr->pc = static_cast<uint32_t>(ip - 1 - code);
        return Stop::yield;
      }
      TP_SAVE();
      // the fast path: compiled code, a new frame at R[a]
      const Entry* e = st_.entry(I->t);
      if (e && e->kind == Entry::Kind::code && (!e->is_private || (I->x & 1))) {
        const Proto* q = e->proto;
        uint32_t nb = fr->base + I->a;
        frames_.push_back({q, 0, nb});
        top_ = nb + q->nregs;
        if (top_ >= stack_.size()) ensure(top_ + 1);
        if (top_ > heap_hi_) report_heap();
        fr = &frames_.back();
        code = q->code.data();
        ip = code;
        regs = stack_.data() + nb;
        goto next;
      }
      Call c = invoke(I->t, I->a, I->b, I->x & 1, false);
      if (c == Call::suspend) return Stop::call_native;
      TP_RELOAD();
      goto next;
    }
    CASE(TailCall) : {
      if (--*budget_ <= 0 || proc_->exit_pending) {
        fr->pc = static_cast<uint32_t>(ip - 1 - code);
        return Stop::yield;
      }
      TP_SAVE();
      Call c = invoke(I->t, I->a, I->b, I->x & 1, true);
      if (c == Call::suspend) return Stop::call_native;
      if (c == Call::finished) {
        Term v = std::move(stack_[frames_.back().base + I->a]);
        if (leave(std::move(v))) return Stop::done;
      }
      TP_RELOAD();
      goto next;
    }
    CASE(CallFun) : CASE(TailCallFun) : {
      if (--*budget_ <= 0 || proc_->exit_pending) {
        fr->pc = static_cast<uint32_t>(ip - 1 - code);
        return Stop::yield;
      }
      TP_SAVE();
      bool tail = I->op == Op::TailCallFun;
      Call c = invoke_fun(I->a, I->b, tail);
      if (c == Call::suspend) return Stop::call_native;
      if (c == Call::finished && tail) {
        Term v = std::move(stack_[frames_.back().base + I->a]);
        if (leave(std::move(v))) return Stop::done;
      }
      TP_RELOAD();
      goto next;
    }
    CASE(CallDyn) : {
      const Term& target = regs[I->c];
      if ((I->x & 1) && target.is_map()) {  // map.key
        const Term* v = target.map_get(fr->proto->consts[I->t]);
        if (!v) raise_error(Term::tuple({Term(atoms::badkey), fr->proto->consts[I->t], target}));
        regs[I->a] = *v;
        goto next;
      }
      if (!target.is_atom()) {
        if (I->x & 1)
          raise_error(Term::tuple({Term(atoms::badkey), fr->proto->consts[I->t], target}));
        raise(
            argument_error("you attempted to apply a function named " +
                           inspect(fr->proto->consts[I->t]) + " on " + inspect(target) +
                           ". If you are using Kernel.apply/3, make sure the module is an atom. "
                           "If you are using the dot syntax, such as module.function(), make sure "
                           "the left-hand side of the dot is an atom or a map"));
      }
      if (--*budget_ <= 0 || proc_->exit_pending) {
        fr->pc = static_cast<uint32_t>(ip - 1 - code);
        return Stop::yield;
      }
      TP_SAVE();
      Call c = invoke(mfa_id(target.atom_value(), fr->proto->consts[I->t].atom_value(), I->b), I->a,
                      I->b, false, false);
      if (c == Call::suspend) return Stop::call_native;
      TP_RELOAD();
      goto next;
    }
    CASE(Apply) : {
      // apply(m, f, args) at R[a..a+3) or apply(fun, args) at R[a..a+2)
      bool is_fun = I->x & 1;
      Term args = regs[I->a + (is_fun ? 1 : 2)];
      std::vector<Term> items;
      const Term* c = &args;
      for (; c->is_cons(); c = &c->tail()) items.push_back(c->head());
      if (!c->is_nil()) raise_error(Term(atoms::badarg));
      Term fun = regs[I->a];
      Term f = is_fun ? Term() : regs[I->a + 1];
      if (!is_fun && (!fun.is_atom() || !f.is_atom())) raise_error(Term(atoms::badarg));
      if (--*budget_ <= 0 || proc_->exit_pending) {
        fr->pc = static_cast<uint32_t>(ip - 1 - code);
        return Stop::yield;
      }
      auto n = static_cast<uint32_t>(items.size());
      ensure(fr->base + I->a + n + 2);
      TP_SAVE();
      regs = stack_.data() + fr->base;
      for (uint32_t i = 0; i < n; ++i) regs[I->a + i] = std::move(items[i]);
      Call r;
      if (is_fun) {
        regs[I->a + n] = std::move(fun);
        r = invoke_fun(I->a, n, false);
      } else {
        r = invoke(mfa_id(fun.atom_value(), f.atom_value(), n), I->a, n, false, false);
      }
      if (r == Call::suspend) return Stop::call_native;
      TP_RELOAD();
      goto next;
    }
    CASE(Bif) : {
      if (*budget_ <= 0 && ctx_.runtime().acted()) {
        // the explorer's step ended at a visible action: a native is the next one's
        fr->pc = static_cast<uint32_t>(ip - 1 - code);
        bif_wait_ = true;
        return Stop::yield;
      }
      Term r = natives()[I->t].sync(ctx_, regs + I->b);
      regs = stack_.data() + fr->base;
      set(regs[I->a], std::move(r));
      goto next;
    }
    CASE(Return) : {
      if (frames_.size() > 1) {
        // the fast path: back to the caller, the value in its R[a] (our R[0])
        if (I->a != 0) regs[0] = std::move(regs[I->a]);
        for (uint32_t i = 1, n = fr->proto->nregs; i < n; ++i) clear(regs[i]);
        frames_.pop_back();
        fr = &frames_.back();
        code = fr->proto->code.data();
        ip = code + fr->pc;
        regs = stack_.data() + fr->base;
        top_ = fr->base + fr->proto->nregs;
        if (top_ < heap_lo_) report_heap();
        goto next;
      }
      Term v = std::move(regs[I->a]);
      if (leave(std::move(v))) return Stop::done;
      TP_RELOAD();
      goto next;
    }
    // ---- receive
    CASE(Receive) : {
      if (I->b != kNoReg) {
        const Term& t = regs[I->b];
        if (!(t.is_atom(atoms::infinity) || (t.is_small_int() && t.small_int() >= 0)))
          raise_error(Term::atom("timeout_value"));
      }
      recv_pc_ = static_cast<uint32_t>(ip - 1 - code);
      TP_SAVE();
      return Stop::receive;
    }
    CASE(After) : goto next;
    CASE(MatchOk) : match_pc_ = I->t;
    return Stop::matched;
    CASE(MatchFail) : return Stop::no_match;
    // ---- errors
    CASE(Try) : handlers_.push_back({static_cast<uint32_t>(frames_.size() - 1), I->t, I->a, false});
    goto next;
    CASE(GuardTry)
        : handlers_.push_back({static_cast<uint32_t>(frames_.size() - 1), I->t, 0, true});
    goto next;
    CASE(TryEnd) : CASE(GuardEnd) : handlers_.pop_back();
    goto next;
    CASE(Raise) : throw Raised{static_cast<RaiseKind>(I->x), regs[I->a], Term()};
    CASE(Reraise) : reraising_ = true;
    throw Raised{kind_of(regs[I->a]), regs[I->a + 1], regs[I->a + 2]};
    CASE(Normalize) : set(regs[I->a], normalize(regs[I->b], regs[I->c]));
    goto next;
    CASE(IsException)
        : set(regs[I->a],
              Term::boolean(same_type_exception(regs[I->b], fr->proto->consts[I->t], regs[I->c])));
    goto next;
    CASE(BadMatch) : raise_error(Term::tuple({Term::atom("badmatch"), regs[I->a]}));
    CASE(CaseClause) : raise_error(Term::tuple({Term::atom("case_clause"), regs[I->a]}));
    CASE(CondClause) : raise_error(Term::atom("cond_clause"));
    CASE(TryClause) : raise_error(Term::tuple({Term::atom("try_clause"), regs[I->a]}));
    CASE(WithClause) : raise_error(Term::tuple({Term::atom("with_clause"), regs[I->a]}));
    CASE(FunClause) : function_clause(fr->proto, regs);
    // ---- modules
    CASE(MacroOutput) : {
      // what the macros expanded for this part of a module printed while the script
      // compiled, printed where Elixir expands them (compile_macro.cpp)
      const Term& text = fr->proto->consts[I->t];
      if (!text.binary().empty()) st_.write(ctx_.self(), text.binary(), false);
      goto next;
    }
    CASE(DefModule) : {
      const ModuleDef& m = fr->proto->unit->modules[I->t];
      st_.define_module(ctx_.runtime(), m);
      Term last = m.functions.empty() ? regs[I->b]
                                      : Term::tuple({Term(m.functions.back().name),
                                                     Term::integer(m.functions.back().arity)});
      set(regs[I->a], Term::tuple({Term::atom("module"), Term(m.name), module_binary(), last}));
      goto next;
    }
    case Op::Count_:
      break;
  }
next:
  fr->pc = static_cast<uint32_t>(ip - code);
  return Stop::cont;
#undef CASE
#undef TP_RELOAD
#undef TP_SAVE
}

// The interpreter loop: threaded dispatch where the compiler has labels as
// values (one indirect jump per instruction, each predicted on its own), a
// switch elsewhere. Only the common instructions live here, so the few
// locals stay in machine registers.
Vm::Stop Vm::exec() {
  Frame* fr = &frames_.back();
  const Ins* code = fr->proto->code.data();
  const Ins* ip = code + fr->pc;
  Term* regs = stack_.data() + fr->base;
  const Ins* I;
#define TP_JUMP() (ip = code + I->t)
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
  // from opcodes.def: its fast instructions jump to their label here, the others to L_slow
#define TP_LABEL_fast(name) &&L_##name
#define TP_LABEL_slow(name) &&L_slow
  static void* const kLabels[] = {
#define TP_OP(name, registers, path) TP_LABEL_##path(name),
#include "taskplay/lang/opcodes.def"
#undef TP_OP
  };
#undef TP_LABEL_fast
#undef TP_LABEL_slow
  static_assert(sizeof(kLabels) / sizeof(kLabels[0]) == static_cast<size_t>(Op::Count_));
#define CASE(op) L_##op
#define NEXT()                                  \
  do {                                          \
    I = ip++;                                   \
    goto* kLabels[static_cast<uint8_t>(I->op)]; \
  } while (0)
  NEXT();
  {
#else
#define CASE(op) case Op::op
#define NEXT() continue
  for (;;) {
    I = ip++;
    switch (I->op) {
      default:
        goto L_slow;
#endif
    CASE(Move) : copy(regs[I->a], regs[I->b]);
    NEXT();
    CASE(LoadK) : copy(regs[I->a], fr->proto->consts[I->t]);
    NEXT();
    CASE(LoadInt) : TP_SET(regs[I->a], Term::integer(static_cast<int32_t>(I->t)));
    NEXT();
    CASE(LoadNil) : TP_SET(regs[I->a], Term(atoms::nil));
    NEXT();
    CASE(Jmp) : TP_JUMP();
    NEXT();
    CASE(JmpFalsy) : if (!regs[I->a].truthy()) TP_JUMP();
    NEXT();
    CASE(JmpTruthy) : if (regs[I->a].truthy()) TP_JUMP();
    NEXT();
    CASE(JmpNotTrue) : if (!regs[I->a].is_atom(atoms::true_)) TP_JUMP();
    NEXT();
// x op y on small integers; anything else (big integers, floats, errors) takes the slow path
#define TP_INT_OP(overflow, y_ok, y)                                                   \
  {                                                                                    \
    const Term& x = regs[I->b];                                                        \
    int64_t r;                                                                         \
    if (!x.is_small_int() || !(y_ok) || overflow(x.small_int(), (y), &r)) goto L_slow; \
    TP_SET(regs[I->a], Term::integer(r));                                              \
    NEXT();                                                                            \
  }
    CASE(Add)
        : TP_INT_OP(__builtin_add_overflow, regs[I->c].is_small_int(), regs[I->c].small_int())
              CASE(Sub)
        : TP_INT_OP(__builtin_sub_overflow, regs[I->c].is_small_int(), regs[I->c].small_int())
              CASE(Mul)
        : TP_INT_OP(__builtin_mul_overflow, regs[I->c].is_small_int(), regs[I->c].small_int())
              CASE(AddInt)
        : TP_INT_OP(__builtin_add_overflow, true, static_cast<int64_t>(static_cast<int32_t>(I->t)))
              CASE(SubInt)
        : TP_INT_OP(__builtin_sub_overflow, true, static_cast<int64_t>(static_cast<int32_t>(I->t)))
#undef TP_INT_OP
#define TP_COMPARE(op)                                                 \
  {                                                                    \
    const Term &x = regs[I->b], &y = regs[I->c];                       \
    if (!x.is_small_int() || !y.is_small_int()) goto L_slow;           \
    TP_SET(regs[I->a], Term::boolean(x.small_int() op y.small_int())); \
    NEXT();                                                            \
  }
              CASE(Eq)
        : TP_COMPARE(==) CASE(Ne)
        : TP_COMPARE(!=) CASE(Lt)
        : TP_COMPARE(<) CASE(Le)
        : TP_COMPARE(<=) CASE(Gt)
        : TP_COMPARE(>) CASE(Ge)
        : TP_COMPARE(>=)
#undef TP_COMPARE
              CASE(TestInt)
        : {
      const Term& v = regs[I->a];
      auto want =
          static_cast<int32_t>(static_cast<uint32_t>(I->b) | (static_cast<uint32_t>(I->c) << 16));
      if (!(v.is_small_int() && v.small_int() == want)) TP_JUMP();
      NEXT();
    }
    CASE(TestK) : {
      const Term& k = fr->proto->consts[I->c];
      if (!k.is_atom()) goto L_slow;
      if (!regs[I->a].is_atom(k.atom_value())) TP_JUMP();
      NEXT();
    }
    CASE(TestTuple) : if (!regs[I->a].is_tuple(I->b)) TP_JUMP();
    NEXT();
    CASE(TestCons) : if (!regs[I->a].is_cons()) TP_JUMP();
    NEXT();
    CASE(TestNil) : if (!regs[I->a].is_nil()) TP_JUMP();
    NEXT();
    CASE(TestMap) : if (!regs[I->a].is_map()) TP_JUMP();
    NEXT();
    CASE(GetElem) : copy(regs[I->a], regs[I->b][I->c]);
    NEXT();
    CASE(GetHead) : copy(regs[I->a], regs[I->b].head());
    NEXT();
    CASE(GetTail) : copy(regs[I->a], regs[I->b].tail());
    NEXT();
    CASE(Call) : CASE(TailCall) : {
      // the fast path: compiled code (a native, a library fun or an error: the slow path)
      const Entry* e = st_.entry(I->t);
      if (!e || e->kind != Entry::Kind::code || (e->is_private && !(I->x & 1))) goto L_slow;
      if (--*budget_ <= 0 || proc_->exit_pending) {
        fr->pc = static_cast<uint32_t>(I - code);
        return Stop::yield;
      }
      if (I->op == Op::Call) {
        fr->pc = static_cast<uint32_t>(ip - code);
        push_frame(e->proto, fr->base + I->a);
        fr = &frames_.back();
      } else {
        replace_frame(e->proto, I->a);
      }
      code = e->proto->code.data();
      ip = code;
      regs = stack_.data() + fr->base;
      NEXT();
    }
    CASE(CallFun) : {
      const Term& f = regs[I->a + I->b];
      if (!f.is_fun()) goto L_slow;
      const FunObj* fo = f.fun_obj();
      if (typeid(*fo) != typeid(Closure) || fo->arity() != I->b) goto L_slow;
      if (--*budget_ <= 0 || proc_->exit_pending) {
        fr->pc = static_cast<uint32_t>(I - code);
        return Stop::yield;
      }
      fr->pc = static_cast<uint32_t>(ip - code);
      {
        // (its own scope: an indirect goto may not leave a scope with a destructor)
        Term fun = std::move(regs[I->a + I->b]);
        auto* c = static_cast<Closure*>(fun.fun_obj());
        enter(c->proto(), I->a, false, &c->captures());
      }
      fr = &frames_.back();
      code = fr->proto->code.data();
      ip = code;
      regs = stack_.data() + fr->base;
      NEXT();
    }
    CASE(Return) : {
      if (frames_.size() < 2) goto L_slow;
      // back to the caller, the value in its R[a] (our R[0])
      if (I->a != 0) regs[0].swap(regs[I->a]);
      for (uint32_t i = 1, n = fr->proto->nregs; i < n; ++i) clear(regs[i]);
      frames_.pop_back();
      fr = &frames_.back();
      code = fr->proto->code.data();
      ip = code + fr->pc;
      regs = stack_.data() + fr->base;
      top_ = fr->base + fr->proto->nregs;
      if (top_ < heap_lo_) report_heap();
      NEXT();
    }
  L_slow : {
    fr->pc = static_cast<uint32_t>(I - code);
    Stop s = step_slow(I);
    if (s != Stop::cont) return s;
    fr = &frames_.back();
    code = fr->proto->code.data();
    ip = code + fr->pc;
    regs = stack_.data() + fr->base;
    NEXT();
  }
#if !defined(__GNUC__)
  }
#endif
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
#undef CASE
#undef NEXT
#undef TP_JUMP
}

// [SECTION] Entering the VM from C++ ------------------------------------------------------------

Co<Term> Closure::call(Ctx& ctx, std::vector<Term> args) {
  // (captures_ is read when the caller first awaits, while the caller holds this fun)
  return Vm::run(ctx, proto_, std::move(args), &captures_);
}

std::string Closure::inspect() const {
  // #Function<0.121884218/1 in M.run/0>; at a script's top level: #Function<0.112667155 in
  // file:x.exs>
  uint32_t h = 2166136261u;
  for (char c : proto_->unit->file) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  h %= 134217728u;
  std::string idx = std::to_string(proto_->index) + "." + std::to_string(h);
  // the prelude's streams number their closures as Elixir's Stream does; a closure that
  // stands for an Erlang module's local fun names it (`0.34006561 in :rand.exsss_next`)
  if (auto elixir = prelude_fun_id(*proto_)) {
    idx = *elixir;
    if (size_t in = idx.find(" in "); in != std::string::npos)
      return "#Function<" + idx.substr(0, in) + "/" + std::to_string(proto_->arity) +
             idx.substr(in) + ">";
  }
  // typed at the shell: iex's funs are erl_eval's (OTP 25 numbers them 43 - arity)
  if (typed_at_prompt(*proto_))
    return "#Function<" + std::to_string(43 - static_cast<int>(proto_->arity)) + ".3316493/" +
           std::to_string(proto_->arity) + " in :erl_eval.expr/6>";
  if (proto_->module == Atom("elixir_compiler_0"))
    return "#Function<" + idx + " in file:" + proto_->unit->file + ">";
  // the function's name as Elixir writes it after a dot (`"test x"` quoted)
  std::string fname = inspect_atom(proto_->name);
  if (!fname.empty() && fname[0] == ':') fname.erase(0, 1);
  return "#Function<" + idx + "/" + std::to_string(proto_->arity) + " in " +
         taskplay::inspect(Term(proto_->module)) + "." + fname + "/" +
         std::to_string(proto_->fun_arity) + ">";
}

// Made by the same code: equal when what they captured is (exactly) equal; otherwise in the
// order of their module's name and their place in it.
int Closure::compare_same_kind(const FunObj& other) const {
  const auto& o = static_cast<const Closure&>(other);
  if (proto_ != o.proto_) {
    if (proto_->module != o.proto_->module)
      return proto_->module.name() < o.proto_->module.name() ? -1 : 1;
    if (proto_->index != o.proto_->index) return proto_->index < o.proto_->index ? -1 : 1;
    return FunObj::compare_same_kind(other);  // two programs' alike-numbered funs
  }
  for (size_t i = 0; i < captures_.size() && i < o.captures_.size(); ++i)
    if (int c = compare_exact(captures_[i], o.captures_[i])) return c;
  return 0;
}
uint64_t Closure::hash() const {
  return (static_cast<uint64_t>(proto_->module.id()) << 32) ^ proto_->index;
}

// By module, function and arity, as the BEAM orders `fun M:F/A`. A capture inside the
// function's own module (&double/1 in Math) is the BEAM's local fun, not equal to
// &Math.double/1 made elsewhere.
int ExternalFun::compare_same_kind(const FunObj& other) const {
  const auto& o = static_cast<const ExternalFun&>(other);
  if (local_ != o.local_) return local_ ? -1 : 1;
  const Mfa a = mfa_of(mfa_), b = mfa_of(o.mfa_);
  if (a.module != b.module) return a.module.name() < b.module.name() ? -1 : 1;
  if (a.function != b.function) return a.function.name() < b.function.name() ? -1 : 1;
  return a.arity < b.arity ? -1 : (a.arity > b.arity ? 1 : 0);
}

Co<Term> ExternalFun::call(Ctx& ctx, std::vector<Term> args) {
  co_return co_await call_mfa(ctx, mfa_, std::move(args), local_);
}

std::string ExternalFun::inspect() const {
  const Mfa m = mfa_of(mfa_);
  std::string s = "&";
  return s + taskplay::inspect(Term(m.module)) + "." + inspect_atom(m.function).substr(1) + "/" +
         std::to_string(m.arity);
}

Co<Term> call_mfa(Ctx& ctx, uint32_t id, std::vector<Term> args, bool local) {
  State& st = state(ctx.runtime());
  const Entry* e = st.entry(id);
  if (e && e->kind == Entry::Kind::code && (!e->is_private || local)) {
    co_return co_await Vm::run(ctx, e->proto, std::move(args));
  }
  if (e && e->kind == Entry::Kind::sync) co_return e->sync(ctx, args.data());
  if (e && e->kind == Entry::Kind::async) co_return co_await e->async(ctx, std::move(args));
  const Mfa m = mfa_of(id);
  if (const Term* f = ctx.runtime().modules().find(m.module, m.function, m.arity)) {
    Term keep = *f;
    co_return co_await keep.fun_obj()->call(ctx, std::move(args));
  }
  bool exists = st.module_defined(m.module) || ctx.runtime().modules().has_module(m.module);
  raise_undef(m.module, m.function, Term::list(args), exists);
}

Co<Term> apply_mfa(Ctx& ctx, Atom module, Atom function, std::vector<Term> args) {
  // (the id first: in one call's arguments, g++ may move `args` away before it reads its size)
  uint32_t id = mfa_id(module, function, static_cast<uint32_t>(args.size()));
  co_return co_await call_mfa(ctx, id, std::move(args));
}

Co<Term> call_fun(Ctx& ctx, Term fun, std::vector<Term> args) {
  if (!fun.is_fun()) raise_error(Term::tuple({Term::atom("badfun"), fun}));
  if (fun.fun_obj()->arity() != args.size())
    raise_error(Term::tuple({Term::atom("badarity"), Term::tuple({fun, Term::list(args)})}));
  co_return co_await fun.fun_obj()->call(ctx, std::move(args));
}

}  // namespace taskplay::lang

// Kernel: type checks, tuples and lists, arithmetic BIFs, raise/throw/exit,
// send and spawn; the operators as functions (&+/2); and the internal
// helpers the compiler uses (:taskplay.in/2, :taskplay.range/2, ...).

#include <cmath>

#include "taskplay/enumerable.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/funs.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/lang/vm.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/number.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view K = "Elixir.Kernel";
constexpr std::string_view T = "taskplay";

Term b(bool v) { return Term::boolean(v); }

// [SECTION] Type checks (guards) ---------------------------------------------------------
Term is_atom(Ctx&, Term* a) { return b(a[0].is_atom()); }
Term is_binary(Ctx&, Term* a) { return b(a[0].is_binary()); }
Term is_bitstring(Ctx&, Term* a) { return b(a[0].is_bitstring()); }
Term is_boolean(Ctx&, Term* a) { return b(a[0].is_boolean()); }
Term is_float(Ctx&, Term* a) { return b(a[0].is_float()); }
Term is_function1(Ctx&, Term* a) { return b(a[0].is_fun()); }
Term is_function2(Ctx&, Term* a) {
  return b(a[0].is_fun() && a[1].is_small_int() && a[0].fun_obj()->arity() == a[1].small_int());
}
Term is_integer(Ctx&, Term* a) { return b(a[0].is_integer()); }
Term is_list(Ctx&, Term* a) { return b(a[0].is_list()); }
Term is_map(Ctx&, Term* a) { return b(a[0].is_map()); }
Term is_nil(Ctx&, Term* a) { return b(a[0].is_atom(atoms::nil)); }
Term is_number(Ctx&, Term* a) { return b(a[0].is_number()); }
Term is_pid(Ctx&, Term* a) { return b(a[0].is_pid()); }
Term is_reference(Ctx&, Term* a) { return b(a[0].is_ref()); }
Term is_tuple(Ctx&, Term* a) { return b(a[0].is_tuple()); }
Term is_struct(Ctx&, Term* a) { return b(a[0].is_map() && a[0].struct_name() != atoms::nil); }
Term is_exception(Ctx&, Term* a) { return b(a[0].is_exception()); }
Term is_struct2(Ctx&, Term* a) {
  if (!a[1].is_atom()) badarg();
  return b(a[0].is_map() && a[0].struct_name() != atoms::nil &&
           a[0].struct_name() == a[1].atom_value());
}
Term is_exception2(Ctx&, Term* a) {
  if (!a[1].is_atom()) badarg();
  return b(a[0].is_exception() && a[0].struct_name() == a[1].atom_value());
}
Term is_map_key(Ctx&, Term* a) {
  if (!a[0].is_map())
    raise_in(Term::tuple({Term::atom("badmap"), a[0]}), "erlang", "is_map_key", {a[1], a[0]});
  return b(a[0].map_get(a[1]) != nullptr);
}

// [SECTION] Tuples, lists, numbers ----------------------------------------------------------
Term elem(Ctx&, Term* a) {
  if (!a[0].is_tuple() || !a[1].is_small_int() || a[1].small_int() < 0 ||
      static_cast<size_t>(a[1].small_int()) >= a[0].tuple_size())
    bif_badarg("erlang", "element",
               {a[1].is_small_int() ? Term::integer(a[1].small_int() + 1) : a[1], a[0]});
  return a[0][static_cast<size_t>(a[1].small_int())];
}
Term put_elem(Ctx&, Term* a) {
  if (!a[0].is_tuple() || !a[1].is_small_int() || a[1].small_int() < 0 ||
      static_cast<size_t>(a[1].small_int()) >= a[0].tuple_size())
    bif_badarg("erlang", "setelement", {a[1], a[0], a[2]});
  std::vector<Term> items(a[0].tuple_items().begin(), a[0].tuple_items().end());
  items[static_cast<size_t>(a[1].small_int())] = a[2];
  return Term::tuple(items);
}
Term tuple_size(Ctx&, Term* a) {
  if (!a[0].is_tuple()) bif_badarg("erlang", "tuple_size", {a[0]});
  return Term::integer(static_cast<int64_t>(a[0].tuple_size()));
}
Term length(Ctx&, Term* a) {
  int64_t n = 0;
  const Term* c = &a[0];
  for (; c->is_cons(); c = &c->tail()) ++n;
  if (!c->is_nil()) bif_badarg("erlang", "length", {a[0]});
  return Term::integer(n);
}
Term hd(Ctx&, Term* a) {
  if (!a[0].is_cons()) bif_badarg("erlang", "hd", {a[0]});
  return a[0].head();
}
Term tl(Ctx&, Term* a) {
  if (!a[0].is_cons()) bif_badarg("erlang", "tl", {a[0]});
  return a[0].tail();
}
Term map_size(Ctx&, Term* a) {
  if (!a[0].is_map())
    raise_in(Term::tuple({Term::atom("badmap"), a[0]}), "erlang", "map_size", {a[0]});
  return Term::integer(static_cast<int64_t>(a[0].map_size()));
}
Term abs_(Ctx&, Term* a) {
  if (a[0].is_float()) return Term::floating(std::fabs(a[0].float_value()));
  if (!a[0].is_integer()) bif_badarg("erlang", "abs", {a[0]});
  return number::compare(a[0], Term::integer(0)) < 0 ? number::sub(Term::integer(0), a[0]) : a[0];
}
Term div_(Ctx&, Term* a) {
  if (!a[0].is_integer() || !a[1].is_integer() || number::is_zero(a[1]))
    raise_in(Term(atoms::badarith), "erlang", "div", {a[0], a[1]});
  return number::div(a[0], a[1]);
}
Term rem_(Ctx&, Term* a) {
  if (!a[0].is_integer() || !a[1].is_integer() || number::is_zero(a[1]))
    raise_in(Term(atoms::badarith), "erlang", "rem", {a[0], a[1]});
  return number::rem(a[0], a[1]);
}
Term max_(Ctx&, Term* a) { return compare(a[0], a[1]) >= 0 ? a[0] : a[1]; }
Term min_(Ctx&, Term* a) { return compare(a[0], a[1]) <= 0 ? a[0] : a[1]; }
Term round_(Ctx&, Term* a) {
  if (a[0].is_integer()) return a[0];
  if (!a[0].is_float()) bif_badarg("erlang", "round", {a[0]});
  double r = std::round(a[0].float_value());
  if (std::fabs(r) < 9e18) return Term::integer(static_cast<int64_t>(r));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", r);
  return Term::integer_from_string(buf);
}
Term trunc_(Ctx&, Term* a) {
  if (a[0].is_integer()) return a[0];
  if (!a[0].is_float()) bif_badarg("erlang", "trunc", {a[0]});
  double r = std::trunc(a[0].float_value());
  if (std::fabs(r) < 9e18) return Term::integer(static_cast<int64_t>(r));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", r);
  return Term::integer_from_string(buf);
}
Term node(Ctx&, Term*) { return Term(atoms::nonode); }
Term node1(Ctx&, Term* a) {
  if (!a[0].is_pid() && !a[0].is_ref()) bif_badarg("erlang", "node", {a[0]});
  return Term(atoms::nonode);
}
Term is_port(Ctx&, Term*) { return b(false); }  // taskplay has no ports
Term byte_size(Ctx&, Term* a) {
  if (!a[0].is_bitstring()) bif_badarg("erlang", "byte_size", {a[0]});
  return Term::integer(static_cast<int64_t>(a[0].bitstring_bytes().size()));
}
Term bit_size(Ctx&, Term* a) {
  if (!a[0].is_bitstring()) bif_badarg("erlang", "bit_size", {a[0]});
  return Term::integer(static_cast<int64_t>(a[0].bit_size()));
}
Term binary_part(Ctx&, Term* a) {
  if (!a[0].is_binary() || !a[1].is_small_int() || !a[2].is_small_int())
    bif_badarg("erlang", "binary_part", {a[0], a[1], a[2]});
  std::string_view s = a[0].binary();
  int64_t start = a[1].small_int(), len = a[2].small_int();
  if (len < 0) {  // a negative length counts back from `start`
    start += len;
    len = -len;
  }
  if (start < 0 || start + len > static_cast<int64_t>(s.size()))
    bif_badarg("erlang", "binary_part", {a[0], a[1], a[2]});
  return Term::string(s.substr(static_cast<size_t>(start), static_cast<size_t>(len)));
}
// ceil/1 and floor/1: integers as they are, floats to the integer next up or down
Term whole(const Term& x, double (*f)(double), const char* name) {
  if (x.is_integer()) return x;
  if (!x.is_float()) bif_badarg("erlang", name, {x});
  double r = f(x.float_value());
  if (std::fabs(r) < 9e18) return Term::integer(static_cast<int64_t>(r));
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.0f", r);
  return Term::integer_from_string(buf);
}
Term ceil1(Ctx&, Term* a) { return whole(a[0], std::ceil, "ceil"); }
Term floor1(Ctx&, Term* a) { return whole(a[0], std::floor, "floor"); }
Term self(Ctx& c, Term*) { return Term(c.self()); }

// [SECTION] Operators as functions (&+/2, Enum.reduce(l, 0, &+/2))
// ---------------------------------
// a float result past the doubles is badarith, as on the BEAM
Term finite(Term r, const char* op, Term* a) {
  if (r.is_float() && !std::isfinite(r.float_value()))
    raise_in(Term(atoms::badarith), "erlang", op, {a[0], a[1]});
  return r;
}
Term op_add(Ctx&, Term* a) {
  if (!a[0].is_number() || !a[1].is_number())
    raise_in(Term(atoms::badarith), "erlang", "+", {a[0], a[1]});
  return finite(number::add(a[0], a[1]), "+", a);
}
Term op_sub(Ctx&, Term* a) {
  if (!a[0].is_number() || !a[1].is_number())
    raise_in(Term(atoms::badarith), "erlang", "-", {a[0], a[1]});
  return finite(number::sub(a[0], a[1]), "-", a);
}
Term op_mul(Ctx&, Term* a) {
  if (!a[0].is_number() || !a[1].is_number())
    raise_in(Term(atoms::badarith), "erlang", "*", {a[0], a[1]});
  return finite(number::mul(a[0], a[1]), "*", a);
}
Term op_div(Ctx&, Term* a) {
  if (!a[0].is_number() || !a[1].is_number() || number::is_zero(a[1]))
    raise_in(Term(atoms::badarith), "erlang", "/", {a[0], a[1]});
  return finite(Term::floating(number::to_double(a[0]) / number::to_double(a[1])), "/", a);
}
// Kernel.**/2: integers exactly (a non-negative exponent), else :math.pow/2 (2 ** -1 is 0.5)
Term op_pow(Ctx& c, Term* a) {
  if (!a[0].is_number() || !a[1].is_number()) no_clause("Elixir.Kernel", "**", {a[0], a[1]});
  if (a[0].is_integer() && a[1].is_integer() && compare(a[1], Term::integer(0)) >= 0) {
    if (!a[1].is_small_int()) need_heap(c, UINT64_MAX / 2);
    // the result's size, before computing it: |base| of b bits gives about exp * b bits
    double mag = std::fabs(number::to_double(a[0]));
    if (mag > 1) {
      double words = static_cast<double>(a[1].small_int()) * std::log2(mag) / 64 + 3;
      need_heap(c, words > 1e18 ? UINT64_MAX / 2 : static_cast<uint64_t>(words));
      charge(c, static_cast<uint64_t>(std::min(words, 1e15)));
    }
    return integer_power(a[0], a[1].small_int());
  }
  double v = std::pow(number::to_double(a[0]), number::to_double(a[1]));
  if (std::isnan(v) || std::isinf(v)) raise_in(Term(atoms::badarith), "math", "pow", {a[0], a[1]});
  return Term::floating(v);
}
Term op_plus1(Ctx&, Term* a) {
  if (!a[0].is_number()) raise_in(Term(atoms::badarith), "erlang", "+", {a[0]});
  return a[0];
}
Term op_minus1(Ctx&, Term* a) {
  if (!a[0].is_number()) raise_in(Term(atoms::badarith), "erlang", "-", {a[0]});
  if (a[0].is_float()) return Term::floating(-a[0].float_value());
  return number::sub(Term::integer(0), a[0]);
}
// list -- list: each item on the right takes away the first equal one on the left
Term op_subtract(Ctx&, Term* a) {
  if (!a[0].is_list() || !a[1].is_list()) bif_badarg("erlang", "--", {a[0], a[1]});
  std::vector<Term> left = a[0].list_items();
  for (const Term* c = &a[1]; c->is_cons(); c = &c->tail())
    for (auto it = left.begin(); it != left.end(); ++it)
      if (*it == c->head()) {
        left.erase(it);
        break;
      }
  return Term::list(left);
}
Term op_eq(Ctx&, Term* a) { return b(compare(a[0], a[1]) == 0); }
Term op_ne(Ctx&, Term* a) { return b(compare(a[0], a[1]) != 0); }
Term op_eqx(Ctx&, Term* a) { return b(a[0] == a[1]); }
Term op_nex(Ctx&, Term* a) { return b(!(a[0] == a[1])); }
Term op_lt(Ctx&, Term* a) { return b(compare(a[0], a[1]) < 0); }
Term op_gt(Ctx&, Term* a) { return b(compare(a[0], a[1]) > 0); }
Term op_le(Ctx&, Term* a) { return b(compare(a[0], a[1]) <= 0); }
Term op_ge(Ctx&, Term* a) { return b(compare(a[0], a[1]) >= 0); }
Term op_concat(Ctx&, Term* a) {
  if (!a[0].is_binary() || !a[1].is_binary()) badarg();
  std::string s(a[0].binary());
  s += a[1].binary();
  return Term::string(s);
}
Term op_append(Ctx&, Term* a) {
  if (!a[0].is_list()) bif_badarg("erlang", "++", {a[0], a[1]});
  return Term::list(a[0].list_items(), a[1]);
}
Term op_not(Ctx&, Term* a) {
  if (!a[0].is_boolean()) bif_badarg("erlang", "not", {a[0]});
  return b(a[0].is_atom(atoms::false_));
}
Term op_bang(Ctx&, Term* a) { return b(!a[0].truthy()); }

// [SECTION] Strings of terms
// ---------------------------------------------------------------------------
// :taskplay.inspect(term, opts, custom): Kernel.inspect/2, `custom` the texts of the
// program's Inspect implementations (nil, or a map from struct to text)
Term inspect3(Ctx&, Term* a) {
  if (!a[1].is_list()) badarg();
  InspectOpts o = inspect_opts(a[1]);
  if (a[2].is_map()) o.custom = &a[2];
  return Term::string(inspect(a[0], o));
}
Term inspect_doc3(Ctx&, Term* a) {
  if (!a[1].is_list()) badarg();
  InspectOpts o = inspect_opts(a[1]);
  if (a[2].is_map()) o.custom = &a[2];
  return inspect_doc(a[0], o);
}
Term to_string(Ctx&, Term* a) {
  std::string s;
  if (!to_string_term(a[0], s)) raise_no_string_chars(a[0]);
  return Term::string(s);
}

// [SECTION] raise, throw, exit
// ------------------------------------------------------------------------ The message an exception
// module gives when raised without one.
std::string default_message(const std::string& module) {
  if (module == "Elixir.RuntimeError") return "runtime error";
  if (module == "Elixir.ArgumentError") return "argument error";
  if (module == "Elixir.ArithmeticError") return "bad argument in arithmetic expression";
  if (module == "Elixir.Enum.EmptyError") return "empty error";
  if (module == "Elixir.Enum.OutOfBoundsError") return "out of bounds error";
  if (module == "Elixir.SystemLimitError") return "a system limit has been reached";
  return "";
}

Term exception_of(const Term& what, const Term* attrs) {
  if (what.is_binary() && !attrs) return runtime_error(what.binary());
  if (what.is_exception() && !attrs) return what;
  if (what.is_atom() && what.atom_value().name().rfind("Elixir.", 0) == 0) {
    Atom mod = what.atom_value();
    const std::string& n = mod.name();
    if (n == "Elixir.KeyError") {
      Term key(atoms::nil), term(atoms::nil), msg(atoms::nil);
      if (attrs && attrs->is_list()) {
        if (const Term* k = keyword_get(*attrs, atoms::key)) key = *k;
        if (const Term* t = keyword_get(*attrs, atoms::term)) term = *t;
        if (const Term* m = keyword_get(*attrs, atoms::message)) msg = *m;
      }
      if (attrs && attrs->is_binary()) msg = *attrs;
      return make_struct(mod, {{Term(atoms::__exception__), Term(atoms::true_)},
                               {Term(atoms::key), key},
                               {Term(atoms::term), term},
                               {Term(atoms::message), msg}});
    }
    std::string message = default_message(n);
    if (attrs) {
      if (attrs->is_binary())
        message = std::string(attrs->binary());
      else if (const Term* m = keyword_get(*attrs, atoms::message); m && m->is_binary())
        message = std::string(m->binary());
    }
    if (message.empty() && !attrs) {
      // an unknown module: Elixir calls Mod.exception/1, which does not exist
      raise_undef(mod, Atom("exception"), Term::list({Term()}), false);
    }
    return exception_struct(mod, message);
  }
  raise_argument_error(
      "raise/1 and reraise/2 expect a module name, string or exception as the first argument, "
      "got: " +
      inspect(what));
}

Term raise1(Ctx&, Term* a) {
  Term e = exception_of(a[0], nullptr);
  mark_raise1();
  raise(std::move(e));
}
Term raise2(Ctx&, Term* a) { raise(exception_of(a[0], &a[1])); }
Term reraise2(Ctx&, Term* a) {
  mark_reraise();
  throw Raised{RaiseKind::error, exception_of(a[0], nullptr), a[1]};
}
Term reraise3(Ctx&, Term* a) {
  mark_reraise();
  throw Raised{RaiseKind::error, exception_of(a[0], &a[1]), a[2]};
}
Term throw1(Ctx&, Term* a) { throw_value(a[0]); }
Term exit1(Ctx&, Term* a) { exit_with(a[0]); }

// [SECTION] Processes
// ----------------------------------------------------------------------------------
Term send(Ctx& c, Term* a) {
  c.send(a[0], a[1]);
  return a[1];
}
Co<void> call_dropping_value(Ctx& c, Term fun) { co_await call_fun(c, fun, {}); }
Body fun_body(Term fun) {
  return [fun](Ctx& c) -> Co<void> {
    // A fn of the program runs in a VM that is the process's one coroutine frame: an idle
    // process stays small (issue 16). `fun`, which holds its captures, lives in the Body.
    if (const auto* cl = dynamic_cast<const Closure*>(fun.fun_obj()); cl && cl->arity() == 0)
      return Vm::run_body(c, cl->proto(), &cl->captures());
    return call_dropping_value(c, fun);
  };
}
Body mfa_body(Term m, Term f, Term args) {
  if (!m.is_atom() || !f.is_atom() || !args.is_list()) bif_badarg("erlang", "spawn", {m, f, args});
  return [m, f, args](Ctx& c) -> Co<void> {
    co_await apply_mfa(c, m.atom_value(), f.atom_value(), args.list_items());
  };
}
void check_fun(const Term& f, const char* what) {
  if (!f.is_fun()) bif_badarg("erlang", what, {f});
}
Term spawn1(Ctx& c, Term* a) {
  check_fun(a[0], "spawn");
  return Term(c.spawn(fun_body(a[0])));
}
// Process.info's initial_call of a process spawn/3 started: {module, function, arity}
Pid with_initial_call(Ctx& c, Pid p, const Term* a) {
  c.runtime().lookup(p)->extra().initial_call =
      Term::tuple({a[0], a[1], Term::integer(static_cast<int64_t>(a[2].list_length()))});
  return p;
}
Term spawn3(Ctx& c, Term* a) {
  return Term(with_initial_call(c, c.spawn(mfa_body(a[0], a[1], a[2])), a));
}
Term spawn_link1(Ctx& c, Term* a) {
  check_fun(a[0], "spawn_link");
  return Term(c.spawn_link(fun_body(a[0])));
}
Term spawn_link3(Ctx& c, Term* a) {
  return Term(with_initial_call(c, c.spawn_link(mfa_body(a[0], a[1], a[2])), a));
}
Term spawn_monitor1(Ctx& c, Term* a) {
  check_fun(a[0], "spawn_monitor");
  auto [pid, ref] = c.spawn_monitor(fun_body(a[0]));
  return Term::tuple({Term(pid), Term(ref)});
}
Term spawn_monitor3(Ctx& c, Term* a) {
  auto [pid, ref] = c.spawn_monitor(mfa_body(a[0], a[1], a[2]));
  return Term::tuple({Term(with_initial_call(c, pid, a)), Term(ref)});
}
// Process.spawn/2,4 and :erlang.spawn_opt/2,4: :link and :monitor (also {:monitor, opts})
// start linked or monitored, {pid, ref} with a monitor; the other options (priority,
// fullsweep_after, ...) are taken and change nothing here
Term spawn_with_options(Ctx& c, Body body, const Term& opts, const char* what, const Term* mfa) {
  if (!opts.is_list()) bif_badarg("erlang", what, {opts});
  bool link = false, monitor = false;
  for (const Term* o = &opts; o->is_cons(); o = &o->tail()) {
    const Term& x = o->head();
    if (x.is_atom(Atom("link")))
      link = true;
    else if (x.is_atom(Atom("monitor")) || (x.is_tuple(2) && x[0].is_atom(Atom("monitor"))))
      monitor = true;
  }
  Pid pid;
  Term ref;
  if (monitor) {
    auto [p, r] = c.spawn_monitor(std::move(body));
    pid = p;
    ref = Term(r);
    if (link) c.link(pid);
  } else {
    pid = link ? c.spawn_link(std::move(body)) : c.spawn(std::move(body));
  }
  if (mfa) with_initial_call(c, pid, mfa);
  return monitor ? Term::tuple({Term(pid), ref}) : Term(pid);
}
Term spawn_opt2(Ctx& c, Term* a) {
  check_fun(a[0], "spawn_opt");
  return spawn_with_options(c, fun_body(a[0]), a[1], "spawn_opt", nullptr);
}
Term spawn_opt4(Ctx& c, Term* a) {
  return spawn_with_options(c, mfa_body(a[0], a[1], a[2]), a[3], "spawn_opt", a);
}
Term make_ref(Ctx& c, Term*) { return Term(c.runtime().make_ref()); }
// macro_exported?/3: Elixir's macros of the modules taskplay has, and the program's defmacros
// (their "MACRO-name" functions, which take the caller's environment first)
Term macro_exported(Ctx& c, Term* a) {
  if (!a[0].is_atom() || !a[1].is_atom() || !a[2].is_small_int()) badarg();
  const auto arity = static_cast<uint32_t>(a[2].small_int());
  if (elixir_macro(a[0].atom_value(), a[1].atom_value(), arity)) return b(true);
  return b(lang::function_exported(c.runtime(), a[0].atom_value(),
                                   Atom("MACRO-" + a[1].atom_value().name()), arity + 1));
}
Term function_exported_(Ctx& c, Term* a) {
  if (!a[0].is_atom() || !a[1].is_atom() || !a[2].is_small_int()) badarg();
  return b(lang::function_exported(c.runtime(), a[0].atom_value(), a[1].atom_value(),
                                   static_cast<uint32_t>(a[2].small_int())));
}
Co<Term> apply3(Ctx& c, std::vector<Term> a) {
  if (!a[0].is_atom() || !a[1].is_atom() || !a[2].is_list()) badarg();
  co_return co_await apply_mfa(c, a[0].atom_value(), a[1].atom_value(), a[2].list_items());
}
Co<Term> apply2(Ctx& c, std::vector<Term> a) {
  if (!a[1].is_list()) badarg();
  co_return co_await call_fun(c, a[0], a[1].list_items());
}

// IEx.Helpers.flush/0: print and drop every message in the mailbox
Co<Term> flush(Ctx& c, std::vector<Term>) {
  // IEx.Helpers.flush/0 prints each message with IO.inspect/1 (pretty, 80 columns)
  while (auto m = co_await c.receive_any(0)) write_output(c, inspect_at(*m, 80) + "\n");
  co_return Term(atoms::ok);
}

// [SECTION] Exception
// ---------------------------------------------------------------------------------
RaiseKind kind_arg(const Term& k) {
  if (k.is_atom(atoms::error)) return RaiseKind::error;
  if (k.is_atom(atoms::throw_)) return RaiseKind::throw_;
  if (k.is_atom(atoms::exit)) return RaiseKind::exit;
  badarg();
}
// :taskplay.undef(module, function, args): the call finds no function in a module that is
// there (a library macro called without `require`, compiler.cpp's logger_macro)
Term undef(Ctx&, Term* a) { raise_undef(a[0].atom_value(), a[1].atom_value(), a[2], true); }

Term exc_message(Ctx&, Term* a) {
  if (!a[0].is_exception()) badarg();
  return Term::string(message(a[0]));
}
Term exc_normalize(Ctx&, Term* a) {
  return kind_arg(a[0]) == RaiseKind::error ? normalize(a[1], a[2]) : a[1];
}
// Exception.format_banner/3; the kind {:EXIT, pid} is a linked process's exit
std::string banner_of(const Term& kind, const Term& value, const Term& st) {
  if (kind.is_tuple(2) && kind[0].is_atom(Atom("EXIT")))
    return "** (EXIT from " + inspect(kind[1]) + ") " + format_exit(value);
  return format_banner(kind_arg(kind), value, st);
}
Term exc_format_banner3(Ctx&, Term* a) { return Term::string(banner_of(a[0], a[1], a[2])); }
Term exc_format_banner2(Ctx&, Term* a) { return Term::string(banner_of(a[0], a[1], Term())); }
Term exc_format3(Ctx&, Term* a) {
  std::string s = format_banner(kind_arg(a[0]), a[1], a[2]);
  std::string st = format_stacktrace(a[2]);
  // Exception.format_stacktrace/1's text: each entry ends its line
  return Term::string(st.empty() ? s : s + "\n" + st + "\n");
}
// Exception.blame/3: {exception with the details an error's stack trace tells, stacktrace}
// Exception.blame/3. A FunctionClauseError (raw or normalised) takes its arguments from the
// stack trace's top entry when that names its function, and the entry shows the arity
// instead, as FunctionClauseError.blame/2 does (no clauses: a script's modules keep none).
Term exc_blame(Ctx&, Term* a) {
  if (kind_arg(a[0]) != RaiseKind::error) return Term::tuple({a[1], a[2]});
  Term e = blame(a[1], a[2]);
  const Term& st = a[2];
  if (e.struct_name() != Atom("Elixir.FunctionClauseError") || !st.is_cons() ||
      !st.head().is_tuple(4))
    return Term::tuple({e, st});
  const Term& top = st.head();
  const Term* m = e.map_get(Term::atom("module"));
  const Term* f = e.map_get(Term::atom("function"));
  const Term* n = e.map_get(Term::atom("arity"));
  if (!m || !f || !n || top[0] != *m || top[1] != *f || !top[2].is_list() || !n->is_small_int() ||
      static_cast<int64_t>(top[2].list_length()) != n->small_int())
    return Term::tuple({e, st});
  e = e.map_put(Term::atom("args"), top[2]);
  return Term::tuple({e, Term::cons(Term::tuple({top[0], top[1], *n, top[3]}), st.tail())});
}
Term exc_format2(Ctx&, Term* a) {
  return Term::string(format_banner(kind_arg(a[0]), a[1], Term()));
}
Term exc_format_exit(Ctx&, Term* a) { return Term::string(format_exit(a[0])); }
Term exc_format_stacktrace(Ctx&, Term* a) { return Term::string(format_stacktrace(a[0]) + "\n"); }
Term exc_exception(Ctx&, Term* a) { return Term::boolean(a[0].is_exception()); }
Term exc_format_stacktrace_entry(Ctx&, Term* a) {
  return Term::string(format_stacktrace_entry(a[0]));
}
Term exc_format_mfa(Ctx&, Term* a) {
  return Term::string(logger::format_frame_mfa(a[0], a[1], a[2]));
}

// [SECTION] The compiler's helpers
// ----------------------------------------------------------------- x in enumerable (lists, ranges,
// maps)
Term in(Ctx&, Term* a) {
  const Term& x = a[0];
  const Term& e = a[1];
  if (e.is_list()) {
    for (const Term* c = &e; c->is_cons(); c = &c->tail())
      if (c->head() == x) return b(true);
    return b(false);
  }
  if (e.struct_name() == Atom("Elixir.Range")) {
    const Term* f = e.map_get(Term::atom("first"));
    const Term* l = e.map_get(Term::atom("last"));
    const Term* s = e.map_get(Term::atom("step"));
    if (!x.is_integer() || !f || !l || !s) return b(false);
    int64_t step = s->small_int();
    bool within = step > 0 ? compare(*f, x) <= 0 && compare(x, *l) <= 0
                           : compare(*l, x) <= 0 && compare(x, *f) <= 0;
    if (!within || !x.is_small_int()) return b(within);
    return b((x.small_int() - f->small_int()) % step == 0);
  }
  if (e.is_map()) {
    if (!x.is_tuple(2)) return b(false);
    const Term* v = e.map_get(x[0]);
    return b(v && *v == x[1]);
  }
  raise(make_struct(Atom("Elixir.Protocol.UndefinedError"),
                    {{Term(atoms::__exception__), Term(atoms::true_)},
                     {Term::atom("protocol"), Term::atom("Elixir.Enumerable")},
                     {Term::atom("value"), e},
                     {Term::atom("description"), Term::string("")}}));
}
Term range(Ctx&, Term* a) {
  if (!a[0].is_small_int() || !a[1].is_small_int())
    raise_argument_error("ranges (first..last) expect both sides to be integers, got: " +
                         inspect(a[0]) + ".." + inspect(a[1]));
  return make_range(a[0].small_int(), a[1].small_int(),
                    a[0].small_int() <= a[1].small_int() ? 1 : -1);
}
// m[k]: Access.get/2 for maps, keyword lists and nil
Term access(Ctx&, Term* a) {
  const Term& c = a[0];
  if (c.is_map()) {
    if (c.struct_name() != atoms::nil)  // Access.fetch/2 calls the struct's module
      raise(undefined_function(c.struct_name(), Atom("fetch"), 2, true)
                .map_put(Term(atoms::reason),
                         Term::string(inspect_atom(c.struct_name()) +
                                      " does not implement the Access behaviour. If you are "
                                      "using get_in/put_in/update_in, you can specify the "
                                      "field to be accessed using Access.key!/1")));
    const Term* v = c.map_get(a[1]);
    return v ? *v : Term(atoms::nil);
  }
  if (c.is_list()) {
    if (!a[1].is_atom())
      raise_argument_error("the Access calls for keywords expect the key to be an atom, got: " +
                           inspect(a[1]));
    const Term* v = keyword_get(c, a[1].atom_value());
    return v ? *v : Term(atoms::nil);
  }
  if (c.is_atom(atoms::nil)) return Term(atoms::nil);
  raise_argument_error("the Access module does not support " + inspect(c));
}

constexpr Native kTable[] = {
    {K, "is_atom", 1, is_atom, nullptr, true},
    {K, "is_binary", 1, is_binary, nullptr, true},
    {K, "is_bitstring", 1, is_bitstring, nullptr, true},
    {K, "is_boolean", 1, is_boolean, nullptr, true},
    {K, "is_float", 1, is_float, nullptr, true},
    {K, "is_function", 1, is_function1, nullptr, true},
    {K, "is_function", 2, is_function2, nullptr, true},
    {K, "is_integer", 1, is_integer, nullptr, true},
    {K, "is_list", 1, is_list, nullptr, true},
    {K, "is_map", 1, is_map, nullptr, true},
    {K, "is_nil", 1, is_nil, nullptr, true},
    {K, "is_number", 1, is_number, nullptr, true},
    {K, "is_pid", 1, is_pid, nullptr, true},
    {K, "is_reference", 1, is_reference, nullptr, true},
    {K, "is_tuple", 1, is_tuple, nullptr, true},
    {K, "is_struct", 1, is_struct, nullptr, true},
    {K, "is_exception", 1, is_exception, nullptr, true},
    {K, "is_struct", 2, is_struct2, nullptr, true},
    {K, "is_exception", 2, is_exception2, nullptr, true},
    {K, "is_map_key", 2, is_map_key, nullptr, true},
    {K, "elem", 2, elem, nullptr, true},
    {K, "put_elem", 3, put_elem, nullptr, false},
    {K, "tuple_size", 1, tuple_size, nullptr, true},
    {K, "length", 1, length, nullptr, true},
    {K, "hd", 1, hd, nullptr, true},
    {K, "tl", 1, tl, nullptr, true},
    {K, "map_size", 1, map_size, nullptr, true},
    {K, "abs", 1, abs_, nullptr, true},
    {K, "div", 2, div_, nullptr, true},
    {K, "rem", 2, rem_, nullptr, true},
    {K, "max", 2, max_, nullptr, false},
    {K, "min", 2, min_, nullptr, false},
    {K, "round", 1, round_, nullptr, true},
    {K, "trunc", 1, trunc_, nullptr, true},
    {K, "node", 0, node, nullptr, true},
    {K, "node", 1, node1, nullptr, true},
    {K, "is_port", 1, is_port, nullptr, true},
    {K, "byte_size", 1, byte_size, nullptr, true},
    {K, "bit_size", 1, bit_size, nullptr, true},
    {K, "binary_part", 3, binary_part, nullptr, true},
    {K, "ceil", 1, ceil1, nullptr, true},
    {K, "floor", 1, floor1, nullptr, true},
    {K, "+", 1, op_plus1, nullptr, true},
    {K, "-", 1, op_minus1, nullptr, true},
    {K, "--", 2, op_subtract, nullptr, false},
    {K, "macro_exported?", 3, macro_exported, nullptr, false},
    {K, "self", 0, self, nullptr, true},
    {K, "+", 2, op_add, nullptr, true},
    {K, "-", 2, op_sub, nullptr, true},
    {K, "*", 2, op_mul, nullptr, true},
    {K, "/", 2, op_div, nullptr, true},
    {K, "**", 2, op_pow, nullptr, false},
    {K, "==", 2, op_eq, nullptr, true},
    {K, "!=", 2, op_ne, nullptr, true},
    {K, "===", 2, op_eqx, nullptr, true},
    {K, "!==", 2, op_nex, nullptr, true},
    {K, "<", 2, op_lt, nullptr, true},
    {K, ">", 2, op_gt, nullptr, true},
    {K, "<=", 2, op_le, nullptr, true},
    {K, ">=", 2, op_ge, nullptr, true},
    {K, "<>", 2, op_concat, nullptr, false},
    {K, "++", 2, op_append, nullptr, false},
    {K, "not", 1, op_not, nullptr, true},
    {K, "!", 1, op_bang, nullptr, false},
    {T, "inspect", 3, inspect3, nullptr, false},
    {T, "inspect_doc", 3, inspect_doc3, nullptr, false},
    {T, "to_string", 1, to_string, nullptr, false},
    {K, "raise", 1, raise1, nullptr, false},
    {K, "raise", 2, raise2, nullptr, false},
    {K, "reraise", 2, reraise2, nullptr, false},
    {K, "reraise", 3, reraise3, nullptr, false},
    {K, "throw", 1, throw1, nullptr, false},
    {K, "exit", 1, exit1, nullptr, false},
    {K, "send", 2, send, nullptr, false},
    {K, "spawn", 1, spawn1, nullptr, false},
    {K, "spawn", 3, spawn3, nullptr, false},
    {K, "spawn_link", 1, spawn_link1, nullptr, false},
    {K, "spawn_link", 3, spawn_link3, nullptr, false},
    {K, "spawn_monitor", 1, spawn_monitor1, nullptr, false},
    {K, "spawn_monitor", 3, spawn_monitor3, nullptr, false},
    {"Elixir.Process", "spawn", 2, spawn_opt2, nullptr, false},
    {"Elixir.Process", "spawn", 4, spawn_opt4, nullptr, false},
    {"erlang", "spawn_opt", 2, spawn_opt2, nullptr, false},
    {"erlang", "spawn_opt", 4, spawn_opt4, nullptr, false},
    {K, "make_ref", 0, make_ref, nullptr, false},
    {K, "function_exported?", 3, function_exported_, nullptr, false},
    {K, "apply", 3, nullptr, apply3, false},
    {K, "apply", 2, nullptr, apply2, false},
    {"erlang", "apply", 3, nullptr, apply3, false},
    {"erlang", "apply", 2, nullptr, apply2, false},
    {"Elixir.IEx.Helpers", "flush", 0, nullptr, flush, false},
    {"taskplay", "exception_message", 1, exc_message, nullptr, false},
    {"taskplay", "undef", 3, undef, nullptr, false},
    {"Elixir.Exception", "normalize", 3, exc_normalize, nullptr, false},
    {"Elixir.Exception", "format_banner", 2, exc_format_banner2, nullptr, false},
    {"Elixir.Exception", "format_banner", 3, exc_format_banner3, nullptr, false},
    {"Elixir.Exception", "format", 2, exc_format2, nullptr, false},
    {"Elixir.Exception", "blame", 3, exc_blame, nullptr, false},
    {"Elixir.Exception", "format", 3, exc_format3, nullptr, false},
    {"Elixir.Exception", "format_exit", 1, exc_format_exit, nullptr, false},
    {"Elixir.Exception", "format_stacktrace", 1, exc_format_stacktrace, nullptr, false},
    {"Elixir.Exception", "exception?", 1, exc_exception, nullptr, false},
    {T, "format_stacktrace_entry", 1, exc_format_stacktrace_entry, nullptr, false},
    {T, "format_mfa", 3, exc_format_mfa, nullptr, false},
    {T, "in", 2, in, nullptr, true},
    {T, "range", 2, range, nullptr, true},
    {T, "access", 2, access, nullptr, false},
};

}  // namespace

std::span<const Native> kernel_natives() { return kTable; }

}  // namespace taskplay::lang

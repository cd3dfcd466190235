#include "taskplay/lang/match_spec.hpp"

#include <string_view>

#include "taskplay/number.hpp"

namespace taskplay::lang {

namespace {

struct Fail {};  // an expression that cannot be evaluated: its guard is false

thread_local const Term* running_for = nullptr;  // self() of the process running the spec

// N of an atom :"$N", or -1
int variable(const Term& t) {
  if (!t.is_atom()) return -1;
  std::string_view s = t.atom_value().name();
  if (s.size() < 2 || s[0] != '$') return -1;
  int n = 0;
  for (char ch : s.substr(1)) {
    if (ch < '0' || ch > '9' || n > 100000000) return -1;
    n = n * 10 + (ch - '0');
  }
  return n;
}

using Binds = std::vector<std::optional<Term>>;

Term eval(const Term& e, const Binds& b, const Term& object);

Term integer_op(std::string_view op, const Term& x, const Term& y) {
  if (!x.is_small_int() || !y.is_small_int()) throw Fail{};
  int64_t a = x.small_int(), c = y.small_int();
  if (op == "band") return Term::integer(a & c);
  if (op == "bor") return Term::integer(a | c);
  if (op == "bxor") return Term::integer(a ^ c);
  if (op == "bsl" && c >= 0 && c < 62) return Term::integer(a << c);
  if (op == "bsr" && c >= 0) return Term::integer(c >= 63 ? (a < 0 ? -1 : 0) : a >> c);
  throw Fail{};
}

bool boolean(const Term& t) {
  if (!t.is_boolean()) throw Fail{};
  return t.is_atom(atoms::true_);
}

Term call(std::string_view op, const std::vector<Term>& a) {
  const size_t n = a.size();
  auto type_test = [&](bool ok) { return Term::boolean(ok); };
  if (n == 1) {
    const Term& x = a[0];
    if (op == "is_atom") return type_test(x.is_atom());
    if (op == "is_integer") return type_test(x.is_integer());
    if (op == "is_float") return type_test(x.is_float());
    if (op == "is_number") return type_test(x.is_number());
    if (op == "is_binary") return type_test(x.is_binary());
    if (op == "is_list") return type_test(x.is_list());
    if (op == "is_map") return type_test(x.is_map());
    if (op == "is_pid") return type_test(x.is_pid());
    if (op == "is_port") return Term(atoms::false_);
    if (op == "is_reference") return type_test(x.is_ref());
    if (op == "is_tuple") return type_test(x.is_tuple());
    if (op == "is_function") return type_test(x.is_fun());
    if (op == "is_boolean") return type_test(x.is_boolean());
    if (op == "not") return Term::boolean(!boolean(x));
    if (op == "abs" && x.is_number())
      return number::compare(x, Term::integer(0)) < 0 ? number::sub(Term::integer(0), x) : x;
    if (op == "-" && x.is_number()) {
      if (x.is_float()) return Term::floating(-x.float_value());
      return number::sub(Term::integer(0), x);
    }
    if (op == "+" && x.is_number()) return x;
    if (op == "hd" && x.is_cons()) return x.head();
    if (op == "tl" && x.is_cons()) return x.tail();
    if (op == "length" && x.is_list()) {
      const Term* c = &x;
      int64_t len = 0;
      for (; c->is_cons(); c = &c->tail()) ++len;
      if (!c->is_nil()) throw Fail{};
      return Term::integer(len);
    }
    if ((op == "size" || op == "tuple_size") && x.is_tuple())
      return Term::integer(static_cast<int64_t>(x.tuple_size()));
    if ((op == "size" || op == "byte_size") && x.is_binary())
      return Term::integer(static_cast<int64_t>(x.binary().size()));
    if (op == "bit_size" && x.is_binary())
      return Term::integer(static_cast<int64_t>(x.binary().size() * 8));
    if (op == "map_size" && x.is_map()) return Term::integer(static_cast<int64_t>(x.map_size()));
    if (op == "float" && x.is_number()) return Term::floating(number::to_double(x));
    if (op == "bnot" && x.is_small_int()) return Term::integer(~x.small_int());
    if (op == "trunc" && x.is_float()) return Term::integer(static_cast<int64_t>(x.float_value()));
    if ((op == "trunc" || op == "round") && x.is_integer()) return x;
    if (op == "round" && x.is_float())
      return Term::integer(static_cast<int64_t>(__builtin_round(x.float_value())));
    throw Fail{};
  }
  if (n == 2) {
    const Term &x = a[0], &y = a[1];
    if (op == "==") return Term::boolean(compare(x, y) == 0);
    if (op == "/=") return Term::boolean(compare(x, y) != 0);
    if (op == "=:=") return Term::boolean(x == y);
    if (op == "=/=") return Term::boolean(x != y);
    if (op == "<") return Term::boolean(compare(x, y) < 0);
    if (op == ">") return Term::boolean(compare(x, y) > 0);
    if (op == "=<") return Term::boolean(compare(x, y) <= 0);
    if (op == ">=") return Term::boolean(compare(x, y) >= 0);
    if (op == "and" || op == "or") {  // both sides are evaluated and must be booleans
      const bool l = boolean(x), r = boolean(y);
      return Term::boolean(op == "and" ? l && r : l || r);
    }
    if (op == "xor") return Term::boolean(boolean(x) != boolean(y));
    if (op == "element") {
      if (!x.is_small_int() || !y.is_tuple() || x.small_int() < 1 ||
          static_cast<size_t>(x.small_int()) > y.tuple_size())
        throw Fail{};
      return y[static_cast<size_t>(x.small_int() - 1)];
    }
    if (op == "map_get" && y.is_map()) {
      if (const Term* v = y.map_get(x)) return *v;
      throw Fail{};
    }
    if (op == "is_map_key" && y.is_map()) return Term::boolean(y.map_get(x) != nullptr);
    if (op == "is_function" && y.is_small_int()) return Term(atoms::false_);
    if (x.is_number() && y.is_number()) {
      if (op == "+") return number::add(x, y);
      if (op == "-") return number::sub(x, y);
      if (op == "*") return number::mul(x, y);
      if (op == "/") {
        if (number::is_zero(y)) throw Fail{};
        return Term::floating(number::to_double(x) / number::to_double(y));
      }
      if (x.is_integer() && y.is_integer() && !number::is_zero(y)) {
        if (op == "div") return number::div(x, y);
        if (op == "rem") return number::rem(x, y);
      }
      if (op == "band" || op == "bor" || op == "bxor" || op == "bsl" || op == "bsr")
        return integer_op(op, x, y);
    }
    if (op == "min") return compare(x, y) <= 0 ? x : y;
    if (op == "max") return compare(x, y) >= 0 ? x : y;
    throw Fail{};
  }
  if (n == 3 && op == "is_record") {
    const Term &x = a[0], &tag = a[1], &size = a[2];
    return Term::boolean(x.is_tuple() && size.is_small_int() &&
                         static_cast<int64_t>(x.tuple_size()) == size.small_int() &&
                         x.tuple_size() > 0 && x[0] == tag);
  }
  throw Fail{};
}

Term eval_list(const Term& list, const Binds& b, const Term& object) {
  if (list.is_cons())
    return Term::cons(eval(list.head(), b, object), eval_list(list.tail(), b, object));
  if (list.is_nil()) return list;
  return eval(list, b, object);
}

Term eval(const Term& e, const Binds& b, const Term& object) {
  if (e.is_atom()) {
    if (e.is_atom(Atom("$_"))) return object;
    if (e.is_atom(Atom("$$"))) {
      std::vector<Term> all;
      for (const auto& v : b)
        if (v) all.push_back(*v);
      return Term::list(all);
    }
    int n = variable(e);
    if (n < 0) return e;
    if (static_cast<size_t>(n) >= b.size() || !b[n]) throw Fail{};
    return *b[n];
  }
  if (e.is_cons()) return eval_list(e, b, object);
  if (e.is_map()) {
    std::vector<std::pair<Term, Term>> pairs;
    for (const auto& [k, v] : e.map_pairs())
      pairs.emplace_back(eval(k, b, object), eval(v, b, object));
    return Term::map(std::move(pairs));
  }
  if (!e.is_tuple() || e.tuple_size() == 0) return e;
  const Term& head = e[0];
  if (e.tuple_size() == 1 && head.is_tuple()) {  // {{a, b}}: a tuple built
    std::vector<Term> items;
    for (const Term& x : head.tuple_items()) items.push_back(eval(x, b, object));
    return Term::tuple(items);
  }
  if (!head.is_atom()) throw Fail{};
  std::string_view op = head.atom_value().name();
  if (op == "const" && e.tuple_size() == 2) return e[1];
  if (op == "andalso" || op == "orelse") {
    bool want = op == "orelse";
    for (size_t i = 1; i < e.tuple_size(); ++i)
      if (boolean(eval(e[i], b, object)) == want) return Term::boolean(want);
    return Term::boolean(!want);
  }
  if (op == "self" && e.tuple_size() == 1) {
    if (!running_for) throw Fail{};
    return *running_for;
  }
  if (op == "node" && e.tuple_size() == 1) return Term::atom("nonode@nohost");
  std::vector<Term> args;
  for (size_t i = 1; i < e.tuple_size(); ++i) args.push_back(eval(e[i], b, object));
  return call(op, args);
}

}  // namespace

bool match_pattern(const Term& p, const Term& t, Binds& binds) {
  if (p.is_atom()) {
    if (p.is_atom(Atom("_"))) return true;
    int n = variable(p);
    if (n < 0) return p == t;
    if (binds.size() <= static_cast<size_t>(n)) binds.resize(n + 1);
    if (binds[n]) return *binds[n] == t;
    binds[n] = t;
    return true;
  }
  if (p.is_tuple()) {
    if (!t.is_tuple() || t.tuple_size() != p.tuple_size()) return false;
    for (size_t i = 0; i < p.tuple_size(); ++i)
      if (!match_pattern(p[i], t[i], binds)) return false;
    return true;
  }
  if (p.is_cons()) {
    if (!t.is_cons()) return false;
    return match_pattern(p.head(), t.head(), binds) && match_pattern(p.tail(), t.tail(), binds);
  }
  if (p.is_map()) {
    if (!t.is_map()) return false;
    for (const auto& [k, v] : p.map_pairs()) {
      const Term* tv = t.map_get(k);
      if (!tv || !match_pattern(v, *tv, binds)) return false;
    }
    return true;
  }
  return p == t;
}

std::optional<MatchSpec> MatchSpec::compile(const Term& spec) {
  if (!spec.is_list()) return std::nullopt;
  MatchSpec ms;
  const Term* c = &spec;
  for (; c->is_cons(); c = &c->tail()) {
    const Term& clause = c->head();
    if (!clause.is_tuple(3) || !clause[1].is_list() || !clause[2].is_list()) return std::nullopt;
    const Term& pattern = clause[0];
    if (!(pattern.is_tuple() || pattern.is_atom(Atom("_")) || variable(pattern) >= 0))
      return std::nullopt;
    ms.clauses_.push_back({pattern, clause[1].list_items(), clause[2].list_items()});
  }
  if (!c->is_nil()) return std::nullopt;
  return ms;
}

MatchSpec MatchSpec::of_pattern(const Term& pattern, bool whole_object) {
  MatchSpec ms;
  ms.clauses_.push_back({pattern, {}, {whole_object ? Term::atom("$_") : Term::atom("$$")}});
  return ms;
}

std::optional<Term> MatchSpec::run(const Term& object, const Term& self) const {
  running_for = &self;
  for (const Clause& cl : clauses_) {
    Binds binds;
    if (!match_pattern(cl.pattern, object, binds)) continue;
    try {
      bool pass = true;
      for (const Term& g : cl.guards)
        if (!eval(g, binds, object).is_atom(atoms::true_)) {
          pass = false;
          break;
        }
      if (!pass) continue;
    } catch (const Fail&) {
      continue;
    }
    Term result(Atom("EXIT"));
    try {
      for (const Term& e : cl.body) result = eval(e, binds, object);
    } catch (const Fail&) {
      result = Term(Atom("EXIT"));
    }
    return result;
  }
  return std::nullopt;
}

}  // namespace taskplay::lang

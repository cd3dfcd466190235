// Integer and Float where C++ does better than the prelude (Integer's guards, parsing,
// Float's exact decimal rounding), :math, and :erlang's float formatting. The rest of
// Integer and Float is written in the language (prelude_numbers.cpp).

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "taskplay/bigint.hpp"
#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/number.hpp"

namespace taskplay::lang {

namespace {

using number::cpp_int;

constexpr std::string_view I = "Elixir.Integer";
constexpr std::string_view F = "Elixir.Float";
constexpr std::string_view M = "math";
constexpr std::string_view B = "Elixir.Bitwise";

// [SECTION] Bitwise (and :erlang's band, bor, bxor, bnot, bsl, bsr), exact at any size
cpp_int big(const Term& t) { return number::to_big(t); }
Term of_big(const cpp_int& v) { return number::from_bigint(v); }
template <typename Op>
Term bitwise(const char* fun, Term* a, Op op) {
  if (!a[0].is_integer() || !a[1].is_integer())
    raise_in(Term(atoms::badarith), "erlang", fun, {a[0], a[1]});
  if (a[0].is_small_int() && a[1].is_small_int())
    return Term::integer(op(a[0].small_int(), a[1].small_int()));
  return of_big(op(big(a[0]), big(a[1])));  // two's complement, as the BEAM's
}
Term band(Ctx&, Term* a) {
  return bitwise("band", a, [](auto x, auto y) { return decltype(x)(x & y); });
}
Term bor(Ctx&, Term* a) {
  return bitwise("bor", a, [](auto x, auto y) { return decltype(x)(x | y); });
}
Term bxor(Ctx&, Term* a) {
  return bitwise("bxor", a, [](auto x, auto y) { return decltype(x)(x ^ y); });
}
Term bnot(Ctx&, Term* a) {
  if (!a[0].is_integer()) raise_in(Term(atoms::badarith), "erlang", "bnot", {a[0]});
  return number::sub(Term::integer(-1), a[0]);
}
// a * 2^n, or floor(a / 2^n) for a negative n
Term shift(const char* fun, const Term& a, const Term& n, bool left) {
  if (!a.is_integer() || !n.is_integer()) raise_in(Term(atoms::badarith), "erlang", fun, {a, n});
  if (!n.is_small_int())
    raise_in(Term(atoms::badarith), "erlang", fun, {a, n});  // the BEAM's system_limit, near enough
  int64_t k = left ? n.small_int() : -n.small_int();
  if (k >= 0) return number::mul(a, integer_power(Term::integer(2), k));
  if (k < -100000 || (a.is_small_int() && k <= -64))
    return Term::integer(number::compare(a, Term::integer(0)) < 0 ? -1 : 0);
  Term p = integer_power(Term::integer(2), -k);
  Term q = number::div(a, p);
  if (number::compare(a, Term::integer(0)) < 0 && !number::is_zero(number::rem(a, p)))
    q = number::sub(q, Term::integer(1));
  return q;
}
Term bsl(Ctx&, Term* a) { return shift("bsl", a[0], a[1], true); }
Term bsr(Ctx&, Term* a) { return shift("bsr", a[0], a[1], false); }

// [SECTION] Integer
Term is_even(Ctx&, Term* a) {
  if (!a[0].is_integer()) return Term(atoms::false_);
  return Term::boolean(number::is_zero(number::rem(a[0], Term::integer(2))));
}
Term is_odd(Ctx&, Term* a) {
  if (!a[0].is_integer()) return Term(atoms::false_);
  return Term::boolean(!number::is_zero(number::rem(a[0], Term::integer(2))));
}
int digit_value(char c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'z' ? c - 'a' + 10
         : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                : 99;
}
// Integer.parse/2: a sign, then as many digits of `base` as there are
Term parse2(Ctx&, Term* a) {
  if (!a[1].is_small_int() || a[1].small_int() < 2 || a[1].small_int() > 36)
    raise_argument_error("invalid base " + inspect(a[1]));
  if (!a[0].is_binary()) no_clause(I, "parse", {a[0], a[1]});
  std::string_view s = a[0].binary();
  int64_t base = a[1].small_int();
  size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  size_t start = i;
  while (i < s.size() && digit_value(s[i]) < base) ++i;
  if (i == start) return Term(atoms::error);
  Term v = Term::integer(0), b = Term::integer(base);
  for (size_t k = start; k < i; ++k)
    v = number::add(number::mul(v, b), Term::integer(digit_value(s[k])));
  if (s[0] == '-') v = number::sub(Term::integer(0), v);
  return Term::tuple({v, Term::string(s.substr(i))});
}

// [SECTION] Float
double float_arg(const Term& t, const char* name, std::initializer_list<Term> args) {
  if (!t.is_float()) no_clause(F, name, args);
  return t.float_value();
}

enum class Rounding { half_up, floor, ceil };

// Float.round/2, floor/2, ceil/2: the float's exact binary value rounded to `precision`
// decimal places (as Elixir does it, on the exact value, not on x * 10^p), then the
// nearest float to that decimal.
Term round_decimal(double x, int precision, Rounding mode) {
  if (x == 0.0) return Term::floating(x);
  int exp2 = 0;
  double frac = std::frexp(std::fabs(x), &exp2);  // |x| = frac * 2^exp2, 0.5 <= frac < 1
  cpp_int mant = static_cast<int64_t>(std::ldexp(frac, 53));
  int e = exp2 - 53;                     // |x| = mant * 2^e
  if (e >= 0) return Term::floating(x);  // a whole number: nothing below the point
  cpp_int num = mant * boost::multiprecision::pow(cpp_int(10), precision);
  cpp_int den = cpp_int(1) << -e;
  cpp_int q = num / den, r = num % den;
  bool negative = x < 0;
  bool up = false;
  if (r != 0) {
    switch (mode) {
      case Rounding::half_up:
        up = 2 * r >= den;
        break;
      case Rounding::floor:
        up = negative;
        break;
      case Rounding::ceil:
        up = !negative;
        break;
    }
  }
  if (up) ++q;
  if (q == 0) return Term::floating(0.0);
  std::string text = number::decimal(q) + "e-" + std::to_string(precision);
  double v = std::strtod(text.c_str(), nullptr);
  return Term::floating(negative ? -v : v);
}
int precision_arg(const Term& p) {
  if (!p.is_small_int() || p.small_int() < 0 || p.small_int() > 15)
    raise_argument_error("precision " + inspect(p) + " is out of valid range of 0..15");
  return static_cast<int>(p.small_int());
}
Term round2(Ctx&, Term* a) {
  double x = float_arg(a[0], "round", {a[0], a[1]});
  int p = precision_arg(a[1]);
  if (p == 0) return Term::floating(std::round(x));
  return round_decimal(x, p, Rounding::half_up);
}
Term floor2(Ctx&, Term* a) {
  double x = float_arg(a[0], "floor", {a[0], a[1]});
  int p = precision_arg(a[1]);
  if (p == 0) return Term::floating(std::floor(x));
  return round_decimal(x, p, Rounding::floor);
}
Term ceil2(Ctx&, Term* a) {
  double x = float_arg(a[0], "ceil", {a[0], a[1]});
  int p = precision_arg(a[1]);
  if (p == 0) return Term::floating(std::ceil(x));
  return round_decimal(x, p, Rounding::ceil);
}
Term ratio(Ctx&, Term* a) {
  double x = float_arg(a[0], "ratio", {a[0]});
  if (x == 0.0) return Term::tuple({Term::integer(0), Term::integer(1)});
  int exp2 = 0;
  double frac = std::frexp(std::fabs(x), &exp2);
  auto mant = static_cast<int64_t>(std::ldexp(frac, 53));
  int e = exp2 - 53;
  while (e < 0 && (mant & 1) == 0) {
    mant >>= 1;
    ++e;
  }
  cpp_int num = mant, den = 1;
  if (e > 0)
    num <<= e;
  else
    den <<= -e;
  if (x < 0) num = -num;
  return Term::tuple({number::from_bigint(num), number::from_bigint(den)});
}
// Float.parse/1: a sign, digits, then optionally .digits and an exponent; the rest returned
Term parse1(Ctx&, Term* a) {
  if (!a[0].is_binary()) no_clause(F, "parse", {a[0]});
  std::string_view s = a[0].binary();
  size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (!digit(i)) return Term(atoms::error);
  while (digit(i)) ++i;
  if (i + 1 < s.size() && s[i] == '.' && digit(i + 1)) {
    i += 2;
    while (digit(i)) ++i;
  }
  bool exponent = false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t k = i + 1;
    if (k < s.size() && (s[k] == '-' || s[k] == '+')) ++k;
    if (digit(k)) {
      exponent = true;
      i = k;
      while (digit(i)) ++i;
    }
  }
  std::string text(s.substr(0, i));
  double v = std::strtod(text.c_str(), nullptr);
  if (std::isinf(v)) {
    if (exponent) return Term(atoms::error);
    bif_badarg("erlang", "binary_to_float", {Term::string(text)});
  }
  return Term::tuple({Term::floating(v), Term::string(s.substr(i))});
}
Term max_finite(Ctx&, Term*) { return Term::floating(std::numeric_limits<double>::max()); }
Term min_finite(Ctx&, Term*) { return Term::floating(-std::numeric_limits<double>::max()); }
Term to_string1(Ctx&, Term* a) {
  return Term::string(float_to_string(float_arg(a[0], "to_string", {a[0]})));
}

// [SECTION] :erlang.float_to_binary/2 and float_to_list/2 ([decimals: n, scientific: n, :compact])
std::string float_with_options(double v, const Term& opts, const char* fun) {
  int decimals = -1, scientific = 20;
  bool compact = false;
  for (const Term* c = &opts; c->is_cons(); c = &c->tail()) {
    const Term& o = c->head();
    if (o.is_atom(Atom("compact"))) {
      compact = true;
    } else if (o.is_tuple(2) && o[0].is_atom(Atom("decimals")) && o[1].is_small_int() &&
               o[1].small_int() >= 0 && o[1].small_int() <= 253) {
      decimals = static_cast<int>(o[1].small_int());
    } else if (o.is_tuple(2) && o[0].is_atom(Atom("scientific")) && o[1].is_small_int() &&
               o[1].small_int() >= 0 && o[1].small_int() <= 249) {
      scientific = static_cast<int>(o[1].small_int());
      decimals = -1;
    } else if (o.is_atom(Atom("short"))) {
      return float_to_string(v);
    } else {
      bif_badarg("erlang", fun, {Term::floating(v), opts});
    }
  }
  char buf[512];
  if (decimals >= 0) {
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (compact && s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s += '0';
    }
    return s;
  }
  std::snprintf(buf, sizeof buf, "%.*e", scientific, v);
  return buf;
}
Term float_to_binary2(Ctx&, Term* a) {
  if (!a[0].is_float() || !a[1].is_list()) bif_badarg("erlang", "float_to_binary", {a[0], a[1]});
  return Term::string(float_with_options(a[0].float_value(), a[1], "float_to_binary"));
}
Term float_to_list2(Ctx&, Term* a) {
  if (!a[0].is_float() || !a[1].is_list()) bif_badarg("erlang", "float_to_list", {a[0], a[1]});
  std::string s = float_with_options(a[0].float_value(), a[1], "float_to_list");
  std::vector<Term> out;
  for (char c : s) out.push_back(Term::integer(c));
  return Term::list(out);
}

// [SECTION] :math (every function of floats; integers are taken as floats)
double num(const Term& t, const char* fun, std::initializer_list<Term> args) {
  if (!t.is_number()) bif_badarg(M, fun, args);
  return number::to_double(t);
}
// a result outside the floats (log(-1), sqrt(-1), pow overflow) is badarith, as on the BEAM
Term result(double v, const char* fun, std::initializer_list<Term> args) {
  if (std::isnan(v) || std::isinf(v)) raise_in(Term(atoms::badarith), M, fun, args);
  return Term::floating(v);
}
#define TP_MATH1(name, expr)              \
  Term math_##name(Ctx&, Term* a) {       \
    double x = num(a[0], #name, {a[0]});  \
    return result((expr), #name, {a[0]}); \
  }
TP_MATH1(sqrt, std::sqrt(x))
TP_MATH1(exp, std::exp(x))
TP_MATH1(log, std::log(x))
TP_MATH1(log2, std::log2(x))
TP_MATH1(log10, std::log10(x))
TP_MATH1(sin, std::sin(x))
TP_MATH1(cos, std::cos(x))
TP_MATH1(tan, std::tan(x))
TP_MATH1(asin, std::asin(x))
TP_MATH1(acos, std::acos(x))
TP_MATH1(atan, std::atan(x))
TP_MATH1(sinh, std::sinh(x))
TP_MATH1(cosh, std::cosh(x))
TP_MATH1(tanh, std::tanh(x))
TP_MATH1(asinh, std::asinh(x))
TP_MATH1(acosh, std::acosh(x))
TP_MATH1(atanh, std::atanh(x))
TP_MATH1(erf, std::erf(x))
TP_MATH1(erfc, std::erfc(x))
TP_MATH1(floor, std::floor(x))
TP_MATH1(ceil, std::ceil(x))
#undef TP_MATH1
Term math_pow(Ctx&, Term* a) {
  double x = num(a[0], "pow", {a[0], a[1]}), y = num(a[1], "pow", {a[0], a[1]});
  return result(std::pow(x, y), "pow", {a[0], a[1]});
}
Term math_atan2(Ctx&, Term* a) {
  double y = num(a[0], "atan2", {a[0], a[1]}), x = num(a[1], "atan2", {a[0], a[1]});
  return result(std::atan2(y, x), "atan2", {a[0], a[1]});
}
Term math_fmod(Ctx&, Term* a) {
  double x = num(a[0], "fmod", {a[0], a[1]}), y = num(a[1], "fmod", {a[0], a[1]});
  return result(std::fmod(x, y), "fmod", {a[0], a[1]});
}
Term math_pi(Ctx&, Term*) { return Term::floating(3.141592653589793); }
Term math_tau(Ctx&, Term*) { return Term::floating(6.283185307179586); }

constexpr Native kTable[] = {
    {"erlang", "band", 2, band, nullptr, true},
    {"erlang", "bor", 2, bor, nullptr, true},
    {"erlang", "bxor", 2, bxor, nullptr, true},
    {"erlang", "bnot", 1, bnot, nullptr, true},
    {"erlang", "bsl", 2, bsl, nullptr, true},
    {"erlang", "bsr", 2, bsr, nullptr, true},
    {B, "band", 2, band, nullptr, true},
    {B, "bor", 2, bor, nullptr, true},
    {B, "bxor", 2, bxor, nullptr, true},
    {B, "bnot", 1, bnot, nullptr, true},
    {B, "bsl", 2, bsl, nullptr, true},
    {B, "bsr", 2, bsr, nullptr, true},
    {B, "&&&", 2, band, nullptr, true},
    {B, "|||", 2, bor, nullptr, true},
    {B, "~~~", 1, bnot, nullptr, true},
    {B, "<<<", 2, bsl, nullptr, true},
    {B, ">>>", 2, bsr, nullptr, true},
    {I, "is_even", 1, is_even, nullptr, true},
    {I, "is_odd", 1, is_odd, nullptr, true},
    {I, "parse", 2, parse2, nullptr},
    {F, "round", 2, round2, nullptr},
    {F, "floor", 2, floor2, nullptr},
    {F, "ceil", 2, ceil2, nullptr},
    {F, "ratio", 1, ratio, nullptr},
    {F, "parse", 1, parse1, nullptr},
    {F, "max_finite", 0, max_finite, nullptr},
    {F, "min_finite", 0, min_finite, nullptr},
    {F, "to_string", 1, to_string1, nullptr},
    {"erlang", "float_to_binary", 2, float_to_binary2, nullptr},
    {"erlang", "float_to_list", 2, float_to_list2, nullptr},
    {M, "sqrt", 1, math_sqrt, nullptr},
    {M, "exp", 1, math_exp, nullptr},
    {M, "log", 1, math_log, nullptr},
    {M, "log2", 1, math_log2, nullptr},
    {M, "log10", 1, math_log10, nullptr},
    {M, "sin", 1, math_sin, nullptr},
    {M, "cos", 1, math_cos, nullptr},
    {M, "tan", 1, math_tan, nullptr},
    {M, "asin", 1, math_asin, nullptr},
    {M, "acos", 1, math_acos, nullptr},
    {M, "atan", 1, math_atan, nullptr},
    {M, "sinh", 1, math_sinh, nullptr},
    {M, "cosh", 1, math_cosh, nullptr},
    {M, "tanh", 1, math_tanh, nullptr},
    {M, "asinh", 1, math_asinh, nullptr},
    {M, "acosh", 1, math_acosh, nullptr},
    {M, "atanh", 1, math_atanh, nullptr},
    {M, "erf", 1, math_erf, nullptr},
    {M, "erfc", 1, math_erfc, nullptr},
    {M, "floor", 1, math_floor, nullptr},
    {M, "ceil", 1, math_ceil, nullptr},
    {M, "pow", 2, math_pow, nullptr},
    {M, "atan2", 2, math_atan2, nullptr},
    {M, "fmod", 2, math_fmod, nullptr},
    {M, "pi", 0, math_pi, nullptr},
    {M, "tau", 0, math_tau, nullptr},
};

}  // namespace

std::span<const Native> numbers_natives() { return kTable; }

}  // namespace taskplay::lang

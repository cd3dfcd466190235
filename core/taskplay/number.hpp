#pragma once
// Integer and float arithmetic on Terms. Integers are exact at any size, as in
// Elixir: the fast path stays in 64 bits and overflow moves to a big integer
// (Boost.Multiprecision, kept inside term.cpp).

#include "taskplay/term.hpp"

namespace taskplay::number {

int compare(const Term& a, const Term& b);  // both numbers
double to_double(const Term& t);
bool is_zero(const Term& t);

Term add_slow(const Term& a, const Term& b);
Term sub_slow(const Term& a, const Term& b);
Term mul_slow(const Term& a, const Term& b);
Term div(const Term& a, const Term& b);  // Kernel.div/2; b must not be zero
Term rem(const Term& a, const Term& b);  // Kernel.rem/2; b must not be zero

inline Term add(const Term& a, const Term& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_add_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  return add_slow(a, b);
}
inline Term sub(const Term& a, const Term& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_sub_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  return sub_slow(a, b);
}
inline Term mul(const Term& a, const Term& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_mul_overflow(a.small_int(), b.small_int(), &r))
    return Term::integer(r);
  return mul_slow(a, b);
}

}  // namespace taskplay::number

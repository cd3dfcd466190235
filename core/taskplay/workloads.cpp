#include "taskplay/workloads.hpp"

#include <limits>
#include <type_traits>
#include <vector>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/number.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::workloads {

namespace {

constexpr int64_t kWordsPerFrame = 3;      // a non-tail call's stack frame on the BEAM
constexpr int64_t kHeapReportStep = 4096;  // report stack growth in steps of this many words

// Subtrees of at most Fib.of(kLeaf) run as a plain C++ recursion and are charged
// their exact number of calls (Fib.of(n) makes 2*fib(n+1)-1 calls): the same
// reductions as call-by-call, with a preemption point at most 21,891 calls late
// (microseconds), at the speed of native recursion.
constexpr int64_t kLeaf = 20;
constexpr int32_t calls_of(int64_t n) {
  int64_t a = 0, b = 1;  // fib(0), fib(1)
  for (int64_t k = 0; k <= n; ++k) {
    int64_t c = a + b;
    a = b;
    b = c;
  }
  return static_cast<int32_t>(2 * a - 1);  // a == fib(n + 1)
}
static_assert(calls_of(0) == 1 && calls_of(1) == 1 && calls_of(2) == 3 && calls_of(3) == 5);

Term stacktrace_fib() {
  return Term::list(
      {Term::tuple({Term::atom("Elixir.Fib"), Term::atom("of"), Term::integer(1), Term()})});
}

// Fibonacci on an explicit stack. `Int` is int64_t while results fit (n <= 92),
// Term (exact big integers) beyond.
template <typename Int>
struct Frame {
  int64_t n;
  Int left;
  uint8_t stage;
};

inline int64_t add(int64_t a, int64_t b) { return a + b; }
template <typename Int>
Int from_i64(int64_t v) {
  if constexpr (std::is_same_v<Int, Term>)
    return Term::integer(v);
  else
    return v;
}
inline Term add(const Term& a, const Term& b) { return number::add(a, b); }

template <typename Int>
Co<Int> run_fib(Ctx& ctx, int64_t n) {
  std::vector<Frame<Int>> stack;
  stack.push_back({n, Int{}, 0});
  Int ret{};
  int32_t& budget = ctx.runtime().budget();
  int64_t reported = 0;
  while (!stack.empty()) {
    Frame<Int>& f = stack.back();
    switch (f.stage) {
      case 0:
        // one function call = one reduction; preempt when the slice is spent
        if (--budget <= 0 || ctx.process().exit_pending) co_await ctx.reduce(0);
        if (f.n == 0 || f.n == 1) {
          ret = from_i64<Int>(f.n);
          stack.pop_back();
        } else if (f.n <= kLeaf && f.n > 1) {
          ret = from_i64<Int>(fib_plain(f.n));
          budget -= calls_of(f.n) - 1;  // this call is already counted
          stack.pop_back();
        } else {
          f.stage = 1;
          int64_t m = f.n - 1;
          stack.push_back({m, Int{}, 0});
          auto words = static_cast<int64_t>(stack.size()) * kWordsPerFrame;
          if (words > reported + kHeapReportStep) {
            ctx.grow_heap(words - reported);
            reported = words;
          }
        }
        break;
      case 1:
        f.left = ret;
        f.stage = 2;
        {
          int64_t m = f.n - 2;
          stack.push_back({m, Int{}, 0});
        }
        break;
      default:
        ret = add(f.left, ret);
        stack.pop_back();
        break;
    }
  }
  if (reported) ctx.grow_heap(-reported);
  co_return ret;
}

}  // namespace

Co<Term> fib_of(Ctx& ctx, Term n) {
  if (n.is_small_int() && n.small_int() >= 0 && n.small_int() <= 92) {
    int64_t r = co_await run_fib<int64_t>(ctx, n.small_int());
    co_return Term::integer(r);
  }
  if (n.is_small_int()) co_return co_await run_fib<Term>(ctx, n.small_int());
  if (n.is_integer() || n.is_float()) {
    // Fib.of(huge) or Fib.of(2.0): the recursion never reaches a base case
    // (0.0 does not match 0); it deepens until the heap limit stops it.
    co_return co_await run_fib<Term>(ctx, std::numeric_limits<int64_t>::min() / 2);
  }
  raise(exception_struct(atoms::ArithmeticError, "bad argument in arithmetic expression"),
        stacktrace_fib());
}

int64_t fib_plain(int64_t n) { return n < 2 ? n : fib_plain(n - 1) + fib_plain(n - 2); }

Term fib_fun(Term n) {
  return make_fun(
      0, [n](Ctx& ctx, std::vector<Term>) -> Co<Term> { co_return co_await fib_of(ctx, n); });
}

Term sleep_fun(int64_t ms, Term result) {
  return make_fun(0, [ms, result](Ctx& ctx, std::vector<Term>) -> Co<Term> {
    co_await ctx.sleep(ms);
    co_return result;
  });
}

Term raise_fun(std::string message) {
  return make_fun(0, [message](Ctx&, std::vector<Term>) -> Co<Term> {
    raise_message(message);
    co_return Term();
  });
}

Term exit_fun(Term reason) {
  return make_fun(0, [reason](Ctx&, std::vector<Term>) -> Co<Term> {
    exit_with(reason);
    co_return Term();
  });
}

Term throw_fun(Term value) {
  return make_fun(0, [value](Ctx&, std::vector<Term>) -> Co<Term> {
    throw_value(value);
    co_return Term();
  });
}

Term loop_forever_fun() {
  return make_fun(0, [](Ctx& ctx, std::vector<Term>) -> Co<Term> {
    while (true) co_await ctx.reduce(1);
  });
}

Term crash_after_fun(int64_t ms, std::string message) {
  return make_fun(0, [ms, message](Ctx& ctx, std::vector<Term>) -> Co<Term> {
    co_await ctx.sleep(ms);
    raise_message(message);
    co_return Term();
  });
}

Term value_fun(Term value) {
  return make_fun(0, [value](Ctx&, std::vector<Term>) -> Co<Term> { co_return value; });
}

}  // namespace taskplay::workloads

#include "taskplay/modules.hpp"

namespace taskplay::workloads {
void install(Modules& modules) {
  modules.define(Atom("Elixir.Fib"), Atom("of"), 1,
                 make_fun(1, [](Ctx& ctx, std::vector<Term> args) -> Co<Term> {
                   co_return co_await fib_of(ctx, args[0]);
                 }));
}
}  // namespace taskplay::workloads

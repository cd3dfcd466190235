#pragma once
// Functions as terms: `fn -> ... end`, `&Fib.of/1`, and functions written in
// C++. Calling one may block (it runs inside a process), so `call` is a
// coroutine. Whoever calls a fun must keep the Term holding it alive until
// the call finishes (the frame may refer to the fun's captures).

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "taskplay/coro.hpp"
#include "taskplay/term.hpp"

namespace taskplay {

class Ctx;

class FunObj : public detail::HeapObj {
 public:
  FunObj();
  virtual ~FunObj() = default;
  FunObj(const FunObj&) = delete;
  FunObj& operator=(const FunObj&) = delete;

  virtual uint32_t arity() const = 0;
  virtual Co<Term> call(Ctx& ctx, std::vector<Term> args) = 0;
  // How inspect shows it, e.g. "#Function<3.1/0 in :erl_eval.expr/6>" or "&Fib.of/1".
  virtual std::string inspect() const;

  // Term order among funs, and ==, as the BEAM's: `fn`s made by the same code from equal
  // captured values are equal (lang::Closure), so are two &Mod.fun/arity of one function
  // (lang::ExternalFun); other funs equal only themselves. Closures sort before external
  // funs, those before the rest.
  int compare(const FunObj& other) const;
  // Agrees with compare: equal funs hash alike.
  virtual uint64_t hash() const { return unique_; }
  uint64_t unique() const { return unique_; }  // creation order

 protected:
  virtual int kind_rank() const { return 2; }
  // `other` has the same kind_rank
  virtual int compare_same_kind(const FunObj& other) const;

 private:
  uint64_t unique_;
};

// A fun whose body is a C++ callable `Co<Term>(Ctx&, std::vector<Term>)`.
template <typename F>
class NativeFun final : public FunObj {
 public:
  NativeFun(uint32_t arity, F f) : arity_(arity), f_(std::move(f)) {}
  uint32_t arity() const override { return arity_; }
  Co<Term> call(Ctx& ctx, std::vector<Term> args) override { return f_(ctx, std::move(args)); }

 private:
  uint32_t arity_;
  F f_;
};

template <typename F>
Term make_fun(uint32_t arity, F f) {
  return Term::fun(new NativeFun<F>(arity, std::move(f)));
}

}  // namespace taskplay

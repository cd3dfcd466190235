#pragma once
// The language's funs as terms:
//   Closure      fn x -> x + y end   (a compiled function and its captured values)
//   ExternalFun  &Fib.of/1           (a module function by name, resolved at call time)
// Both are ordinary FunObjs: library code written in C++ calls them with
// FunObj::call, which runs the VM in the calling process.

#include <string>
#include <vector>

#include "taskplay/fun.hpp"
#include "taskplay/lang/bytecode.hpp"

namespace taskplay::lang {

class Closure final : public FunObj {
 public:
  Closure(const Proto* proto, std::vector<Term> captures)
      : proto_(proto), captures_(std::move(captures)) {}
  uint32_t arity() const override { return proto_->arity; }
  Co<Term> call(Ctx& ctx, std::vector<Term> args) override;
  // #Function<3.80017421/1 in Fib.run/0>, like the BEAM's (index.module hash/arity in parent)
  std::string inspect() const override;
  const Proto* proto() const { return proto_; }
  const std::vector<Term>& captures() const { return captures_; }
  uint64_t hash() const override;

 protected:
  int kind_rank() const override { return 0; }
  int compare_same_kind(const FunObj& other) const override;

 private:
  const Proto* proto_;
  std::vector<Term> captures_;
};

class ExternalFun final : public FunObj {
 public:
  ExternalFun(uint32_t mfa, bool local) : mfa_(mfa), local_(local) {}
  uint32_t arity() const override { return mfa_of(mfa_).arity; }
  Co<Term> call(Ctx& ctx, std::vector<Term> args) override;
  std::string inspect() const override;  // &Fib.of/1
  uint32_t mfa() const { return mfa_; }
  bool local() const { return local_; }  // captured inside its module: may reach a defp
  uint64_t hash() const override { return mfa_; }

 protected:
  int kind_rank() const override { return 1; }
  int compare_same_kind(const FunObj& other) const override;

 private:
  uint32_t mfa_;
  bool local_;
};

inline Term make_external_fun(uint32_t mfa, bool local = false) {
  return Term::fun(new ExternalFun(mfa, local));
}

}  // namespace taskplay::lang

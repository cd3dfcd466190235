#pragma once
// The compiled form of the shell's language: a register machine.
//
// A function (Proto) has `nregs` registers, a window on its process's VM
// stack. Arguments arrive in R[0..arity); a closure's captured values are
// copied to R[arity..arity+ncaptures); variables and temporaries follow.
// Calls pass arguments in consecutive registers at the top of the caller's
// window, which become the callee's R[0..]: no copying (Lua's convention);
// the result comes back in the first of them.
//
// Instructions are 16 bytes: an opcode, three 16-bit operands, a 32-bit
// operand (a jump target, a constant index, an immediate, a function id) and
// the source line (for stack traces).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay::lang {

enum class Op : uint8_t {
  // moves and constants
  Move,     // R[a] = R[b]
  LoadK,    // R[a] = K[t]
  LoadInt,  // R[a] = (int32) t
  LoadNil,  // R[a] = nil (the atom)
  // control
  Jmp,         // goto t
  JmpFalsy,    // if R[a] is nil or false: goto t
  JmpTruthy,   // if R[a] is neither: goto t
  JmpNotTrue,  // if R[a] !== true: goto t (guards)
  JmpNotBool,  // if R[a] is not a boolean: raise {:badbool, op K[b], R[a]}   (and/or)
  // arithmetic and comparison: R[a] = R[b] op R[c]
  Add,
  Sub,
  Mul,
  Div,
  AddInt,  // R[a] = R[b] + (int32) t
  SubInt,  // R[a] = R[b] - (int32) t
  Neg,     // R[a] = -R[b]
  Eq,
  Ne,
  EqExact,
  NeExact,
  Lt,
  Le,
  Gt,
  Ge,
  Not,         // R[a] = not R[b] (boolean)
  Bang,        // R[a] = !R[b]
  Concat,      // R[a] = R[b] <> R[c]
  ListAppend,  // R[a] = R[b] ++ R[c]
  ListSub,     // R[a] = R[b] -- R[c]
  // data
  Tuple,      // R[a] = {R[b], ..., R[b+c-1]}
  List,       // R[a] = [R[b], ..., R[b+c-1]]          (x & 1: | R[b+c] as the tail)
  Cons,       // R[a] = [R[b] | R[c]]
  Map,        // R[a] = %{R[b] => R[b+1], ...} (c pairs)
  MapUpdate,  // R[a] = %{R[b] | R[b+1] => R[b+2], ...} (c pairs; keys must exist)
  StrBuild,   // R[a] = to_string(R[b]) <> ... (c parts)  (interpolation)
  MakeFun,    // R[a] = a closure of unit proto t, capturing as that proto says
  // pattern tests: on mismatch goto t
  TestInt,     // R[a] === the integer (int32) (b | c << 16)
  TestK,       // R[a] === K[c]
  TestSame,    // R[a] === R[b]
  TestTuple,   // R[a] is a tuple of size b
  TestCons,    // R[a] is a non-empty list
  TestNil,     // R[a] is []
  TestMap,     // R[a] is a map
  TestPrefix,  // R[a] is a binary starting with K[c]; R[b] = the rest
  GetElem,     // R[a] = elem(R[b], c)
  GetHead,     // R[a] = hd(R[b])
  GetTail,     // R[a] = tl(R[b])
  MapGet,      // R[a] = R[b][R[c]], or goto t if absent
  // calls
  Call,  // call function id t with R[a..a+b); result in R[a]. x & 1: a local call (may reach defp)
  TailCall,  // the same, replacing this frame
  CallFun,   // call the fun R[a+b] with R[a..a+b); result in R[a]
  TailCallFun,
  CallDyn,  // call R[c].K[t](R[a..a+b)); x & 1: `R[c].name` without parentheses (a map field if
            // R[c] is a map)
  Apply,    // apply(R[a], R[a+1], R[a+2]); result in R[a]
  Bif,      // R[a] = native t (synchronous) applied to R[b..b+c)
  Return,   // return R[a]
  // receive: the matcher code tests R[a] (the message), ends in MatchOk/MatchFail
  Receive,    // a: message register, b: timeout register (0xFFFF: none), t: matcher pc; next ins:
              // After
  After,      // t: the pc of the after branch (or 0xFFFFFFFF: none)
  MatchOk,    // matcher: the message matched; its clause body starts at t
  MatchFail,  // matcher: no clause matched
  // errors
  Try,       // push a handler at pc t; on an error R[a], R[a+1], R[a+2] = kind, value, stacktrace
  TryEnd,    // pop it
  GuardTry,  // push a guard handler: an error in the guard jumps to t (the clause fails)
  GuardEnd,
  Raise,        // raise R[a] with kind x (0 error, 1 throw, 2 exit)
  Reraise,      // rethrow kind R[a], value R[a+1], stacktrace R[a+2]
  Normalize,    // R[a] = Exception.normalize(:error, R[b], R[c])
  IsException,  // R[a] = R[b] is an exception whose module is in K[t] (a list; [] = any)
  BadMatch,     // raise {:badmatch, R[a]}
  CaseClause,   // raise {:case_clause, R[a]}
  CondClause,   // raise %CondClauseError{}
  FunClause,    // raise :function_clause (with this function's arguments)
  TryClause,    // raise {:try_clause, R[a]}
  WithClause,   // raise {:with_clause, R[a]}
  // modules
  DefModule,  // define module t of the unit; R[a] = {:module, name, binary, R[b]}
  Count_,
};

struct Ins {
  Op op;
  uint8_t x = 0;
  uint16_t a = 0;
  uint16_t b = 0;
  uint16_t c = 0;
  uint32_t t = 0;
  uint32_t line = 0;
};
static_assert(sizeof(Ins) == 16);

inline constexpr uint16_t kNoReg = 0xFFFF;
inline constexpr uint32_t kNoTarget = 0xFFFFFFFF;

struct Unit;

struct Proto {
  std::vector<Ins> code;
  std::vector<Term> consts;
  uint32_t arity = 0;
  uint32_t nregs = 1;
  // A closure: the parent's registers its MakeFun captures, in order; the
  // values land in R[arity + i].
  std::vector<uint16_t> capture_from;
  std::vector<uint16_t> capture_to;  // ...and where they land in the closure's frame
  Atom module = atoms::nil;          // the defining module (nil at a script's top level)
  Atom name = atoms::nil;            // the function's name (anonymous fns: a generated one)
  uint32_t fun_arity = 0;            // arity of the enclosing named function (stack traces)
  bool anonymous = false;
  uint32_t line = 0;
  uint32_t index = 0;  // in its unit (anonymous fns show it in #Function<...>)
  const Unit* unit = nullptr;
};

struct FunctionDef {
  Atom name;
  uint32_t arity;
  const Proto* proto;
  bool is_private;
};

struct ModuleDef {
  Atom name;
  std::vector<FunctionDef> functions;
};

// One compilation: a script, one shell input, the prelude. Owned by the
// runtime's language state (lang::State) for as long as the runtime lives,
// since frames and closures point into it.
struct Unit {
  std::string file;  // "iex", "x.exs", ...
  std::vector<std::unique_ptr<Proto>> protos;
  std::vector<ModuleDef> modules;
  const Proto* main = nullptr;  // the top level
  // Shell inputs: the variables bound at the end, in the order main returns them.
  std::vector<std::string> bindings_out;
};

// Typed at the shell's prompt (the top level of an iex input, or a fn in it): what iex
// runs with erl_eval, so #Function<...> and stack traces name erl_eval for it.
inline bool typed_at_prompt(const Proto& p) {
  return p.unit->file == "iex" && p.module == Atom("elixir_compiler_0");
}

// [SECTION] Function ids ---------------------------------------------------------------
// Every Module.function/arity the program names gets a small number, once for
// the whole program (like atoms), so compiled code can be shared by runtimes
// and call sites index a per-runtime table directly.
struct Mfa {
  Atom module;
  Atom function;
  uint32_t arity;
};
uint32_t mfa_id(Atom module, Atom function, uint32_t arity);
Mfa mfa_of(uint32_t id);
uint32_t mfa_count();

}  // namespace taskplay::lang

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
// the source line (for stack traces). opcodes.def lists them.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay::lang {

// The instructions, listed with their operands in opcodes.def.
enum class Op : uint8_t {
#define TP_OP(name, registers, path) name,
#include "taskplay/lang/opcodes.def"
#undef TP_OP
  Count_,
};

// Where Add, Sub, Mul and Div (their x) raise a :badarith, as OTP 25 compiles the operator
// (compiler.cpp's arith_failure): in the erlang:op/2 BIF (its frame on top of the stack), with
// its arguments as written or swapped (the compiler moved a literal to the right), or inline,
// from the function's own frame.
enum ArithFailure : uint8_t { kArithInBif = 0, kArithInline = 1, kArithInBifSwapped = 2 };

// Which operands of each instruction are registers (bit 0 a, bit 1 b, bit 2 c): the
// compiler renumbers exactly these when it compacts a function's registers.
namespace operands {
inline constexpr uint8_t NONE = 0b000, A = 0b001, AB = 0b011, AC = 0b101, ABC = 0b111;
}
inline constexpr uint8_t kRegisterOperands[] = {
#define TP_OP(name, registers, path) operands::registers,
#include "taskplay/lang/opcodes.def"
#undef TP_OP
};
static_assert(std::size(kRegisterOperands) == static_cast<size_t>(Op::Count_));

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
  // The file its stack frames name when not its unit's: a doctest's test names the
  // documented file, as "(for doctest at) lib/math.ex"
  std::string file;
  const std::string& source_file() const;
};

struct FunctionDef {
  Atom name;
  uint32_t arity;
  const Proto* proto;
  bool is_private;
};

// A function's @doc (or the module's @moduledoc): its text and the source line the text
// starts on (doctests point failures at the line of their iex> prompt).
struct DocText {
  Atom name;  // nil for the @moduledoc
  uint32_t arity = 0;
  std::string text;
  uint32_t line = 0;
};

struct ModuleDef {
  Atom name;
  std::vector<FunctionDef> functions;
  std::vector<DocText> docs;  // @moduledoc first (if any), then each function's @doc
  bool documented = false;    // compiled with docs (CompileOptions::docs)
  std::string file;           // where it was defined
  std::string application;    // CompileOptions::application
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

inline const std::string& Proto::source_file() const { return file.empty() ? unit->file : file; }

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

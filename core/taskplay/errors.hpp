#pragma once
// Errors inside a process, with Erlang's three kinds: `raise` (:error),
// `throw` and `exit`. A process body written in C++ signals one by throwing
// `Raised`; if nothing catches it, the process exits with the reason Erlang
// would give it:
//   raise  -> {exception, stacktrace}      e.g. {%RuntimeError{message: "boom"}, [...]}
//   throw  -> {{:nocatch, value}, stacktrace}
//   exit   -> value

#include <string>
#include <string_view>

#include "taskplay/term.hpp"

namespace taskplay {

enum class RaiseKind : uint8_t { error, throw_, exit };

struct Raised {
  RaiseKind kind;
  Term value;
  Term stacktrace;  // a list of {module, function, arity, location} tuples
};

// The exit reason of a process that let `r` escape.
Term exit_reason_of(const Raised& r);

// A stack trace's entry as the BEAM writes one:
// {module, function, arity (or the arguments), [file: 'file', line: line]}.
Term stack_frame(Term module, Term function, Term arity_or_args, std::string_view file,
                 uint32_t line);

// Exception structs as Elixir defines them.
Term runtime_error(std::string_view message);                // %RuntimeError{message: m}
Term argument_error(std::string_view message);               // %ArgumentError{message: m}
Term exception_struct(Atom name, std::string_view message);  // any %X{message: m}
Term erlang_error(Term original);                            // %ErlangError{original: t}

[[noreturn]] void raise(Term exception, Term stacktrace = Term());
[[noreturn]] void raise_message(std::string_view message);  // raise "message"
[[noreturn]] void throw_value(Term value, Term stacktrace = Term());
[[noreturn]] void exit_with(Term reason);
// The same, raised in a library function: its frame (stack_frame's) on top of the caller's.
[[noreturn]] void exit_with(Term reason, Term frame);
// No clause of module.function matches these arguments (FunctionClauseError), as a function
// written in Elixir with guards raises it (Task.await(task, -1), Process.sleep(:x), ...).
[[noreturn]] void raise_function_clause(Atom module, Atom function,
                                        std::initializer_list<Term> args);

}  // namespace taskplay

namespace taskplay {

// Exception.normalize(:error, value): an Erlang error value as the Elixir
// exception it stands for (:badarith -> %ArithmeticError{}, {:badkey, k} ->
// %KeyError{}, ...). Exceptions pass through unchanged.
Term normalize_error(const Term& value);
// The same, with the stack trace the error came with: :function_clause names the function
// of its top frame (%FunctionClauseError{module: M, function: :f, arity: 3}), as Elixir's
// normalization does.
Term normalize_error(const Term& value, const Term& stacktrace);

// Exception.message/1 for an exception struct.
std::string exception_message(const Term& exception);
// The language's message for an exception whose module computes it (a message/1 of the
// program's or of ExUnit.AssertionError), or nullptr: exception_message asks it first, so
// Logger's reports show what Exception.message/1 shows.
using ExceptionMessageHook = const std::string* (*)(const Term& exception);
void set_exception_message_hook(ExceptionMessageHook hook);
// What Exception.blame/3 adds to an UndefinedFunctionError's message for a library macro
// called without `require` (". However there is a macro ..."), or "".
std::string undefined_function_hint(const Term& exception);
// A macro the program defined (`defmacro`): without `require` its call fails the same way.
void note_program_macro(Atom module, Atom function, uint32_t arity);
// A module seen loaded (a call to it failed, yet it exists): an UndefinedFunctionError of
// it, whose reason is nil as in Elixir 1.14, says "is undefined or private".
void note_loaded_module(Atom module);

// How Logger shows a crashed process's exit reason in an error report:
//   {%RuntimeError{message: "boom"}, st} -> "** (RuntimeError) boom"
//   {:badarith, st}                      -> "** (ArithmeticError) bad argument in arithmetic
//   expression"
//   {{:nocatch, :ball}, st}              -> "** (stop) {:nocatch, :ball}"
//   :boom                                -> "** (stop) :boom"
std::string format_crash_reason(const Term& reason);

// A list of {module, function, arity_or_args, location} tuples (possibly empty).
bool is_stack_trace(const Term& t);

// True for :normal, :shutdown and {:shutdown, _}: the reasons a supervisor
// and Logger treat as a clean stop (links still see them as abnormal).
bool is_clean_stop(const Term& reason);

}  // namespace taskplay

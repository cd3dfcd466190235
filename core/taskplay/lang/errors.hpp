#pragma once
// Errors as Elixir 1.14 shows them: normalization of Erlang error values into
// exception structs, Exception.message, and the banners and exit texts the
// shell and the CLI print (`** (RuntimeError) boom`, `** (EXIT from
// #PID<0.110.0>) shell process exited with reason: ...`).

#include <string>
#include <vector>

#include "taskplay/errors.hpp"
#include "taskplay/term.hpp"

namespace taskplay::lang {

// Exception.normalize(:error, value, stacktrace): the runtime's
// normalize_error plus the values the language raises ({:badkey, k, map},
// {:badarity, ...}, {:badbool, op, v}, :function_clause with its function,
// :timeout_value, {:try_clause, v}, ...).
Term normalize(const Term& value, const Term& stacktrace);

// Why the BIF module.function (of :erlang or :binary) refused `args` (a list), one line per
// argument at fault ("  * 1st argument: out of range\n"), or "" when taskplay has no
// explanation for it (bif_errors.cpp).
std::string bif_argument_errors(std::string_view module, std::string_view function,
                                const Term& args);

// Why :ets.`function` refused `args`, from the cause its frame's error_info gives (or
// none), as OTP 25's erl_stdlib_errors explains it (natives_ets.cpp).
std::string ets_argument_errors(std::string_view function, const Term& args, const Term& cause);

// Exception.message/1.
std::string message(const Term& exception);

// The frames under a script's body on the BEAM, as `elixir x.exs` runs it (elixir_compiler's
// dispatch down to Code.require_file/2 and Kernel.CLI's wrapper; measured with Elixir 1.14.0
// on OTP 25), each labelled (elixir 1.14.0) when printed.
const std::vector<Term>& script_base_frames();
// Kernel.CLI's prune_stacktrace/1: the uncaught error's stack as `elixir` prints it, without
// the compiler's frames and with nothing from Kernel.CLI.wrapper/1 on.
Term prune_script_stacktrace(const Term& stacktrace);

// Exception.blame/3 as the elixir command and iex apply it before printing an
// error: the normalized exception, with what the failing BIF's error info adds
// ("bad argument in arithmetic expression: 1 / 0"). rescue and Exception.message
// do not blame.
Term blame(const Term& value, const Term& stacktrace);

// Exception.format_banner/3: "** (RuntimeError) boom", "** (throw) :ball", "** (exit) :normal";
// `blamed`: of the blamed exception (what the elixir command and iex print).
std::string format_banner(RaiseKind kind, const Term& value, const Term& stacktrace,
                          bool blamed = false);

// Exception.format_exit/1: "an exception was raised:\n    ** (RuntimeError) boom\n        x.exs:1:
// (file)"
std::string format_exit(const Term& reason);

// The stacktrace the elixir command and iex print after a blamed banner: a
// FunctionClauseError's top entry shows the arity, its arguments having moved into the banner.
Term blame_stacktrace(const Term& value, const Term& stacktrace);

// One line per entry, each starting with `indent`: "x.exs:3: Fib.of/1"
std::string format_stacktrace(const Term& stacktrace, const std::string& indent = "    ");
std::string format_stacktrace_entry(const Term& entry);

// %UndefinedFunctionError{} for module.function/arity, as Elixir 1.14 builds
// it (the message says whether the module exists).
Term undefined_function(Atom module, Atom function, uint32_t arity, bool module_exists);
// A call of an undefined function fails as on the BEAM: the error is the bare :undef, the
// call on top of the stack (`catch :error, :undef` matches it; rescue sees the
// UndefinedFunctionError normalize/2 makes of it).
[[noreturn]] void raise_undef(Atom module, Atom function, Term args, bool module_exists);
// String.Chars is not implemented for v (to_string/1, "#{v}", IO.puts): the
// Protocol.UndefinedError Elixir raises, with its description for a bitstring.
[[noreturn]] void raise_no_string_chars(const Term& v);
// List.to_string/1 and String.Chars for a list ("#{list}"): chardata appended to out, else
// Elixir's UnicodeConversionError (an integer that is no code point) or ArgumentError
void list_to_string(const Term& list, std::string& out);
// String.to_charlist/1 and List.to_charlist/1 of chardata known to be chardata: its code
// points, else Elixir's UnicodeConversionError
Term chardata_to_charlist(const Term& t);

}  // namespace taskplay::lang

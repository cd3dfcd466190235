#include "taskplay/lang/errors.hpp"

#include <algorithm>

#include "taskplay/fun.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/structs.hpp"
#include "taskplay/logger.hpp"

namespace taskplay::lang {

namespace {

Term field(const Term& e, const char* f) {
  const Term* x = e.is_map() ? e.map_get(Term::atom(f)) : nullptr;
  return x ? *x : Term(atoms::nil);
}

Term exception(const char* name, std::vector<std::pair<Term, Term>> fields) {
  fields.emplace_back(Term(atoms::__exception__), Term(atoms::true_));
  return make_struct(Atom(std::string("Elixir.") + name), std::move(fields));
}
std::pair<Term, Term> kv(const char* k, Term v) { return {Term::atom(k), std::move(v)}; }

bool is_stacktrace(const Term& t) {
  if (!t.is_list()) return false;
  for (const Term* c = &t; c->is_cons(); c = &c->tail()) {
    const Term& e = c->head();
    if (!(e.is_tuple(4) && e[0].is_atom() && e[1].is_atom() && e[3].is_list())) return false;
  }
  return true;
}

std::string module_name(const Term& m) {
  return m.is_atom() ? inspect_atom(m.atom_value()) : inspect(m);
}

std::string format_mfa(const Term& m, const Term& f, const Term& arity_or_args) {
  return logger::format_frame_mfa(m, f, arity_or_args);
}

std::string indent_lines(const std::string& s, const std::string& joiner) {
  std::string out;
  for (char c : s) {
    if (c == '\n')
      out += joiner;
    else
      out += c;
  }
  return out;
}

}  // namespace

Term undefined_function(Atom module, Atom function, uint32_t arity, bool module_exists) {
  if (module_exists) note_loaded_module(module);
  return exception("UndefinedFunctionError",
                   {kv("module", Term(module)), kv("function", Term(function)),
                    kv("arity", Term::integer(arity)), kv("reason", Term(atoms::nil)),
                    kv("message", Term(atoms::nil))});
}

void raise_no_string_chars(const Term& v) {
  bool bits = v.is_bitstring() && !v.is_binary();
  raise(make_struct(Atom("Elixir.Protocol.UndefinedError"),
                    {{Term(atoms::__exception__), Term(atoms::true_)},
                     {Term::atom("protocol"), Term::atom("Elixir.String.Chars")},
                     {Term::atom("value"), v},
                     {Term::atom("description"),
                      Term::string(bits ? "cannot convert a bitstring to a string" : "")}}));
}

void raise_undef(Atom module, Atom function, Term args, bool module_exists) {
  if (module_exists) note_loaded_module(module);
  raise(Term::atom("undef"),
        Term::list({Term::tuple({Term(module), Term(function), std::move(args), Term()})}));
}

Term normalize(const Term& v, const Term& st) {
  if (v.is_exception()) return v;
  const Term top = st.is_cons() ? st.head() : Term();
  if (v.is_atom(atoms::function_clause) && top.is_tuple(4) && top[2].is_list()) {
    return exception("FunctionClauseError",
                     {kv("module", top[0]), kv("function", top[1]),
                      kv("arity", Term::integer(static_cast<int64_t>(top[2].list_length()))),
                      kv("kind", Term(atoms::nil)), kv("args", Term(atoms::nil)),
                      kv("clauses", Term(atoms::nil))});
  }
  // Map.fetch!/2 fails in :erlang.map_get(key, map) (and the like): the map is in the stack
  // trace, where the runtime's normalize_error finds it
  if (v.is_tuple(2) && v[0].is_atom(atoms::badkey)) return taskplay::normalize_error(v, st);
  if (v.is_tuple(3) && v[0].is_atom(atoms::badkey))
    return exception("KeyError",
                     {kv("key", v[1]), kv("term", v[2]), kv("message", Term(atoms::nil))});
  if (v.is_tuple(2) && v[0].is_atom(Atom("badarity")) && v[1].is_tuple(2))
    return exception("BadArityError", {kv("function", v[1][0]), kv("args", v[1][1])});
  if (v.is_tuple(3) && v[0].is_atom(Atom("badbool")))
    return exception("BadBooleanError", {kv("operator", v[1]), kv("term", v[2])});
  if (v.is_tuple(2) && v[0].is_atom(Atom("badmap")))
    return exception("BadMapError", {kv("term", v[1])});
  if (v.is_tuple(3) && v[0].is_atom(Atom("badstruct")))
    return exception("BadStructError", {kv("struct", v[1]), kv("term", v[2])});
  if (v.is_tuple(2) && v[0].is_atom(atoms::badarg))  // "argument error: " <> inspect(payload)
    return exception("ArgumentError",
                     {kv("message", Term::string("argument error: " + inspect(v[1])))});
  if (v.is_atom(Atom("cond_clause"))) return exception("CondClauseError", {});
  if (v.is_tuple(2) && v[0].is_atom(Atom("try_clause")))
    return exception("TryClauseError", {kv("term", v[1])});
  if (v.is_tuple(2) && v[0].is_atom(Atom("with_clause")))
    return exception("WithClauseError", {kv("term", v[1])});
  if (v.is_atom(atoms::badarg) && top.is_tuple(4) && top[0].is_atom(Atom("ets")) &&
      top[1].is_atom()) {
    Term cause;
    if (top[3].is_cons() && top[3].head().is_tuple(2) && top[3].head()[1].is_map())
      if (const Term* c = top[3].head()[1].map_get(Term::atom("cause"))) cause = *c;
    std::string details = ets_argument_errors(top[1].atom_value().name(), top[2], cause);
    if (!details.empty())
      return exception(
          "ArgumentError",
          {kv("message", Term::string("errors were found at the given arguments:\n\n" + details))});
  }
  if (v.is_atom(atoms::badarg) && top.is_tuple(4) && top[0].is_atom() && top[1].is_atom()) {
    // a BIF's badarg, explained argument by argument as OTP 25's error_info does
    std::string details =
        bif_argument_errors(top[0].atom_value().name(), top[1].atom_value().name(), top[2]);
    if (!details.empty())
      return exception(
          "ArgumentError",
          {kv("message", Term::string("errors were found at the given arguments:\n\n" + details))});
  }
  if (v.is_atom(Atom("undef")) && top.is_tuple(4) && top[2].is_list())
    return undefined_function(top[0].atom_value(), top[1].atom_value(),
                              static_cast<uint32_t>(top[2].list_length()), false);
  return normalize_error(v);
}

const std::vector<Term>& script_base_frames() {
  static const std::vector<Term> frames = [] {
    for (const char* m : {"elixir_compiler", "elixir_lexical", "Elixir.Module.ParallelChecker",
                          "Elixir.Code", "Elixir.Kernel.CLI"})
      logger::set_application(Atom(m), "elixir 1.14.0");
    auto f = [](const char* m, const char* fun, int arity, const char* file, uint32_t line) {
      return stack_frame(Term::atom(m), Term::atom(fun), Term::integer(arity), file, line);
    };
    return std::vector<Term>{
        f("elixir_compiler", "dispatch", 4, "src/elixir_compiler.erl", 65),
        f("elixir_compiler", "compile", 3, "src/elixir_compiler.erl", 50),
        f("elixir_lexical", "run", 3, "src/elixir_lexical.erl", 15),
        f("elixir_compiler", "quoted", 3, "src/elixir_compiler.erl", 17),
        f("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100),
        f("Elixir.Code", "require_file", 2, "lib/code.ex", 1245),
        f("Elixir.Kernel.CLI", "wrapper", 1, "lib/kernel/cli.ex", 574)};
  }();
  return frames;
}

Term prune_script_stacktrace(const Term& st) {
  std::vector<Term> kept;
  for (const Term* c = &st; c->is_cons(); c = &c->tail()) {
    const Term& e = c->head();
    if (e.is_tuple(4) && e[0].is_atom()) {
      const std::string& m = e[0].atom_value().name();
      if (m == "Elixir.Kernel.CLI" && e[1].is_atom(Atom("wrapper"))) break;
      // @elixir_internals of lib/kernel/cli.ex
      static const char* const internals[] = {"elixir",
                                              "elixir_aliases",
                                              "elixir_expand",
                                              "elixir_compiler",
                                              "elixir_module",
                                              "elixir_clauses",
                                              "elixir_lexical",
                                              "elixir_def",
                                              "elixir_map",
                                              "elixir_locals",
                                              "elixir_erl",
                                              "elixir_erl_clauses",
                                              "elixir_erl_compiler",
                                              "elixir_erl_pass",
                                              "Elixir.Kernel.ErrorHandler",
                                              "Elixir.Module.ParallelChecker"};
      if (std::find(std::begin(internals), std::end(internals), m) != std::end(internals)) continue;
    }
    kept.push_back(e);
  }
  return Term::list(kept);
}

std::string message(const Term& e) {
  const std::string& n = e.struct_name().name();
  if (n == "Elixir.FunctionClauseError") {
    if (field(e, "function").is_atom(atoms::nil)) return "no function clause matches";
    std::string mfa = format_mfa(field(e, "module"), field(e, "function"), field(e, "arity"));
    std::string s = "no function clause matching in " + mfa;
    Term args = field(e, "args");
    if (args.is_list()) {
      s += "\n\nThe following arguments were given to " + mfa + ":\n";
      int i = 1;
      for (const Term* c = &args; c->is_cons(); c = &c->tail(), ++i)
        s += "\n    # " + std::to_string(i) + "\n    " + inspect(c->head()) + "\n";
    }
    return s;
  }
  if (n == "Elixir.KeyError" && field(e, "message").is_atom(atoms::nil)) {
    std::string s = "key " + inspect(field(e, "key")) + " not found";
    Term term = field(e, "term");
    if (term.is_atom(atoms::nil)) return s;
    s += " in: " + inspect(term);
    if (!term.is_map() && !term.is_list())
      s += ". If you are using the dot syntax, such as map.field, make sure the left-hand side of "
           "the dot is a map";
    return s;
  }
  if (n == "Elixir.BadArityError") {
    Term f = field(e, "function");
    std::vector<Term> args = field(e, "args").list_items();
    std::string s = inspect(f) + " with arity " +
                    std::to_string(f.is_fun() ? f.fun_obj()->arity() : 0) + " called with ";
    if (args.empty()) return s + "no arguments";
    s += std::to_string(args.size()) + (args.size() == 1 ? " argument (" : " arguments (");
    for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + inspect(args[i]);
    return s + ")";
  }
  if (n == "Elixir.BadBooleanError")
    return "expected a boolean on left-side of \"" + field(e, "operator").atom_value().name() +
           "\", got: " + inspect(field(e, "term"));
  if (n == "Elixir.BadMapError") return "expected a map, got: " + inspect(field(e, "term"));
  if (n == "Elixir.BadStructError")
    return "expected a struct named " + inspect(field(e, "struct")) +
           ", got: " + inspect(field(e, "term"));
  if (n == "Elixir.CondClauseError") return "no cond clause evaluated to a truthy value";
  if (n == "Elixir.System.EnvError")
    return "could not fetch environment variable " + inspect(field(e, "env")) +
           " because it is not set";
  if (n == "Elixir.Version.InvalidVersionError")
    return "invalid version: " + inspect(field(e, "version"));
  if (n == "Elixir.Version.InvalidRequirementError")
    return "invalid requirement: " + inspect(field(e, "requirement"));
  if (n == "Elixir.TryClauseError") return "no try clause matching: " + inspect(field(e, "term"));
  if (n == "Elixir.WithClauseError") return "no with clause matching: " + inspect(field(e, "term"));
  if (n == "Elixir.Protocol.UndefinedError") {
    Term v = field(e, "value");
    const char* type = v.is_integer()     ? "Integer"
                       : v.is_float()     ? "Float"
                       : v.is_tuple()     ? "Tuple"
                       : v.is_map()       ? "Map"
                       : v.is_pid()       ? "PID"
                       : v.is_ref()       ? "Reference"
                       : v.is_fun()       ? "Function"
                       : v.is_list()      ? "List"
                       : v.is_atom()      ? "Atom"
                       : v.is_bitstring() ? "BitString"
                                          : "Any";
    std::string s = "protocol " + module_name(field(e, "protocol")) + " not implemented for " +
                    inspect(v) + " of type " + type;
    if (v.is_map() && v.struct_name() != atoms::nil)
      s = "protocol " + module_name(field(e, "protocol")) + " not implemented for " + inspect(v) +
          " of type " + inspect_atom(v.struct_name()) + " (a struct)";
    Term d = field(e, "description");
    if (d.is_binary() && !d.binary().empty()) s += ", " + std::string(d.binary());
    return s;
  }
  if (const std::string* m = noted_exception_message(e)) return *m;
  return exception_message(e);
}

Term blame(const Term& value, const Term& st) {
  const Term top = st.is_cons() ? st.head() : Term();
  const Term& v = value;
  // the raw :badarith, or the ArithmeticError it normalises to (ExUnit blames after normalising)
  bool badarith =
      v.is_atom(atoms::badarith) ||
      (v.struct_name() == atoms::ArithmeticError && v.map_get(Term::atom("message")) &&
       *v.map_get(Term::atom("message")) == Term::string("bad argument in arithmetic expression"));
  if (badarith && top.is_tuple(4) && top[0].is_atom(Atom("erlang")) && top[1].is_atom() &&
      top[2].is_list()) {
    // as Elixir 1.14 blames it from the BIF's error info: "...: 1 / 0", "...: div(1, 0)"
    std::vector<Term> args = top[2].list_items();
    const std::string& op = top[1].atom_value().name();
    std::string what;
    if (args.size() == 2 && (op == "+" || op == "-" || op == "*" || op == "/"))
      what = inspect(args[0]) + " " + op + " " + inspect(args[1]);
    else if (args.size() == 2 && (op == "div" || op == "rem"))
      what = op + "(" + inspect(args[0]) + ", " + inspect(args[1]) + ")";
    else if (args.size() == 1 && (op == "-" || op == "+"))
      what = op + "(" + inspect(args[0]) + ")";
    if (!what.empty())
      return exception_struct(atoms::ArithmeticError,
                              "bad argument in arithmetic expression: " + what);
  }
  Term e = normalize(value, st);
  // FunctionClauseError.blame/2 adds the arguments given (rescue shows args: nil)
  if (v.is_atom(atoms::function_clause) && top.is_tuple(4) && top[2].is_list() &&
      e.struct_name() == Atom("Elixir.FunctionClauseError"))
    return e.map_put(Term::atom("args"), top[2]);
  return e;
}

std::string format_banner(RaiseKind kind, const Term& value, const Term& st, bool blamed) {
  switch (kind) {
    case RaiseKind::error: {
      Term e = blamed ? blame(value, st) : normalize(value, st);
      std::string text = message(e);
      if (blamed) text += undefined_function_hint(e);
      if (blamed && e.struct_name() == Atom("Elixir.FunctionClauseError")) {
        // the elixir command and iex indent the arguments given by four more columns
        size_t at = text.find("\n\n");
        if (at != std::string::npos) {
          std::string padded = "    ";
          for (char c : text.substr(at))
            padded += c == '\n' ? std::string("\n    ") : std::string(1, c);
          text = text.substr(0, at) + padded;
        }
      }
      return "** (" + inspect_atom(e.struct_name()) + ") " + text;
    }
    case RaiseKind::throw_:
      return "** (throw) " + inspect(value);
    case RaiseKind::exit:
      return "** (exit) " + format_exit(value);
  }
  return "";
}

std::string format_stacktrace_entry(const Term& e) { return logger::format_stacktrace_entry(e); }

Term blame_stacktrace(const Term& value, const Term& st) {
  // FunctionClauseError.blame/2 moves the arguments from the top entry into the exception
  if (!value.is_atom(atoms::function_clause) || !st.is_cons()) return st;
  const Term& top = st.head();
  if (!top.is_tuple(4) || !top[2].is_list()) return st;
  Term entry = Term::tuple(
      {top[0], top[1], Term::integer(static_cast<int64_t>(top[2].list_length())), top[3]});
  return Term::cons(entry, st.tail());
}

std::string format_stacktrace(const Term& st, const std::string& indent) {
  return logger::format_stacktrace(st, indent);
}

std::string format_exit(const Term& reason) {
  const std::string joiner = "\n    ";
  // An error with its stack trace: the banner of the normalized exception and
  // the trace, as Exception.format_exit/1 shows it; everything else (exit
  // reasons, {reason, {m, f, args}}) as the library's Logger formats it.
  if (reason.is_tuple(2) && reason[1].is_cons() && is_stacktrace(reason[1])) {
    std::string banner = format_banner(RaiseKind::error, reason[0], reason[1]);
    std::string s = "an exception was raised:" + joiner + indent_lines(banner, joiner);
    for (const Term* c = &reason[1]; c->is_cons(); c = &c->tail())
      s += joiner + "    " + format_stacktrace_entry(c->head());
    return s;
  }
  return logger::format_exit(reason);
}

}  // namespace taskplay::lang

#include "taskplay/errors.hpp"

#include <set>
#include <tuple>
#include <unordered_set>

namespace taskplay {

namespace {
// Modules seen loaded when a call to one of their functions failed: the message of an
// UndefinedFunctionError rebuilt from a bare :undef (whose reason is nil) says "is
// undefined or private" for those, as Elixir's, which asks the code server, does.
std::unordered_set<uint32_t>& loaded_modules() {
  static std::unordered_set<uint32_t> seen;
  return seen;
}

// The BEAM's error for a call of an undefined function is the bare :undef (the call on top
// of the stack); the language raises Elixir's UndefinedFunctionError for it. A process
// that exits with it exits with :undef, as on the BEAM.
bool undef_error(const Term& value, const Term& stacktrace) {
  if (!value.is_map() || value.struct_name() != Atom("Elixir.UndefinedFunctionError")) return false;
  const Term* module = value.map_get(Term::atom("module"));
  const Term* function = value.map_get(Term::atom("function"));
  const Term* reason = value.map_get(Term(atoms::reason));
  if (!module || !function || !module->is_atom() || !function->is_atom()) return false;
  if (!stacktrace.is_cons() || !stacktrace.head().is_tuple(4)) return false;
  const Term& top = stacktrace.head();
  if (top[0] != *module || top[1] != *function) return false;
  return !reason || reason->is_atom(atoms::nil);
}
}  // namespace

void note_loaded_module(Atom module) { loaded_modules().insert(module.id()); }

Term exit_reason_of(const Raised& r) {
  switch (r.kind) {
    case RaiseKind::error:
      if (undef_error(r.value, r.stacktrace))
        return Term::tuple({Term::atom("undef"), r.stacktrace});
      return Term::tuple({r.value, r.stacktrace});
    case RaiseKind::throw_:
      return Term::tuple({Term::tuple({Term(atoms::nocatch), r.value}), r.stacktrace});
    case RaiseKind::exit:
      return r.value;
  }
  return r.value;
}

void raise_function_clause(Atom module, Atom function, std::initializer_list<Term> args) {
  throw Raised{RaiseKind::error, Term(atoms::function_clause),
               Term::list({Term::tuple({Term(module), Term(function), Term::list(args), Term()})})};
}

Term exception_struct(Atom name, std::string_view message) {
  return make_struct(name, {{Term(atoms::__exception__), Term(atoms::true_)},
                            {Term(atoms::message), Term::string(message)}});
}
Term runtime_error(std::string_view message) {
  return exception_struct(atoms::RuntimeError, message);
}
Term argument_error(std::string_view message) {
  return exception_struct(atoms::ArgumentError, message);
}
Term erlang_error(Term original) {
  // Elixir 1.14: defexception [:original, :reason]
  return make_struct(atoms::ErlangError, {{Term(atoms::__exception__), Term(atoms::true_)},
                                          {Term(atoms::original), std::move(original)},
                                          {Term(atoms::reason), Term(atoms::nil)}});
}

void raise(Term exception, Term stacktrace) {
  throw Raised{RaiseKind::error, std::move(exception), std::move(stacktrace)};
}
void raise_message(std::string_view message) { raise(runtime_error(message)); }
void throw_value(Term value, Term stacktrace) {
  throw Raised{RaiseKind::throw_, std::move(value), std::move(stacktrace)};
}
void exit_with(Term reason) { throw Raised{RaiseKind::exit, std::move(reason), Term()}; }
void exit_with(Term reason, Term frame) {
  throw Raised{RaiseKind::exit, std::move(reason), Term::list({std::move(frame)})};
}

}  // namespace taskplay

#include "taskplay/inspect.hpp"

namespace taskplay {

bool is_stack_trace(const Term& t) {
  if (!t.is_list()) return false;
  for (const Term* c = &t; c->is_cons(); c = &c->tail())
    if (!c->head().is_tuple(4)) return false;
  return true;
}

namespace {
Term with_fields(Atom name, std::vector<std::pair<Term, Term>> fields) {
  fields.emplace_back(Term(atoms::__exception__), Term(atoms::true_));
  return make_struct(name, std::move(fields));
}
}  // namespace

Term normalize_error(const Term& v) {
  if (v.is_exception()) return v;
  auto msg = [](std::string m) { return std::make_pair(Term(atoms::message), Term::string(m)); };
  if (v.is_atom(atoms::badarith))
    return exception_struct(atoms::ArithmeticError, "bad argument in arithmetic expression");
  if (v.is_atom(atoms::badarg)) return exception_struct(atoms::ArgumentError, "argument error");
  if (v.is_atom(atoms::system_limit))
    return exception_struct(Atom("Elixir.SystemLimitError"), "a system limit has been reached");
  if (v.is_atom(atoms::function_clause))
    return with_fields(Atom("Elixir.FunctionClauseError"),
                       {{Term::atom("module"), Term(atoms::nil)},
                        {Term::atom("function"), Term(atoms::nil)},
                        {Term::atom("arity"), Term(atoms::nil)},
                        {Term::atom("kind"), Term(atoms::nil)},
                        {Term::atom("args"), Term(atoms::nil)},
                        {Term::atom("clauses"), Term(atoms::nil)}});
  if (v.is_tuple(2) && v[0].is_atom(atoms::badkey))
    return with_fields(atoms::KeyError, {{Term(atoms::key), v[1]},
                                         {Term(atoms::term), Term(atoms::nil)},
                                         {Term(atoms::message), Term(atoms::nil)}});
  if (v.is_tuple(2) && v[0].is_atom(Atom("badmatch")))
    return with_fields(atoms::MatchError, {{Term::atom("term"), v[1]}});
  if (v.is_tuple(2) && v[0].is_atom(Atom("case_clause")))
    return with_fields(Atom("Elixir.CaseClauseError"), {{Term::atom("term"), v[1]}});
  if (v.is_tuple(2) && v[0].is_atom(Atom("badfun")))
    return with_fields(Atom("Elixir.BadFunctionError"), {{Term::atom("term"), v[1]}});
  (void)msg;
  return with_fields(atoms::ErlangError,
                     {{Term(atoms::original), v}, {Term(atoms::reason), Term(atoms::nil)}});
}

Term normalize_error(const Term& v, const Term& st) {
  const Term* top = st.is_cons() && st.head().is_tuple(4) ? &st.head() : nullptr;
  if (v.is_atom(atoms::function_clause) && top && (*top)[2].is_list()) {
    return with_fields(
        Atom("Elixir.FunctionClauseError"),
        {{Term::atom("module"), (*top)[0]},
         {Term::atom("function"), (*top)[1]},
         {Term::atom("arity"), Term::integer(static_cast<int64_t>((*top)[2].list_length()))},
         {Term::atom("kind"), Term(atoms::nil)},
         {Term::atom("args"), Term(atoms::nil)},
         {Term::atom("clauses"), Term(atoms::nil)}});
  }
  if (v.is_tuple(2) && v[0].is_atom(atoms::badkey) && top && (*top)[2].is_list()) {
    // Map.fetch!/2 failed in :erlang.map_get(key, map) (:maps.get/2, :maps.update/3,
    // Map.update!/3 alike): the map is in the stack trace, as Exception.normalize/3 finds it
    const Term& m = (*top)[0];
    const Term& f = (*top)[1];
    std::vector<Term> args = (*top)[2].list_items();
    const Term* map = nullptr;
    if (args.size() == 2 && (m.is_atom(Atom("maps")) || m.is_atom(Atom("erlang"))) &&
        (f.is_atom(Atom("get")) || f.is_atom(Atom("map_get"))))
      map = &args[1];
    else if (args.size() == 3 && m.is_atom(Atom("maps")) && f.is_atom(Atom("update")))
      map = &args[2];
    else if (args.size() == 3 && m.is_atom(Atom("Elixir.Map")) &&
             (f.is_atom(Atom("update!")) || f.is_atom(Atom("get_and_update!"))))
      map = &args[0];
    if (map)
      return with_fields(atoms::KeyError, {{Term(atoms::key), v[1]},
                                           {Term(atoms::term), *map},
                                           {Term(atoms::message), Term(atoms::nil)}});
  }
  if (v.is_atom(Atom("undef")) && top && (*top)[0].is_atom() && (*top)[1].is_atom()) {
    const Term& args = (*top)[2];
    int64_t arity = args.is_list() ? static_cast<int64_t>(args.list_length())
                                   : (args.is_small_int() ? args.small_int() : 0);
    return with_fields(Atom("Elixir.UndefinedFunctionError"),
                       {{Term::atom("module"), (*top)[0]},
                        {Term::atom("function"), (*top)[1]},
                        {Term::atom("arity"), Term::integer(arity)},
                        {Term(atoms::reason), Term(atoms::nil)},
                        {Term(atoms::message), Term(atoms::nil)}});
  }
  return normalize_error(v);
}

namespace {
// The library's macros a program calls as Mod.name(...): without `require Mod` the call
// finds no function, and UndefinedFunctionError's message says why (Logger's level macros,
// Integer.is_even/is_odd).
std::set<std::tuple<uint32_t, uint32_t, int64_t>>& program_macros() {
  static std::set<std::tuple<uint32_t, uint32_t, int64_t>> s;
  return s;
}

bool is_library_macro(Atom module, Atom function, const Term& arity) {
  static const Atom logger("Elixir.Logger"), integer("Elixir.Integer");
  if (!arity.is_small_int()) return false;
  const int64_t n = arity.small_int();
  if (program_macros().count({module.id(), function.id(), n})) return true;
  const std::string& f = function.name();
  if (module == integer) return n == 1 && (f == "is_even" || f == "is_odd");
  if (module != logger) return false;
  if (f == "log") return n == 2 || n == 3;
  for (const char* l :
       {"emergency", "alert", "critical", "error", "warning", "warn", "notice", "info", "debug"})
    if (f == l) return n == 1 || n == 2;
  return false;
}
}  // namespace

namespace {
ExceptionMessageHook message_hook = nullptr;
}
void set_exception_message_hook(ExceptionMessageHook hook) { message_hook = hook; }

void note_program_macro(Atom module, Atom function, uint32_t arity) {
  program_macros().insert({module.id(), function.id(), arity});
}

std::string undefined_function_hint(const Term& e) {
  if (!e.is_map() || e.struct_name() != Atom("Elixir.UndefinedFunctionError")) return "";
  const Term* m = e.map_get(Term::atom("module"));
  const Term* f = e.map_get(Term::atom("function"));
  const Term* a = e.map_get(Term::atom("arity"));
  if (!m || !f || !a || !m->is_atom() || !f->is_atom()) return "";
  if (!is_library_macro(m->atom_value(), f->atom_value(), *a)) return "";
  return ". However there is a macro with the same name and arity. Be sure to require " +
         inspect_atom(m->atom_value()) + " if you intend to invoke this macro";
}

std::string exception_message(const Term& e) {
  if (message_hook)
    if (const std::string* noted = message_hook(e)) return *noted;
  const Term* m = e.is_map() ? e.map_get(Term(atoms::message)) : nullptr;
  if (m && m->is_binary()) return std::string(m->binary());
  Atom name = e.struct_name();
  auto field = [&](const char* f) -> Term {
    const Term* x = e.map_get(Term::atom(f));
    return x ? *x : Term(atoms::nil);
  };
  const std::string& n = name.name();
  if (n == "Elixir.KeyError") {
    std::string s = "key " + inspect(field("key")) + " not found";
    if (!field("term").is_atom(atoms::nil)) s += " in: " + inspect(field("term"));
    return s;
  }
  if (n == "Elixir.MatchError")
    return "no match of right hand side value: " + inspect(field("term"));
  if (n == "Elixir.CaseClauseError") return "no case clause matching: " + inspect(field("term"));
  if (n == "Elixir.BadFunctionError") return "expected a function, got: " + inspect(field("term"));
  if (n == "Elixir.FunctionClauseError") {
    if (field("module").is_atom(atoms::nil)) return "no function clause matches";
    return "no function clause matching in " + inspect_atom(field("module").atom_value()) + "." +
           field("function").atom_value().name() + "/" + inspect(field("arity"));
  }
  if (n == "Elixir.UndefinedFunctionError") {
    if (field("module").is_atom(atoms::nil) || !field("function").is_atom() ||
        field("function").is_atom(atoms::nil))
      return "undefined function";  // %UndefinedFunctionError{} without a function
    std::string mod = inspect_atom(field("module").atom_value());
    std::string fn =
        mod + "." + field("function").atom_value().name() + "/" + inspect(field("arity"));
    const Term r = field("reason");
    const bool loaded = loaded_modules().count(field("module").atom_value().id()) != 0;
    if (r.is_binary()) return "function " + fn + " is undefined (" + std::string(r.binary()) + ")";
    if (r.is_atom(Atom("module_not_available")) || (r.is_atom(atoms::nil) && !loaded))
      return "function " + fn + " is undefined (module " + mod + " is not available)";
    return "function " + fn + " is undefined or private";
  }
  if (n == "Elixir.ErlangError") return "Erlang error: " + inspect(field("original"));
  // Exception.format_file_line(_column): "file:line:" (a nil or 0 line: "file:")
  auto printable = [](const Term& t) {
    return t.is_binary() ? std::string(t.binary()) : inspect(t);
  };
  auto at = [&](bool with_column) {
    if (!field("file").is_binary()) return std::string();
    std::string s(field("file").binary());
    const Term line = field("line"), col = field("column");
    if (line.is_small_int() && line.small_int() != 0) {
      s += ":" + inspect(line);
      if (with_column && col.is_small_int() && col.small_int() != 0) s += ":" + inspect(col);
    }
    return s + ":";
  };
  if (n == "Elixir.CompileError") return at(false) + " " + printable(field("description"));
  if (n == "Elixir.SyntaxError" || n == "Elixir.TokenMissingError") {
    std::string s = at(true) + " " + printable(field("description"));
    const Term snip = field("snippet");
    const Term* content = snip.is_map() ? snip.map_get(Term::atom("content")) : nullptr;
    const Term* offset = snip.is_map() ? snip.map_get(Term::atom("offset")) : nullptr;
    const Term line = field("line");
    if (content && content->is_binary() && offset && offset->is_small_int() &&
        field("column").is_small_int() && line.is_small_int()) {
      // Exception.format_snippet/2: the line number right-aligned in (at least) 2 columns
      std::string num = inspect(line);
      std::string pad(std::max<size_t>(num.size(), 2), ' ');
      s += "\n " + pad + " |\n " + (num.size() < 2 ? " " : "") + num + " | " +
           std::string(content->binary()) + "\n " + pad + " | " +
           std::string(static_cast<size_t>(std::max<int64_t>(offset->small_int(), 0)), ' ') + "^";
    }
    return s;
  }
  return inspect(e);
}

std::string format_crash_reason(const Term& reason) {
  if (reason.is_tuple(2) && is_stack_trace(reason[1])) {
    const Term& v = reason[0];
    bool nocatch = v.is_tuple(2) && v[0].is_atom(atoms::nocatch);
    if (!nocatch) {
      Term e = normalize_error(v, reason[1]);
      return "** (" + inspect_atom(e.struct_name()) + ") " + exception_message(e);
    }
    return "** (stop) " + inspect(v);
  }
  return "** (stop) " + inspect(reason);
}

Term stack_frame(Term module, Term function, Term arity_or_args, std::string_view file,
                 uint32_t line) {
  std::vector<Term> chars;  // the file as a charlist
  chars.reserve(file.size());
  for (char c : file) chars.push_back(Term::integer(static_cast<unsigned char>(c)));
  return Term::tuple({std::move(module), std::move(function), std::move(arity_or_args),
                      Term::list({Term::tuple({Term(atoms::file), Term::list(chars)}),
                                  Term::tuple({Term(atoms::line), Term::integer(line)})})});
}

bool is_clean_stop(const Term& r) {
  return r.is_atom(atoms::normal) || r.is_atom(atoms::shutdown) ||
         (r.is_tuple(2) && r[0].is_atom(atoms::shutdown));
}

}  // namespace taskplay

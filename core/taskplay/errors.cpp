#include "taskplay/errors.hpp"

namespace taskplay {

Term exit_reason_of(const Raised& r) {
  switch (r.kind) {
    case RaiseKind::error: return Term::tuple({r.value, r.stacktrace});
    case RaiseKind::throw_:
      return Term::tuple({Term::tuple({Term(atoms::nocatch), r.value}), r.stacktrace});
    case RaiseKind::exit: return r.value;
  }
  return r.value;
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

}  // namespace taskplay

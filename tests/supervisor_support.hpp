#pragma once
// Helpers shared by the supervisor, dynamic supervisor, Task.Supervisor and
// Agent tests: a `Worker` module like the GenServer the docs/semantics.md scripts
// used (it traps exits, says "start <id>" when it starts and
// "stop <id> <reason>" when its supervisor stops it, exits :boom on :crash),
// keyword lists, and readers of the trace (log lines, restart events).

#include <string>
#include <utility>
#include <vector>

#include "support.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::test {

// g++ 12 rejects a braced list (std::initializer_list) anywhere in a
// co_await expression ("array used as initializer"), so these builders are
// variadic: list(x, y), tup(x, y), kw("k", v, ...), map("k", v, ...). (It
// also destroys the captures of a lambda written inside a co_await
// expression twice: name such lambdas first.)
inline Term a(const char* s) { return Term::atom(s); }
inline Term i(int64_t v) { return Term::integer(v); }
template <typename... T>
std::vector<Term> terms(T&&... xs) {
  std::vector<Term> v;
  v.reserve(sizeof...(xs));
  (v.push_back(Term(std::forward<T>(xs))), ...);
  return v;
}
template <typename... T>
Term list(T&&... xs) {
  return Term::list(terms(std::forward<T>(xs)...));
}
template <typename... T>
Term tup(T&&... xs) {
  return Term::tuple(terms(std::forward<T>(xs)...));
}
inline Term ok(Term v) { return tup(Term(atoms::ok), std::move(v)); }
namespace detail {
inline void pairs_into(std::vector<std::pair<Term, Term>>&) {}
template <typename V, typename... Rest>
void pairs_into(std::vector<std::pair<Term, Term>>& out, const char* k, V&& v, Rest&&... rest) {
  out.emplace_back(Term::atom(k), Term(std::forward<V>(v)));
  pairs_into(out, std::forward<Rest>(rest)...);
}
}  // namespace detail
// kw("strategy", a("one_for_one"), "name", a("MySup")) = [strategy: :one_for_one, name: MySup]
template <typename... T>
Term kw(T&&... kv) {
  std::vector<std::pair<Term, Term>> pairs;
  detail::pairs_into(pairs, std::forward<T>(kv)...);
  std::vector<Term> out;
  for (auto& [k, v] : pairs) out.push_back(tup(k, v));
  return Term::list(out);
}
// map("id", a("x"), ...) = %{id: :x, ...}
template <typename... T>
Term map(T&&... kv) {
  std::vector<std::pair<Term, Term>> pairs;
  detail::pairs_into(pairs, std::forward<T>(kv)...);
  return Term::map(std::move(pairs));
}
inline std::string label(const Term& id) {
  return id.is_atom() ? id.atom_value().name() : inspect(id);
}

// Blocks forever (the scenario's process stays alive, so the supervisors it
// linked to are not stopped by its normal exit).
inline Co<void> stay_alive(Ctx& c) { co_await c.receive(NoMessage{}); }

inline Co<void> worker_body(World& w, Ctx& c, Term id) {
  c.trap_exit(true);
  w.note("start " + label(id));
  proc_lib::init_ack(c, ok(Term(c.self())));
  while (true) {
    Term m = *co_await c.receive_any();
    if (m.is_tuple(3) && m[0].is_atom(atoms::EXIT) && m[1] == Term(c.process().parent)) {
      w.note("stop " + label(id) + " " + show(m[2]));
      exit_with(m[2]);
    }
    if (m.is_atom(Atom("crash"))) exit_with(a("boom"));
    if (m.is_tuple(2) && m[0].is_atom(atoms::exit)) exit_with(m[1]);
  }
}

// Runs the call `f` makes and shows what it exits with (or "returned <value>").
template <typename F>
Co<std::string> exit_of(F f) {
  try {
    Term r = co_await f();
    co_return "returned " + show(r);
  } catch (const Raised& r) {
    co_return show(r.value);
  }
}

// Worker.start_link(id) (a GenServer started with proc_lib) and
// Worker.child_spec(id) = %{id: id, start: {Worker, :start_link, [id]}}.
inline void define_worker(World& w) {
  const Atom worker("Elixir.Worker");
  w.rt.modules().define(worker, Atom("start_link"), 1,
                        make_fun(1, [&w](Ctx& c, std::vector<Term> args) -> Co<Term> {
                          Term id = args[0];
                          // (named first: g++ 12 destroys a lambda's captures twice inside
                          // co_await)
                          Body body = [&w, id](Ctx& c2) { return worker_body(w, c2, id); };
                          co_return co_await proc_lib::start(c, std::move(body), true);
                        }));
  w.rt.modules().define(worker, Atom("child_spec"), 1,
                        make_fun(1, [](Ctx&, std::vector<Term> args) -> Co<Term> {
                          co_return map("id", args[0], "start",
                                        tup(a("Elixir.Worker"), a("start_link"), list(args[0])));
                        }));
}

// %{id: :x, start: {Worker, :start_link, [:x]}} plus extra "key", value pairs.
template <typename... T>
Term worker_spec(const char* id, T&&... extra) {
  std::vector<std::pair<Term, Term>> kv = {
      {a("id"), a(id)}, {a("start"), tup(a("Elixir.Worker"), a("start_link"), list(a(id)))}};
  detail::pairs_into(kv, std::forward<T>(extra)...);
  return Term::map(std::move(kv));
}
// [worker_spec(a), worker_spec(b), ...]
template <typename... T>
Term workers(T... ids) {
  return list(worker_spec(ids)...);
}

// The Logger lines the runtime recorded, oldest first.
inline std::vector<std::string> logs(const World& w) {
  std::vector<std::string> out;
  const Trace& t = w.rt.trace();
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].kind == EventKind::log) out.emplace_back(t[k].data.binary());
  return out;
}

// The restart events: "<supervisor> restarted <id> as <new pid>".
inline std::vector<std::string> restarts(const World& w) {
  std::vector<std::string> out;
  const Trace& t = w.rt.trace();
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].kind == EventKind::restart)
      out.push_back(inspect(Term(t[k].pid)) + " restarted " + inspect(t[k].data) + " as " +
                    inspect(Term(t[k].other)));
  return out;
}

// Replace pids by names in `s`: named(s, pid_a, "a") turns "#PID<0.102.0>" into "a".
inline std::string named(std::string s) { return s; }
template <typename... Rest>
std::string named(std::string s, const Term& pid, const char* name, Rest&&... rest) {
  const std::string p = inspect(pid);
  for (size_t at; (at = s.find(p)) != std::string::npos;) s.replace(at, p.size(), name);
  return named(std::move(s), std::forward<Rest>(rest)...);
}

}  // namespace taskplay::test

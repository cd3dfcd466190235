// Process: flag, exit, link, monitor, register, send_after, sleep, info ...
// Each is the runtime's Ctx operation under Elixir's name and argument rules.

#include <cstdio>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/process_info.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view P = "Elixir.Process";

// The ArgumentError an :erlang BIF raises, explained as OTP 25 explains it (bif_errors.cpp):
// Process's functions are Elixir's thin wrappers of those BIFs.
[[noreturn]] void process_badarg(std::string_view bif, std::initializer_list<Term> args) {
  raise_argument_error("errors were found at the given arguments:\n\n" +
                       bif_argument_errors("erlang", bif, Term::list(args)));
}

Pid pid_arg(const Term& t, std::string_view bif) {
  if (!t.is_pid()) process_badarg(bif, {t});
  return t.pid();
}

int64_t timeout_arg(const Term& t) {
  if (t.is_atom(atoms::infinity)) return kInfinity;
  if (!t.is_small_int() || t.small_int() < 0) badarg(Term::atom("timeout_value"));
  return t.small_int();
}

// Process.sleep/1's guard (is_integer(timeout) and timeout >= 0, or :infinity) is a
// FunctionClauseError; :timer.sleep/1 is Erlang's receive-after: a bad time is
// :timeout_value.
Co<Term> process_sleep(Ctx& c, std::vector<Term> a) {
  if (!a[0].is_atom(atoms::infinity) && !(a[0].is_small_int() && a[0].small_int() >= 0))
    raise_function_clause(Atom(P), Atom("sleep"), {a[0]});
  co_await c.sleep(timeout_arg(a[0]));
  co_return Term(atoms::ok);
}

Co<Term> sleep(Ctx& c, std::vector<Term> a) {
  int64_t ms = timeout_arg(a[0]);
  co_await c.sleep(ms);
  co_return Term(atoms::ok);
}

Term flag(Ctx& c, Term* a) {
  if (a[0].is_atom(atoms::trap_exit) && a[1].is_boolean())
    return Term::boolean(c.trap_exit(a[1].is_atom(atoms::true_)));
  Atom old;
  if (a[0].is_atom(Atom("priority")) && proc_lib::set_priority_flag(c, a[1], old)) return Term(old);
  raise_argument_error(
      "errors were found at the given arguments:\n\n  * 1st argument: invalid process flag\n");
}

Term exit2(Ctx& c, Term* a) {
  if (!a[0].is_pid()) process_badarg("exit", {a[0], a[1]});
  c.exit(a[0].pid(), a[1]);
  return Term(atoms::true_);
}

Term link(Ctx& c, Term* a) {
  c.link(pid_arg(a[0], "link"));
  return Term(atoms::true_);
}

Term unlink(Ctx& c, Term* a) {
  c.unlink(pid_arg(a[0], "unlink"));
  return Term(atoms::true_);
}

Term monitor(Ctx& c, Term* a) {
  if (!a[0].is_pid() && !a[0].is_atom()) badarg();
  return Term(c.monitor(a[0]));
}

Term demonitor1(Ctx& c, Term* a) {
  if (!a[0].is_ref()) badarg();
  c.demonitor(a[0].ref(), false);
  return Term(atoms::true_);
}

Term demonitor2(Ctx& c, Term* a) {
  if (!a[0].is_ref() || !a[1].is_list()) badarg();
  bool flush = false, info = false;
  for (const Term& o : a[1].list_items()) {
    if (o.is_atom(atoms::flush))
      flush = true;
    else if (o.is_atom(Atom("info")))
      info = true;
    else
      badarg();
  }
  bool found = c.demonitor(a[0].ref(), flush);
  return Term::boolean(info ? found : true);
}

Term alive(Ctx& c, Term* a) {
  Pid p = pid_arg(a[0], "is_process_alive");
  c.runtime().touch(TouchKind::runs, p.number);
  const Process* proc = c.runtime().find(p);
  return Term::boolean(proc && !proc->exit_pending);
}

[[noreturn]] void bad_argument(const char* which, const char* why) {
  raise_argument_error(std::string("errors were found at the given arguments:\n\n  * ") + which +
                       " argument: " + why + "\n");
}

// The process `pid` names, or nullptr when it is not alive (Process.info gives nil).
const Process* live(Ctx& c, const Term& pid) {
  if (!pid.is_pid()) bad_argument("1st", "not a pid");
  const Process* p = c.runtime().find(pid.pid());
  return p && !p->exit_pending ? p : nullptr;
}

Term info1(Ctx& c, Term* a) {
  if (!a[0].is_pid()) bad_argument("1st", "not a pid");
  c.runtime().touch(TouchKind::runs, a[0].pid().number);
  return process_info(c.runtime(), a[0].pid());
}

// Process.info/2: an item gives {item, value}, a list of items a keyword list in that order
Term info2(Ctx& c, Term* a) {
  if (!a[1].is_atom() && !a[1].is_list())
    raise_function_clause(Atom("Elixir.Process"), Atom("info"), {a[0], a[1]});
  if (a[0].is_pid()) c.runtime().touch(TouchKind::runs, a[0].pid().number);
  const Process* p = live(c, a[0]);
  // an item the BEAM does not know is refused for a dead process too (checked on the caller)
  auto one = [&](const Term& item) {
    std::optional<Term> v;
    if (item.is_atom()) v = process_info(c.runtime(), p ? *p : c.process(), item.atom_value());
    if (!v) bad_argument("2nd", "invalid item or item list");
    return *v;
  };
  if (a[1].is_atom()) {
    Term v = one(a[1]);
    return p ? v : Term(atoms::nil);
  }
  if (!p) {
    for (const Term* i = &a[1]; i->is_cons(); i = &i->tail()) one(i->head());
    return Term(atoms::nil);
  }
  std::vector<Term> items;
  for (const Term* i = &a[1]; i->is_cons(); i = &i->tail()) items.push_back(one(i->head()));
  return Term::list(items);
}

// [SECTION] :erlang's process BIFs that Process wraps (Elixir inlines some of them)
// :erlang.process_info/1,2: as Process.info, with :undefined for a dead process, and [] for
// a registered_name the process has not (Process.info gives {:registered_name, []})
Term erl_info1(Ctx& c, Term* a) {
  Term t = info1(c, a);
  return t.is_atom(atoms::nil) ? Term(atoms::undefined) : t;
}
Term erl_info2(Ctx& c, Term* a) {
  if (!a[1].is_atom() && !a[1].is_list()) bad_argument("2nd", "invalid item or item list");
  Term t = info2(c, a);
  if (t.is_atom(atoms::nil)) return Term(atoms::undefined);
  if (a[1].is_atom(atoms::registered_name) && t[1].is_nil()) return Term();
  return t;
}
// :erlang.monitor(:process, pid | name)
Term erl_monitor(Ctx& c, Term* a) {
  if (!a[0].is_atom(atoms::process)) process_badarg("monitor", {a[0], a[1]});
  return monitor(c, a + 1);
}
Term erl_send_nosuspend(Ctx& c, Term* a) {
  c.send(a[0], a[1]);
  return Term(atoms::true_);
}
// :erlang.pid_to_list/1: '<0.100.0>'
Term pid_to_list(Ctx& c, Term* a) {
  if (!a[0].is_pid()) process_badarg("pid_to_list", {a[0]});
  std::string text = inspect(a[0]).substr(4);  // "#PID<0.100.0>" without "#PID"
  std::vector<Term> chars;
  for (char ch : text) chars.push_back(Term::integer(static_cast<unsigned char>(ch)));
  (void)c;
  return Term::list(chars);
}
// :erlang.list_to_pid/1: '<0.N.S>' names that pid (alive or not)
Term list_to_pid(Ctx&, Term* a) {
  std::string text;
  for (const Term* t = &a[0]; t->is_cons(); t = &t->tail()) {
    if (!t->head().is_small_int()) process_badarg("list_to_pid", {a[0]});
    text += static_cast<char>(t->head().small_int());
  }
  unsigned node = 0, number = 0, serial = 0;
  char close = 0;
  if (std::sscanf(text.c_str(), "<%u.%u.%u%c", &node, &number, &serial, &close) != 4 ||
      close != '>' || node != 0)
    process_badarg("list_to_pid", {a[0]});
  return Term(Pid{number, serial});
}
// :erlang.statistics/1: the run's clock for :wall_clock and :runtime, its reductions; each
// {total, since the last call for that item}
struct Statistics {
  int64_t wall_ms = 0, runtime_ms = 0;
  uint64_t reductions = 0;
};
Term statistics(Ctx& c, Term* a) {
  Runtime& rt = c.runtime();
  auto& last = rt.extension<Statistics>();
  auto pair = [](auto total, auto& before) {
    auto since = total - before;
    before = total;
    return Term::tuple(
        {Term::integer(static_cast<int64_t>(total)), Term::integer(static_cast<int64_t>(since))});
  };
  const int64_t ms = rt.now_us() / 1000;
  if (a[0].is_atom(Atom("wall_clock"))) return pair(ms, last.wall_ms);
  if (a[0].is_atom(Atom("runtime"))) return pair(ms, last.runtime_ms);
  if (a[0].is_atom(atoms::reductions)) return pair(rt.total_reductions(), last.reductions);
  process_badarg("statistics", {a[0]});
}
Term charlist(std::string_view s) {
  std::vector<Term> chars;
  for (char ch : s) chars.push_back(Term::integer(static_cast<unsigned char>(ch)));
  return Term::list(chars);
}
// :erlang.system_info/1 for what programs ask about processes and the system
Term system_info(Ctx& c, Term* a) {
  const Runtime& rt = c.runtime();
  const Term& k = a[0];
  if (k.is_atom(Atom("process_count")))
    return Term::integer(static_cast<int64_t>(rt.process_count()));
  if (k.is_atom(Atom("process_limit"))) return Term::integer(rt.options().max_processes);
  if (k.is_atom(Atom("schedulers")) || k.is_atom(Atom("schedulers_online")) ||
      k.is_atom(Atom("logical_processors")) || k.is_atom(Atom("logical_processors_available")))
    return Term::integer(rt.options().schedulers_online);
  if (k.is_atom(Atom("otp_release"))) return charlist("25");
  if (k.is_atom(Atom("version"))) return charlist("13.1.5");
  if (k.is_atom(Atom("wordsize"))) return Term::integer(8);
  if (k.is_atom(Atom("system_architecture"))) return charlist("x86_64-pc-linux-gnu");
  process_badarg("system_info", {k});
}
// :erlang.memory/0,1: bytes, from the processes' heaps (the rest as a BEAM of this size has)
Term memory_list(Ctx& c) {
  int64_t procs = 0;
  c.runtime().each_process(
      [&](const Process& p) { procs += static_cast<int64_t>(sizeof(Process)) + p.heap_words * 8; });
  const int64_t system = 30 * 1024 * 1024, atom = 500000, binary = 200000, code = 8000000,
                ets = 600000;
  return keyword({{Atom("total"), Term::integer(procs + system)},
                  {Atom("processes"), Term::integer(procs)},
                  {Atom("processes_used"), Term::integer(procs)},
                  {Atom("system"), Term::integer(system)},
                  {Atom("atom"), Term::integer(atom)},
                  {Atom("atom_used"), Term::integer(atom - 20000)},
                  {Atom("binary"), Term::integer(binary)},
                  {Atom("code"), Term::integer(code)},
                  {Atom("ets"), Term::integer(ets)}});
}
Term memory0(Ctx& c, Term*) { return memory_list(c); }
Term memory1(Ctx& c, Term* a) {
  Term all = memory_list(c);
  auto find = [&](const Term& k) -> Term {
    for (const Term* t = &all; t->is_cons(); t = &t->tail())
      if (t->head()[0] == k) return t->head()[1];
    process_badarg("memory", {a[0]});
  };
  if (a[0].is_atom()) return find(a[0]);
  std::vector<Term> out;
  for (const Term* t = &a[0]; t->is_cons(); t = &t->tail())
    out.push_back(Term::tuple({t->head(), find(t->head())}));
  return Term::list(out);
}

// [SECTION] Logger's natives (the module itself is the prelude's, prelude_otp.cpp)
Term logger_level(Ctx& c, Term*) { return Term(logger::level(c.runtime())); }
Term logger_set_level(Ctx& c, Term* a) {
  return Term::boolean(a[0].is_atom() && logger::set_level(c.runtime(), a[0].atom_value()));
}
Term logger_enabled(Ctx& c, Term* a) {
  return Term::boolean(a[0].is_atom() && logger::enabled(c.runtime(), a[0].atom_value()));
}
Term logger_log(Ctx& c, Term* a) {
  if (a[0].is_atom() && a[1].is_binary())
    c.runtime().log(c.self(), std::string(a[1].binary()), a[0].atom_value());
  return Term(atoms::ok);
}

// [SECTION] The process dictionary
// Process.get/put/delete are Elixir's wrappers of :erlang.get/put/erase: :undefined (the
// Erlang functions' "nothing") becomes nil, or the default.
ProcessDictionary& dictionary(Ctx& c) { return c.process().extra().dictionary; }
Term erl_get1(Ctx& c, Term* a) {
  if (!c.process().extras) return Term(atoms::undefined);
  const Term* v = dictionary(c).get(a[0]);
  return v ? *v : Term(atoms::undefined);
}
Term erl_get0(Ctx& c, Term*) { return c.process().extras ? dictionary(c).all() : Term(); }
Term erl_get_keys0(Ctx& c, Term*) { return c.process().extras ? dictionary(c).keys() : Term(); }
Term erl_get_keys1(Ctx& c, Term* a) {
  return c.process().extras ? dictionary(c).keys_of(a[0]) : Term();
}
Term erl_put(Ctx& c, Term* a) {
  std::optional<Term> old = proc_lib::put(c, a[0], a[1]);
  return old ? *old : Term(atoms::undefined);
}
Term erl_erase1(Ctx& c, Term* a) {
  if (!c.process().extras) return Term(atoms::undefined);
  std::optional<Term> old = dictionary(c).erase(a[0]);
  if (!old) return Term(atoms::undefined);
  c.grow_heap(-static_cast<int64_t>(a[0].size_words() + old->size_words() + 3));
  return *old;
}
Term erl_erase0(Ctx& c, Term*) {
  if (!c.process().extras) return Term();
  Term all = dictionary(c).erase_all();
  int64_t words = 0;
  for (const Term* e = &all; e->is_cons(); e = &e->tail())
    words += static_cast<int64_t>(e->head().size_words()) + 1;
  c.grow_heap(-words);
  return all;
}
Term nilify(Term t) { return t.is_atom(atoms::undefined) ? Term(atoms::nil) : t; }
Term get1(Ctx& c, Term* a) { return nilify(erl_get1(c, a)); }
Term get2(Ctx& c, Term* a) {
  Term v = erl_get1(c, a);
  return v.is_atom(atoms::undefined) ? a[1] : v;
}
Term put(Ctx& c, Term* a) { return nilify(erl_put(c, a)); }
Term delete_(Ctx& c, Term* a) { return nilify(erl_erase1(c, a)); }

// Process.register/2's guard: a name that is an atom other than nil, false, true and
// :undefined (else FunctionClauseError); anything else :erlang.register refuses is its
// ArgumentError below.
Term register_(Ctx& c, Term* a) {
  if (!a[1].is_atom() || a[1].is_atom(atoms::nil) || a[1].is_atom(atoms::undefined) ||
      a[1].is_boolean())
    raise_function_clause(Atom(P), Atom("register"), {a[0], a[1]});
  Runtime& rt = c.runtime();
  Process* proc = a[0].is_pid() ? rt.lookup(a[0].pid()) : nullptr;
  if (!proc || !rt.register_name(proc, a[1].atom_value()))
    raise_argument_error("could not register " + inspect(a[0]) + " with name " + inspect(a[1]) +
                         " because it is not alive, the name is already taken, or it has already "
                         "been given another name");
  return Term(atoms::true_);
}

// Process.unregister/1 (:erlang.unregister/1): true, or badarg for a name nobody holds
Term unregister(Ctx& c, Term* a) {
  Runtime& rt = c.runtime();
  Pid p = a[0].is_atom() ? c.whereis(a[0].atom_value()) : Pid{};
  Process* proc = p ? rt.lookup(p) : nullptr;
  if (!proc) process_badarg("unregister", {a[0]});
  rt.unregister_name(proc);
  return Term(atoms::true_);
}

// :erlang.register/2 (name first): true, or badarg
Term erl_register(Ctx& c, Term* a) {
  Runtime& rt = c.runtime();
  Process* proc = a[1].is_pid() ? rt.lookup(a[1].pid()) : nullptr;
  if (!a[0].is_atom() || a[0].is_atom(atoms::undefined) || !proc ||
      !rt.register_name(proc, a[0].atom_value()))
    process_badarg("register", {a[0], a[1]});
  return Term(atoms::true_);
}

Term erl_whereis(Ctx& c, Term* a) {
  if (!a[0].is_atom()) process_badarg("whereis", {a[0]});
  Pid p = c.whereis(a[0].atom_value());
  return p ? Term(p) : Term(atoms::undefined);
}

Term whereis(Ctx& c, Term* a) {
  if (!a[0].is_atom()) process_badarg("whereis", {a[0]});
  Pid p = c.whereis(a[0].atom_value());
  return p ? Term(p) : Term(atoms::nil);
}

Term send_after3(Ctx& c, Term* a) {
  if ((!a[0].is_pid() && !a[0].is_atom()) || !a[2].is_small_int() || a[2].small_int() < 0)
    process_badarg("send_after", {a[2], a[0], a[1]});
  return Term(c.runtime().send_after(c.self(), a[0], a[1], int_arg(a[2])));
}

Term send_after4(Ctx& c, Term* a) { return send_after3(c, a); }

// :erlang.send_after(time, dest, message) and start_timer/3 ({:timeout, ref, message});
// their /4 forms take options ([] or abs: false)
Term erl_send_after(Ctx& c, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 0 || (!a[1].is_pid() && !a[1].is_atom()))
    process_badarg("send_after", {a[0], a[1], a[2]});
  return Term(c.runtime().send_after(c.self(), a[1], a[2], int_arg(a[0])));
}
Term erl_start_timer(Ctx& c, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 0 || (!a[1].is_pid() && !a[1].is_atom()))
    process_badarg("start_timer", {a[0], a[1], a[2]});
  return Term(c.runtime().start_timer(c.self(), a[1], a[2], int_arg(a[0])));
}

// What cancel_timer and read_timer give: the milliseconds left, or false once it fired or was
// cancelled.
Term time_left(std::optional<int64_t> ms) { return ms ? Term::integer(*ms) : Term(atoms::false_); }

Term read_timer(Ctx& c, Term* a) {
  if (!a[0].is_ref()) process_badarg("read_timer", {a[0]});
  return time_left(c.runtime().read_timer(a[0].ref()));
}

Term cancel_timer(Ctx& c, Term* a) {
  if (!a[0].is_ref()) process_badarg("cancel_timer", {a[0]});
  return time_left(c.runtime().cancel_timer(a[0].ref()));
}

// cancel_timer(ref, async: bool, info: bool): async gives :ok and, with info (the default),
// sends {:cancel_timer, ref, result} to the caller; info: false gives :ok.
Term cancel_timer2(Ctx& c, Term* a) {
  if (!a[0].is_ref() || !a[1].is_list()) process_badarg("cancel_timer", {a[0], a[1]});
  const Term* async = keyword_get(a[1], Atom("async"));
  const Term* info = keyword_get(a[1], Atom("info"));
  Term left = time_left(c.runtime().cancel_timer(a[0].ref()));
  bool tell = !info || info->truthy();
  if (async && async->truthy()) {
    if (tell) c.send(c.self(), Term::tuple({Term::atom("cancel_timer"), a[0], left}));
    return Term(atoms::ok);
  }
  return tell ? left : Term(atoms::ok);
}

Term list(Ctx& c, Term*) {
  std::vector<Term> pids;
  c.runtime().each_process([&](const Process& p) {
    if (!p.exit_pending) pids.emplace_back(p.pid);
  });
  return Term::list(pids);
}

Term registered(Ctx& c, Term*) {
  std::vector<Term> names;
  c.runtime().each_process([&](const Process& p) {
    if (p.name != atoms::nil) names.emplace_back(p.name);
  });
  return Term::list(names);
}

// Process.group_leader/0: the process's group leader (kStandardGroupLeader unless
// Process.group_leader/2 gave it another, or it was spawned by one that had another)
Term group_leader(Ctx& c, Term*) { return Term(group_leader_of(c.process())); }
// :erlang.group_leader(leader, pid) and Process.group_leader(pid, leader): pid's IO to
// :stdio goes to leader from now on (and to its children's); both must be pids, pid alive
Term set_group_leader(Ctx& c, Pid leader, Pid pid) {
  Process* p = c.runtime().lookup(pid);
  if (!p) raise_argument_error("argument error");  // a dead pid: OTP 25 says no more
  p->extra().group_leader = leader == kStandardGroupLeader ? Pid{} : leader;
  return Term(atoms::true_);
}
Term erlang_group_leader2(Ctx& c, Term* a) {
  if (!a[0].is_pid() || !a[1].is_pid()) process_badarg("group_leader", {a[0], a[1]});
  return set_group_leader(c, a[0].pid(), a[1].pid());
}
Term process_group_leader2(Ctx& c, Term* a) {
  Term args[2] = {a[1], a[0]};
  return erlang_group_leader2(c, args);
}
// :taskplay.stdio_device(device): where IO's standard output and input go for this process:
// :stdio (the host's) while its group leader is the standard one, else the leader's pid; a
// pid that is the standard leader is :stdio too; any other device is itself
Term stdio_device(Ctx& c, Term* a) {
  const Term& d = a[0];
  if (d.is_pid() && d.pid() == kStandardGroupLeader) return Term::atom("stdio");
  if (!d.is_atom(Atom("stdio")) && !d.is_atom(Atom("standard_io"))) return d;
  Pid leader = group_leader_of(c.process());
  return leader == kStandardGroupLeader ? Term::atom("stdio") : Term(leader);
}

Term send3(Ctx& c, Term* a) {
  c.send(a[0], a[1]);
  return Term(atoms::ok);
}

Term hibernate(Ctx&, Term*) { return Term(atoms::ok); }
// :erlang.yield/0: true (the scheduler takes turns by reductions anyway)
Term yield(Ctx&, Term*) { return Term(atoms::true_); }

// use GenServer's default handle_info/2 logs what nobody handles (`:logger.error` of a
// {GenServer, :no_handle_info} report in Elixir)
Term no_handle_info(Ctx& c, Term* a) {
  if (a[0].is_atom()) logger::log_unexpected_info(c, a[0].atom_value(), a[1]);
  return Term(atoms::ok);
}

constexpr Native kTable[] = {
    {P, "sleep", 1, nullptr, process_sleep},
    {"timer", "sleep", 1, nullptr, sleep},
    {P, "flag", 2, flag, nullptr},
    {P, "exit", 2, exit2, nullptr},
    {P, "link", 1, link, nullptr},
    {P, "unlink", 1, unlink, nullptr},
    {P, "monitor", 1, monitor, nullptr},
    {P, "demonitor", 1, demonitor1, nullptr},
    {P, "demonitor", 2, demonitor2, nullptr},
    {P, "alive?", 1, alive, nullptr},
    {P, "info", 1, info1, nullptr},
    {P, "info", 2, info2, nullptr},
    {P, "register", 2, register_, nullptr},
    {P, "whereis", 1, whereis, nullptr},
    {P, "unregister", 1, unregister, nullptr},
    {"erlang", "unregister", 1, unregister, nullptr},
    {"erlang", "register", 2, erl_register, nullptr},
    {"erlang", "whereis", 1, erl_whereis, nullptr},
    {P, "send_after", 3, send_after3, nullptr},
    {P, "send_after", 4, send_after4, nullptr},
    {P, "cancel_timer", 1, cancel_timer, nullptr},
    {P, "cancel_timer", 2, cancel_timer2, nullptr},
    {P, "read_timer", 1, read_timer, nullptr},
    {"erlang", "cancel_timer", 1, cancel_timer, nullptr},
    {"erlang", "cancel_timer", 2, cancel_timer2, nullptr},
    {"erlang", "read_timer", 1, read_timer, nullptr},
    {"erlang", "send_after", 3, erl_send_after, nullptr},
    {"erlang", "start_timer", 3, erl_start_timer, nullptr},
    {P, "list", 0, list, nullptr},
    {P, "registered", 0, registered, nullptr},
    {P, "send", 3, send3, nullptr},
    {P, "group_leader", 0, group_leader, nullptr},
    {"erlang", "group_leader", 0, group_leader, nullptr},
    {"erlang", "group_leader", 2, erlang_group_leader2, nullptr},
    {P, "group_leader", 2, process_group_leader2, nullptr},
    {"taskplay", "stdio_device", 1, stdio_device, nullptr},
    {P, "hibernate", 3, hibernate, nullptr},
    {"erlang", "yield", 0, yield, nullptr},
    {"erlang", "is_process_alive", 1, alive, nullptr},
    {"erlang", "process_info", 1, erl_info1, nullptr},
    {"erlang", "process_info", 2, erl_info2, nullptr},
    {"erlang", "process_flag", 2, flag, nullptr},
    {"erlang", "monitor", 2, erl_monitor, nullptr},
    {"erlang", "demonitor", 1, demonitor1, nullptr},
    {"erlang", "demonitor", 2, demonitor2, nullptr},
    {"erlang", "link", 1, link, nullptr},
    {"erlang", "unlink", 1, unlink, nullptr},
    {"erlang", "exit", 2, exit2, nullptr},
    {"erlang", "processes", 0, list, nullptr},
    {"erlang", "registered", 0, registered, nullptr},
    {"erlang", "send_nosuspend", 2, erl_send_nosuspend, nullptr},
    {"erlang", "pid_to_list", 1, pid_to_list, nullptr},
    {"erlang", "list_to_pid", 1, list_to_pid, nullptr},
    {"erlang", "statistics", 1, statistics, nullptr},
    {"erlang", "system_info", 1, system_info, nullptr},
    {"erlang", "memory", 0, memory0, nullptr},
    {"erlang", "memory", 1, memory1, nullptr},
    {"erlang", "read_timer", 2, read_timer, nullptr},
    {"taskplay", "no_handle_info", 2, no_handle_info, nullptr},
    {"taskplay", "logger_level", 0, logger_level, nullptr},
    {"taskplay", "logger_set_level", 1, logger_set_level, nullptr},
    {"taskplay", "logger_enabled?", 1, logger_enabled, nullptr},
    {"taskplay", "logger_log", 2, logger_log, nullptr},
    {P, "get", 0, erl_get0, nullptr},
    {P, "get", 1, get1, nullptr},
    {P, "get", 2, get2, nullptr},
    {P, "get_keys", 0, erl_get_keys0, nullptr},
    {P, "get_keys", 1, erl_get_keys1, nullptr},
    {P, "put", 2, put, nullptr},
    {P, "delete", 1, delete_, nullptr},
    {"erlang", "get", 0, erl_get0, nullptr},
    {"erlang", "get", 1, erl_get1, nullptr},
    {"erlang", "get_keys", 0, erl_get_keys0, nullptr},
    {"erlang", "get_keys", 1, erl_get_keys1, nullptr},
    {"erlang", "put", 2, erl_put, nullptr},
    {"erlang", "erase", 0, erl_erase0, nullptr},
    {"erlang", "erase", 1, erl_erase1, nullptr},
};

}  // namespace

std::span<const Native> process_natives() { return kTable; }

}  // namespace taskplay::lang

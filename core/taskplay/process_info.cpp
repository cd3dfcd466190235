#include "taskplay/process_info.hpp"

#include "taskplay/proc_lib.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay {

namespace {

const Atom kCurrentFunction("current_function"), kInitialCall("initial_call"),
    kMessages("messages"), kDictionary("dictionary"), kErrorHandler("error_handler"),
    kPriority("priority"), kGroupLeaderItem("group_leader"), kTotalHeapSize("total_heap_size"),
    kStackSize("stack_size"), kGarbageCollection("garbage_collection"), kSuspending("suspending"),
    kMonitoredBy("monitored_by"), kMemory("memory"), kParent("parent"),
    kCurrentStacktrace("current_stacktrace");

}  // namespace

Pid group_leader_of(const Process& p) {
  return p.extras && p.extras->group_leader ? p.extras->group_leader : kStandardGroupLeader;
}

namespace {

Term item(Atom key, Term value) { return Term::tuple({Term(key), std::move(value)}); }

Term mfa(const char* m, const char* f, int64_t arity) {
  return Term::tuple({Term::atom(m), Term::atom(f), Term::integer(arity)});
}

int64_t mailbox_words(const Process& p) {
  int64_t words = 0;
  for (const Mailbox::Node* n = p.mailbox.first(); n; n = n->next) words += n->words;
  return words;
}

Term initial_call(const Process& p) {
  if (p.extras && !p.extras->initial_call.is_nil()) return p.extras->initial_call;
  // spawn/1 runs erlang:apply(fun, []); the library's processes start through proc_lib
  if (p.label == atoms::nil) return mfa("erlang", "apply", 2);
  return mfa("proc_lib", "init_p", 5);
}

Term current_function(const Process& p) {
  if (p.code_source) {
    Term f = p.code_source->current_function();
    if (f.is_tuple(3)) return f;
  }
  // a library server waits in gen_server's loop; otherwise where it started
  if (p.status_source) return mfa("gen_server", "loop", 7);
  return initial_call(p);
}

}  // namespace

std::optional<Term> process_info(const Runtime& rt, const Process& p, Atom key) {
  auto pids = [](const auto& from, auto pick) {
    std::vector<Term> out;
    for (const auto& x : from) out.emplace_back(pick(x));
    return Term::list(out);
  };
  if (key == atoms::registered_name) return item(key, p.name == atoms::nil ? Term() : Term(p.name));
  if (key == kCurrentFunction) return item(key, current_function(p));
  if (key == kCurrentStacktrace) {
    Term st = p.code_source ? p.code_source->current_stacktrace(p.pid == rt.current())
                            : Term(atoms::undefined);
    if (st.is_atom(atoms::undefined)) {
      // a library process: where it waits, as a stack of one frame
      const Term f = current_function(p);
      st = Term::list({Term::tuple({f[0], f[1], f[2], Term()})});
    }
    return item(key, st);
  }
  if (key == kInitialCall) return item(key, initial_call(p));
  if (key == atoms::status) {
    Atom s = p.pid == rt.current() || p.state == ProcessState::running ? atoms::running
             : p.state == ProcessState::runnable                       ? atoms::runnable
             : p.state == ProcessState::waiting                        ? atoms::waiting
                                                                       : atoms::exiting;
    return item(key, Term(s));
  }
  if (key == atoms::message_queue_len)
    return item(key, Term::integer(static_cast<int64_t>(p.mailbox.size())));
  if (key == kMessages) {
    std::vector<Term> ms;
    for (const Mailbox::Node* n = p.mailbox.first(); n; n = n->next) ms.push_back(n->message);
    return item(key, Term::list(ms));
  }
  if (key == atoms::links) {
    std::vector<Pid> ls = p.links;
    if (p.extras && p.extras->outside_link) ls.push_back(p.extras->outside_link);
    return item(key, pids(ls, [](Pid l) { return l; }));
  }
  if (key == atoms::monitors)
    return item(key, pids(p.watching, [](const Monitor& m) {
                  Term target = m.name != atoms::nil
                                    ? Term::tuple({Term(m.name), Term(atoms::nonode)})
                                    : Term(m.pid);
                  return Term::tuple({Term(atoms::process), target});
                }));
  if (key == kMonitoredBy) {
    std::vector<Term> by;
    for (auto it = p.watched_by.rbegin(); it != p.watched_by.rend(); ++it) by.emplace_back(it->pid);
    if (p.extras && p.extras->outside_monitor) by.emplace_back(p.extras->outside_monitor);
    return item(key, Term::list(by));
  }
  if (key == kDictionary) return item(key, p.extras ? p.extras->dictionary.all() : Term());
  if (key == atoms::trap_exit) return item(key, Term::boolean(p.trap_exit));
  if (key == kErrorHandler) return item(key, Term::atom("error_handler"));
  if (key == kPriority) return item(key, Term(proc_lib::priority(rt, p.pid)));
  if (key == kGroupLeaderItem) return item(key, Term(group_leader_of(p)));
  if (key == kTotalHeapSize || key == atoms::heap_size)
    return item(key, Term::integer(p.heap_words));
  if (key == kStackSize) return item(key, Term::integer(p.heap_words - mailbox_words(p)));
  if (key == atoms::reductions) return item(key, Term::integer(static_cast<int64_t>(p.reductions)));
  if (key == kGarbageCollection) {
    // taskplay collects no garbage: the BEAM's defaults, with taskplay's heap limit
    Term max_heap = Term::map({{Term::atom("error_logger"), Term(atoms::true_)},
                               {Term::atom("kill"), Term(atoms::true_)},
                               {Term::atom("size"), Term::integer(p.max_heap_words)}});
    return item(key, keyword({{Atom("max_heap_size"), max_heap},
                              {Atom("min_bin_vheap_size"), Term::integer(46422)},
                              {Atom("min_heap_size"), Term::integer(233)},
                              {Atom("fullsweep_after"), Term::integer(65535)},
                              {Atom("minor_gcs"), Term::integer(0)}}));
  }
  if (key == kSuspending) return item(key, Term());
  if (key == kMemory)
    return item(key, Term::integer(static_cast<int64_t>(sizeof(Process)) + p.heap_words * 8));
  if (key == kParent) return item(key, p.parent ? Term(p.parent) : Term(atoms::undefined));
  return std::nullopt;
}

Term process_info(const Runtime& rt, Pid pid) {
  const Process* p = rt.find(pid);
  if (!p || p->exit_pending) return Term(atoms::nil);
  std::vector<Term> items;
  if (p->name != atoms::nil) items.push_back(*process_info(rt, *p, atoms::registered_name));
  for (Atom k :
       {kCurrentFunction, kInitialCall, atoms::status, atoms::message_queue_len, atoms::links,
        kDictionary, atoms::trap_exit, kErrorHandler, kPriority, kGroupLeaderItem, kTotalHeapSize,
        atoms::heap_size, kStackSize, atoms::reductions, kGarbageCollection, kSuspending})
    items.push_back(*process_info(rt, *p, k));
  return Term::list(items);
}

}  // namespace taskplay

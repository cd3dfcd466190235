#pragma once
// Recognising the messages the runtime itself sends, for the library's receive loops:
//
//   {:DOWN, ref, :process, pid_or_{name, node}, reason}   a monitor fired
//   {:EXIT, pid, reason}                                  a linked process exited (trapping)

#include "taskplay/term.hpp"

namespace taskplay {

inline bool is_down(const Term& m) { return m.is_tuple(5) && m[0].is_atom(atoms::DOWN); }
// The :DOWN of monitor `ref`.
inline bool is_down(const Term& m, Ref ref) {
  return is_down(m) && m[1].is_ref() && m[1].ref() == ref;
}

inline bool is_exit(const Term& m) {
  return m.is_tuple(3) && m[0].is_atom(atoms::EXIT) && m[1].is_pid();
}
// The {:EXIT, from, reason} of `from`.
inline bool is_exit(const Term& m, Pid from) { return is_exit(m) && m[1].pid() == from; }

}  // namespace taskplay

#pragma once
// Atoms: interned names, compared by id. One table for the whole program
// (atoms are never garbage collected, as on the BEAM).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace taskplay {

class Atom {
 public:
  constexpr Atom() = default;
  // Interns `name` (without the leading colon; Elixir module names are
  // stored as Erlang does, e.g. "Elixir.Task").
  explicit Atom(std::string_view name);
  // The atom of that name if it has been interned already (String.to_existing_atom/1).
  static std::optional<Atom> existing(std::string_view name);
  static constexpr Atom from_id(uint32_t id) {
    Atom a;
    a.id_ = id;
    return a;
  }

  constexpr uint32_t id() const { return id_; }
  const std::string& name() const;

  friend constexpr bool operator==(Atom a, Atom b) { return a.id_ == b.id_; }
  friend constexpr bool operator!=(Atom a, Atom b) { return a.id_ != b.id_; }

 private:
  uint32_t id_ = 0;
};

// Atoms the runtime itself uses, interned once in this order (ids are fixed,
// so they are constexpr and usable in `switch`).
namespace atoms {
// clang-format cannot lay out this X-macro list (and is not idempotent on it).
// clang-format off
#define TASKPLAY_ATOMS(X)                                                                 \
  X(nil, "nil") X(true_, "true") X(false_, "false") X(ok, "ok") X(error, "error")       \
  X(normal, "normal") X(kill, "kill") X(killed, "killed") X(shutdown, "shutdown")       \
  X(noproc, "noproc") X(EXIT, "EXIT") X(DOWN, "DOWN") X(process, "process")             \
  X(timeout, "timeout") X(undefined, "undefined") X(exit, "exit") X(throw_, "throw")    \
  X(nocatch, "nocatch") X(badarith, "badarith") X(badarg, "badarg") X(badkey, "badkey") \
  X(function_clause, "function_clause") X(system_limit, "system_limit")                 \
  X(__struct__, "__struct__") X(__exception__, "__exception__") X(message, "message")   \
  X(original, "original") X(reason, "reason") X(term, "term") X(infinity, "infinity")   \
  X(nonode, "nonode@nohost") X(file, "file") X(line, "line") X(running, "running")      \
  X(runnable, "runnable") X(waiting, "waiting") X(exiting, "exiting")                   \
  X(status, "status") X(message_queue_len, "message_queue_len") X(links, "links")       \
  X(monitors, "monitors") X(trap_exit, "trap_exit") X(reductions, "reductions")         \
  X(registered_name, "registered_name") X(heap_size, "heap_size") X(flush, "flush")     \
  X(RuntimeError, "Elixir.RuntimeError") X(ArgumentError, "Elixir.ArgumentError")       \
  X(ErlangError, "Elixir.ErlangError") X(KeyError, "Elixir.KeyError")                   \
  X(ArithmeticError, "Elixir.ArithmeticError") X(MatchError, "Elixir.MatchError")       \
  X(key, "key")                                                                         \
  /* the script's dictionary (lang/script.cpp): fixed ids, so its listing keeps the */ \
  /* BEAM's order however many atoms the library interns */                            \
  X(elixir_module_binaries, "elixir_module_binaries")                                   \
  X(elixir_checker_info, "elixir_checker_info")
// clang-format on

enum class Id : uint32_t {
#define TASKPLAY_ATOM_ENUM(ident, text) ident,
  TASKPLAY_ATOMS(TASKPLAY_ATOM_ENUM)
#undef TASKPLAY_ATOM_ENUM
      count_
};

#define TASKPLAY_ATOM_CONST(ident, text) \
  inline constexpr Atom ident = Atom::from_id(static_cast<uint32_t>(Id::ident));
TASKPLAY_ATOMS(TASKPLAY_ATOM_CONST)
#undef TASKPLAY_ATOM_CONST
}  // namespace atoms

}  // namespace taskplay

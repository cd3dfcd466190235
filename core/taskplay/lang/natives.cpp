#include "taskplay/lang/natives.hpp"

#include <algorithm>
#include <climits>
#include <unordered_map>

#include "taskplay/errors.hpp"
#include "taskplay/lang/ex_unit.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/number.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

const std::vector<Native>& natives() {
  static const std::vector<Native> all = [] {
    std::vector<Native> v;
    for (auto table :
         {kernel_natives(), process_natives(), map_natives(),    system_natives(),
          string_natives(), ex_unit_natives(), erlang_natives(), lists_natives(),
          maps_natives(),   numbers_natives(), rand_natives(),   regex_natives(),
          struct_natives(), code_natives(),    binary_natives(), binary_match_natives(),
          base_natives(),   io_lib_natives(),  ets_natives(),    persistent_term_natives(),
          etf_natives(),    crypto_natives(),  zlib_natives(),   normalize_natives()})
      v.insert(v.end(), table.begin(), table.end());
    return v;
  }();
  return all;
}

// Kernel's functions that are the BEAM's BIFs, with the same arguments, answer for
// :erlang's too (:erlang.abs/1, :erlang.length/1, ...) unless :erlang has its own
std::string_view erlang_bif_of(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kRenamed[] = {
      {"!=", "/="}, {"===", "=:="}, {"!==", "=/="}, {"<=", "=<"}};
  for (const auto& [kernel, erlang] : kRenamed)
    if (name == kernel) return erlang;
  static constexpr std::string_view kBifs =
      " abs length hd tl byte_size bit_size tuple_size map_size is_atom is_binary is_bitstring"
      " is_boolean is_float is_function is_integer is_list is_map is_number is_pid is_port"
      " is_reference is_tuple max min div rem trunc round node self make_ref spawn spawn_link"
      " spawn_monitor send exit throw apply binary_part ceil floor + - * / ++ -- == < > >= not ";
  const std::string key = " " + std::string(name) + " ";
  return kBifs.find(key) != std::string_view::npos ? name : std::string_view();
}

int find_native(Atom module, Atom name, uint32_t arity) {
  static const std::unordered_map<uint32_t, int> index = [] {
    std::unordered_map<uint32_t, int> m;
    const auto& all = natives();
    for (size_t i = 0; i < all.size(); ++i)
      m.emplace(mfa_id(Atom(all[i].module), Atom(all[i].name), all[i].arity), static_cast<int>(i));
    const Atom kernel("Elixir.Kernel"), erlang("erlang");
    for (size_t i = 0; i < all.size(); ++i) {
      if (Atom(all[i].module) != kernel) continue;
      std::string_view bif = erlang_bif_of(all[i].name);
      if (!bif.empty()) m.emplace(mfa_id(erlang, Atom(bif), all[i].arity), static_cast<int>(i));
    }
    return m;
  }();
  auto it = index.find(mfa_id(module, name, arity));
  return it == index.end() ? -1 : it->second;
}

void badarg(const Term& culprit) { throw Raised{RaiseKind::error, culprit, Term()}; }

void raise_argument_error(std::string message) { raise(argument_error(message)); }

void raise_in(Term reason, std::string_view module, std::string_view fun,
              const std::vector<Term>& args) {
  throw Raised{
      RaiseKind::error, std::move(reason),
      Term::list({Term::tuple({Term::atom(module), Term::atom(fun), Term::list(args), Term()})})};
}

int64_t int_arg(const Term& t) {
  if (!t.is_small_int()) badarg();
  return t.small_int();
}

Term integer_power(Term base, int64_t exp) {
  Term result = Term::integer(1);
  for (; exp > 0; exp >>= 1) {  // square and multiply
    if (exp & 1) result = number::mul(result, base);
    if (exp > 1) base = number::mul(base, base);
  }
  return result;
}

void charge(Ctx& ctx, uint64_t reductions) {
  int32_t& budget = ctx.runtime().budget();
  // (clamped: the budget is a slice's, and a negative one only says "yield now")
  int64_t left = static_cast<int64_t>(budget) -
                 static_cast<int64_t>(std::min<uint64_t>(reductions, uint64_t{1} << 30));
  budget = static_cast<int32_t>(std::max<int64_t>(left, INT32_MIN / 2));
}

void need_heap(Ctx& ctx, uint64_t words) {
  const Process& p = ctx.process();
  if (p.max_heap_words <= 0 ||
      p.heap_words + static_cast<int64_t>(std::min<uint64_t>(words, uint64_t{1} << 60)) <=
          p.max_heap_words)
    return;
  auto w = static_cast<int64_t>(std::min<uint64_t>(words, uint64_t{1} << 60));
  ctx.grow_heap(w);  // past the limit: the runtime kills the process and reports it
  ctx.grow_heap(-w);
  exit_with(Term(atoms::killed));
}

void write_output(Ctx& ctx, std::string_view text, bool to_stderr) {
  state(ctx.runtime()).write(ctx.self(), text, to_stderr);
}

namespace {
bool reraise_mark = false;  // one thread: set by reraise/2, read by the VM's unwind
bool raise1_mark = false;   // set by raise/1, read by the VM's unwind
}  // namespace
void mark_reraise() { reraise_mark = true; }
void mark_raise1() { raise1_mark = true; }
bool take_raise1_mark() { return std::exchange(raise1_mark, false); }
bool take_reraise_mark() { return std::exchange(reraise_mark, false); }

}  // namespace taskplay::lang

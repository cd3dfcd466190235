// Regex (on PCRE2: regex.hpp) and Kernel's =~, as Elixir 1.14 defines them on :re.
// Regex.replace/3,4 is the prelude's (a function replacement calls back into the
// language); its string replacements come here (:taskplay.regex_replace/4).

#include <algorithm>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/regex.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

bool is_regex(const Term& t) { return t.is_map() && t.struct_name() == Atom("Elixir.Regex"); }

namespace {

constexpr std::string_view R = "Elixir.Regex";

// Reductions for a search: a reduction per 200 bytes looked at and one per match (the
// BEAM's :re.run counts its loop iterations much the same way).
void pay(Ctx& ctx, uint64_t work, size_t matches) { charge(ctx, work / 200 + matches); }

// Inspect.Regex: ~r/source/opts, the source's slashes escaped (an escaped one stays one),
// control characters written as escapes; a regex compiled from :re's option list prints as
// the call that makes it.
std::string inspect_regex(const Term& t, const InspectOpts& o) {
  std::string out;
  const Term* source = t.map_get(Term::atom("source"));
  const Term* opts = t.map_get(Term::atom("opts"));
  if (!source || !opts || !source->is_binary() || !(opts->is_binary() || opts->is_list())) {
    InspectOpts plain = o;  // not a regex this module made: the map it is
    plain.structs = false;
    return inspect(t, plain);
  }
  if (opts->is_list()) {
    InspectOpts one = o;
    one.pretty = false;
    out += "Regex.compile!(";
    inspect_to(out, *source, one);
    out += ", ";
    inspect_to(out, *opts, one);
    out += ')';
    return out;
  }
  std::string_view s = source->binary();
  out += "~r/";
  static const char* hex = "0123456789ABCDEF";
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\\' && i + 1 < s.size() && (s[i + 1] == '\\' || s[i + 1] == '/')) {
      out += s[i + 1] == '\\' ? "\\\\" : "\\/";
      i += 2;
      continue;
    }
    if (c == '/') {
      out += "\\/";
      ++i;
      continue;
    }
    if (c == '#' && i + 1 < s.size() && s[i + 1] == '{') {
      out += "\\#{";
      i += 2;
      continue;
    }
    switch (c) {
      case '\a':
        out += "\\a";
        ++i;
        continue;
      case '\f':
        out += "\\f";
        ++i;
        continue;
      case '\n':
        out += "\\n";
        ++i;
        continue;
      case '\r':
        out += "\\r";
        ++i;
        continue;
      case '\t':
        out += "\\t";
        ++i;
        continue;
      case '\v':
        out += "\\v";
        ++i;
        continue;
      case 0:
        out += "\\0";
        ++i;
        continue;
      default:
        break;
    }
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // a UTF-8 character: printable ones as they are, others as \xHH / \x{HHHH}
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    uint32_t cp = 0;
    bool valid = len > 1 && i + len <= s.size();
    if (valid) {
      cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (size_t k = 1; k < len; ++k) {
        auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) valid = false;
        cp = (cp << 6) | (d & 0x3F);
      }
    }
    if (!valid) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
      ++i;
      continue;
    }
    if ((cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF) ||
        cp >= 0x10000) {
      out.append(s.substr(i, len));
    } else if (cp == 0xFEFF) {
      out += "\\uFEFF";
    } else if (cp < 0x100) {
      out += "\\x";
      out += hex[cp >> 4];
      out += hex[cp & 15];
    } else {
      out += "\\x{";
      for (int sh = 12; sh >= 0; sh -= 4) out += hex[(cp >> sh) & 15];
      out += '}';
    }
    i += len;
  }
  out += '/';
  out += opts->binary();
  return out;
}
[[maybe_unused]] const bool kInspectRegistered = [] {
  define_struct_inspector(Atom("Elixir.Regex"), inspect_regex);
  return true;
}();

// [SECTION] Compiling ------------------------------------------------------------------
// {:ok, regex} or {:error, reason}, as Regex.compile/2.
Term compile_term(const Term& source, const Term& opts) {
  uint64_t flags = 0;
  std::string bad;
  if (opts.is_binary()) {
    if (!regex::parse_modifiers(opts.binary(), flags, bad))
      return Term::tuple(
          {Term(atoms::error), Term::tuple({Term::atom("invalid_option"), Term::string(bad)})});
  } else if (!regex::parse_options(opts, flags)) {
    raise(argument_error("argument error"));
  }
  regex::CompileFailure f;
  const regex::Code* code = regex::compile(source.binary(), flags, f);
  if (!code) {
    std::vector<Term> chars;
    for (unsigned char c : f.message) chars.push_back(Term::integer(c));
    return Term::tuple(
        {Term(atoms::error),
         Term::tuple({Term::list(chars), Term::integer(static_cast<int64_t>(f.offset))})});
  }
  // Regex.opts/1: the letters as given, or the :re list ("" for an empty one)
  Term shown = opts.is_binary() || !opts.is_nil() ? opts : Term::string("");
  return Term::tuple({Term(atoms::ok), regex::make_struct(source.binary(), shown, *code)});
}

Term compile1(Ctx&, Term* a) {
  if (!a[0].is_binary()) no_clause(R, "compile", {a[0], Term::string("")});
  return compile_term(a[0], Term::string(""));
}
Term compile2(Ctx&, Term* a) {
  if (!a[0].is_binary() || !(a[1].is_binary() || a[1].is_list()))
    no_clause(R, "compile", {a[0], a[1]});
  return compile_term(a[0], a[1]);
}
// Regex.compile!/2: Regex.CompileError "missing ) at position 2"
Term bang(const Term& r) {
  if (r[0].is_atom(atoms::ok)) return r[1];
  const Term& reason = r[1];
  std::string msg;
  if (reason[0].is_atom()) {
    msg = reason[0].atom_value().name() + " at position " + std::string(reason[1].binary());
  } else {
    for (const Term& c : reason[0].list_items()) msg += static_cast<char>(c.small_int());
    msg += " at position " + reason[1].integer_to_string();
  }
  raise(make_struct(Atom("Elixir.Regex.CompileError"),
                    {{Term(atoms::__exception__), Term(atoms::true_)},
                     {Term::atom("message"), Term::string(msg)}}));
}
Term compile_bang1(Ctx& c, Term* a) {
  if (!a[0].is_binary()) no_clause(R, "compile!", {a[0], Term::string("")});
  return bang(compile_term(a[0], Term::string("")));
}
Term compile_bang2(Ctx& c, Term* a) {
  if (!a[0].is_binary() || !(a[1].is_binary() || a[1].is_list()))
    no_clause(R, "compile!", {a[0], a[1]});
  return bang(compile_term(a[0], a[1]));
}
Term recompile(Ctx&, Term* a) {
  if (!is_regex(a[0])) no_clause(R, "recompile", {a[0]});
  return Term::tuple({Term(atoms::ok), a[0]});
}
Term recompile_bang(Ctx&, Term* a) {
  if (!is_regex(a[0])) no_clause(R, "recompile!", {a[0]});
  return a[0];
}
Term version(Ctx&, Term*) {
  return Term::tuple({Term::string("8.44 2020-02-12"), Term::atom("little")});
}

// [SECTION] Running ---------------------------------------------------------------------
enum class Return { binary, index };

// The :capture option: which groups, in order (a name or number each), or :none.
struct Capture {
  enum Kind { all, all_but_first, first, none, list } kind = all;
  std::vector<uint32_t> groups;  // for list (names resolved)
};

Capture capture_of(const regex::Code& code, const Term* spec) {
  Capture c;
  if (!spec || spec->is_atom(Atom("all"))) return c;
  if (spec->is_atom(Atom("all_but_first"))) {
    c.kind = Capture::all_but_first;
  } else if (spec->is_atom(Atom("first"))) {
    c.kind = Capture::first;
  } else if (spec->is_atom(Atom("none"))) {
    c.kind = Capture::none;
  } else if (spec->is_atom(Atom("all_names"))) {
    c.kind = Capture::list;
    for (const auto& [name, number] : regex::names(code)) c.groups.push_back(number);
  } else if (spec->is_list()) {
    c.kind = Capture::list;
    for (const Term& g : spec->list_items()) {
      if (g.is_small_int() && g.small_int() >= 0 &&
          g.small_int() <= static_cast<int64_t>(regex::capture_count(code))) {
        c.groups.push_back(static_cast<uint32_t>(g.small_int()));
        continue;
      }
      std::string name = g.is_binary() ? std::string(g.binary())
                         : g.is_atom() ? g.atom_value().name()
                                       : std::string();
      const auto& names = regex::names(code);
      auto it =
          std::find_if(names.begin(), names.end(), [&](const auto& n) { return n.first == name; });
      if (name.empty() || it == names.end()) badarg();
      c.groups.push_back(it->second);
    }
  } else {
    badarg();
  }
  return c;
}

Term span_term(std::string_view subject, std::pair<int64_t, int64_t> s, Return r) {
  if (r == Return::index) return Term::tuple({Term::integer(s.first), Term::integer(s.second)});
  if (s.first < 0) return Term::string("");
  return Term::string(subject.substr(static_cast<size_t>(s.first), static_cast<size_t>(s.second)));
}

// One match's captures as :re.run returns them.
Term captures(std::string_view subject, const regex::Match& m, const Capture& c, Return r) {
  std::vector<Term> out;
  auto add = [&](uint32_t g) {
    static constexpr std::pair<int64_t, int64_t> kUnset{-1, 0};
    out.push_back(span_term(subject, g < m.spans.size() ? m.spans[g] : kUnset, r));
  };
  switch (c.kind) {
    case Capture::all:
      for (uint32_t g = 0; g < m.groups; ++g) add(g);
      break;
    case Capture::all_but_first:
      for (uint32_t g = 1; g < m.groups; ++g) add(g);
      break;
    case Capture::first:
      add(0);
      break;
    case Capture::none:
      break;
    case Capture::list:
      for (uint32_t g : c.groups) add(g);
      break;
  }
  return Term::list(out);
}

struct RunOptions {
  Return ret = Return::binary;
  const Term* capture = nullptr;
  size_t offset = 0;
};
RunOptions run_options(const Term& opts, const Term& subject) {
  RunOptions o;
  if (!opts.is_list()) badarg();
  if (const Term* r = keyword_get(opts, Atom("return"))) {
    if (r->is_atom(Atom("index")))
      o.ret = Return::index;
    else if (!r->is_atom(Atom("binary")))
      badarg();
  }
  o.capture = keyword_get(opts, Atom("capture"));
  if (const Term* off = keyword_get(opts, Atom("offset"))) {
    if (!off->is_small_int() || off->small_int() < 0 ||
        static_cast<size_t>(off->small_int()) > subject.binary().size())
      badarg();
    o.offset = static_cast<size_t>(off->small_int());
  }
  return o;
}

// The words a list of `n` results of `bytes` bytes in all will take (checked first).
void need_result(Ctx& ctx, size_t n, size_t bytes) { need_heap(ctx, n * 6 + bytes / 8); }

Term run(Ctx& ctx, const Term& re, const Term& subject, const Term& opts) {
  if (!is_regex(re) || !subject.is_binary()) no_clause(R, "run", {re, subject, opts});
  const regex::Code& code = regex::code_of(re);
  RunOptions o = run_options(opts, subject);
  Capture c = capture_of(code, o.capture);
  uint64_t work = 0;
  auto ms = regex::run(code, subject.binary(), o.offset, false, 1, work);
  pay(ctx, work, ms.size());
  if (ms.empty()) return Term(atoms::nil);
  return captures(subject.binary(), ms[0], c, o.ret);
}
Term run2(Ctx& ctx, Term* a) { return run(ctx, a[0], a[1], Term()); }
Term run3(Ctx& ctx, Term* a) { return run(ctx, a[0], a[1], a[2]); }

Term scan(Ctx& ctx, const Term& re, const Term& subject, const Term& opts) {
  if (!is_regex(re) || !subject.is_binary()) no_clause(R, "scan", {re, subject, opts});
  const regex::Code& code = regex::code_of(re);
  RunOptions o = run_options(opts, subject);
  Capture c = capture_of(code, o.capture);
  uint64_t work = 0;
  auto ms = regex::run(code, subject.binary(), o.offset, true, SIZE_MAX, work);
  pay(ctx, work, ms.size());
  need_result(ctx, ms.size() * (regex::capture_count(code) + 2), subject.binary().size());
  // nothing to capture (:none, or :all_names without names): :re.run answers :match, and
  // Regex.scan/3 []
  if (c.kind == Capture::none || (c.kind == Capture::list && c.groups.empty())) return Term();
  std::vector<Term> out;
  out.reserve(ms.size());
  for (const auto& m : ms) out.push_back(captures(subject.binary(), m, c, o.ret));
  return Term::list(out);
}
Term scan2(Ctx& ctx, Term* a) { return scan(ctx, a[0], a[1], Term()); }
Term scan3(Ctx& ctx, Term* a) { return scan(ctx, a[0], a[1], a[2]); }

Term match(Ctx& ctx, Term* a) {
  if (!is_regex(a[0]) || !a[1].is_binary()) no_clause(R, "match?", {a[0], a[1]});
  uint64_t work = 0;
  auto ms = regex::run(regex::code_of(a[0]), a[1].binary(), 0, false, 1, work);
  pay(ctx, work, ms.size());
  return Term::boolean(!ms.empty());
}

// Kernel.=~/2: a regex, or a string contained in the left side.
Term match_op(Ctx& ctx, Term* a) {
  if (!a[0].is_binary()) no_clause("Elixir.Kernel", "=~", {a[0], a[1]});
  if (a[1].is_binary()) {
    charge(ctx, a[0].binary().size() / 200);
    return Term::boolean(a[0].binary().find(a[1].binary()) != std::string_view::npos);
  }
  Term args[2] = {a[1], a[0]};
  return match(ctx, args);
}

Term names(Ctx&, Term* a) {
  if (!is_regex(a[0])) no_clause(R, "names", {a[0]});
  std::vector<Term> out;
  for (const auto& [name, number] : regex::names(regex::code_of(a[0])))
    out.push_back(Term::string(name));
  return Term::list(out);
}

Term named_captures(Ctx& ctx, const Term& re, const Term& subject, const Term& opts) {
  if (!subject.is_binary() || !is_regex(re)) no_clause(R, "named_captures", {re, subject, opts});
  const regex::Code& code = regex::code_of(re);
  RunOptions o = run_options(opts, subject);
  uint64_t work = 0;
  auto ms = regex::run(code, subject.binary(), o.offset, false, 1, work);
  pay(ctx, work, ms.size());
  if (ms.empty()) return Term(atoms::nil);
  std::vector<std::pair<Term, Term>> pairs;
  for (const auto& [name, number] : regex::names(code))
    pairs.emplace_back(Term::string(name), span_term(subject.binary(), ms[0].spans[number], o.ret));
  return Term::map(std::move(pairs));
}
Term named_captures2(Ctx& ctx, Term* a) { return named_captures(ctx, a[0], a[1], Term()); }
Term named_captures3(Ctx& ctx, Term* a) { return named_captures(ctx, a[0], a[1], a[2]); }

// [SECTION] Splitting and replacing --------------------------------------------------------

// Regex.split/3: on each match (or the captures named by :on), in at most :parts parts,
// :trim dropping empty ones, :include_captures keeping what it split on.
Term split(Ctx& ctx, const Term& re, const Term& subject, const Term& opts) {
  if (!is_regex(re) || !subject.is_binary() || !opts.is_list())
    no_clause(R, "split", {re, subject, opts});
  std::string_view s = subject.binary();
  const Term* trim_opt = keyword_get(opts, Atom("trim"));
  bool trim = trim_opt && trim_opt->truthy();
  if (s.empty()) return trim ? Term() : Term::list({Term::string("")});
  const regex::Code& code = regex::code_of(re);
  int64_t parts = 0;  // 0: as many as there are
  if (const Term* p = keyword_get(opts, Atom("parts"))) {
    if (p->is_small_int() && p->small_int() > 0)
      parts = p->small_int();
    else if (!p->is_atom(Atom("infinity")))
      no_clause(R, "split", {re, subject, opts});
  }
  const Term* on = keyword_get(opts, Atom("on"));
  Term first = Term::atom("first");
  Capture c = capture_of(code, on ? on : &first);
  const Term* inc = keyword_get(opts, Atom("include_captures"));
  bool include = inc && inc->truthy();
  uint64_t work = 0;
  auto ms = regex::run(code, s, 0, true, SIZE_MAX, work);
  pay(ctx, work, ms.size());
  need_result(ctx, ms.size() * (include ? 2 : 1) + 1, s.size());
  std::vector<Term> out;
  size_t offset = 0;
  int64_t counter = parts;
  auto rest = [&]() { out.push_back(Term::string(s.substr(offset))); };
  bool done = false;
  for (const auto& m : ms) {
    Term spans = captures(s, m, c, Return::index);
    for (const Term& sp : spans.list_items()) {
      if (trim && s.size() <= offset) return Term::list(out);
      if (counter == 1) {
        rest();
        return Term::list(out);
      }
      int64_t pos = sp[0].small_int(), len = sp[1].small_int();
      if (pos - static_cast<int64_t>(offset) < 0) continue;  // unset, or inside the last part
      size_t keep = static_cast<size_t>(pos) - offset;
      if (keep == 0 && trim) {
        if (include) {
          out.push_back(Term::string(s.substr(static_cast<size_t>(pos), len)));
          --counter;
        }
      } else {
        out.push_back(Term::string(s.substr(offset, keep)));
        if (include) out.push_back(Term::string(s.substr(static_cast<size_t>(pos), len)));
        --counter;
      }
      offset = static_cast<size_t>(pos + len);
    }
    if (done) break;
  }
  if (trim && s.size() <= offset) return Term::list(out);
  rest();
  return Term::list(out);
}
Term split2(Ctx& ctx, Term* a) { return split(ctx, a[0], a[1], Term()); }
Term split3(Ctx& ctx, Term* a) { return split(ctx, a[0], a[1], a[2]); }

// A replacement string: text, and \N, \\g{N} group references (\\ is a backslash).
struct Piece {
  std::string text;
  int64_t group = -1;  // >= 0: the group's text
};
std::vector<Piece> pieces(std::string_view r) {
  std::vector<Piece> out;
  auto text = [&](char ch) {
    if (out.empty() || out.back().group >= 0) out.push_back({});
    out.back().text += ch;
  };
  for (size_t i = 0; i < r.size();) {
    if (r[i] == '\\' && i + 1 < r.size()) {
      char n = r[i + 1];
      if (n == '\\') {
        text('\\');
        i += 2;
        continue;
      }
      size_t j = i + 1;
      bool braced = n == 'g' && i + 2 < r.size() && r[i + 2] == '{';
      if (braced) j = i + 3;
      size_t k = j;
      while (k < r.size() && r[k] >= '0' && r[k] <= '9') ++k;
      if (k > j && (!braced || (k < r.size() && r[k] == '}'))) {
        int64_t g = 0;
        for (size_t d = j; d < k; ++d) g = std::min<int64_t>(g * 10 + (r[d] - '0'), 1 << 20);
        out.push_back({{}, g});
        i = braced ? k + 1 : k;
        continue;
      }
    }
    text(r[i]);
    ++i;
  }
  return out;
}

// :taskplay.regex_replace(regex, string, replacement, options)
Term replace(Ctx& ctx, Term* a) { return regex_replace(ctx, a[0], a[1], a[2], a[3]); }

}  // namespace

Term regex_split(Ctx& ctx, const Term& re, const Term& subject, const Term& opts) {
  return split(ctx, re, subject, opts);
}

Term regex_replace(Ctx& ctx, const Term& re, const Term& subject, const Term& repl,
                   const Term& opts) {
  if (!is_regex(re) || !subject.is_binary() || !repl.is_binary() || !opts.is_list())
    no_clause(R, "replace", {re, subject, repl, opts});
  const Term* g = keyword_get(opts, Atom("global"));
  bool global = !(g && g->is_atom(atoms::false_));
  std::string_view s = subject.binary();
  const regex::Code& code = regex::code_of(re);
  uint64_t work = 0;
  auto ms = regex::run(code, s, 0, global, SIZE_MAX, work);
  pay(ctx, work, ms.size());
  if (ms.empty()) return subject;
  std::vector<Piece> ps = pieces(repl.binary());
  // the result's size, bounded before it is built
  uint64_t size = s.size();
  for (const auto& m : ms) {
    for (const Piece& p : ps)
      size += p.group < 0 ? p.text.size()
              : static_cast<size_t>(p.group) < m.groups && m.spans[p.group].first >= 0
                  ? static_cast<uint64_t>(m.spans[p.group].second)
                  : 0;
  }
  need_heap(ctx, words_of_bytes(size));
  charge(ctx, size / 200);
  std::string out;
  out.reserve(size);
  size_t pos = 0;
  for (const auto& m : ms) {
    auto [start, len] = m.spans[0];
    out.append(s.substr(pos, static_cast<size_t>(start) - pos));
    for (const Piece& p : ps) {
      if (p.group < 0) {
        out += p.text;
      } else if (static_cast<size_t>(p.group) < m.groups && m.spans[p.group].first >= 0) {
        out.append(s.substr(static_cast<size_t>(m.spans[p.group].first),
                            static_cast<size_t>(m.spans[p.group].second)));
      }
    }
    pos = static_cast<size_t>(start + len);
  }
  out.append(s.substr(pos));
  return Term::string(out);
}

namespace {

// :taskplay.regex_matches(regex, string, global, arity): for a function replacement, each
// match as {start, length, [whole, group1, ...]} with `arity` strings ("" past the groups
// and for one that took no part), as Regex.replace/4 passes them to the function.
Term matches_for_fun(Ctx& ctx, Term* a) {
  if (!is_regex(a[0]) || !a[1].is_binary() || !a[3].is_small_int()) badarg();
  std::string_view s = a[1].binary();
  const regex::Code& code = regex::code_of(a[0]);
  uint64_t work = 0;
  auto ms = regex::run(code, s, 0, a[2].truthy(), SIZE_MAX, work);
  pay(ctx, work, ms.size());
  auto arity = static_cast<size_t>(std::max<int64_t>(a[3].small_int(), 0));
  need_result(ctx, ms.size() * (arity + 2), s.size());
  std::vector<Term> out;
  for (const auto& m : ms) {
    std::vector<Term> args;
    for (size_t k = 0; k < arity; ++k)
      args.push_back(k < m.groups ? span_term(s, m.spans[k], Return::binary) : Term::string(""));
    out.push_back(Term::tuple(
        {Term::integer(m.spans[0].first), Term::integer(m.spans[0].second), Term::list(args)}));
  }
  return Term::list(out);
}

// :taskplay.regex_splice(string, [{start, length, replacement}]): the string with each
// span replaced (a replacement may be iodata, as a replacement function may return, or
// one byte).
Term splice(Ctx& ctx, Term* a) {
  std::string_view s = a[0].binary();
  std::string out;
  size_t pos = 0;
  for (const Term& r : a[1].list_items()) {
    auto start = static_cast<size_t>(r[0].small_int());
    out.append(s.substr(pos, start - pos));
    const Term& rep = r[2];
    if (rep.is_small_int() && rep.small_int() >= 0 && rep.small_int() < 256)
      out += static_cast<char>(rep.small_int());
    else if (!iodata_into(rep, out))
      badarg();
    pos = start + static_cast<size_t>(r[1].small_int());
    need_heap(ctx, words_of_bytes(out.size()));
  }
  out.append(s.substr(pos));
  charge(ctx, out.size() / 200);
  return Term::string(out);
}

// [SECTION] The struct's fields ------------------------------------------------------------
Term field(const char* fun, const char* key, const Term& re) {
  if (!is_regex(re)) no_clause(R, fun, {re});
  const Term* v = re.map_get(Term::atom(key));
  return v ? *v : Term(atoms::nil);
}
Term source(Ctx&, Term* a) { return field("source", "source", a[0]); }
Term opts(Ctx&, Term* a) { return field("opts", "opts", a[0]); }
Term re_pattern(Ctx&, Term* a) { return field("re_pattern", "re_pattern", a[0]); }
Term regex_p(Ctx&, Term* a) { return Term::boolean(is_regex(a[0])); }
Term escape(Ctx& ctx, Term* a) {
  if (!a[0].is_binary()) no_clause(R, "escape", {a[0]});
  charge(ctx, a[0].binary().size() / 200);
  need_heap(ctx, words_of_bytes(a[0].binary().size() * 2));
  return Term::string(regex::escape(a[0].binary()));
}

// Regex.unescape_map/1: the escapes ~r resolves itself (lexer.hpp's unescape())
Term unescape_map(Ctx&, Term* a) {
  if (a[0].is_atom(Atom("newline"))) return Term(atoms::true_);
  if (a[0].is_small_int()) {
    switch (a[0].small_int()) {
      case 'f':
        return Term::integer('\f');
      case 'n':
        return Term::integer('\n');
      case 'r':
        return Term::integer('\r');
      case 't':
        return Term::integer('\t');
      case 'v':
        return Term::integer('\v');
      case 'a':
        return Term::integer('\a');
      default:
        break;
    }
  }
  return Term(atoms::false_);
}

const Native kTable[] = {
    {R, "compile", 1, compile1, nullptr, false},
    {R, "compile", 2, compile2, nullptr, false},
    {R, "compile!", 1, compile_bang1, nullptr, false},
    {R, "compile!", 2, compile_bang2, nullptr, false},
    {R, "recompile", 1, recompile, nullptr, false},
    {R, "recompile!", 1, recompile_bang, nullptr, false},
    {R, "version", 0, version, nullptr, false},
    {R, "match?", 2, match, nullptr, false},
    {R, "run", 2, run2, nullptr, false},
    {R, "run", 3, run3, nullptr, false},
    {R, "scan", 2, scan2, nullptr, false},
    {R, "scan", 3, scan3, nullptr, false},
    {R, "names", 1, names, nullptr, false},
    {R, "named_captures", 2, named_captures2, nullptr, false},
    {R, "named_captures", 3, named_captures3, nullptr, false},
    {R, "split", 2, split2, nullptr, false},
    {R, "split", 3, split3, nullptr, false},
    {R, "source", 1, source, nullptr, false},
    {R, "opts", 1, opts, nullptr, false},
    {R, "re_pattern", 1, re_pattern, nullptr, false},
    {R, "regex?", 1, regex_p, nullptr, false},
    {R, "escape", 1, escape, nullptr, false},
    {R, "unescape_map", 1, unescape_map, nullptr, false},
    {"Elixir.Kernel", "=~", 2, match_op, nullptr, false},
    {"taskplay", "regex_replace", 4, replace, nullptr, false},
    {"taskplay", "regex_matches", 4, matches_for_fun, nullptr, false},
    {"taskplay", "regex_splice", 2, splice, nullptr, false},
};

}  // namespace

std::span<const Native> regex_natives() { return kTable; }

}  // namespace taskplay::lang

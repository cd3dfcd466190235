// Sigils, as Kernel's sigil macros expand them: ~s and ~S strings, ~c and ~C charlists,
// ~w and ~W word lists (modifiers a, c, s), ~r and ~R regexes (modifiers i m s x u f U),
// and ~x of any other letter a call of sigil_x(text, modifiers) (a module's own sigil).
// Lower-case sigils resolve their escapes (~r only those a regex does not read itself)
// and interpolate; upper-case ones take the text as written. A sigil without
// interpolation is a constant, made here: a bad ~r is an error at compile time, as it
// is in Elixir.

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/lexer.hpp"
#include "taskplay/lang/regex.hpp"

namespace taskplay::lang::detail {

namespace {

NodeP remote(const Node& at, const std::string& alias, const std::string& fun,
             std::vector<NodeP> args) {
  NodeP r = make_node(NK::Remote, at.line, at.col);
  NodeP a = make_node(NK::Alias, at.line, at.col);
  a->name = alias;
  a->value = Term(Atom("Elixir." + alias));
  r->extra = std::move(a);
  r->name = fun;
  r->kids = std::move(args);
  return r;
}
NodeP literal(const Node& at, Term v) {
  NodeP l = make_node(NK::Literal, at.line, at.col);
  l->value = std::move(v);
  return l;
}

// Code points of UTF-8 text (a charlist).
Term charlist(std::string_view s) {
  std::vector<Term> cps;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    cps.push_back(Term::integer(cp));
    i += len;
  }
  return Term::list(cps);
}

// The length of the Unicode whitespace at s[i] that String.split/1 splits on (0: none):
// White_Space without the no-break spaces (U+00A0, U+2007, U+202F).
size_t whitespace_at(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= 9 && c <= 13)) return 1;
  auto is = [&](std::string_view w) { return s.substr(i, w.size()) == w; };
  if (is("\xc2\x85")) return 2;
  if (c != 0xe1 && c != 0xe2 && c != 0xe3) return 0;
  if (is("\xe1\x9a\x80") || is("\xe2\x80\xa8") || is("\xe2\x80\xa9") || is("\xe2\x81\x9f") ||
      is("\xe3\x80\x80"))
    return 3;
  if (c == 0xe2 && s.size() > i + 2 && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    auto d = static_cast<unsigned char>(s[i + 2]);
    if ((d >= 0x80 && d <= 0x8a && d != 0x87)) return 3;
  }
  return 0;
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t w;
    while (i < s.size() && (w = whitespace_at(s, i)) > 0) i += w;
    size_t start = i;
    while (i < s.size() && whitespace_at(s, i) == 0) ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

// The text of a sigil: its pieces, escapes resolved as the sigil does; `constant` when it
// has no interpolation (then `text` is all of it).
struct SigilText {
  bool constant = true;
  std::string text;
  NodeP interp;  // "a#{b}c" when not constant
};
SigilText sigil_text(const Node& n, char kind, bool lower) {
  bool known = kind == 's' || kind == 'c' || kind == 'w' || kind == 'r';
  SigilText t;
  t.interp = make_node(NK::Interp, n.line, n.col);
  for (const auto& k : n.kids) {
    if (k->kind == NK::Literal && k->value.is_binary()) {
      std::string piece(k->value.binary());
      if (lower && known) piece = unescape(piece, kind == 'r', k->line, k->col);
      t.text += piece;
      t.interp->kids.push_back(literal(*k, Term::string(piece)));
    } else {
      t.constant = false;
      t.interp->kids.push_back(clone(*k));
    }
  }
  return t;
}

[[noreturn]] void macro_error(const Node& n, std::string exception, std::string message,
                              std::string frames) {
  throw CompileError{std::move(message), n.line, std::move(exception), std::move(frames)};
}
[[noreturn]] void no_clause(const Node& n, char letter) {
  std::string s(1, letter);
  macro_error(n, "FunctionClauseError", "no function clause matching in Kernel.sigil_" + s + "/2",
              "    (elixir 1.14.0) expanding macro: Kernel.sigil_" + s + "/2\n");
}
std::string regex_frames(char letter) {
  return "    (elixir 1.14.0) lib/regex.ex:231: Regex.compile!/2\n"
         "    (elixir 1.14.0) expanding macro: Kernel.sigil_" +
         std::string(1, letter) + "/2\n";
}
// ~w's modifier (s, a or c), checked as Kernel.sigil_w/2 checks it
char words_modifier(const Node& n, char letter, const std::string& mods) {
  if (mods.size() > 1 || (mods.size() == 1 && mods != "s" && mods != "a" && mods != "c"))
    macro_error(n, "ArgumentError", "modifier must be one of: s, a, c",
                std::string("    (elixir 1.14.0) lib/kernel.ex:6366: Kernel.split_words/3\n"
                            "    (elixir 1.14.0) expanding macro: Kernel.sigil_") +
                    letter + "/2\n");
  return mods.empty() ? 's' : mods[0];
}

}  // namespace

// Which of Kernel's sigils ~x is (s, c, w or r, for either case of the letter), or 0: a
// sigil of the program's own, or one of Kernel's that `import Kernel, except: [sigil_c: 2]`
// hides so that an imported module's sigil_c/2 takes its place (the book's ColorSigil).
char Compiler::kernel_sigil(const Node& n) const {
  char letter = n.name[0];
  bool lower = letter >= 'a' && letter <= 'z';
  char kind = static_cast<char>(lower ? letter : letter - 'A' + 'a');
  bool known = kind == 's' || kind == 'c' || kind == 'w' || kind == 'r';
  return known && kernel_allows(std::string("sigil_") + letter, 2) ? kind : 0;
}

bool Compiler::sigil_value(const Node& n, Term& out) {
  char letter = n.name[0];
  std::string mods(n.value.binary());
  bool lower = letter >= 'a' && letter <= 'z';
  char kind = kernel_sigil(n);
  if (!kind) return false;
  SigilText t = sigil_text(n, kind, lower);
  if (!t.constant) return false;
  switch (kind) {
    case 's':
      if (!mods.empty()) no_clause(n, letter);
      out = Term::string(t.text);
      return true;
    case 'c':
      if (!mods.empty()) no_clause(n, letter);
      out = charlist(t.text);
      return true;
    case 'w': {
      char m = words_modifier(n, letter, mods);
      std::vector<Term> items;
      for (const std::string& w : words(t.text))
        items.push_back(m == 'a' ? Term(Atom(w)) : m == 'c' ? charlist(w) : Term::string(w));
      out = Term::list(items);
      return true;
    }
    default: {
      uint64_t flags = 0;
      std::string bad;
      if (!regex::parse_modifiers(mods, flags, bad))
        macro_error(n, "Regex.CompileError", "invalid_option at position " + bad,
                    regex_frames(letter));
      regex::CompileFailure f;
      const regex::Code* code = regex::compile(t.text, flags, f);
      if (!code)
        macro_error(n, "Regex.CompileError", f.message + " at position " + std::to_string(f.offset),
                    regex_frames(letter));
      out = regex::make_struct(t.text, Term::string(mods), *code);
      return true;
    }
  }
}

void Compiler::sigil(const Node& n, uint16_t dst) {
  line_ = n.line;
  Term value;
  if (sigil_value(n, value)) {
    emit(Op::LoadK, dst, 0, 0, konst(value));
    return;
  }
  char letter = n.name[0];
  std::string mods(n.value.binary());
  bool lower = letter >= 'a' && letter <= 'z';
  char kind = kernel_sigil(n);
  SigilText t = sigil_text(n, kind, lower);
  auto run = [&](NodeP tree) {
    const Node& g = *tree;
    generated_.push_back(std::move(tree));
    expr(g, dst);
  };
  std::vector<NodeP> args;
  args.push_back(std::move(t.interp));
  switch (kind) {
    case 's':
      if (!mods.empty()) no_clause(n, letter);
      return run(std::move(args[0]));
    case 'c':
      if (!mods.empty()) no_clause(n, letter);
      return run(remote(n, "String", "to_charlist", std::move(args)));
    case 'w': {
      char m = words_modifier(n, letter, mods);
      NodeP split = remote(n, "String", "split", std::move(args));
      if (m == 's') return run(std::move(split));
      // Enum.map(String.split(text), &String.to_atom/1)
      NodeP cap = make_node(NK::Capture, n.line, n.col);
      NodeP mod = make_node(NK::Alias, n.line, n.col);
      mod->name = "String";
      mod->value = Term(Atom("Elixir.String"));
      cap->extra = std::move(mod);
      cap->name = m == 'a' ? "to_atom" : "to_charlist";
      cap->value = Term::integer(1);
      std::vector<NodeP> margs;
      margs.push_back(std::move(split));
      margs.push_back(std::move(cap));
      return run(remote(n, "Enum", "map", std::move(margs)));
    }
    case 'r': {
      uint64_t flags = 0;
      std::string bad;
      if (!regex::parse_modifiers(mods, flags, bad))
        macro_error(n, "Regex.CompileError", "invalid_option at position " + bad,
                    regex_frames(letter));
      args.push_back(literal(n, Term::string(mods)));
      return run(remote(n, "Regex", "compile!", std::move(args)));
    }
    default: {
      // a sigil of the program's own: sigil_x("text", 'modifiers')
      NodeP call = make_node(NK::Call, n.line, n.col);
      call->name = std::string("sigil_") + letter;
      call->parens = true;
      call->kids.push_back(std::move(args[0]));
      call->kids.push_back(literal(n, charlist(mods)));
      return run(std::move(call));
    }
  }
}

}  // namespace taskplay::lang::detail

// to_source: code as Elixir 1.14's Macro.to_string/1 prints it, for messages that quote
// code (ExUnit's `code: assert 1 + 1 == 3`, CompileError texts). Macro.to_string goes
// through Elixir's formatter, so the rules here are the formatter's, as measured with real
// Elixir (tests/lang_macro_string.test.cpp holds the pairs):
//
//   * calls take parentheses, except the formatter's locals_without_parens (`raise "x"`,
//     `assert x`, `def f(x)`, `if x do ... end`); `Mod.fun` prints as `Mod.fun()`;
//   * a trailing keyword list drops its brackets (`f(1, a: 1)`) and `[{:a, 1}]` is `[a: 1]`;
//   * operators keep the parentheses their precedence needs (`(a + b) * c`, `a - (b - c)`),
//     and `&&` inside `||` (or `and` inside `or`) gets them as the formatter adds them;
//   * `fn`, `case`, `receive`, `if ... do` with several lines or clauses break over lines,
//     indented by two spaces.

#include <string>
#include <vector>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/ast.hpp"
#include "taskplay/lang/parser.hpp"

namespace taskplay::lang {

namespace {

// The formatter's locals_without_parens that the language can write: name, arity (-1: any).
struct NoParens {
  std::string_view name;
  int arity;
};
constexpr NoParens kNoParens[] = {
    {"alias", 1},
    {"alias", 2},
    {"case", 2},
    {"cond", 1},
    {"for", -1},
    {"import", 1},
    {"import", 2},
    {"quote", 1},
    {"quote", 2},
    {"receive", 1},
    {"require", 1},
    {"require", 2},
    {"try", 1},
    {"with", -1},
    {"def", 1},
    {"def", 2},
    {"defp", 1},
    {"defp", 2},
    {"defguard", 1},
    {"defguardp", 1},
    {"defmacro", 1},
    {"defmacro", 2},
    {"defmacrop", 1},
    {"defmacrop", 2},
    {"defmodule", 2},
    {"defdelegate", 2},
    {"defexception", 1},
    {"defoverridable", 1},
    {"defstruct", 1},
    {"destructure", 2},
    {"raise", 1},
    {"raise", 2},
    {"reraise", 2},
    {"reraise", 3},
    {"if", 2},
    {"unless", 2},
    {"use", 1},
    {"use", 2},
    {"assert", 1},
    {"assert", 2},
    {"assert_in_delta", 3},
    {"assert_in_delta", 4},
    {"assert_raise", 2},
    {"assert_raise", 3},
    {"assert_receive", 1},
    {"assert_receive", 2},
    {"assert_receive", 3},
    {"assert_received", 1},
    {"assert_received", 2},
    {"doctest", 1},
    {"doctest", 2},
    {"refute", 1},
    {"refute", 2},
    {"refute_in_delta", 3},
    {"refute_in_delta", 4},
    {"refute_receive", 1},
    {"refute_receive", 2},
    {"refute_receive", 3},
    {"refute_received", 1},
    {"refute_received", 2},
    {"setup", 1},
    {"setup", 2},
    {"setup_all", 1},
    {"setup_all", 2},
    {"test", 1},
    {"test", 2},
};

bool without_parens(const std::string& name, size_t arity) {
  for (const auto& np : kNoParens)
    if (np.name == name && (np.arity < 0 || static_cast<size_t>(np.arity) == arity)) return true;
  return false;
}

std::string indent(const std::string& s) {
  std::string out = "  ";
  for (char c : s) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

// `key: ` for a keyword key (quoted when it is not an identifier: `"a b": 1`).
std::string keyword_key(const Term& atom) {
  std::string a = inspect(atom);  // :ok or :"a b"
  return a.substr(1) + ": ";
}

bool is_keyword_pair(const Node& n) {
  return n.kind == NK::Tuple && n.kids.size() == 2 && n.kids[0]->kind == NK::Literal &&
         n.kids[0]->value.is_atom();
}

class Printer {
 public:
  std::string print(const Node& n) {
    if (n.piped && !n.kids.empty()) {  // a |> f(b), written so
      NodeP call = clone(n);
      call->piped = false;
      NodeP first = std::move(call->kids.front());
      call->kids.erase(call->kids.begin());
      // a |> b (no parentheses: a variable in Elixir's AST) prints so
      const bool bare =
          call->kind == NK::Call && !call->parens && call->kids.empty() && !call->do_block;
      return operand(*first, operator_precedence("|>"), true, "|>") + " |> " +
             (bare ? call->name : print(*call));
    }
    switch (n.kind) {
      case NK::Literal:
        return inspect(n.value);
      case NK::Var:
        return n.name;
      case NK::Alias:  // Foo.bar().Baz: the expression first
        return n.extra ? operand(*n.extra, 310, true) + "." + n.name : n.name;
      case NK::Interp:
        return interp(n);
      case NK::Sigil:
        return sigil(n);
      case NK::Tuple:
        return "{" + items(n.kids, 0, n.kids.size(), false) + "}";
      case NK::Bin:
        return "<<" + items(n.kids, 0, n.kids.size(), false) + ">>";
      case NK::List:
        return list(n);
      case NK::Map:
      case NK::Struct:
        return map(n);
      case NK::Binary:
        return binary(n);
      case NK::Match:
        return operand(*n.kids[0], 60, true) + " = " + operand(*n.kids[1], 60, false);
      case NK::Unary:
        return unary(n);
      case NK::Call:
        return call(n.name, n);
      case NK::Remote: {
        // :"a#{b}" (the parser's :erlang.binary_to_atom/2, marked), as Elixir prints it
        if (n.value.is_atom(Atom("interpolated_atom")) && !n.kids.empty() &&
            n.kids[0]->kind == NK::Interp)
          return ":" + interp(*n.kids[0]);
        std::string recv = print(*n.extra);
        return call(recv + "." + n.name, n, /*remote=*/true);
      }
      case NK::Field:
        return postfix_operand(*n.extra) + "." + n.name;
      case NK::DotCall:
        return postfix_operand(*n.extra) + ".(" + items(n.kids, 0, n.kids.size(), true) + ")";
      case NK::Access:
        return postfix_operand(*n.kids[0]) + "[" + print(*n.kids[1]) + "]";
      case NK::Fn:
        return fn(n);
      case NK::Capture:
        return "&" + (n.extra ? print(*n.extra) + "." : std::string()) + n.name + "/" +
               inspect(n.value);
      case NK::CaptureArg:
        return "&" + inspect(n.value);
      case NK::Attr:
        return "@" + n.name + (n.extra ? " " + print(*n.extra) : std::string());
      case NK::Block: {
        std::string out;
        for (size_t i = 0; i < n.kids.size(); ++i) out += (i ? "\n" : "") + print(*n.kids[i]);
        return out;
      }
      case NK::Clause:
        return clause(n);
      case NK::Clauses: {
        std::string out;
        for (size_t i = 0; i < n.kids.size(); ++i) out += (i ? "\n" : "") + clause(*n.kids[i]);
        return out;
      }
      default:
        return "...";
    }
  }

 private:
  std::string interp(const Node& n) {
    std::string out = "\"";
    for (const auto& k : n.kids) {
      if (k->kind == NK::Literal && k->value.is_binary()) {
        std::string s = inspect(k->value);  // the escapes of a string, without its quotes
        out += s.substr(1, s.size() - 2);
      } else {
        out += "#{" + print(*k) + "}";
      }
    }
    return out + "\"";
  }

  // ~w(a b)a as written: the delimiters, the raw text, the interpolations
  std::string sigil(const Node& n) {
    std::string open = n.name.substr(1);
    std::string close = open;
    if (open == "(") close = ")";
    if (open == "[") close = "]";
    if (open == "{") close = "}";
    if (open == "<") close = ">";
    std::string out = "~" + n.name + (open.size() == 3 ? "\n" : "");
    for (const auto& k : n.kids) {
      if (k->kind == NK::Literal && k->value.is_binary())
        out += k->value.binary();
      else
        out += "#{" + print(*k) + "}";
    }
    return out + close + std::string(n.value.binary());
  }

  // Arguments or items [from, to), a trailing keyword list without brackets when `call`.
  std::string items(const std::vector<NodeP>& kids, size_t from, size_t to, bool call) {
    std::string out;
    for (size_t i = from; i < to; ++i) {
      if (i > from) out += ", ";
      const Node& k = *kids[i];
      if (call && i + 1 == to && k.kind == NK::List && !k.has_tail && !k.kids.empty() &&
          keyword_tail(k) == 0)
        out += keywords(k.kids, 0);
      else
        out += print(k);
    }
    return out;
  }

  // Where the keyword pairs at the end of a list's items begin.
  static size_t keyword_tail(const Node& l) {
    size_t i = l.kids.size();
    while (i > 0 && is_keyword_pair(*l.kids[i - 1])) --i;
    return i;
  }
  std::string keywords(const std::vector<NodeP>& kids, size_t from) {
    std::string out;
    for (size_t i = from; i < kids.size(); ++i) {
      if (i > from) out += ", ";
      out += keyword_key(kids[i]->kids[0]->value) + print(*kids[i]->kids[1]);
    }
    return out;
  }

  std::string list(const Node& n) {
    if (n.has_tail) {
      std::string out = "[" + items(n.kids, 0, n.kids.size() - 1, false);
      return out + " | " + print(*n.kids.back()) + "]";
    }
    size_t kw = keyword_tail(n);
    std::string out = "[" + items(n.kids, 0, kw, false);
    if (kw < n.kids.size()) out += (kw ? ", " : "") + keywords(n.kids, kw);
    return out + "]";
  }

  std::string map(const Node& n) {
    std::string out = n.kind == NK::Map ? "%{" : "%" + n.name + "{";
    if (n.extra) out += print(*n.extra) + " | ";
    // key: value pairs only at the end, as the formatter writes them
    size_t kw = n.kids.size();
    while (kw > 0 && n.kids[kw - 1]->kids.size() == 2 &&
           n.kids[kw - 1]->kids[0]->kind == NK::Literal && n.kids[kw - 1]->kids[0]->value.is_atom())
      --kw;
    for (size_t i = 0; i < n.kids.size(); ++i) {
      if (i > 0) out += ", ";
      if (n.kids[i]->kids.size() == 1) {  // %{x}
        out += print(*n.kids[i]->kids[0]);
        continue;
      }
      const Node& key = *n.kids[i]->kids[0];
      if (i >= kw)
        out += keyword_key(key.value);
      else
        out += print(key) + " => ";
      out += print(*n.kids[i]->kids[1]);
    }
    return out + "}";
  }

  static int precedence(const Node& n, bool* right = nullptr) {
    if (n.kind == NK::Match) {
      if (right) *right = true;
      return 60;
    }
    if (n.piped && !n.kids.empty()) return operator_precedence("|>");
    if (n.kind != NK::Binary) return 1000;
    bool r = false;
    int p = operator_precedence(n.name, &r);
    if (right) *right = r;
    return p;
  }

  // A side of a binary operator of precedence `prec`, in parentheses when it needs them.
  std::string operand(const Node& k, int prec, bool left_side, const std::string& op = {}) {
    bool right_assoc = false;
    int kp = precedence(k, &right_assoc);
    bool parens = kp < prec || (kp == prec && (left_side ? right_assoc : !right_assoc));
    // the formatter adds parentheses where && meets || and `and` meets `or`
    if (k.kind == NK::Binary && ((op == "||" && k.name == "&&") || (op == "or" && k.name == "and")))
      parens = true;
    std::string s = print(k);
    return parens ? "(" + s + ")" : s;
  }

  std::string binary(const Node& n) {
    bool right = false;
    int p = operator_precedence(n.name == "..//" ? ".." : n.name, &right);
    std::string l = operand(*n.kids[0], p, true, n.name);
    std::string r = operand(*n.kids[1], p, false, n.name);
    if (n.name == "..//") return l + ".." + r + "//" + operand(*n.kids[2], p, false, n.name);
    if (n.name == ".." || n.name == "//") return l + n.name + r;
    return l + " " + n.name + " " + r;
  }

  std::string unary(const Node& n) {
    const Node& x = *n.kids[0];
    bool wrap = x.kind == NK::Binary || x.kind == NK::Match;
    std::string s = print(x);
    // not(x in y) is how Elixir's AST holds `x not in y`, and how it prints
    if (n.name == "not" && x.kind == NK::Binary && x.name == "in")
      return operand(*x.kids[0], operator_precedence("in"), true) + " not in " +
             operand(*x.kids[1], operator_precedence("in"), false);
    if (n.name == "not") return "not " + (wrap ? "(" + s + ")" : s);
    if (n.name == "&") return "&" + (wrap ? "(" + s + ")" : s);
    return n.name + (wrap ? "(" + s + ")" : s);
  }

  // The receiver of `.field`, `.(args)` or `[key]`: parenthesised unless it is a leaf or a call.
  std::string postfix_operand(const Node& x) {
    std::string s = print(x);
    bool simple = x.kind == NK::Var || x.kind == NK::Alias || x.kind == NK::Literal ||
                  x.kind == NK::Call || x.kind == NK::Remote || x.kind == NK::Field ||
                  x.kind == NK::DotCall || x.kind == NK::Access || x.kind == NK::Attr ||
                  x.kind == NK::Tuple || x.kind == NK::List || x.kind == NK::Map ||
                  x.kind == NK::CaptureArg;
    return simple ? s : "(" + s + ")";
  }

  std::string call(const std::string& head, const Node& n, bool remote = false) {
    size_t nargs = n.kids.size() + (n.do_block ? 1 : 0);
    if (n.do_block) return do_call(head, n);
    // `if x, do: 1, else: 2` is written as a do-block
    if (!n.kids.empty() && n.kids.back()->kind == NK::List && !n.kids.back()->kids.empty() &&
        keyword_tail(*n.kids.back()) == 0 &&
        n.kids.back()->kids[0]->kids[0]->value.is_atom(Atom("do")))
      return keyword_do_call(head, n);
    if (!remote && without_parens(n.name, nargs) && !n.kids.empty())
      return head + " " + items(n.kids, 0, n.kids.size(), true);
    return head + "(" + items(n.kids, 0, n.kids.size(), true) + ")";
  }

  // if x do ... else ... end, case x do ... end: the sections on their own lines.
  std::string do_call(const std::string& head, const Node& n) {
    std::string out = head;
    if (!n.kids.empty()) out += " " + items(n.kids, 0, n.kids.size(), true);
    out += " do";
    for (const auto& sec : n.do_block->kids) {
      if (sec->name != "do") out += "\n" + sec->name;
      if (sec->extra) out += "\n" + indent(print(*sec->extra));
    }
    return out + "\nend";
  }

  std::string keyword_do_call(const std::string& head, const Node& n) {
    std::string out = head;
    if (n.kids.size() > 1) out += " " + items(n.kids, 0, n.kids.size() - 1, true);
    out += " do";
    for (const auto& kv : n.kids.back()->kids) {
      std::string key = kv->kids[0]->value.atom_value().name();
      if (key != "do") out += "\n" + key;
      out += "\n" + indent(print(*kv->kids[1]));
    }
    return out + "\nend";
  }

  std::string clause(const Node& c) {
    // kids: the patterns; guard; body
    std::string head;
    for (size_t i = 0; i < c.kids.size(); ++i) head += (i ? ", " : "") + print(*c.kids[i]);
    if (c.guard) head += " when " + print(*c.guard);
    std::string body = c.body ? print(*c.body) : "nil";
    bool multi = body.find('\n') != std::string::npos;
    std::string arrow = head.empty() ? "->" : head + " ->";
    return multi ? arrow + "\n" + indent(body) : arrow + " " + body;
  }

  std::string fn(const Node& n) {
    if (n.kids.size() == 1) {
      std::string c = clause(*n.kids[0]);
      if (c.find('\n') == std::string::npos) return "fn " + c + " end";
      return "fn " + c + "\nend";
    }
    std::string out = "fn";
    for (const auto& c : n.kids) out += "\n" + indent(clause(*c));
    return out + "\nend";
  }
};

}  // namespace

std::string to_source(const Node& n) { return Printer().print(n); }

}  // namespace taskplay::lang

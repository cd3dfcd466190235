#include "taskplay/lang/parser.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "taskplay/inspect.hpp"

namespace taskplay::lang {

namespace {

// Binary operators, loosest first (Elixir's table, lib/elixir/pages/operators.md).
struct OpInfo {
  std::string_view op;
  int prec;
  bool right;
};
constexpr OpInfo kBinary[] = {
    {"when", 10, true},
    {"|", 30, true},
    {"=>", 40, true},
    {"=", 60, true},
    {"||", 70, false},
    {"or", 70, false},
    {"&&", 80, false},
    {"and", 80, false},
    {"==", 90, false},
    {"!=", 90, false},
    {"=~", 90, false},
    {"===", 90, false},
    {"!==", 90, false},
    {"<", 100, false},
    {">", 100, false},
    {"<=", 100, false},
    {">=", 100, false},
    {"|>", 110, false},
    {"<<<", 110, false},  // Bitwise's operators: calls of the functions `import Bitwise` brings
    {">>>", 110, false},
    {"<<~", 110, false},  // operators Elixir parses but Kernel does not define: a module's
    {"~>>", 110, false},  // own `def a <~> b` gives them a meaning (calls, as Bitwise's)
    {"<~", 110, false},
    {"~>", 110, false},
    {"<~>", 110, false},
    {"<|>", 110, false},
    {"+++", 130, true},
    {"---", 130, true},
    {"&&&", 80, false},
    {"|||", 70, false},
    {"in", 120, false},
    {"++", 130, true},
    {"--", 130, true},
    {"..", 130, true},
    {"<>", 130, true},
    {"+", 140, false},
    {"-", 140, false},
    {"**", 155, true},
    {"*", 150, false},
    {"/", 150, false},
    {"\\\\", 5, false},
    {"<-", 5, false},
    {"::", 20, true},
    // first..last//step: looser than .., as Elixir's ternary operator
    {"//", 125, true},
};
// Binary operators that are calls of a function by the operator's name, not Kernel's built-in
// operations: Bitwise's, and the ones Elixir parses but leaves to a module to define.
bool is_call_op(std::string_view op) {
  static constexpr std::string_view kOps[] = {"<<<", ">>>", "&&&", "|||", "<<~", "~>>",
                                              "<~",  "~>",  "<~>", "<|>", "+++", "---"};
  return std::find(std::begin(kOps), std::end(kOps), op) != std::end(kOps);
}

// `def a + b`, `defmacro left <~> right when ...`: a head written as a binary operator
// defines the function named by it. Its node becomes the call it stands for, so every
// reader of def heads sees a call (`=`, `|`, `::`, `<-`, `\\\\` and `when` are not functions).
void operator_head(Node& def) {
  if (def.kids.empty()) return;
  Node* h = def.kids[0].get();
  if (h->kind == NK::Binary && h->name == "when") h = h->kids[0].get();
  static constexpr std::string_view kNot[] = {"=",    "|",  "::", "<-", "\\\\",
                                              "when", "=>", "//", "."};
  if (h->kind != NK::Binary || h->kids.size() != 2 ||
      std::find(std::begin(kNot), std::end(kNot), h->name) != std::end(kNot))
    return;
  h->kind = NK::Call;
}

constexpr int kPrecCapture = 55;  // &: looser than =, tighter than | and when
constexpr int kPrecUnary = 160;   // - + ! not ^
constexpr int kPrecNotIn = 120;

class Parser {
 public:
  explicit Parser(std::vector<Token> toks) : t_(std::move(toks)) {}

  NodeP program() {
    NodeP b = block_until({}, nullptr);
    if (!cur().is(Tok::End)) unexpected();
    return b;
  }

 private:
  // [SECTION] Tokens ------------------------------------------------------------
  const Token& cur() const { return t_[p_]; }
  const Token& ahead(size_t k = 1) const { return t_[std::min(p_ + k, t_.size() - 1)]; }
  void next() {
    if (p_ + 1 < t_.size()) ++p_;
  }
  bool at_op(std::string_view s) const { return cur().is_op(s); }
  bool at_kw(std::string_view s) const { return cur().is_kw(s); }
  void skip_newlines() {
    while (cur().is(Tok::Newline)) next();
  }
  void skip_separators() {
    while (cur().is(Tok::Newline) || at_op(";")) next();
  }

  [[noreturn]] void error_at(const Token& t, std::string msg, bool incomplete = false) {
    throw SyntaxError{std::move(msg), t.line, t.col, incomplete};
  }
  // At the end of the input: a bracket left open is Elixir's tokenizer's error, which it
  // finds before any parse error (`x = (1 +` is a missing ")", not an incomplete `+`)
  void unclosed_bracket() {
    std::vector<const Token*> open;
    for (const Token& k : t_) {
      if (!k.is(Tok::Op)) continue;
      if (k.text == "(" || k.text == "[" || k.text == "{" || k.text == "<<") {
        open.push_back(&k);
      } else if (k.text == ")" || k.text == "]" || k.text == "}" || k.text == ">>") {
        static constexpr std::string_view kPairs[][2] = {
            {"(", ")"}, {"[", "]"}, {"{", "}"}, {"<<", ">>"}};
        bool matches = false;
        for (const auto& pr : kPairs)
          if (!open.empty() && open.back()->text == pr[0] && k.text == pr[1]) matches = true;
        if (!matches) return;  // a mismatch is another error
        open.pop_back();
      }
    }
    if (open.empty()) return;
    const Token& o = *open.back();
    std::string close = o.text == "(" ? ")" : o.text == "[" ? "]" : o.text == "{" ? "}" : ">>";
    error_at(t_.back(),
             "missing terminator: " + close + " (for \"" + o.text + "\" starting at line " +
                 std::to_string(o.line) + ")",
             true);
  }
  // Elixir's wording: syntax error before: "3" / unexpected token: )
  [[noreturn]] void unexpected() {
    const Token& t = cur();
    switch (t.kind) {
      case Tok::End:
        unclosed_bracket();
        incomplete_expression();
      case Tok::Op:
        if (t.text == ")" || t.text == "]" || t.text == "}")
          error_at(t, "unexpected token: " + t.text);
        error_at(t, "syntax error before: '" + t.text + "'");
      case Tok::Keyword:
        if (t.text == "end") plain_error_at(t, "unexpected reserved word: end");
        plain_error_at(t, "syntax error before: " + t.text + ". \"" + t.text +
                              "\" is a reserved word in Elixir and therefore its usage is "
                              "limited. For instance, it can't be used as a variable or be "
                              "defined nor invoked as a regular function");
      case Tok::Newline:
        if (ahead().is(Tok::End)) {
          unclosed_bracket();
          incomplete_expression();
        }
        error_at(t, "syntax error before: ");
      case Tok::StrStart:
      case Tok::CharlistStart:  // Elixir names the string by its first part, no caret
        plain_error_at(t, "syntax error before: \"" +
                              (ahead().is(Tok::StrPart) ? ahead().text : std::string()) + "\"");
      case Tok::Atom:
      case Tok::Alias:
        error_at(t, "syntax error before: " + inspect_erlang_atom(t.text));
      case Tok::Ident:
        error_at(t, "syntax error before: " + t.text);
      case Tok::KwKey:
        error_at(t, "syntax error before: '" + t.text + ":'");
      default:
        error_at(t, "syntax error before: \"" + t.text + "\"");
    }
  }
  [[noreturn]] void plain_error_at(const Token& t, std::string msg) {
    SyntaxError e{std::move(msg), t.line, t.col};
    e.snippet = false;
    throw e;
  }
  // The input ended where an expression must follow (`x = 3 +`): Elixir's tokenizer's
  // TokenMissingError, at the column after the last token
  [[noreturn]] void incomplete_expression() {
    const Token* last = nullptr;
    for (const Token& k : t_)
      if (!k.is(Tok::End) && !k.is(Tok::Newline)) last = &k;
    if (!last) error_at(cur(), "syntax error before: ", true);
    throw SyntaxError{"syntax error: expression is incomplete", last->line,
                      last->col + static_cast<uint32_t>(last->text.size()), true};
  }
  void expect_op(std::string_view s, const Token& opener) {
    skip_newlines();
    if (at_op(s)) {
      next();
      return;
    }
    if (cur().is(Tok::End))
      error_at(cur(),
               "missing terminator: " + std::string(s) + " (for \"" + opener.text +
                   "\" starting at line " + std::to_string(opener.line) + ")",
               true);
    unexpected();
  }
  void expect_end(const Token& opener) {
    skip_separators();
    if (at_kw("end")) {
      next();
      return;
    }
    if (cur().is(Tok::End))
      error_at(cur(),
               "missing terminator: end (for \"" + opener.text + "\" starting at line " +
                   std::to_string(opener.line) + ")",
               true);
    unexpected();
  }

  NodeP node(NK k, const Token& at) { return make_node(k, at.line, at.col); }
  // Every composite node passes through here: its height is bounded, so the
  // compiler's recursion (and the tree's destruction) stays shallow.
  NodeP fin(NodeP n) {
    uint32_t h = 0;
    auto see = [&](const NodeP& k) {
      if (k) h = std::max(h, k->height);
    };
    for (auto& k : n->kids) see(k);
    see(n->extra);
    see(n->guard);
    see(n->body);
    see(n->do_block);
    n->height = h + 1;
    if (n->height > kMaxTreeHeight)
      throw SyntaxError{"expression is nested too deeply", n->line, n->col, false};
    return n;
  }

  // Limits the parser's own recursion the same way.
  struct Depth {
    Parser& p;
    explicit Depth(Parser& pp) : p(pp) {
      if (++p.depth_ > kMaxTreeHeight)
        throw SyntaxError{"expression is nested too deeply", p.cur().line, p.cur().col, false};
    }
    ~Depth() { --p.depth_; }
  };

  // [SECTION] Blocks and clauses ------------------------------------------------------
  bool at_terminator(std::initializer_list<std::string_view> kws, const char* closer) const {
    const Token& t = cur();
    if (t.is(Tok::End) || t.is(Tok::InterpEnd)) return true;
    if (closer && t.is_op(closer)) return true;
    if (t.kind == Tok::Keyword)
      for (auto k : kws)
        if (t.text == k) return true;
    return false;
  }

  // Statements separated by newlines or `;` until a terminator.
  NodeP block_until(std::initializer_list<std::string_view> kws, const char* closer) {
    NodeP b = node(NK::Block, cur());
    skip_separators();
    while (!at_terminator(kws, closer)) {
      b->kids.push_back(expr(0));
      if (!cur().is(Tok::Newline) && !at_op(";") && !at_terminator(kws, closer)) unexpected();
      skip_separators();
    }
    return fin(std::move(b));
  }

  // A do-block section or an fn body: either plain statements (a Block) or
  // `head -> body` clauses (Clauses).
  NodeP section_body(std::initializer_list<std::string_view> kws, const char* closer = nullptr) {
    NodeP plain = node(NK::Block, cur());
    NodeP clauses = node(NK::Clauses, cur());
    Node* current = nullptr;
    skip_separators();
    while (!at_terminator(kws, closer)) {
      if (at_op("->")) {  // fn -> ... end: an empty head
        NodeP c = node(NK::Clause, cur());
        next();
        c->body = node(NK::Block, cur());
        current = c.get();
        clauses->kids.push_back(std::move(c));
        skip_separators();
        continue;
      }
      const Token& start = cur();
      std::vector<NodeP> head;
      NodeP guard;
      bool is_head = false;
      NodeP e;
      if (at_op("(") && paren_head_ahead()) {
        // fn (a, b) -> ...; fn () -> ...; (x) when x > 0 -> ...: the head in parentheses
        next();
        skip_newlines();
        while (!at_op(")")) {
          head.push_back(expr(0));
          skip_newlines();
          if (at_op(",")) {
            next();
            skip_newlines();
          } else if (!at_op(")")) {
            unexpected();
          }
        }
        next();  // )
        if (at_kw("when")) {
          next();
          skip_newlines();
          guard = expr(0);
        }
        if (!at_op("->")) unexpected();
        is_head = true;
      } else {
        e = expr(0);
        if (at_op(",")) {
          head.push_back(std::move(e));
          while (at_op(",")) {
            next();
            skip_newlines();
            head.push_back(expr(0));
          }
          if (!at_op("->")) unexpected();
          is_head = true;
        } else if (at_op("->")) {
          head.push_back(std::move(e));
          is_head = true;
        }
        // the last argument may carry the guard: `a, b when a > b ->`
        if (is_head && head.back()->kind == NK::Binary && head.back()->name == "when") {
          NodeP w = std::move(head.back());
          head.back() = std::move(w->kids[0]);
          guard = std::move(w->kids[1]);
        }
      }
      if (is_head) {
        if (!plain->kids.empty())
          error_at(start,
                   "unexpected operator ->. If you want to define multiple clauses, the first "
                   "expression must use ->");
        NodeP c = node(NK::Clause, start);
        next();  // ->
        c->guard = std::move(guard);
        c->kids = std::move(head);
        c->body = node(NK::Block, cur());
        current = c.get();
        clauses->kids.push_back(std::move(c));
        skip_newlines();
        continue;  // the body may start on the same line
      } else if (current) {
        current->body->kids.push_back(std::move(e));
      } else {
        plain->kids.push_back(std::move(e));
      }
      if (!cur().is(Tok::Newline) && !at_op(";") && !at_terminator(kws, closer)) unexpected();
      skip_separators();
    }
    if (clauses->kids.empty()) return fin(std::move(plain));
    for (auto& c : clauses->kids) c->body = fin(std::move(c->body)), c = fin(std::move(c));
    return fin(std::move(clauses));
  }

  // do ... (else|after|rescue|catch ...)* end
  NodeP do_block() {
    const Token& opener = cur();
    Token op_copy = opener;
    next();  // do
    NodeP db = node(NK::DoBlock, op_copy);
    std::string name = "do";
    while (true) {
      NodeP sec = node(NK::Section, cur());
      sec->name = name;
      sec->extra = section_body({"end", "else", "after", "rescue", "catch"});
      db->kids.push_back(fin(std::move(sec)));
      skip_separators();
      if (at_kw("end")) {
        next();
        break;
      }
      if (cur().is(Tok::End)) expect_end(op_copy);
      if (at_kw("else") || at_kw("after") || at_kw("rescue") || at_kw("catch")) {
        name = cur().text;
        next();
        continue;
      }
      unexpected();
    }
    return fin(std::move(db));
  }

  // [SECTION] Expressions ---------------------------------------------------------------
  // The binary operator at the current token (after line breaks that may
  // precede a continuing operator such as |> or ==), or nullptr.
  const OpInfo* binary_here(bool& via_newline) {
    via_newline = false;
    size_t save = p_;
    if (cur().is(Tok::Newline)) {
      next();
      const Token& t = cur();
      // + and - at a line start begin a new expression (unary), as in Elixir
      bool cont =
          (t.is(Tok::Op) && t.text != "+" && t.text != "-" && t.text != "!" && t.text != "^" &&
           t.text != "&" && t.text != "@" && t.text != "%" && t.text != "(" && t.text != "[" &&
           t.text != "{" && t.text != ";" && t.text != ")" && t.text != "]" && t.text != "}" &&
           t.text != "," && t.text != "->") ||
          t.is_kw("and") || t.is_kw("or") || t.is_kw("when") || t.is_kw("in");
      if (!cont) {
        p_ = save;
        return nullptr;
      }
      via_newline = true;
    }
    const Token& t = cur();
    std::string_view s;
    if (t.is(Tok::Op))
      s = t.text;
    else if (t.is_kw("and") || t.is_kw("or") || t.is_kw("when") || t.is_kw("in"))
      s = t.text;
    else if (t.is_kw("not") && ahead().is_kw("in"))
      s = "not in";
    if (t.is_op(".")) s = ".";
    if (s == ".") {
      p_ = save;
      return nullptr;  // handled as a postfix
    }
    for (const auto& o : kBinary)
      if (o.op == s) return &o;
    if (s == "not in") {
      static const OpInfo not_in{"not in", kPrecNotIn, false};
      return &not_in;
    }
    p_ = save;
    return nullptr;
  }

  NodeP expr(int min_prec) {
    Depth d(*this);
    NodeP left = unary();
    while (true) {
      size_t save = p_;
      bool nl;
      const OpInfo* op = binary_here(nl);
      if (!op || op->prec < min_prec || (op->op == "|" && !allow_bar_ && !typespec_) ||
          (op->op == "=>" && !allow_arrow_)) {
        p_ = save;
        break;
      }
      // a postfix `.` on the next line: a.b continued
      Token op_tok = cur();
      if (op->op == "not in") next();
      next();
      skip_newlines();
      NodeP right = expr(op->right ? op->prec : op->prec + 1);
      left = binary(op_tok, std::string(op->op), std::move(left), std::move(right));
    }
    return left;
  }

  NodeP binary(const Token& at, std::string op, NodeP l, NodeP r) {
    if (op == "|>") return pipe(at, std::move(l), std::move(r));
    if (is_call_op(op)) {
      NodeP c = node(NK::Call, at);
      c->name = op;
      c->kids.push_back(std::move(l));
      c->kids.push_back(std::move(r));
      return fin(std::move(c));
    }
    if (op == "//") {
      // first..last//step is one node (kids: first, last, step); // alone is Elixir's error
      if (l->kind != NK::Binary || l->name != ".." || l->kids.size() != 2)
        throw SyntaxError{
            "the range step operator (//) must immediately follow the range definition "
            "operator (..), for example: 1..9//2. If you wanted to define a default argument, "
            "use (\\\\) instead. Syntax error before: '//'",
            at.line, at.col, false};
      l->name = "..//";
      l->kids.push_back(std::move(r));
      return l;
    }
    if (op == "=") {
      NodeP m = node(NK::Match, at);
      m->kids.push_back(std::move(l));
      m->kids.push_back(std::move(r));
      return fin(std::move(m));
    }
    if (op == "not in") {
      NodeP in = node(NK::Binary, at);
      in->name = "in";
      in->kids.push_back(std::move(l));
      in->kids.push_back(std::move(r));
      NodeP n = node(NK::Unary, at);
      n->name = "not";
      n->kids.push_back(fin(std::move(in)));
      return fin(std::move(n));
    }
    NodeP b = node(NK::Binary, at);
    b->name = std::move(op);
    b->kids.push_back(std::move(l));
    b->kids.push_back(std::move(r));
    return fin(std::move(b));
  }

  // a |> f(b)  is  f(a, b)
  NodeP pipe(const Token& at, NodeP l, NodeP r) {
    switch (r->kind) {
      case NK::Call:
      case NK::Remote:
      case NK::DotCall:
        r->kids.insert(r->kids.begin(), std::move(l));
        r->piped = true;
        return fin(std::move(r));
      case NK::Var: {
        NodeP c = node(NK::Call, at);
        c->name = r->name;
        c->line = r->line;
        c->col = r->col;
        c->kids.push_back(std::move(l));
        c->piped = true;
        return fin(std::move(c));
      }
      case NK::Field: {  // x |> IO.puts  (a remote call without parentheses)
        NodeP c = node(NK::Remote, at);
        c->line = r->line;
        c->col = r->col;
        c->name = r->name;
        c->extra = std::move(r->extra);
        c->kids.push_back(std::move(l));
        c->piped = true;
        return fin(std::move(c));
      }
      default:
        throw SyntaxError{"cannot pipe " + to_source(*l) + " into " + to_source(*r) +
                              ", can only pipe into local calls foo(), remote calls Foo.bar() or "
                              "anonymous function calls foo.()",
                          at.line, at.col, false};
    }
  }

  NodeP unary() {
    Depth d(*this);
    const Token& t = cur();
    if (t.is(Tok::Op)) {
      if (typespec_ && t.text == "...") {  // [integer, ...]: a non-empty list's type
        NodeP v = node(NK::Var, t);
        v->name = "...";
        next();
        return fin(std::move(v));
      }
      if (t.text == "-" || t.text == "+") {
        Token op = t;
        next();
        // -1 is a literal (so that patterns like f(-1) work)
        if ((cur().is(Tok::Int) || cur().is(Tok::Float)) && !cur().space_before && op.text == "-") {
          NodeP lit = postfix(primary());
          if (lit->kind == NK::Literal && lit->value.is_number()) {
            lit->value = lit->value.is_float() ? Term::floating(-lit->value.float_value())
                                               : negate_int(lit->value);
            lit->line = op.line;
            lit->col = op.col;
            return lit;
          }
          return unary_node(op, "-", std::move(lit));
        }
        skip_newlines();  // an operator at a line's end continues on the next, as in iex
        return unary_node(op, op.text, expr(kPrecUnary));
      }
      if (t.text == "~~~") {  // Bitwise's bnot, a call as the binary ones
        Token op = t;
        next();
        skip_newlines();
        NodeP c = node(NK::Call, op);
        c->name = "~~~";
        c->kids.push_back(expr(kPrecUnary));
        return fin(std::move(c));
      }
      if (t.text == "!" || t.text == "^") {
        Token op = t;
        next();
        skip_newlines();
        return unary_node(op, op.text, expr(kPrecUnary));
      }
      if (t.text == "&") return capture();
      if (t.text == "@") return attribute();
    }
    if (t.is_kw("not")) {
      Token op = t;
      next();
      skip_newlines();
      return unary_node(op, "not", expr(kPrecUnary));
    }
    return postfix(primary());
  }

  static Term negate_int(const Term& v) {
    if (v.is_small_int() && v.small_int() != INT64_MIN) return Term::integer(-v.small_int());
    std::string s = v.integer_to_string();
    return Term::integer_from_string(s[0] == '-' ? s.substr(1) : "-" + s);
  }

  NodeP unary_node(const Token& at, std::string op, NodeP operand) {
    NodeP u = node(NK::Unary, at);
    u->name = std::move(op);
    u->kids.push_back(std::move(operand));
    return fin(std::move(u));
  }

  NodeP capture() {
    Token amp = cur();
    next();
    if (cur().is(Tok::Int) && !cur().space_before) {
      NodeP a = node(NK::CaptureArg, amp);
      a->value = parse_int(cur());  // any size: the compiler says what is wrong with &0, &300
      next();
      return postfix(std::move(a));  // &1.field, &1[:k]
    }
    // &//2: the lexer reads / and its / as one token
    if (cur().is_op("//") && ahead().is(Tok::Int) && !ahead().space_before) {
      NodeP c = node(NK::Capture, amp);
      c->name = "/";
      next();
      c->value = Term::integer(std::strtoll(cur().text.c_str(), nullptr, 10));
      next();
      return c;
    }
    // &+/2, &<>/2, &and/2: an operator as a function
    const bool word_op = cur().is_kw("and") || cur().is_kw("or") || cur().is_kw("not") ||
                         cur().is_kw("in") || cur().is_kw("when");
    if ((at_function_op() || word_op) && ahead().is_op("/") && ahead(2).is(Tok::Int)) {
      NodeP c = node(NK::Capture, amp);
      c->name = cur().text;
      next();
      next();
      c->value = Term::integer(std::strtoll(cur().text.c_str(), nullptr, 10));
      next();
      return c;
    }
    NodeP operand = expr(kPrecCapture);
    // &Mod.fun/arity or &fun/arity
    if (operand->kind == NK::Binary && operand->name == "/" &&
        operand->kids[1]->kind == NK::Literal && operand->kids[1]->value.is_small_int()) {
      Node& f = *operand->kids[0];
      NodeP c = node(NK::Capture, amp);
      c->value = operand->kids[1]->value;
      if (f.kind == NK::Var) {
        c->name = f.name;
        return fin(std::move(c));
      }
      if ((f.kind == NK::Field || (f.kind == NK::Remote && f.kids.empty())) && f.extra) {
        c->name = f.name;
        c->extra = std::move(f.extra);
        return fin(std::move(c));
      }
      if (f.kind == NK::Call && f.kids.empty()) {
        c->name = f.name;
        return fin(std::move(c));
      }
    }
    NodeP u = node(NK::Unary, amp);
    u->name = "&";
    u->kids.push_back(std::move(operand));
    return fin(std::move(u));
  }

  NodeP attribute() {
    Token at = cur();
    next();
    if (cur().is(Tok::Alias) && !cur().space_before) {
      // @Upper: Kernel.@/1 of an alias, which raises when expanded (the compiler says so)
      NodeP al = node(NK::Alias, cur());
      al->name = cur().text;
      al->value = Term(Atom("Elixir." + al->name));
      next();
      return postfix(unary_node(at, "@", fin(std::move(al))));
    }
    if (!cur().is(Tok::Ident) || cur().space_before) unexpected();
    NodeP a = node(NK::Attr, at);
    a->name = cur().text;
    next();
    if (at_op("(") && !cur().space_before) {  // @name(value): as @name value
      Token open = cur();
      next();
      skip_newlines();
      a->extra = expr(0);
      skip_newlines();
      expect_op(")", open);
      return fin(std::move(a));
    }
    if (can_start_arg()) {
      static constexpr std::string_view kTypespecs[] = {"spec",   "type",     "typep",
                                                        "opaque", "callback", "macrocallback"};
      bool saved = typespec_;
      typespec_ =
          std::find(std::begin(kTypespecs), std::end(kTypespecs), a->name) != std::end(kTypespecs);
      a->extra = expr(0);
      typespec_ = saved;
      return fin(std::move(a));
    }
    return postfix(fin(std::move(a)));  // @table[key], @config.port
  }

  // Can the current token start the argument of a call without parentheses
  // (`IO.puts "x"`, `f -1`, `raise Mod, msg`)?
  bool can_start_arg() const {
    const Token& t = cur();
    if (!t.space_before) return false;
    switch (t.kind) {
      case Tok::Int:
      case Tok::Float:
      case Tok::Char:
      case Tok::Atom:
      case Tok::KwKey:
      case Tok::Ident:
      case Tok::Alias:
      case Tok::StrStart:
      case Tok::CharlistStart:
      case Tok::SigilStart:
        return true;
      case Tok::Keyword:
        // `x not in y` is the operator, not a call x(not in y)
        return t.text == "fn" || (t.text == "not" && !ahead().is_kw("in")) || t.text == "true" ||
               t.text == "false" || t.text == "nil";
      case Tok::Op:
        if (t.text == "[" || t.text == "{" || t.text == "%" || t.text == "^" || t.text == "@" ||
            t.text == "!" || t.text == "(" || t.text == "<<" || t.text == "~~~")
          return true;
        if (t.text == "&") return true;
        if (t.text == "-" || t.text == "+") {
          // Elixir's tokenizer: `f -x` is f(-x), but `f -(x)`, `f -[x]`, `f -{x}`, `f -%{}`,
          // `f -<<x>>` and `f -:a` are f - ... (the sign followed by ( [ { % < + - / > :)
          const Token& a = ahead();
          if (a.space_before || a.is(Tok::Newline) || a.is(Tok::Atom)) return false;
          if (a.is(Tok::Op) && !a.text.empty() &&
              std::string_view("([{%<+-/>:").find(a.text[0]) != std::string_view::npos)
            return false;
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  // [SECTION] Primaries -------------------------------------------------------------------
  NodeP primary() {
    const Token& t = cur();
    switch (t.kind) {
      case Tok::Int: {
        NodeP n = node(NK::Literal, t);
        n->value = parse_int(t);
        next();
        return n;
      }
      case Tok::Float: {
        NodeP n = node(NK::Literal, t);
        n->value = Term::floating(std::strtod(t.text.c_str(), nullptr));
        next();
        return n;
      }
      case Tok::Char: {
        NodeP n = node(NK::Literal, t);
        n->value = Term::integer(std::strtoll(t.text.c_str(), nullptr, 10));
        next();
        return n;
      }
      case Tok::Atom: {
        if (t.base == 1) {  // :"x#{y}" (the string's tokens follow)
          Token a = t;
          next();
          return string_to_atom(a, string());
        }
        NodeP n = node(NK::Literal, t);
        n->value = Term(Atom(t.text));
        next();
        return n;
      }
      case Tok::StrStart:
        return string();
      case Tok::CharlistStart:
        return charlist();
      case Tok::SigilStart:
        return sigil();
      case Tok::Ident:
        return identifier();
      case Tok::Alias:
        return alias();
      case Tok::KwKey: {
        // a keyword list without brackets where an expression is expected
        NodeP l = node(NK::List, t);
        keywords_into(*l);
        return fin(std::move(l));
      }
      case Tok::Keyword:
        if (t.text == "true" || t.text == "false" || t.text == "nil") {
          NodeP n = node(NK::Literal, t);
          n->value = Term(t.text == "true"    ? atoms::true_
                          : t.text == "false" ? atoms::false_
                                              : atoms::nil);
          next();
          return n;
        }
        if (t.text == "fn") return fn();
        unexpected();
      case Tok::Op:
        if (t.text == ".." && (ahead().is_op(")") || ahead().is_op(",") || ahead().is_op("]"))) {
          // `..` alone (Kernel's ../0): the range of a whole slice, 0..-1//1
          NodeP r = node(NK::Binary, t);
          r->name = "..//";
          for (int64_t v : {0, -1, 1}) {
            NodeP k = node(NK::Literal, t);
            k->value = Term::integer(v);
            r->kids.push_back(std::move(k));
          }
          next();
          return fin(std::move(r));
        }
        if (t.text == "(") return parens();
        if (t.text == "[") return list();
        if (t.text == "{") return tuple();
        if (t.text == "%") return map_or_struct();
        if (t.text == "<<") return bitstring();
        unexpected();
      default:
        unexpected();
    }
  }

  Term parse_int(const Token& t) {
    if (t.base == 10) {
      // 09 is 9 (a leading 0 is not octal in Elixir, and the big-integer reader would think so)
      size_t nz = t.text.find_first_not_of('0');
      return Term::integer_from_string(nz == std::string::npos ? "0" : t.text.substr(nz));
    }
    // other bases: convert to a decimal string, exactly, whatever the size
    std::string dec = "0";
    for (char c : t.text) {
      int v = (c >= '0' && c <= '9') ? c - '0'
                                     : (std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
      // dec = dec * base + v, on a decimal string
      int carry = v;
      for (size_t i = dec.size(); i-- > 0;) {
        int d = (dec[i] - '0') * t.base + carry;
        dec[i] = static_cast<char>('0' + d % 10);
        carry = d / 10;
      }
      while (carry) {
        dec.insert(dec.begin(), static_cast<char>('0' + carry % 10));
        carry /= 10;
      }
    }
    size_t nz = dec.find_first_not_of('0');
    return Term::integer_from_string(nz == std::string::npos ? "0" : dec.substr(nz));
  }

  NodeP string() {
    Token open = cur();
    next();
    NodeP interp = node(NK::Interp, open);
    std::string text;
    bool has_interp = false;
    while (true) {
      const Token& t = cur();
      if (t.is(Tok::StrPart)) {
        NodeP lit = node(NK::Literal, t);
        lit->value = Term::string(t.text);
        interp->kids.push_back(std::move(lit));
        text += t.text;
        next();
      } else if (t.is(Tok::InterpStart)) {
        has_interp = true;
        interp->kids.push_back(interpolation());
      } else if (t.is(Tok::StrEnd)) {
        next();
        break;
      } else {
        unexpected();
      }
    }
    if (!has_interp) {
      NodeP lit = node(NK::Literal, open);
      lit->value = Term::string(text);
      return lit;
    }
    return fin(std::move(interp));
  }

  // An interpolated quoted atom or key, as Elixir expands it:
  // :erlang.binary_to_atom(string, :utf8)
  NodeP string_to_atom(const Token& at, NodeP str) {
    NodeP call = node(NK::Remote, at);
    NodeP mod = node(NK::Literal, at);
    mod->value = Term(Atom("erlang"));
    call->extra = std::move(mod);
    call->name = "binary_to_atom";
    call->value = Term(Atom("interpolated_atom"));  // for to_source: printed as :"a#{b}"
    call->parens = true;
    call->kids.push_back(std::move(str));
    NodeP enc = node(NK::Literal, at);
    enc->value = Term(Atom("utf8"));
    call->kids.push_back(std::move(enc));
    return fin(std::move(call));
  }

  // #{ expr } inside a string or sigil (at InterpStart)
  NodeP interpolation() {
    next();
    bool sb = allow_bar_, sa = allow_arrow_;
    int nd = noparens_;
    allow_bar_ = allow_arrow_ = false;
    noparens_ = 0;
    NodeP b = block_until({}, nullptr);
    allow_bar_ = sb;
    allow_arrow_ = sa;
    noparens_ = nd;
    if (!cur().is(Tok::InterpEnd)) unexpected();
    next();
    if (b->kids.size() == 1) return std::move(b->kids[0]);
    return b;
  }

  // ~w(a b c)a: the text as written and the interpolations; the compiler gives each sigil
  // its meaning (and its escapes: lexer.hpp's unescape())
  NodeP sigil() {
    Token open = cur();
    next();
    NodeP n = node(NK::Sigil, open);
    n->name = open.text;
    while (true) {
      const Token& t = cur();
      if (t.is(Tok::StrPart)) {
        NodeP lit = node(NK::Literal, t);
        lit->value = Term::string(t.text);
        n->kids.push_back(std::move(lit));
        next();
      } else if (t.is(Tok::InterpStart)) {
        n->kids.push_back(interpolation());
      } else if (t.is(Tok::SigilEnd)) {
        n->value = Term::string(t.text);
        next();
        break;
      } else {
        unexpected();
      }
    }
    return fin(std::move(n));
  }

  NodeP charlist() {
    Token open = cur();
    next();
    std::string text;
    // 'a#{x}b' is List.to_charlist(["a", to_string(x), "b"]) in Elixir: here
    // List.to_charlist(["a#{x}b"]), the same code points
    NodeP interp = node(NK::Interp, open);
    bool has_interp = false;
    while (true) {
      const Token& t = cur();
      if (t.is(Tok::StrPart)) {
        text += t.text;
        NodeP lit = node(NK::Literal, t);
        lit->value = Term::string(t.text);
        interp->kids.push_back(std::move(lit));
        next();
      } else if (t.is(Tok::CharlistEnd)) {
        next();
        break;
      } else if (t.is(Tok::InterpStart)) {
        has_interp = true;
        interp->kids.push_back(interpolation());
      } else {
        unexpected();
      }
    }
    if (has_interp) {
      NodeP call = node(NK::Remote, open);
      NodeP mod = node(NK::Alias, open);
      mod->name = "List";
      mod->value = Term(Atom("Elixir.List"));
      call->extra = std::move(mod);
      call->name = "to_charlist";
      call->parens = true;
      NodeP list = node(NK::List, open);
      list->kids.push_back(fin(std::move(interp)));
      call->kids.push_back(fin(std::move(list)));
      return fin(std::move(call));
    }
    // code points of the UTF-8 text
    std::vector<Term> cps;
    for (size_t i = 0; i < text.size();) {
      auto c = static_cast<unsigned char>(text[i]);
      int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
      uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (int k = 1; k < len && i + k < text.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      cps.push_back(Term::integer(cp));
      i += len;
    }
    NodeP lit = node(NK::Literal, open);
    lit->value = Term::list(cps);
    return lit;
  }

  // `alias MyApp.{Worker, Server}` (or require/import) is one alias/require/import of each,
  // in order, as Elixir expands it: a block of them
  NodeP multi_alias(NodeP c) {
    if ((c->name != "alias" && c->name != "require" && c->name != "import") ||
        c->kids.size() != 1 || c->kids[0]->kind != NK::Remote || c->kids[0]->name != "{}")
      return c;
    NodeP block = make_node(NK::Block, c->line, c->col);
    const Node& multi = *c->kids[0];
    for (const NodeP& a : multi.kids) {
      NodeP one = make_node(NK::Call, a->line, a->col);
      one->name = c->name;
      NodeP full = make_node(NK::Alias, a->line, a->col);
      full->name = multi.extra->name + "." + a->name;
      full->value = Term(Atom("Elixir." + full->name));
      one->kids.push_back(std::move(full));
      block->kids.push_back(fin(std::move(one)));
    }
    return fin(std::move(block));
  }

  // `name`, `name(args)`, `name args`, with a do-block where allowed.
  NodeP identifier() {
    Token id = cur();
    next();
    if (at_op("(") && !cur().space_before) {
      NodeP c = node(NK::Call, id);
      c->name = id.text;
      c->parens = true;
      paren_args(*c);
      if (c->name == "unquote" && c->kids.size() == 1 && at_op("(") && !cur().space_before) {
        // `def unquote(name)(x)` in a quote: a call whose name is computed (body: its
        // expression)
        NodeP d = node(NK::Call, id);
        d->name = "unquote";
        d->parens = true;
        d->body = std::move(c->kids[0]);
        paren_args(*d);
        maybe_do_block(*d);
        return fin(std::move(d));
      }
      maybe_do_block(*c);
      return multi_alias(fin(std::move(c)));
    }
    if (can_start_arg()) {
      NodeP c = node(NK::Call, id);
      c->name = id.text;
      if ((at_op("-") || at_op("+")) && cur().space_before) c->ambiguous_op = true;
      noparens_args(*c);
      if (c->name == "def" || c->name == "defp" || c->name == "defmacro" || c->name == "defmacrop")
        operator_head(*c);
      maybe_do_block(*c, /*outer=*/true);
      return multi_alias(fin(std::move(c)));
    }
    if (at_kw("do") && noparens_ == 0) {
      NodeP c = node(NK::Call, id);
      c->name = id.text;
      maybe_do_block(*c);
      return fin(std::move(c));
    }
    NodeP v = node(NK::Var, id);
    v->name = id.text;
    return v;
  }

  // Fib, MyApp.MyTask, and Fib.of(...) / IO.puts "x"
  NodeP alias() {
    Token first = cur();
    std::string path = first.text;
    next();
    while (at_op(".") && ahead().is(Tok::Alias)) {
      next();
      path += "." + cur().text;
      next();
    }
    NodeP a = node(NK::Alias, first);
    a->name = path;
    // Elixir.Foo is :"Elixir.Foo", as Foo is
    bool absolute = path == "Elixir" || path.rfind("Elixir.", 0) == 0;
    a->value = Term(Atom(absolute ? path : "Elixir." + path));
    return a;
  }

  // An operator that names a Kernel function: &+/2, Kernel.+(1, 2)
  bool at_function_op() const {
    static constexpr std::string_view ops[] = {
        "+",  "-",  "*",  "/",  "**", "==", "!=", "===", "!==", "<",  ">",
        "<=", ">=", "<>", "++", "--", "!",  "=~", "..",  "||",  "&&", "|>"};
    return cur().is(Tok::Op) &&
           (std::find(std::begin(ops), std::end(ops), cur().text) != std::end(ops) ||
            is_call_op(cur().text));
  }

  NodeP postfix(NodeP e) {
    while (true) {
      if (at_op(".") || (cur().is(Tok::Newline) && ahead().is_op("."))) {
        skip_newlines();
        Token dot = cur();
        next();
        skip_newlines();
        if (at_op("{") &&
            (e->kind == NK::Alias || (e->kind == NK::Var && e->name == "__MODULE__"))) {
          e->kind = NK::Alias;
          // alias MyApp.{Worker, Server}: the aliases under MyApp (Elixir's
          // {{:., _, [MyApp, :{}]}, _, aliases}); alias/require/import take it apart
          NodeP multi = node(NK::Remote, dot);
          multi->extra = std::move(e);
          multi->name = "{}";
          next();
          Nest nest(*this, /*allow_bar=*/false, /*allow_arrow=*/false);
          skip_newlines();
          while (!at_op("}")) {
            NodeP a = expr(0);
            if (a->kind != NK::Alias) unexpected();
            multi->kids.push_back(std::move(a));
            skip_newlines();
            if (!at_op(",")) break;
            next();
            skip_newlines();
          }
          if (!at_op("}")) unexpected();
          next();
          e = fin(std::move(multi));
          continue;
        }
        if (at_op("(")) {  // f.(args)
          NodeP c = node(NK::DotCall, dot);
          c->extra = std::move(e);
          c->parens = true;
          paren_args(*c);
          e = fin(std::move(c));
          continue;
        }
        if (cur().is(Tok::Alias)) {
          // __MODULE__.Worker: an alias under the module being defined (the compiler's
          // alias_atom reads the first segment)
          if (e->kind == NK::Var && e->name == "__MODULE__") e->kind = NK::Alias;
          if (e->kind != NK::Alias) {
            // Foo.bar().Baz, @mod.Baz: an alias on an expression, {:__aliases__, [], [expr,
            // :Baz]} when quoted (extra holds the expression); compiled, an invalid alias
            NodeP a = node(NK::Alias, dot);
            a->name = cur().text;
            a->value = Term(Atom("Elixir." + a->name));
            a->extra = std::move(e);
            e = fin(std::move(a));
            next();
            continue;
          }
          e->name += "." + cur().text;
          e->value = Term(Atom("Elixir." + e->name));
          next();
          continue;
        }
        // &Kernel.//2, as Elixir reads it: Kernel./() / 2 (the lexer reads // as one token)
        if (cur().is_op("//") && ahead().is(Tok::Int) && !ahead().space_before) {
          Token slash = cur();
          NodeP f = node(NK::Remote, slash);
          f->extra = std::move(e);
          f->name = "/";
          f = fin(std::move(f));
          next();
          NodeP arity = node(NK::Literal, cur());
          arity->value = parse_int(cur());
          next();
          NodeP b = node(NK::Binary, slash);
          b->name = "/";
          b->kids.push_back(std::move(f));
          b->kids.push_back(fin(std::move(arity)));
          e = fin(std::move(b));
          continue;
        }
        // Kernel.+(1, 2), &Kernel.*/2: an operator named after a dot is a function's name
        if (!cur().is(Tok::Ident) && !cur().is(Tok::Keyword) && !cur().is(Tok::StrStart) &&
            !at_function_op())
          unexpected();
        Token name = cur();
        std::string fname = name.text;
        if (cur().is(Tok::StrStart)) {  // Mod."quoted name"(...)
          NodeP s = string();
          if (s->kind != NK::Literal) unexpected();
          fname = std::string(s->value.binary());
        } else {
          next();
        }
        if (at_op("(") && !cur().space_before) {
          NodeP c = node(NK::Remote, name);
          c->extra = std::move(e);
          c->name = fname;
          c->parens = true;
          paren_args(*c);
          if (fname == "unquote" && c->kids.size() == 1 && at_op("(") && !cur().space_before) {
            // Mod.unquote(name)(args) in a quote: a remote call whose name is computed (body)
            c->body = std::move(c->kids[0]);
            c->kids.clear();
            paren_args(*c);
          }
          maybe_do_block(*c);
          e = fin(std::move(c));
          continue;
        }
        if (can_start_arg()) {
          NodeP c = node(NK::Remote, name);
          c->extra = std::move(e);
          c->name = fname;
          noparens_args(*c);
          maybe_do_block(*c, true);
          e = fin(std::move(c));
          continue;
        }
        if (at_kw("do") && noparens_ == 0 && e->kind == NK::Alias) {
          NodeP c = node(NK::Remote, name);
          c->extra = std::move(e);
          c->name = fname;
          maybe_do_block(*c);
          e = fin(std::move(c));
          continue;
        }
        // no arguments: a remote call (Mod.fun) or a map field (map.key)
        NodeP f =
            node(e->kind == NK::Alias || (e->kind == NK::Literal && e->value.is_atom()) ? NK::Remote
                                                                                        : NK::Field,
                 name);
        f->extra = std::move(e);
        f->name = fname;
        e = fin(std::move(f));
        continue;
      }
      if (at_op("[") && !cur().space_before) {
        Token open = cur();
        next();
        NodeP a = node(NK::Access, open);
        a->kids.push_back(std::move(e));
        Nest n(*this);
        skip_newlines();
        a->kids.push_back(expr(0));
        expect_op("]", open);
        e = fin(std::move(a));
        continue;
      }
      return e;
    }
  }

  // Resets the no-parentheses nesting inside brackets, parens and blocks.
  struct Nest {
    Parser& p;
    int saved;
    bool bar, arrow;
    explicit Nest(Parser& pp, bool allow_bar = false, bool allow_arrow = false)
        : p(pp), saved(pp.noparens_), bar(pp.allow_bar_), arrow(pp.allow_arrow_) {
      p.noparens_ = 0;
      p.allow_bar_ = allow_bar;
      p.allow_arrow_ = allow_arrow;
    }
    ~Nest() {
      p.noparens_ = saved;
      p.allow_bar_ = bar;
      p.allow_arrow_ = arrow;
    }
  };

  // ( args ) including trailing keywords: f(a, b: 1)
  void paren_args(Node& call) {
    Token open = cur();
    next();
    Nest n(*this);
    skip_newlines();
    if (at_op(")")) {
      next();
      return;
    }
    while (true) {
      skip_newlines();
      if (cur().is(Tok::KwKey)) {
        NodeP l = node(NK::List, cur());
        keywords_into(*l);
        call.kids.push_back(fin(std::move(l)));
        expect_op(")", open);
        return;
      }
      call.kids.push_back(expr(0));
      skip_newlines();
      if (at_op(",")) {
        next();
        continue;
      }
      expect_op(")", open);
      return;
    }
  }

  // args of a call without parentheses, up to the end of the line
  void noparens_args(Node& call) {
    ++noparens_;
    bool sb = allow_bar_, sa = allow_arrow_;
    allow_bar_ = allow_arrow_ = false;
    while (true) {
      if (cur().is(Tok::KwKey)) {
        NodeP l = node(NK::List, cur());
        keywords_into(*l);
        call.kids.push_back(fin(std::move(l)));
        break;
      }
      call.kids.push_back(expr(0));
      if (at_op(",")) {
        next();
        skip_newlines();
        continue;
      }
      break;
    }
    allow_bar_ = sb;
    allow_arrow_ = sa;
    --noparens_;
  }

  // key: value, key: value  (into a List of {key, value} tuples)
  void keywords_into(Node& list) {
    while (true) {
      if (!cur().is(Tok::KwKey)) unexpected();
      Token key = cur();
      next();
      skip_newlines();
      NodeP pair = node(NK::Tuple, key);
      if (key.base == 1) {  // "a#{b}": value (the string's tokens follow)
        pair->kids.push_back(string_to_atom(key, string()));
      } else {
        NodeP k = node(NK::Literal, key);
        k->value = Term(Atom(key.text));
        pair->kids.push_back(std::move(k));
      }
      pair->kids.push_back(expr(0));
      list.kids.push_back(fin(std::move(pair)));
      size_t save = p_;
      skip_newlines();
      if (at_op(",") &&
          (ahead().is(Tok::KwKey) || (ahead().is(Tok::Newline) && ahead(2).is(Tok::KwKey)))) {
        next();
        skip_newlines();
        continue;
      }
      p_ = save;
      return;
    }
  }

  void maybe_do_block(Node& call, bool outer = false) {
    if (!at_kw("do")) return;
    if (noparens_ > 0) return;  // the do-block belongs to the outer call
    (void)outer;
    call.do_block = do_block();
  }

  NodeP parens() {
    Token open = cur();
    next();
    Nest n(*this);
    // (a; b) is a block; (pattern -> body) clauses, as in receive(do: ({:ok, x} -> x))
    NodeP b = section_body({}, ")");
    expect_op(")", open);
    if (b->kind == NK::Block && b->kids.size() == 1) return std::move(b->kids[0]);
    return b;
  }

  NodeP list() {
    Token open = cur();
    next();
    NodeP l = node(NK::List, open);
    Nest n(*this, /*allow_bar=*/true);
    skip_newlines();
    while (!at_op("]")) {
      if (cur().is(Tok::KwKey)) {
        keywords_into(*l);
        skip_newlines();
        if (at_op(",")) next();
        break;
      }
      NodeP e = expr(0);
      if (e->kind == NK::Binary && e->name == "|") {
        l->kids.push_back(std::move(e->kids[0]));
        l->kids.push_back(std::move(e->kids[1]));
        l->has_tail = true;
        skip_newlines();
        break;
      }
      l->kids.push_back(std::move(e));
      skip_newlines();
      if (!at_op(",")) break;
      next();
      skip_newlines();
    }
    expect_op("]", open);
    return fin(std::move(l));
  }

  // <<seg, seg::type, ...>>
  NodeP bitstring() {
    Token open = cur();
    next();
    NodeP b = node(NK::Bin, open);
    Nest n(*this);
    skip_newlines();
    while (!at_op(">>")) {
      b->kids.push_back(expr(0));
      skip_newlines();
      if (!at_op(",")) break;
      next();
      skip_newlines();
    }
    expect_op(">>", open);
    return fin(std::move(b));
  }

  NodeP tuple() {
    Token open = cur();
    next();
    NodeP t = node(NK::Tuple, open);
    Nest n(*this);
    skip_newlines();
    while (!at_op("}")) {
      if (cur().is(Tok::KwKey)) {
        NodeP l = node(NK::List, cur());
        keywords_into(*l);
        t->kids.push_back(fin(std::move(l)));
        skip_newlines();
        break;
      }
      t->kids.push_back(expr(0));
      skip_newlines();
      if (!at_op(",")) break;
      next();
      skip_newlines();
    }
    expect_op("}", open);
    return fin(std::move(t));
  }

  // %{k => v, k: v}, %{m | k: v}, %Name{k: v}
  NodeP map_or_struct() {
    Token pct = cur();
    next();
    if (cur().is(Tok::End) || cur().is(Tok::Newline))
      error_at(cur(),
               "unexpectedly reached end of line. The current expression is invalid or incomplete");
    NodeP m = node(NK::Map, pct);
    if (cur().is(Tok::Alias) && !cur().space_before) {
      NodeP a = alias();
      m->kind = NK::Struct;
      m->name = a->name;
      m->value = a->value;
    } else if (cur().is(Tok::Atom) && !cur().space_before) {
      // %:mod{}: a struct of a module named by a plain atom; ":mod" is the name alias_atom reads
      m->kind = NK::Struct;
      m->name = ":" + cur().text;
      m->value = Term(Atom(cur().text));
      next();
    } else if (cur().is(Tok::Ident) && cur().text == "__MODULE__" && !cur().space_before) {
      m->kind = NK::Struct;
      m->name = "__MODULE__";
      next();
      while (at_op(".") && ahead().is(Tok::Alias)) {  // %__MODULE__.Item{}
        next();
        m->name += "." + cur().text;
        next();
      }
    } else if (cur().is(Tok::Ident) && !cur().space_before && ahead().is_op("(") &&
               !ahead().space_before) {
      m->kind = NK::Struct;  // %unquote(mod){} in a quote: body holds the call
      m->body = primary();
    } else if (cur().is(Tok::Ident) && !cur().space_before) {
      // %name{} in a pattern: any struct, its module bound to name (the compiler refuses it
      // elsewhere); body holds the variable
      m->kind = NK::Struct;
      NodeP v = node(NK::Var, cur());
      v->name = std::string(cur().text);
      m->body = std::move(v);
      next();
    } else if (at_op("^") && !cur().space_before && ahead().is(Tok::Ident) &&
               !ahead().space_before) {
      // %^name{} in a pattern: a struct of the module that name holds
      Token pin = cur();
      next();
      NodeP v = node(NK::Var, cur());
      v->name = std::string(cur().text);
      next();
      m->kind = NK::Struct;
      m->body = unary_node(pin, "^", std::move(v));
    }
    if (!at_op("{") || cur().space_before) unexpected();
    Token open = cur();
    next();
    Nest n(*this, /*allow_bar=*/true, /*allow_arrow=*/true);
    skip_newlines();
    // %{m | ...}
    if (!at_op("}") && !cur().is(Tok::KwKey)) {
      size_t save = p_;
      allow_arrow_ = false;
      NodeP first = expr(0);
      allow_arrow_ = true;
      if (first->kind == NK::Binary && first->name == "|") {
        m->extra = std::move(first->kids[0]);
        // the rest is a pair list starting with the right side of |
        NodeP rhs = std::move(first->kids[1]);
        if (rhs->kind == NK::List) {
          for (auto& kv : rhs->kids) m->kids.push_back(std::move(kv));
        } else if (at_op("=>")) {  // %{m | key => value, ...}
          next();
          skip_newlines();
          NodeP pair = node(NK::Tuple, dummy_);
          pair->line = rhs->line;
          pair->col = rhs->col;
          pair->kids.push_back(std::move(rhs));
          pair->kids.push_back(expr(0));
          m->kids.push_back(fin(std::move(pair)));
        } else {
          error_at(open, "expected key-value pairs in a map update");
        }
        skip_newlines();
        if (at_op(",")) {
          next();
          skip_newlines();
          map_pairs(*m);
        }
        expect_op("}", open);
        return fin(std::move(m));
      }
      p_ = save;
    }
    map_pairs(*m);
    expect_op("}", open);
    return fin(std::move(m));
  }

  void map_pairs(Node& m) {
    while (!at_op("}")) {
      if (cur().is(Tok::KwKey)) {
        NodeP l = node(NK::List, cur());
        keywords_into(*l);
        for (auto& kv : l->kids) m.kids.push_back(std::move(kv));
        skip_newlines();
        if (at_op(",")) next();
        skip_newlines();
        break;
      }
      NodeP e = expr(0);
      NodeP pair = node(NK::Tuple, dummy_);
      pair->line = e->line;
      pair->col = e->col;
      if (e->kind == NK::Binary && e->name == "=>") {
        pair->kids.push_back(std::move(e->kids[0]));
        pair->kids.push_back(std::move(e->kids[1]));
      } else {  // %{x}: fine quoted, refused compiled (a "pair" of one)
        pair->kids.push_back(std::move(e));
      }
      m.kids.push_back(fin(std::move(pair)));
      skip_newlines();
      if (!at_op(",")) break;
      next();
      skip_newlines();
    }
  }

  // At `(`: is this a clause head in parentheses, its `)` followed by `->` or `when`?
  bool paren_head_ahead() const {
    int depth = 0;
    for (size_t k = p_; k < t_.size() && !t_[k].is(Tok::End); ++k) {
      if (t_[k].is_op("(")) {
        ++depth;
      } else if (t_[k].is_op(")") && --depth == 0) {
        const Token& after = t_[std::min(k + 1, t_.size() - 1)];
        return after.is_op("->") || after.is_kw("when");
      }
    }
    return false;
  }

  NodeP fn() {
    Token open = cur();
    next();
    NodeP f = node(NK::Fn, open);
    Nest n(*this);
    NodeP body = section_body({"end"});
    expect_end(open);
    if (body->kind != NK::Clauses) error_at(open, "expected clauses in fn (fn x -> x end)");
    for (auto& c : body->kids) f->kids.push_back(std::move(c));
    return fin(std::move(f));
  }

  std::vector<Token> t_;
  size_t p_ = 0;
  int noparens_ = 0;  // inside the arguments of a call without parentheses
  bool allow_bar_ = false;
  bool allow_arrow_ = false;
  // inside a typespec attribute (@spec, @type ...), where `|` joins alternatives anywhere
  // (`integer | nil`, `{:ok, t} | :error`): the compiler skips these attributes
  bool typespec_ = false;
  uint32_t depth_ = 0;
  Token dummy_;
};

}  // namespace

NodeP parse(std::string_view source) { return Parser(lex(source)).program(); }

int operator_precedence(std::string_view op, bool* right) {
  for (const auto& o : kBinary)
    if (o.op == op) {
      if (right) *right = o.right;
      return o.prec;
    }
  if (right) *right = false;
  return op == "not in" ? kPrecNotIn : 1000;
}

}  // namespace taskplay::lang

#include "taskplay/lang/lexer.hpp"

#include "taskplay/inspect.hpp"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace taskplay::lang {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ident_char(char c) { return is_lower(c) || is_upper(c) || is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

constexpr std::string_view kKeywords[] = {"do",     "end",   "fn",   "else",  "after",
                                          "rescue", "catch", "when", "and",   "or",
                                          "not",    "in",    "true", "false", "nil"};

// Longest first, so that `===` wins over `==` and `=`.
constexpr std::string_view kOps[] = {"<<<", ">>>", "&&&", "|||", "~~~", "<<~",  "~>>", "<~>", "<|>",
                                     "+++", "---", "===", "!==", "...", "\\\\", "**",  "==",  "!=",
                                     "=~",  "<~",  "~>",  "<<",  ">>",  "<=",   ">=",  "<>",  "++",
                                     "--",  "|>",  "->",  "<-",  "=>",  "&&",   "||",  "..",  "::",
                                     "//",  "+",   "-",   "*",   "/",   "<",    ">",   "=",   "!",
                                     "|",   "&",   "^",   ".",   ",",   ";",    "(",   ")",   "[",
                                     "]",   "{",   "}",   "%",   "@"};

// Operators that become a keyword key when `: ` follows ([==: 4], [+: 1, -: 2], [&: 1]), as
// Elixir's tokenizer takes them: every operator but `=>`, `//`, `::` and punctuation.
bool is_atom_op(std::string_view op) {
  static constexpr std::string_view kNot[] = {"=>", "//", "::", "<<", ">>", ",", ";",
                                              "(",  ")",  "[",  "]",  "{",  "}"};
  for (std::string_view n : kNot)
    if (op == n) return false;
  return true;
}

class Lexer {
 public:
  explicit Lexer(std::string_view src) : s_(src) {}

  std::vector<Token> run() {
    lex_code(/*interp=*/false);
    Token t;
    t.kind = Tok::End;
    t.line = line_;
    t.col = col();
    out_.push_back(std::move(t));
    return std::move(out_);
  }

  // The whole source is a sigil's text: its escapes resolved (unescape()).
  std::string unescape_all(bool regex) {
    std::string out;
    while (!at_end()) {
      char c = peek();
      advance();
      if (c != '\\' || at_end()) {
        out += c;
        continue;
      }
      if (!regex) {
        out += escape(line_, col());
        continue;
      }
      // Regex.unescape_map/1: these become the character, a backslash-newline goes, and
      // everything else stays escaped for the regex engine
      char e = peek();
      advance();
      switch (e) {
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'v':
          out += '\v';
          break;
        case 'a':
          out += '\a';
          break;
        case '\n':
          break;
        default:
          out += '\\';
          out += e;
      }
    }
    return out;
  }

 private:
  // [SECTION] Position --------------------------------------------------------
  char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  bool at_end() const { return i_ >= s_.size(); }
  uint32_t col() const { return static_cast<uint32_t>(i_ - line_start_ + 1); }
  // The length in bytes of a non-ASCII letter or mark of an identifier at i_ + k (olá,
  // :日本; unicode_ident_code_point), else 0.
  size_t unicode_ident(size_t k, bool start) const {
    size_t i = i_ + k;
    if (i >= s_.size()) return 0;
    auto c = static_cast<unsigned char>(s_[i]);
    size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s_.size()) return 0;
    uint32_t cp = c & (0x7Fu >> len);
    for (size_t j = 1; j < len; ++j) {
      auto b = static_cast<unsigned char>(s_[i + j]);
      if ((b & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (b & 0x3F);
    }
    return unicode_ident_code_point(cp, start) ? len : 0;
  }
  // advances past an identifier's characters (ASCII ones, `@` when `at`, and Unicode's)
  void skip_ident(bool at) {
    while (!at_end()) {
      if (is_ident_char(peek()) || (at && peek() == '@')) {
        advance();
      } else if (size_t n = unicode_ident(0, false)) {
        i_ += n;
      } else {
        break;
      }
    }
  }
  void advance() {
    if (s_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }
  [[noreturn]] void error(std::string msg, uint32_t line, uint32_t c, bool incomplete = false) {
    throw SyntaxError{std::move(msg), line, c, incomplete};
  }

  Token& emit(Tok kind, std::string text, uint32_t line, uint32_t c) {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.line = line;
    t.col = c;
    t.space_before = space_;
    t.newline_before = newline_;
    space_ = newline_ = false;
    out_.push_back(std::move(t));
    return out_.back();
  }

  // [SECTION] Code --------------------------------------------------------------
  // Lexes code until the end of input, or (inside #{...}) until its closing brace.
  void lex_code(bool interp) {
    int depth = 0;
    while (true) {
      if (at_end()) {
        if (interp) error("missing interpolation terminator: \"}\"", line_, col(), true);
        return;
      }
      char c = peek();
      if (is_space(c)) {
        space_ = true;
        advance();
        continue;
      }
      if (c == '\\' && peek(1) == '\n') {  // line continuation
        advance();
        advance();
        space_ = true;
        continue;
      }
      if (c == '#') {
        while (!at_end() && peek() != '\n') advance();
        continue;
      }
      if (c == '\n') {
        uint32_t l = line_, cc = col();
        advance();
        if (out_.empty() || !out_.back().is(Tok::Newline)) emit(Tok::Newline, "\n", l, cc);
        newline_ = true;
        continue;
      }
      if (interp) {
        if (c == '{') ++depth;
        if (c == '}') {
          if (depth == 0) {
            emit(Tok::InterpEnd, "}", line_, col());
            advance();
            return;
          }
          --depth;
        }
      }
      lex_token();
    }
  }

  void lex_token() {
    uint32_t l = line_, c0 = col();
    char c = peek();
    if (is_digit(c)) return lex_number();
    if (c == '"') return lex_string('"');
    if (c == '\'') return lex_string('\'');
    if (c == '~' && (is_lower(peek(1)) || is_upper(peek(1))) && peek(1) != '_') return lex_sigil();
    if (c == '?' && i_ + 1 < s_.size() && !is_space(peek(1)) && peek(1) != '\n') return lex_char();
    if (c == ':' && peek(1) == '"') {
      advance();
      size_t start_tokens = out_.size();
      string_is_atom_ = true;
      lex_string('"');
      string_is_atom_ = false;
      bool literal = out_.size() - start_tokens <= 3 && out_.back().is(Tok::StrEnd) &&
                     (out_.size() - start_tokens == 2 || out_[start_tokens + 1].is(Tok::StrPart));
      if (!literal) {
        // :"x#{y}": an Atom token marked `base = 1` before the string's tokens; the parser
        // makes it :erlang.binary_to_atom("x#{y}", :utf8), as Elixir does
        Token t;
        t.kind = Tok::Atom;
        t.line = l;
        t.col = c0;
        t.base = 1;
        t.space_before = out_[start_tokens].space_before;
        out_[start_tokens].space_before = false;
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(start_tokens), std::move(t));
        return;
      }
      std::string name = out_.size() - start_tokens == 3 ? out_[start_tokens + 1].text : "";
      bool sp = out_[start_tokens].space_before;
      out_.resize(start_tokens);
      space_ = sp;
      emit(Tok::Atom, std::move(name), l, c0);
      return;
    }
    if (c == ':' && (is_lower(peek(1)) || is_upper(peek(1)) || unicode_ident(1, true))) {
      advance();
      size_t start = i_;
      // `@` continues an atom's name (:foo@bar, a node's name), as in Elixir's tokenizer
      for (;;) {
        skip_ident(true);
        if (peek() != '.' || !is_upper(peek(1))) break;
        advance();
      }
      if (peek() == '?' || peek() == '!') advance();
      std::string name(s_.substr(start, i_ - start));
      emit(Tok::Atom, std::move(name), l, c0);
      return;
    }
    if (c == ':' && peek(1) != ':') {
      // operator atoms: every operator Elixir's tokenizer takes after `:` (:+, :->, :\\,
      // :%{}, :..//, ...), longest first; `=>` is not one (:"=>" must be quoted)
      static constexpr std::string_view kAtomOps[] = {
          "<<>>", "..//", "===", "!==", "...", "<<<", ">>>", "<<~",  "~>>", "<~>", "<|>",
          "^^^",  "~~~",  "&&&", "|||", "+++", "---", "%{}", "\\\\", "**",  "==",  "!=",
          "<=",   ">=",   "<>",  "++",  "--",  "|>",  "=~",  "->",   "<-",  "&&",  "||",
          "..",   "<~",   "~>",  "{}",  "+",   "-",   "*",   "/",    "<",   ">",   "=",
          "!",    "|",    "&",   "^",   ".",   "%",   "@"};
      for (std::string_view op : kAtomOps) {
        if (s_.substr(i_ + 1, op.size()) == op) {
          advance();
          for (size_t k = 0; k < op.size(); ++k) advance();
          emit(Tok::Atom, std::string(op), l, c0);
          return;
        }
      }
    }
    if (is_lower(c) || is_upper(c) || unicode_ident(0, true)) {
      size_t start = i_;
      skip_ident(true);
      bool has_at = s_.substr(start, i_ - start).find('@') != std::string_view::npos;
      if ((peek() == '?' || peek() == '!') && peek(1) != '=') advance();
      std::string name(s_.substr(start, i_ - start));
      // `key:` (but not `key::`) is a keyword-list key
      if (peek() == ':' && peek(1) != ':' &&
          (is_space(peek(1)) || peek(1) == '\n' || at_end_after(1))) {
        advance();
        emit(Tok::KwKey, std::move(name), l, c0);
        return;
      }
      // `@` is allowed in atoms and keyword keys only (foo@bar: 1)
      if (has_at)
        error(std::string("invalid character \"@\" (code point U+0040) in ") +
                  (is_upper(name[0]) ? "alias" : "identifier") + ": " + name,
              l, c0);
      if (is_upper(name[0])) {
        emit(Tok::Alias, std::move(name), l, c0);
        return;
      }
      for (std::string_view kw : kKeywords) {
        if (name == kw) {
          emit(Tok::Keyword, std::move(name), l, c0);
          return;
        }
      }
      emit(Tok::Ident, std::move(name), l, c0);
      return;
    }
    // the atoms of Elixir's special forms as keyword keys: [%{}: 1, {}: 2, <<>>: 3]
    for (std::string_view form :
         {std::string_view("%{}"), std::string_view("{}"), std::string_view("<<>>")}) {
      const size_t n = form.size();
      if (s_.substr(i_, n) == form && i_ + n < s_.size() && s_[i_ + n] == ':' &&
          (at_end_after(n + 1) || is_space(s_[i_ + n + 1]) || s_[i_ + n + 1] == '\n')) {
        for (size_t k = 0; k <= n; ++k) advance();
        emit(Tok::KwKey, std::string(form), l, c0);
        return;
      }
    }
    for (std::string_view op : kOps) {
      if (s_.substr(i_, op.size()) == op) {
        for (size_t k = 0; k < op.size(); ++k) advance();
        // an operator followed by `: ` is a keyword key ([==: 4], [+: 1]), as in Elixir
        if (peek() == ':' && peek(1) != ':' &&
            (is_space(peek(1)) || peek(1) == '\n' || at_end_after(1)) && is_atom_op(op)) {
          advance();
          emit(Tok::KwKey, std::string(op), l, c0);
          return;
        }
        emit(Tok::Op, std::string(op), l, c0);
        return;
      }
    }
    std::string what(1, c);
    if (static_cast<unsigned char>(c) >= 0x80) what = "non-ASCII character";
    error("unexpected token: \"" + what + "\"", l, c0);
  }
  bool string_is_atom_ = false;  // lexing the string of :"..." (for the error's wording)
  bool at_end_after(size_t k) const { return i_ + k >= s_.size(); }

  void lex_number() {
    uint32_t l = line_, c0 = col();
    std::string digits;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'b' || peek(1) == 'o')) {
      char b = peek(1);
      uint8_t base = b == 'x' ? 16 : b == 'b' ? 2 : 8;
      advance();
      advance();
      while (!at_end() && (std::isxdigit(static_cast<unsigned char>(peek())) || peek() == '_')) {
        if (peek() != '_') digits += peek();
        advance();
      }
      if (digits.empty()) error("invalid number literal", l, c0);
      for (char d : digits) {
        int v = is_digit(d) ? d - '0' : (std::tolower(static_cast<unsigned char>(d)) - 'a' + 10);
        if (v >= base) error("invalid digit in number literal", l, c0);
      }
      emit(Tok::Int, std::move(digits), l, c0).base = base;
      return;
    }
    while (!at_end() && (is_digit(peek()) || (peek() == '_' && is_digit(peek(1))))) {
      if (peek() != '_') digits += peek();
      advance();
    }
    bool is_float = false;
    if (peek() == '.' && is_digit(peek(1))) {
      is_float = true;
      digits += '.';
      advance();
      while (!at_end() && (is_digit(peek()) || (peek() == '_' && is_digit(peek(1))))) {
        if (peek() != '_') digits += peek();
        advance();
      }
      if ((peek() == 'e' || peek() == 'E') &&
          (is_digit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && is_digit(peek(2))))) {
        digits += 'e';
        advance();
        if (peek() == '-' || peek() == '+') {
          digits += peek();
          advance();
        }
        while (!at_end() && is_digit(peek())) {
          digits += peek();
          advance();
        }
      }
    }
    if (is_ident_char(peek())) error("invalid character in number literal", line_, col());
    emit(is_float ? Tok::Float : Tok::Int, std::move(digits), l, c0);
  }

  // An escape after a backslash in a string or char literal; returns the bytes.
  std::string escape(uint32_t l, uint32_t c0) {
    if (at_end()) error("missing terminator", l, c0, true);
    char e = peek();
    advance();
    switch (e) {
      case 'n':
        return "\n";
      case 't':
        return "\t";
      case 'r':
        return "\r";
      case 's':
        return " ";
      case 'e':
        return "\x1b";
      case '0':
        return std::string(1, '\0');
      case 'a':
        return "\a";
      case 'b':
        return "\b";
      case 'f':
        return "\f";
      case 'v':
        return "\v";
      case 'd':
        return "\x7f";
      case '\n':
        return "";  // a backslash-newline continues the line
      case 'x': {
        std::string hex;
        if (peek() == '{') {
          // \x{H*}: a code point, UTF-8 encoded (deprecated in Elixir 1.14, still read)
          advance();
          while (!at_end() && peek() != '}') {
            hex += peek();
            advance();
          }
          if (!at_end()) advance();
          for (char h : hex)
            if (!std::isxdigit(static_cast<unsigned char>(h))) error("invalid hex escape", l, c0);
          if (hex.empty() || hex.size() > 6) error("invalid hex escape", l, c0);
          unsigned long cp = std::stoul(hex, nullptr, 16);
          if (cp > 0x10FFFF) error("invalid Unicode code point", l, c0);
          std::string out;
          put_utf8(out, static_cast<uint32_t>(cp));
          return out;
        } else {
          for (int k = 0; k < 2 && std::isxdigit(static_cast<unsigned char>(peek())); ++k) {
            hex += peek();
            advance();
          }
        }
        if (hex.empty() || hex.size() > 2) error("invalid hex escape", l, c0);
        return std::string(1, static_cast<char>(std::stoul(hex, nullptr, 16)));
      }
      case 'u': {
        std::string hex;
        if (peek() == '{') {
          advance();
          while (!at_end() && peek() != '}' && hex.size() < 7) {
            hex += peek();
            advance();
          }
          if (peek() == '}') advance();
        } else {
          for (int k = 0; k < 4 && std::isxdigit(static_cast<unsigned char>(peek())); ++k) {
            hex += peek();
            advance();
          }
        }
        for (char h : hex)
          if (!std::isxdigit(static_cast<unsigned char>(h))) error("invalid Unicode escape", l, c0);
        if (hex.empty() || hex.size() > 6) error("invalid Unicode escape", l, c0);
        unsigned long cp = std::stoul(hex, nullptr, 16);
        if (cp > 0x10FFFF) error("invalid Unicode code point", l, c0);
        std::string out;
        put_utf8(out, static_cast<uint32_t>(cp));
        return out;
      }
      default:
        return std::string(1, e);  // \\ \" \' \# and any other character as itself
    }
  }

  void lex_char() {
    uint32_t l = line_, c0 = col();
    advance();  // ?
    uint32_t cp;
    if (peek() == '\\') {
      advance();
      std::string b = escape(l, c0);
      cp = b.empty() ? 0 : static_cast<unsigned char>(b[0]);
      if (b.size() > 1) cp = decode_utf8(b);
    } else {
      size_t start = i_;
      advance();
      while (!at_end() && (static_cast<unsigned char>(peek()) & 0xC0) == 0x80) advance();
      cp = decode_utf8(s_.substr(start, i_ - start));
    }
    emit(Tok::Char, std::to_string(cp), l, c0);
  }

  static uint32_t decode_utf8(std::string_view b) {
    auto u = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(b[k])); };
    if (b.empty()) return 0;
    if (u(0) < 0x80 || b.size() == 1) return u(0);
    if (b.size() == 2) return ((u(0) & 0x1F) << 6) | (u(1) & 0x3F);
    if (b.size() == 3) return ((u(0) & 0x0F) << 12) | ((u(1) & 0x3F) << 6) | (u(2) & 0x3F);
    return ((u(0) & 0x07) << 18) | ((u(1) & 0x3F) << 12) | ((u(2) & 0x3F) << 6) | (u(3) & 0x3F);
  }

  // [SECTION] Sigils -------------------------------------------------------------------
  // ~w(a b c)a, ~r/x#{y}/i, ~S"""...""": the text is kept as written (the sigil unescapes
  // it: unescape()), but for the closing delimiter, which a backslash before it puts in
  // the text (a \\ stays two characters, so ~S/a\\/ ends at its last slash), as Elixir's
  // tokenizer does. Lower-case sigils interpolate #{...}; there is no nesting of
  // delimiters (~s(a(b)c) ends at the first ")").
  void lex_sigil() {
    uint32_t l = line_, c0 = col();
    advance();  // ~
    std::string name(1, peek());
    advance();
    bool interp = is_lower(name[0]);
    char open = peek();
    bool heredoc = (open == '"' || open == '\'') && s_.substr(i_, 3) == std::string(3, open);
    char close;
    switch (open) {
      case '(':
        close = ')';
        break;
      case '[':
        close = ']';
        break;
      case '{':
        close = '}';
        break;
      case '<':
        close = '>';
        break;
      case '/':
      case '|':
      case '"':
      case '\'':
        close = open;
        break;
      default: {
        std::string what = at_end() ? "" : std::string(1, open);
        char cp[8];
        std::snprintf(cp, sizeof cp, "%04X", static_cast<unsigned char>(open));
        error("invalid sigil delimiter: \"" + what + "\" (column " + std::to_string(col()) +
                  ", code point U+" + cp +
                  "). The available delimiters are: //, ||, \"\", '', (), [], {}, <>",
              l, c0);
      }
    }
    emit(Tok::SigilStart, name + (heredoc ? std::string(3, open) : std::string(1, open)), l, c0);
    std::string indent_strip;
    if (heredoc) {
      for (int k = 0; k < 3; ++k) advance();
      while (is_space(peek())) advance();
      if (peek() != '\n')
        error(
            "heredoc allows only zero or more whitespace characters followed by a new line after " +
                std::string(3, open),
            l, c0);
      advance();
      heredoc_indent(indent_strip, open);
    } else {
      advance();
    }
    std::string part;
    uint32_t pl = line_, pc = col();
    bool line_start = heredoc;
    auto flush = [&]() {
      if (!part.empty()) emit(Tok::StrPart, std::move(part), pl, pc);
      part.clear();
    };
    while (true) {
      if (at_end()) {
        if (heredoc)
          error("missing terminator: " + std::string(3, open) + " (for heredoc starting at line " +
                    std::to_string(l) + ")",
                line_, col(), true);
        error(std::string("missing terminator: ") + close + " (for sigil ~" + name + open +
                  " starting at line " + std::to_string(l) + ")",
              line_, col(), true);
      }
      if (line_start) {
        size_t k = 0;
        while (k < indent_strip.size() && peek() == indent_strip[k]) {
          advance();
          ++k;
        }
        line_start = false;
        size_t j = i_;
        while (j < s_.size() && is_space(s_[j])) ++j;
        if (s_.substr(j, 3) == std::string(3, open)) {
          while (i_ < j) advance();
          for (int n = 0; n < 3; ++n) advance();
          break;
        }
      }
      char c = peek();
      if (!heredoc && c == close) {
        advance();
        break;
      }
      if (c == '\\') {
        if (!heredoc && peek(1) == close) {  // an escaped terminator: the terminator itself
          advance();
          part += close;
          advance();
          continue;
        }
        if (heredoc && s_.substr(i_ + 1, 3) == std::string(3, open)) {  // """ in a heredoc
          advance();
          for (int k = 0; k < 3; ++k, advance()) part += open;
          continue;
        }
        part += c;
        advance();
        if (!at_end()) {  // the escaped character stays, with its backslash (\\ and \#)
          if (peek() == '\n' && heredoc) line_start = true;
          part += peek();
          advance();
        }
        continue;
      }
      if (interp && c == '#' && peek(1) == '{') {
        flush();
        emit(Tok::InterpStart, "#{", line_, col());
        advance();
        advance();
        lex_code(/*interp=*/true);
        pl = line_;
        pc = col();
        continue;
      }
      if (c == '\n' && heredoc) line_start = true;
      part += c;
      advance();
    }
    flush();
    std::string mods;
    while (!at_end() && (is_lower(peek()) || is_upper(peek()) || is_digit(peek())) &&
           peek() != '_') {
      mods += peek();
      advance();
    }
    emit(Tok::SigilEnd, std::move(mods), line_, col());
  }

  // [SECTION] Strings -------------------------------------------------------------
  void lex_string(char q) {
    uint32_t l = line_, c0 = col();
    // """ and ''' (a charlist heredoc)
    const std::string fence(3, q);
    bool heredoc = s_.substr(i_, 3) == fence;
    bool as_atom = string_is_atom_;
    string_is_atom_ = false;
    size_t first_token = out_.size();
    emit(q == '"' ? Tok::StrStart : Tok::CharlistStart, "", l, c0);
    std::string indent_strip;
    if (heredoc) {
      for (int k = 0; k < 3; ++k) advance();
      while (is_space(peek())) advance();
      if (peek() != '\n')
        error(
            "heredoc allows only zero or more whitespace characters followed by a new line after " +
                fence,
            l, c0);
      advance();
      heredoc_indent(indent_strip, q);
    } else {
      advance();
    }
    std::string part;
    uint32_t pl = line_, pc = col();
    bool line_start = heredoc;
    auto flush = [&]() {
      if (!part.empty()) emit(Tok::StrPart, std::move(part), pl, pc);
      part.clear();
    };
    while (true) {
      if (at_end()) {
        error(std::string("missing terminator: ") + (heredoc ? fence : std::string(1, q)) +
                  " (for " +
                  (as_atom    ? "atom"
                   : q == '"' ? "string"
                              : "charlist") +
                  " starting at line " + std::to_string(l) + ")",
              line_, col(), true);
      }
      if (line_start) {
        // strip the closing delimiter's indentation from each heredoc line
        size_t k = 0;
        while (k < indent_strip.size() && peek() == indent_strip[k]) {
          advance();
          ++k;
        }
        line_start = false;
        size_t j = i_;
        while (j < s_.size() && is_space(s_[j])) ++j;
        if (s_.substr(j, 3) == fence) {
          while (i_ < j) advance();
          for (int n = 0; n < 3; ++n) advance();
          flush();
          emit(q == '"' ? Tok::StrEnd : Tok::CharlistEnd, "", line_, col());
          return;
        }
      }
      char c = peek();
      if (!heredoc && c == q) {
        advance();
        flush();
        emit(q == '"' ? Tok::StrEnd : Tok::CharlistEnd, "", line_, col());
        // "quoted key": ...
        if (q == '"' && !as_atom && peek() == ':' && peek(1) != ':' &&
            (is_space(peek(1)) || peek(1) == '\n')) {
          size_t n = out_.size();
          if (n >= 2 && out_[n - 2].is(Tok::StrStart)) {
            bool sp = out_[n - 2].space_before;
            out_.resize(n - 2);
            advance();
            space_ = sp;
            emit(Tok::KwKey, "", l, c0);
          } else if (n >= 3 && out_[n - 3].is(Tok::StrStart) && out_[n - 2].is(Tok::StrPart)) {
            std::string name = out_[n - 2].text;
            bool sp = out_[n - 3].space_before;
            out_.resize(n - 3);
            advance();
            space_ = sp;
            emit(Tok::KwKey, std::move(name), l, c0);
          } else {
            // "a#{b}": 1: a KwKey marked `base = 1` before the string's tokens (the parser
            // makes the key :erlang.binary_to_atom("a#{b}", :utf8))
            advance();
            Token t;
            t.kind = Tok::KwKey;
            t.line = l;
            t.col = c0;
            t.base = 1;
            t.space_before = out_[first_token].space_before;
            out_[first_token].space_before = false;
            out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(first_token), std::move(t));
          }
        }
        return;
      }
      if (c == '\\') {
        uint32_t el = line_, ec = col();
        advance();
        bool newline = peek() == '\n';  // a line continuation: the next line is a line still
        part += escape(el, ec);
        if (newline && heredoc) line_start = true;
        continue;
      }
      if (c == '#' && peek(1) == '{') {
        flush();
        emit(Tok::InterpStart, "#{", line_, col());
        advance();
        advance();
        lex_code(/*interp=*/true);
        pl = line_;
        pc = col();
        continue;
      }
      if (c == '\n' && heredoc) line_start = true;
      part += c;
      advance();
    }
  }

  // The indentation of a heredoc's closing """ (stripped from every line).
  void heredoc_indent(std::string& indent, char quote = '"') {
    size_t j = i_;
    while (j < s_.size()) {
      size_t k = j;
      while (k < s_.size() && is_space(s_[k])) ++k;
      if (s_.substr(k, 3) == std::string(3, quote)) {
        indent.assign(s_.substr(j, k - j));
        return;
      }
      size_t nl = s_.find('\n', j);
      if (nl == std::string_view::npos) return;
      j = nl + 1;
    }
  }

  std::string_view s_;
  size_t i_ = 0;
  size_t line_start_ = 0;
  uint32_t line_ = 1;
  bool space_ = false;
  bool newline_ = false;
  std::vector<Token> out_;
};

}  // namespace

std::vector<Token> lex(std::string_view source) { return Lexer(source).run(); }

std::string unescape(std::string_view raw, bool regex, uint32_t line, uint32_t col) {
  try {
    return Lexer(raw).unescape_all(regex);
  } catch (SyntaxError& e) {
    e.line = line;
    e.col = col;
    throw;
  }
}

}  // namespace taskplay::lang

#pragma once
// The lexer of the shell's language (a subset of Elixir; docs/language.md).
//
// Tokens carry their line and column (1-based, as Elixir reports them) and
// whether whitespace came before them: Elixir's grammar depends on it
// (`f -1` is a call, `f - 1` a subtraction, `f [1]` a call, `f[1]` an access).
//
// Strings with interpolation come out as a token sequence:
//   "a#{x}b"  ->  StrStart  StrPart("a")  InterpStart  Ident(x)  InterpEnd  StrPart("b")  StrEnd
// so the parser parses the inner expressions with the ordinary grammar. A sigil
// (`~w(a b)a`, `~r/x#{y}/i`) is a sequence of the same kind between SigilStart and SigilEnd.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taskplay::lang {

enum class Tok : uint8_t {
  End,            // end of input
  Newline,        // a line break that may end an expression
  Int,            // text: the digits (no underscores), base in `base`
  Float,          // text: the literal as C strtod reads it
  Char,           // ?a: value in `text` as the code point's decimal
  Atom,           // :ok, :"quoted" (text: the name)
  KwKey,          // `key:` in keyword lists (text: the name)
  Ident,          // variable or function name (may end in ? or !)
  Alias,          // Uppercase name, one segment (Fib, MyTask)
  StrStart,       // opening " of a string
  StrPart,        // literal text of a string (escapes resolved)
  InterpStart,    // #{
  InterpEnd,      // } closing an interpolation
  StrEnd,         // closing "
  CharlistStart,  // opening ' of a charlist (parts as for strings)
  CharlistEnd,
  SigilStart,  // ~w( ... : text is the sigil's letter and its opening delimiter ("w(",
               // "S\"\"\""); its parts follow (StrPart raw, as
               // written: each sigil unescapes its own way) with InterpStart/InterpEnd
  SigilEnd,    // the closing delimiter: text is the modifiers (`i` of ~r/x/i)
  Op,          // an operator or punctuation (text: its spelling)
  Keyword,     // do end fn else after rescue catch when and or not in true false nil
};

struct Token {
  Tok kind = Tok::End;
  std::string text;
  uint32_t line = 1;
  uint32_t col = 1;
  bool space_before = false;  // whitespace (not a line break) right before
  bool newline_before = false;
  uint8_t base = 10;  // Int
  bool is(Tok k) const { return kind == k; }
  bool is_op(std::string_view s) const { return kind == Tok::Op && text == s; }
  bool is_kw(std::string_view s) const { return kind == Tok::Keyword && text == s; }
};

// A syntax error with Elixir's position conventions.
struct SyntaxError {
  std::string message;
  uint32_t line = 1;
  uint32_t col = 1;
  // The input ended before the expression did: a shell waits for more lines.
  bool incomplete = false;
  // Elixir prints the offending line with a caret under the column (not for every error)
  bool snippet = true;
};

// Throws SyntaxError.
std::vector<Token> lex(std::string_view source);

// The escapes of a string (\n, \u{e9}, \#) resolved, as Elixir's ~s and ~c do with the
// text of their sigil; `regex`: only the ones ~r resolves (\n \t \r \f \v \a),
// every other backslash stays for the regex engine (Regex.unescape_map/1). Throws
// SyntaxError at `line`:`col` for a bad escape.
std::string unescape(std::string_view raw, bool regex, uint32_t line, uint32_t col);

}  // namespace taskplay::lang

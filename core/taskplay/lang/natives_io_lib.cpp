// Erlang's formatted output, as Elixir programs call it: :io_lib.format/2 (a charlist) and
// :io.format/1,2,3 / :io.fwrite (printed). Control sequences ~F.P.PadC with C one of
// p w s n c f e g b B x X # i ~ (and the t and l modifiers, accepted); ~p and ~w print
// terms in Erlang's syntax (<<"abc">>, 'Elixir.Foo', #{a => 1}, [1,2,3], "abc" for a
// printable charlist with ~p) on one line: ~p's line breaks past 80 columns are not done.

#include <cmath>
#include <cstdio>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/map_order.hpp"

namespace taskplay::lang {

namespace {

// one printable character of ~p's strings, escaped as io_lib escapes it; false if it is none
// (io_lib:printable_list/1 in the BEAM's default printable range, Latin-1, even under ~tp)
bool printable_char(uint32_t c, std::string& text) {
  static constexpr std::pair<uint32_t, const char*> kEscapes[] = {
      {'\n', "\\n"}, {'\r', "\\r"}, {'\t', "\\t"}, {'\v', "\\v"}, {'\b', "\\b"},
      {'\f', "\\f"}, {27, "\\e"},   {'"', "\\\""}, {'\\', "\\\\"}};
  for (const auto& [ch, esc] : kEscapes)
    if (c == ch) {
      text += esc;
      return true;
    }
  if (c >= 32 && c < 127) {
    text += static_cast<char>(c);
    return true;
  }
  bool ok = c >= 160 && c <= 255;
  if (ok) put_utf8(text, c);
  return ok;
}

// a list of printable characters (for ~p's "abc")
bool printable_list(const Term& t, std::string& text) {
  if (!t.is_cons()) return false;
  const Term* l = &t;
  for (; l->is_cons(); l = &l->tail()) {
    const Term& h = l->head();
    if (!h.is_small_int() || h.small_int() < 0 ||
        !printable_char(static_cast<uint32_t>(h.small_int()), text))
      return false;
  }
  return l->is_nil();
}

// a binary ~p prints as a string: its bytes as Latin-1 characters (<<"Ã©">>), or under ~tp
// its UTF-8 (<<"é"/utf8>>, `utf8` set when it is past ASCII; still only Latin-1's
// characters: "日本" stays <<230,151,...>>)
bool printable_binary(std::string_view b, bool unicode, std::string& text, bool& utf8) {
  utf8 = false;
  if (unicode) {
    std::string t;
    bool ok = true, ascii = true;
    for (size_t i = 0; ok && i < b.size();) {
      uint32_t cp;
      int len = next_code_point(b, i, cp);
      ok = len > 0 && printable_char(cp, t);
      ascii = ascii && cp < 128;
      i += static_cast<size_t>(len > 0 ? len : 1);
    }
    if (ok) {
      text = t;
      utf8 = !ascii;
      return true;
    }
  }
  for (char ch : b)
    if (!printable_char(static_cast<unsigned char>(ch), text)) return false;
  return true;
}

void erl_term(const Term& t, bool p, std::string& out, bool unicode = false) {
  if (t.is_atom()) {
    out += inspect_erlang_atom(t.atom_value().name());
  } else if (t.is_integer()) {
    out += inspect(t);
  } else if (t.is_float()) {
    out += float_to_string(t.float_value());
  } else if (t.is_binary()) {
    std::string text;
    bool utf8 = false;
    if (p && printable_binary(t.binary(), unicode, text, utf8)) {
      out += "<<\"" + text + (utf8 ? "\"/utf8>>" : "\">>");
    } else {
      out += "<<";
      bool first = true;
      for (char c : t.binary()) {
        if (!first) out += ',';
        first = false;
        out += std::to_string(static_cast<unsigned char>(c));
      }
      out += ">>";
    }
  } else if (t.is_nil()) {
    out += "[]";
  } else if (t.is_cons()) {
    std::string text;
    if (p && printable_list(t, text)) {
      out += "\"" + text + "\"";
      return;
    }
    out += '[';
    const Term* l = &t;
    bool first = true;
    for (; l->is_cons(); l = &l->tail()) {
      if (!first) out += ',';
      first = false;
      erl_term(l->head(), p, out, unicode);
    }
    if (!l->is_nil()) {
      out += '|';
      erl_term(*l, p, out, unicode);
    }
    out += ']';
  } else if (t.is_tuple()) {
    out += '{';
    for (size_t i = 0; i < t.tuple_items().size(); ++i) {
      if (i) out += ',';
      erl_term(t[i], p, out, unicode);
    }
    out += '}';
  } else if (t.is_map()) {
    out += "#{";
    bool first = true;
    for_each_iterated_pair(t, [&](const auto& kv) {  // as io_lib walks a map: its iterator
      if (!first) out += ',';
      first = false;
      erl_term(kv.first, p, out, unicode);
      out += " => ";
      erl_term(kv.second, p, out, unicode);
    });
    out += '}';
  } else if (t.is_pid()) {
    out += inspect(t).substr(4);  // <0.105.0>, where Elixir shows #PID<0.105.0>
  } else if (t.is_ref()) {
    out += "#Ref" + inspect(t).substr(10);  // #Ref<0....>, Elixir's #Reference<0....>
  } else {
    out += inspect(t);  // funs print alike
  }
}

std::string float_fixed(double v, int precision) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  return buf;
}

// Erlang's ~e: precision significant digits, exponent without padding (1.50000e+0)
std::string float_exp(double v, int precision) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*e", std::max(precision - 1, 0), v);
  std::string s = buf;
  size_t e = s.find('e');
  if (e == std::string::npos) return s;
  std::string mant = s.substr(0, e);
  char sign = s[e + 1];
  std::string digits = s.substr(e + 2);
  size_t nz = digits.find_first_not_of('0');
  digits = nz == std::string::npos ? "0" : digits.substr(nz);
  return mant + "e" + sign + digits;
}

std::string in_base(const Term& v, int base, bool lower) {
  if (!v.is_small_int()) return inspect(v);
  int64_t x = v.small_int();
  bool neg = x < 0;
  uint64_t u = neg ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
  std::string s;
  do {
    int d = static_cast<int>(u % static_cast<uint64_t>(base));
    s.insert(s.begin(), static_cast<char>(d < 10 ? '0' + d : (lower ? 'a' : 'A') + d - 10));
    u /= static_cast<uint64_t>(base);
  } while (u);
  return (neg ? "-" : "") + s;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string format(const Term& fmt, const Term& args_in, const char* mod, const char* fun) {
  std::string f;
  if (fmt.is_atom())
    f = fmt.atom_value().name();
  else if (!to_string_term(fmt, f))
    bif_badarg(mod, fun, {fmt, args_in});
  if (!args_in.is_list()) bif_badarg(mod, fun, {fmt, args_in});
  std::vector<Term> args = args_in.list_items();
  size_t next = 0;
  auto arg = [&]() -> const Term& {
    if (next >= args.size()) bif_badarg(mod, fun, {fmt, args_in});
    return args[next++];
  };
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '~') {
      out += f[i];
      continue;
    }
    ++i;
    // ~F.P.PadModC
    auto number = [&](int& v, bool& given) {
      given = false;
      if (i < f.size() && f[i] == '*') {
        const Term& a = arg();
        if (!a.is_small_int()) bif_badarg(mod, fun, {fmt, args_in});
        v = static_cast<int>(a.small_int());
        given = true;
        ++i;
        return;
      }
      bool neg = false;
      if (i < f.size() && f[i] == '-') {
        neg = true;
        ++i;
      }
      int n = 0;
      while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) {
        n = n * 10 + (f[i] - '0');
        given = true;
        ++i;
      }
      v = neg ? -n : n;
    };
    int width = 0, precision = 0;
    bool has_width, has_precision = false;
    char pad = ' ';
    number(width, has_width);
    if (i < f.size() && f[i] == '.') {
      ++i;
      number(precision, has_precision);
      if (i < f.size() && f[i] == '.') {
        ++i;
        if (i < f.size() && f[i] == '*') {
          const Term& a = arg();
          pad = static_cast<char>(a.small_int());
          ++i;
        } else if (i < f.size()) {
          pad = f[i++];
        }
      }
    }
    bool unicode = false;  // ~tp: Unicode strings
    while (i < f.size() && (f[i] == 't' || f[i] == 'l')) unicode = unicode || f[i++] == 't';
    if (i >= f.size()) bif_badarg(mod, fun, {fmt, args_in});
    char c = f[i];
    std::string body;
    switch (c) {
      case '~':
        body = "~";
        break;
      case 'n':
        body = "\n";
        break;
      case 'p':
      case 'w':
        erl_term(arg(), c == 'p', body, unicode);
        if (has_precision && utf8_length(body) > static_cast<size_t>(precision))
          body = body.substr(0, static_cast<size_t>(precision));
        break;
      case 's': {
        const Term& a = arg();
        if (a.is_atom())
          body = a.atom_value().name();
        else if (!to_string_term(a, body))
          bif_badarg(mod, fun, {fmt, args_in});
        if (has_precision && utf8_length(body) > static_cast<size_t>(precision))
          body = body.substr(0, static_cast<size_t>(precision));
        break;
      }
      case 'c': {
        const Term& a = arg();
        if (!a.is_small_int()) bif_badarg(mod, fun, {fmt, args_in});
        int times = has_precision ? precision : has_width ? std::abs(width) : 1;
        for (int k = 0; k < times; ++k) put_utf8(body, static_cast<uint32_t>(a.small_int()));
        has_precision = false;
        break;
      }
      case 'f':
      case 'e':
      case 'g': {
        const Term& a = arg();
        if (!a.is_float()) bif_badarg(mod, fun, {fmt, args_in});
        int prec = has_precision ? precision : 6;
        double v = a.float_value();
        if (c == 'f') {
          body = float_fixed(v, prec);
        } else if (c == 'e') {
          body = float_exp(v, prec);
        } else {
          double av = std::fabs(v);
          body = (av >= 0.1 && av < std::pow(10.0, prec))
                     ? float_fixed(
                           v, prec - 1 - static_cast<int>(std::floor(std::log10(av > 0 ? av : 1))))
                     : float_exp(v, prec);
        }
        break;
      }
      case 'b':
      case 'B':
      case 'x':
      case 'X':
      case '#': {
        const Term& a = arg();
        if (!a.is_integer()) bif_badarg(mod, fun, {fmt, args_in});
        int base = has_precision ? precision : 10;
        std::string prefix;
        if (c == 'x' || c == 'X')
          prefix = [&] {
            const Term& pre = arg();
            std::string s;
            if (pre.is_atom()) return pre.atom_value().name();
            to_string_term(pre, s);
            return s;
          }();
        std::string digits = in_base(a, base, c == 'b' || c == 'x');
        if (c == '#') prefix = std::to_string(base) + "#";
        if (!prefix.empty() && !digits.empty() && digits[0] == '-')
          body = "-" + prefix + digits.substr(1);
        else
          body = prefix + digits;
        has_precision = false;
        break;
      }
      case 'i':
        arg();
        continue;
      default:
        bif_badarg(mod, fun, {fmt, args_in});
    }
    if (has_width) {
      size_t len = utf8_length(body);
      size_t w = static_cast<size_t>(std::abs(width));
      if (len > w && c != 's') {
        body = std::string(w, '*');  // Erlang fills a too-narrow field with stars
      } else if (len > w) {
        body = body.substr(0, w);
      } else if (width < 0) {
        body += std::string(w - len, pad);
      } else {
        body = std::string(w - len, pad) + body;
      }
    }
    out += body;
  }
  if (next != args.size()) bif_badarg(mod, fun, {fmt, args_in});
  return out;
}

Term charlist(std::string_view utf8) {
  std::vector<Term> items;
  for (size_t i = 0; i < utf8.size();) {
    auto b0 = static_cast<unsigned char>(utf8[i]);
    size_t n = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : 4;
    uint32_t cp = n == 1 ? b0 : b0 & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    items.push_back(Term::integer(cp));
    i += n;
  }
  return Term::list(items);
}

Term io_lib_format(Ctx&, Term* a) { return charlist(format(a[0], a[1], "io_lib", "format")); }
// :taskplay.io_format(format, args) and (device, format, args): :io.format/2,3 on the host's
// standard output or error (the prelude's :io sends a group leader's its I/O request)
Term io_format2(Ctx& c, Term* a) {
  write_output(c, format(a[0], a[1], "io", "format"));
  return Term(atoms::ok);
}
Term io_format3(Ctx& c, Term* a) {
  bool err = a[0].is_atom(Atom("standard_error"));
  if (!err && !a[0].is_atom(Atom("standard_io")) && !a[0].is_atom(Atom("stdio")) &&
      !a[0].is_atom(Atom("user")))
    bif_badarg("io", "format", {a[0], a[1], a[2]});
  write_output(c, format(a[1], a[2], "io", "format"), err);
  return Term(atoms::ok);
}
// :io_lib.write/1: the term as ~w writes it
Term io_lib_write(Ctx&, Term* a) {
  std::string out;
  erl_term(a[0], false, out);
  return charlist(out);
}

constexpr Native kTable[] = {
    {"io_lib", "format", 2, io_lib_format, nullptr},
    {"io_lib", "fwrite", 2, io_lib_format, nullptr},
    {"io_lib", "write", 1, io_lib_write, nullptr},
    {"taskplay", "io_format", 2, io_format2, nullptr},
    {"taskplay", "io_format", 3, io_format3, nullptr},
};

}  // namespace

std::span<const Native> io_lib_natives() { return kTable; }

}  // namespace taskplay::lang

// quote_builder and ast_to_node: the syntax tree to Elixir 1.14's quoted form and back.
// The metadata is Elixir's as measured with real Elixir: `quote` in code gives calls of
// Kernel's functions and macros [context: C, imports: [{arity, Kernel}, ...]] (every arity
// Kernel has of that name), aliases [alias: false], variables `{name, [], C}`; caller code
// handed to a macro has [line: n] everywhere and variables of context nil.

#include "taskplay/lang/quote.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "taskplay/lang/parser.hpp"

namespace taskplay::lang {

namespace {

// Kernel.__info__(:functions) ++ Kernel.__info__(:macros) of Elixir 1.14: name/arities.
constexpr std::string_view kKernelImports =
    "!/1 !=/2 !==/2 &&/2 */2 **/2 +/1,2 ++/2 -/1,2 --/2 ../0,2 ..///3 //2 </2 <=/2 <>/2 ==/2 "
    "===/2 =~/2 >/2 >=/2 @/1 abs/1 alias!/1 and/2 apply/2,3 binary_part/3 binary_slice/2,3 "
    "binding/0,1 bit_size/1 byte_size/1 ceil/1 dbg/0,1,2 def/1,2 defdelegate/2 defexception/1 "
    "defguard/1 defguardp/1 defimpl/2,3 defmacro/1,2 defmacrop/1,2 defmodule/2 defoverridable/1 "
    "defp/1,2 defprotocol/2 defstruct/1 destructure/2 div/2 elem/2 exit/1 floor/1 "
    "function_exported?/3 get_and_update_in/2,3 get_in/2 hd/1 if/2 in/2 inspect/1,2 is_atom/1 "
    "is_binary/1 is_bitstring/1 is_boolean/1 is_exception/1,2 is_float/1 is_function/1,2 "
    "is_integer/1 is_list/1 is_map/1 is_map_key/2 is_nil/1 is_number/1 is_pid/1 is_port/1 "
    "is_reference/1 is_struct/1,2 is_tuple/1 length/1 macro_exported?/3 make_ref/0 map_size/1 "
    "match?/2 max/2 min/2 node/0,1 not/1 or/2 pop_in/1,2 put_elem/3 put_in/2,3 raise/1,2 rem/2 "
    "reraise/2,3 round/1 self/0 send/2 sigil_C/2 sigil_D/2 sigil_N/2 sigil_R/2 sigil_S/2 "
    "sigil_T/2 sigil_U/2 sigil_W/2 sigil_c/2 sigil_r/2 sigil_s/2 sigil_w/2 spawn/1,3 "
    "spawn_link/1,3 spawn_monitor/1,3 struct/1,2 struct!/1,2 tap/2 then/2 throw/1 tl/1 "
    "to_char_list/1 to_charlist/1 to_string/1 trunc/1 tuple_size/1 unless/2 update_in/2,3 use/1,2 "
    "var!/1,2 |>/2 ||/2";

const std::vector<int>* kernel_arities(const std::string& name) {
  static const auto table = [] {
    std::map<std::string, std::vector<int>, std::less<>> t;
    size_t i = 0;
    while (i < kKernelImports.size()) {
      size_t end = kKernelImports.find(' ', i);
      if (end == std::string_view::npos) end = kKernelImports.size();
      std::string_view entry = kKernelImports.substr(i, end - i);
      size_t slash = entry.rfind('/');
      std::vector<int>& as = t[std::string(entry.substr(0, slash))];
      for (size_t k = slash + 1; k < entry.size(); k += 2) as.push_back(entry[k] - '0');
      i = end + 1;
    }
    return t;
  }();
  auto it = table.find(name);
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace

bool is_kernel_import(const std::string& name, uint32_t arity) {
  const std::vector<int>* as = kernel_arities(name);
  return as && std::find(as->begin(), as->end(), static_cast<int>(arity)) != as->end();
}

namespace {

Term kw(std::string_view key, Term v) { return Term::tuple({Term::atom(key), std::move(v)}); }

NodeP lit(Term v, uint32_t line) {
  NodeP n = make_node(NK::Literal, line, 0);
  n->value = std::move(v);
  return n;
}

NodeP seq(NK kind, std::vector<NodeP> items, uint32_t line) {
  NodeP n = make_node(kind, line, 0);
  n->kids = std::move(items);
  return n;
}

NodeP tup(std::vector<NodeP> items, uint32_t line) {
  return seq(NK::Tuple, std::move(items), line);
}

class Quoter {
 public:
  explicit Quoter(const QuoteOpts& q) : q_(q) {}

  NodeP walk(const Node& n) {
    const uint32_t L = n.line;
    if (n.piped && !n.kids.empty()) {
      // a |> f(b): {:|>, meta, [a, f(b)]}
      NodeP call = clone(n);
      call->piped = false;
      NodeP first = std::move(call->kids.front());
      call->kids.erase(call->kids.begin());
      std::vector<NodeP> two;
      two.push_back(walk(*first));
      if (call->kind == NK::Call && !call->parens && call->kids.empty() && !call->do_block) {
        call->kind = NK::Var;  // a |> b: b is a variable in Elixir's AST
        call->name = n.name;
      }
      two.push_back(walk(*call));
      return call_form("|>", std::move(two), L);
    }
    switch (n.kind) {
      case NK::Literal:
        return lit(n.value, L);
      case NK::Interp:
        return form("<<>>", plain(L), interp_parts(n), L);
      case NK::Var:
        return var(n.name, L);
      case NK::Alias:
        return alias(n, L);
      case NK::Tuple:
        if (n.kids.size() == 2) {
          std::vector<NodeP> two;
          two.push_back(walk(*n.kids[0]));
          two.push_back(walk(*n.kids[1]));
          return tup(std::move(two), L);
        }
        return form("{}", plain(L), args(n.kids, L), L);
      case NK::List:
        return list(n, L);
      case NK::Map:
      case NK::Struct: {
        std::vector<NodeP> pairs;
        for (const auto& kv : n.kids) {
          if (kv->kids.size() == 1) {  // %{x}
            pairs.push_back(walk(*kv->kids[0]));
            continue;
          }
          std::vector<NodeP> two;
          two.push_back(walk(*kv->kids[0]));
          two.push_back(walk(*kv->kids[1]));
          pairs.push_back(tup(std::move(two), kv->line));
        }
        NodeP body = seq(NK::List, std::move(pairs), L);
        if (n.extra) {
          std::vector<NodeP> bar;
          bar.push_back(walk(*n.extra));
          bar.push_back(std::move(body));
          std::vector<NodeP> one;
          one.push_back(form("|", plain(L), seq(NK::List, std::move(bar), L), L));
          body = seq(NK::List, std::move(one), L);
        }
        NodeP map = form("%{}", plain(L), std::move(body), L);
        if (n.kind == NK::Map) return map;
        std::vector<NodeP> two;
        if (n.body) {
          two.push_back(walk(*n.body));
        } else if (n.name == "__MODULE__") {
          two.push_back(var("__MODULE__", L));
        } else if (n.name[0] == ':') {  // %:mod{}
          two.push_back(lit(n.value, L));
        } else {
          two.push_back(alias(n, L));
        }
        two.push_back(std::move(map));
        return form("%", plain(L), seq(NK::List, std::move(two), L), L);
      }
      case NK::Binary: {
        std::vector<NodeP> ops;
        for (const auto& k : n.kids) ops.push_back(walk(*k));
        return call_form(n.name, std::move(ops), L);
      }
      case NK::Unary: {
        std::vector<NodeP> ops;
        const Node& x = *n.kids[0];
        if (n.name == "@" && x.kind == NK::Alias && !x.extra && !q_.caller) {
          // @Upper: Elixir's quote gives this alias [context: Elixir, alias: false]
          std::vector<Term> segs = alias_segments(x.name);
          Term meta = Term::list({kw("context", q_.context), kw("alias", Term::atom("false"))});
          ops.push_back(form("__aliases__", meta, lit(Term::list(segs), L), L));
          return call_form(n.name, std::move(ops), L);
        }
        ops.push_back(walk(x));
        if (n.name == "^" || n.name == "&")
          return form(n.name, plain(L), seq(NK::List, std::move(ops), L), L);
        return call_form(n.name, std::move(ops), L);
      }
      case NK::Match: {
        std::vector<NodeP> ops;
        ops.push_back(walk(*n.kids[0]));
        ops.push_back(walk(*n.kids[1]));
        return form("=", plain(L), seq(NK::List, std::move(ops), L), L);
      }
      case NK::Call:
        return call(n, L);
      case NK::Remote: {
        NodeP target = dot(n.extra ? walk(*n.extra) : lit(Term::atom("nil"), L), n.name, L);
        if (n.body && q_.unquote) {  // Mod.unquote(name)(args): the function's name computed
          target->kids.back()->kids.back() = clone(*n.body);
        } else if (n.body) {  // unquote: false keeps it as written: a call of Mod.unquote(name)
          std::vector<NodeP> one;
          one.push_back(walk(*n.body));
          target = apply(std::move(target), plain(L), seq(NK::List, std::move(one), L), L);
        }
        Term m = plain(L);
        if (n.kids.empty() && !n.parens) m = Term::cons(kw("no_parens", Term::atom("true")), m);
        return apply(std::move(target), m, args(n.kids, L, n.do_block.get()), L);
      }
      case NK::Field: {
        NodeP target = dot(walk(*n.extra), n.name, L);
        return apply(std::move(target), Term::cons(kw("no_parens", Term::atom("true")), plain(L)),
                     seq(NK::List, {}, L), L);
      }
      case NK::DotCall: {
        std::vector<NodeP> f;
        f.push_back(walk(*n.extra));
        NodeP target = form(".", plain(L), seq(NK::List, std::move(f), L), L);
        return apply(std::move(target), plain(L), args(n.kids, L), L);
      }
      case NK::Access: {
        NodeP target = dot(lit(Term::atom("Elixir.Access"), L), "get", L);
        return apply(std::move(target), plain(L), args(n.kids, L), L);
      }
      case NK::Fn: {
        std::vector<NodeP> clauses;
        for (const auto& c : n.kids) clauses.push_back(clause(*c));
        return form("fn", plain(L), seq(NK::List, std::move(clauses), L), L);
      }
      case NK::Block:
        return block(n);
      case NK::Capture: {
        NodeP f;
        if (n.extra) {
          f = apply(dot(walk(*n.extra), n.name, L),
                    Term::cons(kw("no_parens", Term::atom("true")), plain(L)), seq(NK::List, {}, L),
                    L);
        } else {
          f = var(n.name, L);
        }
        std::vector<NodeP> fa;
        fa.push_back(std::move(f));
        fa.push_back(lit(n.value, L));
        std::vector<NodeP> one;
        one.push_back(call_form("/", std::move(fa), L));
        return form("&", plain(L), seq(NK::List, std::move(one), L), L);
      }
      case NK::CaptureArg: {
        std::vector<NodeP> one;
        one.push_back(lit(n.value, L));
        return form("&", plain(L), seq(NK::List, std::move(one), L), L);
      }
      case NK::Attr: {
        std::vector<NodeP> inner;
        NodeP name;
        if (n.extra) {
          std::vector<NodeP> v;
          v.push_back(walk(*n.extra));
          name = form(n.name, plain(L), seq(NK::List, std::move(v), L), L);
        } else {
          Term m = q_.caller ? plain(L) : Term::list({kw("context", q_.context)});
          std::vector<NodeP> three;
          three.push_back(lit(Term::atom(n.name), L));
          three.push_back(lit(m, L));
          three.push_back(lit(q_.caller ? Term::atom("nil") : q_.context, L));
          name = tup(std::move(three), L);
        }
        inner.push_back(std::move(name));
        return call_form("@", std::move(inner), L);
      }
      case NK::Bin:
        return form("<<>>", plain(L), args(n.kids, L), L);
      case NK::Sigil: {
        std::vector<NodeP> two;
        two.push_back(form("<<>>", plain(L), interp_parts(n), L));
        std::vector<Term> mods;
        std::string_view m = n.value.is_binary() ? n.value.binary() : std::string_view();
        for (char c : m) mods.push_back(Term::integer(c));
        two.push_back(lit(Term::list(mods), L));
        return call_form("sigil_" + n.name.substr(0, 1), std::move(two), L);
      }
      case NK::Clauses:  // `do: (x -> x)`: the clauses as a list
        return section(n);
      default:
        throw BadQuote("cannot quote this code", Term());
    }
  }

 private:
  QuoteOpts q_;  // a copy: a nested quote turns unquote off inside it

  Term plain(uint32_t line) const {
    if (q_.caller) return Term::list({kw("line", Term::integer(line))});
    return lined(Term());
  }
  // quote line: n puts [line: n] before the rest of each node's metadata
  Term lined(Term meta) const {
    if (q_.line < 0 || q_.caller) return meta;
    return Term::cons(kw("line", Term::integer(q_.line)), std::move(meta));
  }

  // `{name, meta, args}` where `args` builds the argument list
  static NodeP form(const std::string& name, Term meta, NodeP args, uint32_t line) {
    std::vector<NodeP> three;
    three.push_back(lit(Term::atom(name), line));
    three.push_back(lit(std::move(meta), line));
    three.push_back(std::move(args));
    return tup(std::move(three), line);
  }

  static NodeP apply(NodeP target, Term meta, NodeP args, uint32_t line) {
    std::vector<NodeP> three;
    three.push_back(std::move(target));
    three.push_back(lit(std::move(meta), line));
    three.push_back(std::move(args));
    return tup(std::move(three), line);
  }

  NodeP dot(NodeP left, const std::string& name, uint32_t line) const {
    std::vector<NodeP> two;
    two.push_back(std::move(left));
    two.push_back(lit(Term::atom(name), line));
    return form(".", plain(line), seq(NK::List, std::move(two), line), line);
  }

  // a call's metadata: Kernel's imports when Kernel has name/arity
  Term call_meta(const std::string& name, size_t arity, uint32_t line) const {
    std::vector<Term> m;
    if (!q_.keep_file.empty())
      m.push_back(kw("keep", Term::tuple({Term::string(q_.keep_file), Term::integer(line)})));
    if (q_.caller) return Term::list({kw("line", Term::integer(line))});
    const std::vector<int>* as = kernel_arities(name);
    bool imported = false;
    if (as)
      for (int a : *as) imported = imported || static_cast<size_t>(a) == arity;
    if (imported) {
      m.push_back(kw("context", q_.context));
      std::vector<Term> imports;
      for (int a : *as)
        imports.push_back(Term::tuple({Term::integer(a), Term::atom("Elixir.Kernel")}));
      m.push_back(kw("imports", Term::list(imports)));
    }
    return lined(Term::list(m));
  }

  NodeP call_form(const std::string& name, std::vector<NodeP> ops, uint32_t line) {
    Term meta = call_meta(name, ops.size(), line);
    return form(name, meta, seq(NK::List, std::move(ops), line), line);
  }

  NodeP var(const std::string& name, uint32_t line) const {
    std::vector<NodeP> three;
    three.push_back(lit(Term::atom(name), line));
    three.push_back(lit(plain(line), line));
    three.push_back(lit(q_.caller ? Term::atom("nil") : q_.context, line));
    return tup(std::move(three), line);
  }

  static std::vector<Term> alias_segments(std::string_view path) {
    std::vector<Term> segs;
    while (!path.empty()) {
      size_t dot = path.find('.');
      segs.push_back(Term::atom(path.substr(0, dot)));
      path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    }
    return segs;
  }

  NodeP alias(const Node& n, uint32_t line) {
    if (n.extra) {  // Foo.bar().Baz: [expr, :Baz], no alias: false
      std::vector<NodeP> segs;
      segs.push_back(walk(*n.extra));
      for (const Term& s : alias_segments(n.name)) segs.push_back(lit(s, line));
      return form("__aliases__", plain(line), seq(NK::List, std::move(segs), line), line);
    }
    std::vector<Term> segs;
    std::string_view path = n.name;
    const bool under_module = path.rfind("__MODULE__.", 0) == 0;
    if (under_module) {  // __MODULE__.Worker: [{:__MODULE__, [], ctx}, :Worker], no alias: false
      segs.push_back(Term::tuple(
          {Term::atom("__MODULE__"), plain(line), q_.caller ? Term::atom("nil") : q_.context}));
      path = path.substr(11);
    }
    for (Term& s : alias_segments(path)) segs.push_back(std::move(s));
    // Elixir.M is no alias to expand: its quote has no [alias: false]
    const bool rooted = n.name == "Elixir" || n.name.rfind("Elixir.", 0) == 0 || under_module;
    Term meta =
        q_.caller || rooted ? plain(line) : lined(Term::list({kw("alias", Term::atom("false"))}));
    return form("__aliases__", meta, lit(Term::list(segs), line), line);
  }

  std::vector<NodeP> parts_of(const Node& n) {
    std::vector<NodeP> parts;
    for (const auto& k : n.kids) {
      if (k->kind == NK::Literal && k->value.is_binary()) {
        parts.push_back(lit(k->value, k->line));
        continue;
      }
      std::vector<NodeP> one;
      one.push_back(walk(*k));
      NodeP str = apply(dot(lit(Term::atom("Elixir.Kernel"), k->line), "to_string", k->line),
                        plain(k->line), seq(NK::List, std::move(one), k->line), k->line);
      std::vector<NodeP> two;
      two.push_back(std::move(str));
      two.push_back(var("binary", k->line));
      parts.push_back(form("::", plain(k->line), seq(NK::List, std::move(two), k->line), k->line));
    }
    return parts;
  }
  NodeP interp_parts(const Node& n) { return seq(NK::List, parts_of(n), n.line); }

  // A list of quoted items where unquote_splicing(x) inserts x's elements: [a] ++ x ++ [b].
  NodeP spliced(const std::vector<const Node*>& items, NodeP tail, uint32_t line) {
    NodeP out;
    std::vector<NodeP> run;
    auto flush = [&](NodeP next) {
      NodeP part = seq(NK::List, std::move(run), line);
      run.clear();
      if (next) {
        if (!part->kids.empty())
          out = out ? concat(std::move(out), std::move(part), line) : std::move(part);
        out = out ? concat(std::move(out), std::move(next), line) : std::move(next);
      } else if (!out || !part->kids.empty() || part->has_tail) {
        out = out ? concat(std::move(out), std::move(part), line) : std::move(part);
      }
    };
    for (size_t i = 0; i < items.size(); ++i) {
      const Node& k = *items[i];
      if (q_.unquote && k.kind == NK::Call && k.name == "unquote_splicing" && k.kids.size() == 1) {
        flush(clone(*k.kids[0]));
        continue;
      }
      run.push_back(walk(k));
    }
    if (tail) {
      // [a, b | t]: the last item and the tail as {:|, [], [b, t]}
      NodeP last;
      if (!run.empty()) {
        last = std::move(run.back());
        run.pop_back();
      }
      std::vector<NodeP> two;
      if (last) two.push_back(std::move(last));
      two.push_back(std::move(tail));
      run.push_back(form("|", plain(line), seq(NK::List, std::move(two), line), line));
    }
    flush(nullptr);
    return out;
  }

  static NodeP concat(NodeP a, NodeP b, uint32_t line) {
    NodeP n = make_node(NK::Binary, line, 0);
    n->name = "++";
    n->kids.push_back(std::move(a));
    n->kids.push_back(std::move(b));
    return n;
  }

  NodeP list(const Node& n, uint32_t line) {
    std::vector<const Node*> items;
    for (const auto& k : n.kids) items.push_back(k.get());
    NodeP tail;
    if (n.has_tail) {
      tail = walk(*items.back());
      items.pop_back();
    }
    return spliced(items, std::move(tail), line);
  }

  // A call's arguments, with its do-block as a trailing keyword list.
  NodeP args(const std::vector<NodeP>& kids, uint32_t line, const Node* do_block = nullptr) {
    std::vector<const Node*> items;
    for (const auto& k : kids) items.push_back(k.get());
    NodeP out = spliced(items, nullptr, line);
    if (!do_block) return out;
    std::vector<NodeP> sections;
    for (const auto& s : do_block->kids) {
      std::vector<NodeP> two;
      two.push_back(lit(Term::atom(s->name), s->line));
      two.push_back(section(*s->extra));
      sections.push_back(tup(std::move(two), s->line));
    }
    NodeP kws = seq(NK::List, std::move(sections), line);
    if (out->kind == NK::List && !out->has_tail) {  // nothing spliced: one list
      out->kids.push_back(std::move(kws));
      return out;
    }
    std::vector<NodeP> one;
    one.push_back(std::move(kws));
    return concat(std::move(out), seq(NK::List, std::move(one), line), line);
  }

  NodeP section(const Node& body) {
    if (body.kind != NK::Clauses) return block(body);
    std::vector<NodeP> clauses;
    for (const auto& c : body.kids) clauses.push_back(clause(*c));
    return seq(NK::List, std::move(clauses), body.line);
  }

  NodeP clause(const Node& c) {
    const uint32_t L = c.line;
    std::vector<NodeP> pats;
    for (const auto& p : c.kids) pats.push_back(walk(*p));
    if (c.guard) {
      pats.push_back(walk(*c.guard));
      std::vector<NodeP> one;
      one.push_back(form("when", plain(L), seq(NK::List, std::move(pats), L), L));
      pats = std::move(one);
    }
    std::vector<NodeP> two;
    two.push_back(seq(NK::List, std::move(pats), L));
    two.push_back(c.body ? block(*c.body) : lit(Term::atom("nil"), L));
    return form("->", plain(L), seq(NK::List, std::move(two), L), L);
  }

  NodeP block(const Node& b) {
    if (b.kind != NK::Block) return walk(b);
    if (b.kids.size() == 1) return walk(*b.kids[0]);
    std::vector<NodeP> items;
    for (const auto& k : b.kids) items.push_back(walk(*k));
    return form("__block__", plain(b.line), seq(NK::List, std::move(items), b.line), b.line);
  }

  // the name of unquote(name)(args): name's value, or with unquote: false
  // {:unquote, [], [name]} (what bind_quoted gives a def made in a module's body)
  NodeP computed_name(const Node& name, uint32_t line) {
    if (q_.unquote) return clone(name);
    std::vector<NodeP> one;
    one.push_back(walk(name));
    return form("unquote", plain(line), seq(NK::List, std::move(one), line), line);
  }

  NodeP def_head(const Node& h, uint32_t line) {
    // def unquote(head) do ... end: the whole head computed (the book's Tracer)
    if (q_.unquote && h.kind == NK::Call && h.name == "unquote" && !h.body && h.kids.size() == 1)
      return clone(*h.kids[0]);
    Term meta = Term::list({kw("context", q_.context)});
    if (h.kind == NK::Binary && h.name == "when") {
      std::vector<NodeP> two;
      two.push_back(walk(*h.kids[0]));
      two.push_back(walk(*h.kids[1]));
      return form("when", meta, seq(NK::List, std::move(two), line), line);
    }
    if (h.kind == NK::Var) {
      std::vector<NodeP> three;
      three.push_back(lit(Term::atom(h.name), line));
      three.push_back(lit(meta, line));
      three.push_back(lit(q_.context, line));
      return tup(std::move(three), line);
    }
    if (h.kind == NK::Call) {
      std::vector<NodeP> three;
      three.push_back(h.name == "unquote" && h.body ? computed_name(*h.body, line)
                                                    : lit(Term::atom(h.name), line));
      three.push_back(lit(meta, line));
      three.push_back(args(h.kids, line));
      return tup(std::move(three), line);
    }
    return walk(h);
  }

  NodeP call(const Node& n, uint32_t line) {
    if (n.name == "unquote" && n.body) {  // unquote(name)(args): the call's name computed
      std::vector<NodeP> three;
      three.push_back(computed_name(*n.body, line));
      three.push_back(lit(plain(line), line));
      three.push_back(args(n.kids, line, n.do_block.get()));
      return tup(std::move(three), line);
    }
    if (q_.unquote && n.name == "unquote" && n.kids.size() == 1 && !n.do_block)
      return clone(*n.kids[0]);
    if (q_.unquote && n.name == "quote") {
      // quote do: quote(do: unquote(x)) end: the inner unquote is the inner quote's
      q_.unquote = false;
      NodeP inner = call(n, line);
      q_.unquote = true;
      return inner;
    }
    static constexpr std::string_view kSpecial[] = {
        "case",          "cond",       "fn",      "for",        "with",
        "receive",       "try",        "quote",   "unquote",    "import",
        "require",       "alias",      "super",   "__block__",  "unquote_splicing",
        "__aliases__",   "__CALLER__", "__ENV__", "__MODULE__", "__DIR__",
        "__STACKTRACE__"};
    size_t arity = n.kids.size() + (n.do_block ? 1 : 0);
    if (!q_.caller && !n.kids.empty() &&
        (n.name == "def" || n.name == "defp" || n.name == "defmacro" || n.name == "defmacrop")) {
      // the head of a def: its call (or `when`) has [context: C]
      std::vector<NodeP> items;
      items.push_back(def_head(*n.kids[0], line));
      for (size_t i = 1; i < n.kids.size(); ++i) items.push_back(walk(*n.kids[i]));
      NodeP rest = args({}, line, n.do_block.get());
      NodeP all = seq(NK::List, std::move(items), line);
      for (auto& k : rest->kids) all->kids.push_back(std::move(k));
      return form(n.name, call_meta(n.name, arity, line), std::move(all), line);
    }
    bool special = false;
    for (std::string_view s : kSpecial) special = special || s == n.name;
    Term meta = special ? plain(line) : call_meta(n.name, arity, line);
    // the lexical forms carry the quote's context: {:import, [context: Elixir], [...]}
    if (!q_.caller &&
        (n.name == "import" || n.name == "require" || n.name == "alias" || n.name == "quote"))
      meta = Term::list({kw("context", q_.context)});
    return form(n.name, meta, args(n.kids, line, n.do_block.get()), line);
  }
};

// [SECTION] quoted terms to the syntax tree

class Unquoter {
 public:
  explicit Unquoter(bool hygienic) : hygienic_(hygienic) {}

  NodeP node(const Term& t, uint32_t line) {
    if (++depth_ > kMaxTreeHeight) bad("code nested too deeply", t);
    NodeP out = node_at(t, line);
    --depth_;
    return out;
  }

 private:
  bool hygienic_;
  uint32_t depth_ = 0;

  [[noreturn]] static void bad(const std::string& what, const Term& t) { throw BadQuote(what, t); }

  static uint32_t line_of(const Term& meta, uint32_t dflt) {
    if (!meta.is_list()) return dflt;
    for (Term l = meta; l.is_cons(); l = l.tail()) {
      const Term& kv = l.head();
      if (kv.is_tuple(2) && kv[0].is_atom(Atom("line")) && kv[1].is_small_int())
        return static_cast<uint32_t>(kv[1].small_int());
    }
    return dflt;
  }

  static bool has_flag(const Term& meta, std::string_view key) {
    if (!meta.is_list()) return false;
    for (Term l = meta; l.is_cons(); l = l.tail())
      if (l.head().is_tuple(2) && l.head()[0].is_atom(Atom(key)) && l.head()[1].truthy())
        return true;
    return false;
  }

  NodeP mk(NK k, uint32_t line) const { return make_node(k, line, 0); }

  NodeP literal(const Term& t, uint32_t line) const {
    NodeP n = mk(NK::Literal, line);
    n->value = t;
    return n;
  }

  std::vector<NodeP> items(const Term& list, uint32_t line) {
    std::vector<NodeP> out;
    if (!list.is_list()) bad("invalid quoted arguments", list);
    Term l = list;
    for (; l.is_cons(); l = l.tail()) out.push_back(node(l.head(), line));
    if (!l.is_nil()) bad("invalid quoted arguments", list);
    return out;
  }

  NodeP list_node(const Term& t, uint32_t line) {
    NodeP n = mk(NK::List, line);
    Term l = t;
    for (; l.is_cons(); l = l.tail()) {
      const Term& h = l.head();
      // [a | t] quoted: the last item is {:|, _, [a, t]}
      if (l.tail().is_nil() && h.is_tuple(3) && h[0].is_atom(Atom("|")) && h[2].is_list() &&
          h[2].is_cons() && h[2].list_length() == 2) {
        n->kids.push_back(node(h[2].head(), line));
        n->kids.push_back(node(h[2].tail().head(), line));
        n->has_tail = true;
        break;
      }
      n->kids.push_back(node(h, line));
    }
    if (!n->has_tail && !l.is_nil()) {
      n->kids.push_back(literal(l, line));
      n->has_tail = true;
    }
    return n;
  }

  // `[do: body, else: body]` as a do-block (a body of -> clauses as Clauses)
  NodeP do_block(const Term& kws, uint32_t line) {
    NodeP db = mk(NK::DoBlock, line);
    for (const Term& kv : kws.list_items()) {
      NodeP s = mk(NK::Section, line);
      s->name = kv[0].atom_value().name();
      s->extra = section(kv[1], line);
      db->kids.push_back(std::move(s));
    }
    return db;
  }

  static bool is_arrow(const Term& t) { return t.is_tuple(3) && t[0].is_atom(Atom("->")); }

  NodeP section(const Term& body, uint32_t line) {
    if (body.is_cons() && is_arrow(body.head())) {
      NodeP cs = mk(NK::Clauses, line);
      for (const Term& c : body.list_items()) cs->kids.push_back(clause(c, line));
      return cs;
    }
    return block(body, line);
  }

  NodeP block(const Term& body, uint32_t line) {
    NodeP b = mk(NK::Block, line);
    if (body.is_tuple(3) && body[0].is_atom(Atom("__block__")) && body[2].is_list()) {
      b->kids = items(body[2], line_of(body[1], line));
    } else {
      b->kids.push_back(node(body, line));
    }
    return b;
  }

  NodeP clause(const Term& c, uint32_t line) {
    if (!is_arrow(c) || !c[2].is_list() || c[2].list_length() != 2) bad("invalid clause", c);
    const uint32_t L = line_of(c[1], line);
    NodeP cl = mk(NK::Clause, L);
    std::vector<Term> two = c[2].list_items();
    std::vector<Term> pats = two[0].is_list() ? two[0].list_items() : std::vector<Term>{two[0]};
    if (pats.size() == 1 && pats[0].is_tuple(3) && pats[0][0].is_atom(Atom("when")) &&
        pats[0][2].is_list()) {
      std::vector<Term> w = pats[0][2].list_items();
      cl->guard = node(w.back(), L);
      w.pop_back();
      pats = w;
    }
    for (const Term& p : pats) cl->kids.push_back(node(p, L));
    cl->body = block(two[1], L);
    return cl;
  }

  static bool is_kw_with_do(const Term& t) {
    if (!t.is_cons()) return false;
    const Term& h = t.head();
    if (!h.is_tuple(2) || !h[0].is_atom(Atom("do"))) return false;
    for (Term l = t; l.is_cons(); l = l.tail())
      if (!l.head().is_tuple(2) || !l.head()[0].is_atom()) return false;
    return true;
  }

  static std::string alias_path(const Term& segs) {
    std::string path;
    for (const Term& s : segs.list_items()) {
      if (path.empty() && s.is_tuple(3) && s[0].is_atom(Atom("__MODULE__")) && s[2].is_atom()) {
        path = "__MODULE__";  // {:__aliases__, _, [{:__MODULE__, _, ctx}, :Worker]}
        continue;
      }
      if (!s.is_atom()) return {};
      std::string name = s.atom_value().name();
      if (name.rfind("Elixir.", 0) == 0) name = name.substr(7);
      path += (path.empty() ? "" : ".") + name;
    }
    return path;
  }

  NodeP node_at(const Term& t, uint32_t line) {
    if (t.is_list()) return list_node(t, line);
    if (t.is_tuple(2)) {
      NodeP n = mk(NK::Tuple, line);
      n->kids.push_back(node(t[0], line));
      n->kids.push_back(node(t[1], line));
      return n;
    }
    // other values stand for themselves (what bind_quoted binds, an unescaped tuple)
    if (!t.is_tuple(3) || !(t[0].is_atom() || t[0].is_tuple(3))) return literal(t, line);
    const Term& head = t[0];
    const Term& meta = t[1];
    const Term& rest = t[2];
    const uint32_t L = line_of(meta, line);
    // a variable: {name, meta, context}
    if (head.is_atom() && rest.is_atom()) {
      std::string name = head.atom_value().name();
      if (name == "__MODULE__" || name == "__ENV__" || name == "__CALLER__" || name == "__DIR__" ||
          name == "__STACKTRACE__") {
        NodeP v = mk(NK::Var, L);
        v->name = name;
        return v;
      }
      NodeP v = mk(NK::Var, L);
      v->name = hygienic_ && !rest.is_atom(atoms::nil) && name != "_"
                    ? hygienic_name(name, rest.atom_value())
                    : name;
      return v;
    }
    if (!rest.is_list()) bad("invalid quoted expression", t);
    std::vector<Term> args = rest.list_items();
    if (head.is_atom()) {
      const std::string name = head.atom_value().name();
      const size_t n = args.size();
      if (name == "__block__") {
        NodeP b = mk(NK::Block, L);
        for (const Term& a : args) b->kids.push_back(node(a, L));
        return b;
      }
      if (name == "__aliases__") {
        std::string path = alias_path(rest);
        if (path.empty() && !args.empty() && !args[0].is_atom()) {
          // {:__aliases__, _, [expr, :Baz]}: an alias on an expression (extra)
          std::vector<Term> tail(args.begin() + 1, args.end());
          path = alias_path(Term::list(tail));
          if (!path.empty()) {
            NodeP a = mk(NK::Alias, L);
            a->name = path;
            a->value = Term::atom("Elixir." + path);
            a->extra = node(args[0], L);
            return a;
          }
        }
        if (path.empty()) bad("invalid alias", t);
        NodeP a = mk(NK::Alias, L);
        a->name = path;
        a->value = Term::atom("Elixir." + path);
        return a;
      }
      if (name == "{}") {
        NodeP tu = mk(NK::Tuple, L);
        for (const Term& a : args) tu->kids.push_back(node(a, L));
        return tu;
      }
      if (name == "%{}" || name == "%") return map_node(t, L);
      if (name == "<<>>") return bin_node(args, L);
      if (name == "fn") {
        NodeP f = mk(NK::Fn, L);
        for (const Term& c : args) f->kids.push_back(clause(c, L));
        return f;
      }
      if (name == "=" && n == 2) {
        NodeP m = mk(NK::Match, L);
        m->kids.push_back(node(args[0], L));
        m->kids.push_back(node(args[1], L));
        return m;
      }
      if (name == "&" && n == 1) return capture(args[0], L);
      if (name == "@" && n == 1 && args[0].is_tuple(3) && args[0][0].is_atom(Atom("__aliases__"))) {
        NodeP u = mk(NK::Unary, L);  // @Upper
        u->name = "@";
        u->kids.push_back(node(args[0], L));
        return u;
      }
      if (name == "@" && n == 1 && args[0].is_tuple(3) && args[0][0].is_atom()) {
        NodeP a = mk(NK::Attr, L);
        a->name = args[0][0].atom_value().name();
        if (args[0][2].is_cons() && args[0][2].list_length() == 1)
          a->extra = node(args[0][2].head(), L);
        return a;
      }
      if (name == "var!" && n >= 1 && args[0].is_tuple(3) && args[0][0].is_atom() &&
          args[0][2].is_atom()) {
        NodeP v = mk(NK::Var, L);
        v->name = args[0][0].atom_value().name();
        return v;
      }
      if (n == 1 && (name == "-" || name == "+" || name == "!" || name == "^" || name == "not")) {
        NodeP u = mk(NK::Unary, L);
        u->name = name;
        u->kids.push_back(node(args[0], L));
        return u;
      }
      if (name == "..//" && n == 3) {
        NodeP b = mk(NK::Binary, L);
        b->name = name;
        for (const Term& a : args) b->kids.push_back(node(a, L));
        return b;
      }
      if (n == 2 && operator_precedence(name) < 1000 && name != "|>" && name != "." &&
          name != "->") {
        NodeP b = mk(NK::Binary, L);
        b->name = name;
        b->kids.push_back(node(args[0], L));
        b->kids.push_back(node(args[1], L));
        return b;
      }
      if (name == "|>" && n == 2) {
        // x |> f(a): f(x, a), as the parser reads it
        NodeP target = node(args[1], L);
        if (target->kind == NK::Call || target->kind == NK::Remote || target->kind == NK::DotCall) {
          target->kids.insert(target->kids.begin(), node(args[0], L));
          target->piped = true;
          return target;
        }
        if (target->kind == NK::Var) {
          NodeP c = mk(NK::Call, L);  // a |> b: a call of b (its name, not a hygienic one)
          c->name = args[1].is_tuple(3) && args[1][0].is_atom() ? args[1][0].atom_value().name()
                                                                : target->name;
          c->kids.push_back(node(args[0], L));
          c->piped = true;
          return c;
        }
        bad("cannot pipe into this expression", t);
      }
      NodeP c = mk(NK::Call, L);
      c->name = name;
      c->parens = true;
      if ((name == "def" || name == "defp" || name == "defmacro" || name == "defmacrop") &&
          !args.empty()) {
        // `def name, do: ...` quoted: the head is variable-shaped, a name, not a variable
        c->kids.push_back(def_head(args[0], L));
        args.erase(args.begin());
      }
      call_args(*c, args, L);
      return c;
    }
    // {{:., _, [target, name]}, meta, args} and {{:., _, [fun]}, meta, args}
    if (head.is_tuple(3) && head[0].is_atom(Atom(".")) && head[2].is_list()) {
      std::vector<Term> dot = head[2].list_items();
      if (dot.size() == 1) {
        NodeP d = mk(NK::DotCall, L);
        d->extra = node(dot[0], L);
        for (const Term& a : args) d->kids.push_back(node(a, L));
        return d;
      }
      if (dot.size() == 2 && dot[1].is_atom()) {
        if (dot[0].is_atom(Atom("Elixir.Access")) && dot[1].is_atom(Atom("get")) &&
            args.size() == 2) {
          NodeP a = mk(NK::Access, L);
          a->kids.push_back(node(args[0], L));
          a->kids.push_back(node(args[1], L));
          return a;
        }
        const bool field = args.empty() && has_flag(meta, "no_parens") &&
                           !(dot[0].is_tuple(3) && dot[0][0].is_atom(Atom("__aliases__"))) &&
                           !dot[0].is_atom();
        NodeP r = mk(field ? NK::Field : NK::Remote, L);
        r->extra = node(dot[0], L);
        r->name = dot[1].atom_value().name();
        r->parens = !has_flag(meta, "no_parens");
        if (!field) call_args(*r, args, L);
        return r;
      }
    }
    // {{:unquote, _, [name]}, meta, args}: unquote(name)(args), quoted with unquote: false
    if (head.is_tuple(3) && head[0].is_atom(Atom("unquote")) && head[2].is_list() &&
        head[2].list_length() == 1) {
      NodeP c = mk(NK::Call, L);
      c->name = "unquote";
      c->body = node(head[2].head(), L);
      c->parens = true;
      call_args(*c, args, L);
      return c;
    }
    bad("invalid quoted expression", t);
  }

  NodeP def_head(const Term& h, uint32_t line) {
    const bool when =
        h.is_tuple(3) && h[0].is_atom(Atom("when")) && h[2].is_list() && h[2].list_length() == 2;
    const Term& head = when ? h[2].head() : h;
    if (!(head.is_tuple(3) && head[0].is_atom() && head[2].is_atom())) return node(h, line);
    NodeP v = mk(NK::Var, line_of(head[1], line));
    v->name = head[0].atom_value().name();
    if (!when) return v;
    NodeP w = mk(NK::Binary, line);
    w->name = "when";
    w->kids.push_back(std::move(v));
    w->kids.push_back(node(h[2].tail().head(), line));
    return w;
  }

  void call_args(Node& c, std::vector<Term> args, uint32_t line) {
    if (!args.empty() && is_kw_with_do(args.back())) {
      c.do_block = do_block(args.back(), line);
      args.pop_back();
    }
    for (const Term& a : args) c.kids.push_back(node(a, line));
  }

  NodeP capture(const Term& arg, uint32_t line) {
    if (arg.is_integer()) {
      NodeP a = mk(NK::CaptureArg, line);
      a->value = arg;
      return a;
    }
    if (arg.is_tuple(3) && arg[0].is_atom(Atom("/")) && arg[2].is_list() &&
        arg[2].list_length() == 2) {
      std::vector<Term> fa = arg[2].list_items();
      const Term& f = fa[0];
      if (fa[1].is_small_int() && f.is_tuple(3)) {
        NodeP c = mk(NK::Capture, line);
        c->value = fa[1];
        if (f[0].is_atom() && (f[2].is_atom() || f[2].is_nil())) {
          c->name = f[0].atom_value().name();
          return c;
        }
        if (f[0].is_tuple(3) && f[0][0].is_atom(Atom(".")) && f[0][2].is_list() &&
            f[0][2].list_length() == 2 && f[2].is_nil()) {
          std::vector<Term> dot = f[0][2].list_items();
          if (dot[1].is_atom()) {
            c->name = dot[1].atom_value().name();
            c->extra = node(dot[0], line);
            return c;
          }
        }
      }
    }
    NodeP u = mk(NK::Unary, line);
    u->name = "&";
    u->kids.push_back(node(arg, line));
    return u;
  }

  NodeP map_node(const Term& t, uint32_t line) {
    std::vector<Term> args = t[2].list_items();
    if (t[0].is_atom(Atom("%"))) {
      if (args.size() != 2 || !args[1].is_tuple(3) || !args[1][0].is_atom(Atom("%{}")))
        bad("invalid struct", t);
      NodeP m = map_node(args[1], line);
      m->kind = NK::Struct;
      NodeP name = node(args[0], line);
      if (name->kind == NK::Alias) {
        m->name = name->name;
        m->value = name->value;
      } else if (name->kind == NK::Var && name->name == "__MODULE__") {
        m->name = "__MODULE__";
      } else if (name->kind == NK::Literal && name->value.is_atom()) {
        std::string full = name->value.atom_value().name();
        m->name = full.rfind("Elixir.", 0) == 0 ? full.substr(7) : ":" + full;
        m->value = name->value;
      } else {
        m->body = std::move(name);
      }
      return m;
    }
    NodeP m = mk(NK::Map, line);
    std::vector<Term> pairs = args;
    if (args.size() == 1 && args[0].is_tuple(3) && args[0][0].is_atom(Atom("|")) &&
        args[0][2].is_list() && args[0][2].list_length() == 2) {
      std::vector<Term> bar = args[0][2].list_items();
      m->extra = node(bar[0], line);
      pairs = bar[1].is_list() ? bar[1].list_items() : std::vector<Term>{};
    }
    for (const Term& kv : pairs) {
      NodeP p = mk(NK::Tuple, line);
      if (!kv.is_tuple(2)) {  // %{x}: a "pair" of one, which the compiler refuses
        p->kids.push_back(node(kv, line));
        m->kids.push_back(std::move(p));
        continue;
      }
      p->kids.push_back(node(kv[0], line));
      p->kids.push_back(node(kv[1], line));
      m->kids.push_back(std::move(p));
    }
    return m;
  }

  // <<...>>: an interpolated string (binaries and Kernel.to_string(x)::binary) as Interp
  NodeP bin_node(const std::vector<Term>& segs, uint32_t line) {
    bool interp = true;
    std::vector<const Term*> exprs;
    for (const Term& s : segs) {
      if (s.is_binary()) {
        exprs.push_back(nullptr);
        continue;
      }
      const bool to_string = s.is_tuple(3) && s[0].is_atom(Atom("::")) && s[2].is_list() &&
                             s[2].list_length() == 2 && s[2].head().is_tuple(3) &&
                             s[2].head()[0].is_tuple(3) && s[2].head()[0][0].is_atom(Atom(".")) &&
                             s[2].head()[0][2].is_list() && s[2].head()[0][2].list_length() == 2 &&
                             s[2].head()[0][2].head().is_atom(Atom("Elixir.Kernel")) &&
                             s[2].head()[0][2].tail().head().is_atom(Atom("to_string"));
      if (!to_string) {
        interp = false;
        break;
      }
      exprs.push_back(&s);
    }
    NodeP b = mk(interp ? NK::Interp : NK::Bin, line);
    for (size_t i = 0; i < segs.size(); ++i) {
      if (!interp) {
        b->kids.push_back(node(segs[i], line));
      } else if (!exprs[i]) {
        b->kids.push_back(literal(segs[i], line));
      } else {
        const Term& call = (*exprs[i])[2].head();
        b->kids.push_back(node(call[2].head(), line));
      }
    }
    return b;
  }
};

}  // namespace

NodeP quote_builder(const Node& n, const QuoteOpts& q) {
  Quoter quoter(q);
  return quoter.walk(n);
}

NodeP ast_to_node(const Term& ast, bool hygienic, uint32_t line) {
  Unquoter u(hygienic);
  return u.node(ast, line);
}

std::string hygienic_name(const std::string& name, Atom context) {
  return name + "@" + context.name();
}

Term escape_term(const Term& v) {
  if (v.is_tuple(2)) return Term::tuple({escape_term(v[0]), escape_term(v[1])});
  if (v.is_tuple()) {
    std::vector<Term> items;
    for (const Term& i : v.tuple_items()) items.push_back(escape_term(i));
    return Term::tuple({Term::atom("{}"), Term(), Term::list(items)});
  }
  if (v.is_cons()) {
    std::vector<Term> items;
    Term l = v;
    for (; l.is_cons(); l = l.tail()) items.push_back(escape_term(l.head()));
    if (l.is_nil()) return Term::list(items);
    Term last = items.back();
    items.pop_back();
    items.push_back(Term::tuple({Term::atom("|"), Term(), Term::list({last, escape_term(l)})}));
    return Term::list(items);
  }
  if (v.is_map()) {
    std::vector<Term> pairs;
    for (const auto& kv : v.map_pairs())
      pairs.push_back(Term::tuple({escape_term(kv.first), escape_term(kv.second)}));
    return Term::tuple({Term::atom("%{}"), Term(), Term::list(pairs)});
  }
  return v;
}

}  // namespace taskplay::lang

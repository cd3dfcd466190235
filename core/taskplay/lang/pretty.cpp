#include "taskplay/lang/pretty.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace taskplay::lang {

namespace {

// [SECTION] Documents (Inspect.Algebra's) -------------------------------------------------
struct Doc {
  enum Kind : uint8_t { nil, str, cons, nest, brk, group } kind = nil;
  bool flex = false;  // a flex break fills the line; a strict one breaks with its group
  int a = -1, b = -1;
  int indent = 0;
  std::string s;
};

class Docs {
 public:
  int add(Doc d) {
    all.push_back(std::move(d));
    return static_cast<int>(all.size() - 1);
  }
  int str(std::string s) { return add({Doc::str, false, -1, -1, 0, std::move(s)}); }
  int cons(int x, int y) { return add({Doc::cons, false, x, y, 0, {}}); }
  int nest(int x, int i) { return add({Doc::nest, false, x, -1, i, {}}); }
  int brk(std::string s, bool flex) { return add({Doc::brk, flex, -1, -1, 0, std::move(s)}); }
  int group(int x) { return add({Doc::group, false, x, -1, 0, {}}); }
  int glue(int x, std::string s, int y) { return cons(x, cons(brk(std::move(s), false), y)); }
  // no breaks or groups inside: Elixir lays out lists of such items as filled lines
  bool simple(int d) const {
    const Doc& x = all[d];
    if (x.kind == Doc::cons) return simple(x.a) && simple(x.b);
    return x.kind == Doc::str || x.kind == Doc::nil;
  }
  std::vector<Doc> all;
};

// Structs print their fields in the order of their defstruct (Inspect.Any), not
// in key order: the exceptions the runtime and the language raise.
std::vector<std::string_view> struct_fields(Atom name) {
  const std::string& n = name.name();
  if (n == "Elixir.KeyError") return {"key", "term", "message"};
  if (n == "Elixir.UndefinedFunctionError")
    return {"module", "function", "arity", "reason", "message"};
  if (n == "Elixir.FunctionClauseError")
    return {"module", "function", "arity", "kind", "args", "clauses"};
  if (n == "Elixir.ErlangError") return {"original", "reason"};
  if (n == "Elixir.BadArityError") return {"function", "args"};
  if (n == "Elixir.BadBooleanError") return {"term", "operator"};
  if (n == "Elixir.Protocol.UndefinedError") return {"protocol", "value", "description"};
  return {};
}

// [SECTION] Terms to documents (the Inspect protocol) --------------------------------------
class ToDoc {
 public:
  ToDoc(Docs& d, const InspectOpts& o) : d_(d), o_(o) {}

  int of(const Term& t) {
    switch (t.type()) {
      case Term::Type::Tuple: {
        std::vector<int> items;
        for (const Term& x : t.tuple_items()) items.push_back(of(x));
        return container("{", items, "}", Break::flex);
      }
      case Term::Type::Cons:
        return list(t);
      case Term::Type::Map:
        return map(t);
      default:
        return d_.str(inspect(t, o_));
    }
  }

 private:
  // Elixir's container_doc/6 :break option: lists decide by their items (:maybe),
  // tuples fill lines (:flex), maps and keyword lists put one item a line (:strict)
  enum class Break { maybe, flex, strict };
  int container(const std::string& left, std::vector<int> items, const std::string& right,
                Break mode, bool improper = false) {
    if (items.empty()) return d_.str(left + right);
    if (static_cast<int>(items.size()) > o_.limit) {
      items.resize(static_cast<size_t>(o_.limit));
      items.push_back(d_.str("..."));
    }
    bool simple = true;
    for (int i : items) simple = simple && d_.simple(i);
    bool flex = mode == Break::flex || (mode == Break::maybe && simple);
    int docs = items.back();
    for (size_t i = items.size() - 1; i-- > 0;) {
      bool last_pair = improper && i + 2 == items.size();
      int head = d_.cons(items[i], d_.str(last_pair ? " |" : ","));
      docs = d_.cons(head, d_.cons(d_.brk(" ", flex), docs));
    }
    if (flex) return d_.group(d_.cons(d_.cons(d_.str(left), d_.nest(docs, 1)), d_.str(right)));
    return d_.group(d_.glue(d_.nest(d_.glue(d_.str(left), "", docs), 2), "", d_.str(right)));
  }

  int list(const Term& t) {
    std::string flat = inspect(t, o_);
    if (flat[0] == '\'') return d_.str(flat);  // a printable charlist
    bool keyword = true;
    const Term* c = &t;
    for (; c->is_cons(); c = &c->tail()) {
      const Term& h = c->head();
      if (!h.is_tuple(2) || !h[0].is_atom() || h[0].atom_value().name().rfind("Elixir.", 0) == 0)
        keyword = false;
    }
    bool proper = c->is_nil();
    keyword = keyword && proper;
    std::vector<int> items;
    for (c = &t; c->is_cons(); c = &c->tail()) {
      const Term& h = c->head();
      items.push_back(keyword ? pair_kw(h[0], h[1]) : of(h));
    }
    if (!proper) items.push_back(of(*c));
    return container("[", items, "]", keyword ? Break::strict : Break::maybe, !proper);
  }

  int map(const Term& t) {
    Atom s = t.struct_name();
    if (s == Atom("Elixir.Range")) return d_.str(inspect(t, o_));
    bool atoms_only = true;
    for (const auto& [k, v] : t.map_pairs())
      if (!k.is_atom() || k.atom_value().name().rfind("Elixir.", 0) == 0) atoms_only = false;
    std::vector<std::pair<Term, Term>> pairs;
    for (const auto& kv : t.map_pairs()) {
      if (s != atoms::nil &&
          (kv.first.is_atom(atoms::__struct__) || kv.first.is_atom(atoms::__exception__)))
        continue;
      pairs.push_back(kv);
    }
    if (s != atoms::nil) {
      std::vector<std::string_view> order = struct_fields(s);
      auto rank = [&](const Term& k) {
        for (size_t i = 0; i < order.size(); ++i)
          if (k.atom_value().name() == order[i]) return i;
        return order.size();
      };
      std::stable_sort(pairs.begin(), pairs.end(),
                       [&](const auto& x, const auto& y) { return rank(x.first) < rank(y.first); });
    }
    std::vector<int> items;
    for (const auto& [k, v] : pairs)
      items.push_back(atoms_only ? pair_kw(k, v) : d_.cons(d_.cons(of(k), d_.str(" => ")), of(v)));
    // (built with append: GCC 12 -O3 warns wrongly on "literal" + std::string, PR 105651)
    std::string open = "%";
    if (s != atoms::nil) open.append(inspect_atom(s));
    open += "{";
    return container(open, items, "}", Break::strict);
  }

  // key: value (how inspect writes the key: `a: `, `"with space": `)
  int pair_kw(const Term& k, const Term& v) {
    std::string kw = inspect(Term::list({Term::tuple({k, Term(atoms::nil)})}), o_);
    // "[key: nil]" -> "key: "
    std::string key = kw.substr(1, kw.size() - 1 - 4);
    return d_.cons(d_.str(key), of(v));
  }

  Docs& d_;
  const InspectOpts& o_;
};

// [SECTION] Layout (Inspect.Algebra.format/2) ------------------------------------------------
struct Entry {
  int indent;
  bool flat;
  int doc;
};

class Layout {
 public:
  Layout(const Docs& d, int width) : d_(d), w_(width) {}

  std::string run(int root) {
    std::vector<Entry> stack{{0, true, root}};
    std::string out;
    int k = 0;
    while (!stack.empty()) {
      Entry e = stack.back();
      stack.pop_back();
      const Doc& x = d_.all[static_cast<size_t>(e.doc)];
      switch (x.kind) {
        case Doc::nil:
          break;
        case Doc::str:
          out += x.s;
          k += static_cast<int>(x.s.size());
          break;
        case Doc::cons:
          stack.push_back({e.indent, e.flat, x.b});
          stack.push_back({e.indent, e.flat, x.a});
          break;
        case Doc::nest:
          stack.push_back({e.indent + x.indent, e.flat, x.a});
          break;
        case Doc::group: {
          // flat if the group alone fits on the rest of the line
          std::vector<Entry> probe{{e.indent, true, x.a}};
          stack.push_back({e.indent, !fits(k, probe, nullptr) ? false : true, x.a});
          break;
        }
        case Doc::brk: {
          bool newline;
          if (e.flat) {
            newline = false;
          } else if (x.flex) {
            // fill: break only if the text up to the next break would not fit
            std::vector<Entry> none;
            newline = !fits(k + static_cast<int>(x.s.size()), none, &stack);
          } else {
            newline = true;
          }
          if (newline) {
            out += '\n';
            out.append(static_cast<size_t>(e.indent), ' ');
            k = e.indent;
          } else {
            out += x.s;
            k += static_cast<int>(x.s.size());
          }
          break;
        }
      }
    }
    return out;
  }

 private:
  // Does what is in `probe` (then, if given, the rest of `tail`) fit before
  // the width, up to the next break that ends a line?
  bool fits(int k, std::vector<Entry> probe, const std::vector<Entry>* tail) const {
    size_t t = tail ? tail->size() : 0;
    while (true) {
      if (k > w_) return false;
      Entry e;
      if (!probe.empty()) {
        e = probe.back();
        probe.pop_back();
      } else if (t > 0) {
        e = (*tail)[--t];
      } else {
        return true;
      }
      const Doc& x = d_.all[static_cast<size_t>(e.doc)];
      switch (x.kind) {
        case Doc::nil:
          break;
        case Doc::str:
          k += static_cast<int>(x.s.size());
          break;
        case Doc::cons:
          probe.push_back({e.indent, e.flat, x.b});
          probe.push_back({e.indent, e.flat, x.a});
          break;
        case Doc::nest:
          probe.push_back({e.indent + x.indent, e.flat, x.a});
          break;
        case Doc::group:
          probe.push_back({e.indent, true, x.a});
          break;
        case Doc::brk:
          if (!e.flat) return true;
          k += static_cast<int>(x.s.size());
          break;
      }
    }
  }

  const Docs& d_;
  int w_;
};

}  // namespace

std::string pretty(const Term& t, int width, const InspectOpts& opts, int nest) {
  Docs docs;
  ToDoc to(docs, opts);
  int root = to.of(t);
  if (nest > 0) root = docs.nest(docs.group(root), nest);
  return Layout(docs, width).run(root);
}

}  // namespace taskplay::lang

// `<<...>>`: binaries built from segments, taken apart by patterns, and walked by a
// `for` (`for <<c <- "abc">>`). Each segment is `value` or `value::spec`, spec a `-` chain
// of a type (integer float binary bytes bitstring bits utf8 utf16 utf32), signed/unsigned,
// big/little/native, size(n) or a bare n, unit(n), as Elixir's elixir_bitstring expands
// them. The work is done by natives_binary.cpp: a build from a list of segments, and a
// pattern as a chain of takes from a bit offset.

#include <algorithm>
#include <functional>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/parser.hpp"

namespace taskplay::lang::detail {

namespace {

struct Segment {
  const Node* value = nullptr;
  const Node* size = nullptr;  // null: the type's default
  std::string type = "integer";
  int64_t unit = 0;  // 0: the type's default
  std::string endian = "big";
  bool is_signed = false;
  bool typed = false;  // a type was written
};

// The spec items of a `-` chain, left to right.
void spec_items(const Node& n, std::vector<const Node*>& out) {
  if (n.kind == NK::Binary && n.name == "-") {
    spec_items(*n.kids[0], out);
    spec_items(*n.kids[1], out);
    return;
  }
  out.push_back(&n);
}

}  // namespace

// One segment's meaning (a CompileError for what Elixir refuses).
static Segment segment_of(const Node& seg,
                          const std::function<void(const Node&, const std::string&)>& fail) {
  Segment s;
  s.value = &seg;
  if (seg.kind == NK::Binary && seg.name == "::") {
    s.value = seg.kids[0].get();
    std::vector<const Node*> items;
    spec_items(*seg.kids[1], items);
    for (const Node* it : items) {
      if (it->kind == NK::Literal && it->value.is_small_int()) {
        s.size = it;
        continue;
      }
      if (it->kind == NK::Binary && it->name == "*" && it->kids[1]->kind == NK::Literal &&
          it->kids[1]->value.is_small_int()) {  // x::8*4: size 8, unit 4
        s.size = it->kids[0].get();
        s.unit = it->kids[1]->value.small_int();
        continue;
      }
      std::string name = it->kind == NK::Var || it->kind == NK::Call ? it->name : "";
      size_t nargs = it->kind == NK::Call ? it->kids.size() : 0;
      if ((name == "size" || name == "unit") && nargs == 1) {
        if (name == "size") {
          s.size = it->kids[0].get();
        } else {
          const Node& u = *it->kids[0];
          if (u.kind != NK::Literal || !u.value.is_small_int() || u.value.small_int() < 1 ||
              u.value.small_int() > 256)
            fail(*it, "unit in bitstring expects an integer as argument between 1 and 256, got: " +
                          to_source(u));
          s.unit = u.value.small_int();
        }
        continue;
      }
      if (nargs != 0) fail(*it, "unknown bitstring specifier: " + to_source(*it));
      if (name == "integer" || name == "float" || name == "binary" || name == "bitstring" ||
          name == "utf8" || name == "utf16" || name == "utf32") {
        s.type = name;
        s.typed = true;
      } else if (name == "bytes") {
        s.type = "binary";
        s.typed = true;
      } else if (name == "bits") {
        s.type = "bitstring";
        s.typed = true;
      } else if (name == "signed" || name == "unsigned") {
        s.is_signed = name == "signed";
      } else if (name == "big" || name == "little" || name == "native") {
        s.endian = name;
      } else {
        fail(*it, "unknown bitstring specifier: " + to_source(*it));
      }
    }
  }
  // a string literal is its bytes (also as utf8, which encodes it the same)
  bool is_text = s.value->kind == NK::Literal && s.value->value.is_binary();
  if (is_text && (s.size || s.unit || s.is_signed ||
                  (s.typed && s.type != "binary" && s.type != "bitstring" && s.type != "utf8" &&
                   s.type != "utf16" && s.type != "utf32")))
    fail(seg,
         "literal string in bitstring supports only endianness and type specifiers, which must "
         "be one of: little, big, native, utf8, utf16, utf32, bits, bytes, binary or bitstring");
  if (is_text && (!s.typed || s.type == "utf8" || s.type == "binary")) s.type = "binary";
  // an untyped <<...>> or "#{...}" is taken whole, as Elixir infers
  if (!s.typed && s.value->kind == NK::Interp) s.type = "binary";
  if (!s.typed && s.value->kind == NK::Bin) s.type = "bitstring";
  if (!s.typed && !is_text && s.value->kind == NK::Literal && s.value->value.is_float())
    s.type = "float";
  if (s.unit == 0) s.unit = s.type == "binary" ? 8 : 1;
  if (s.type == "float" && s.size && s.size->kind == NK::Literal) {
    int64_t bits = s.size->value.small_int() * s.unit;
    if (bits != 16 && bits != 32 && bits != 64)
      fail(*s.size,
           "float requires size*unit to be 16, 32, or 64 (default), got: " + std::to_string(bits));
  }
  if ((s.type == "utf8" || s.type == "utf16" || s.type == "utf32") && s.size)
    fail(*s.size, "size and unit are not supported on utf types");
  return s;
}

// `"héllo"::utf16` (or utf32): a segment per code point, `?h::utf16, ?é::utf16, ...`, as
// Elixir expands a string literal of those types, in builds and patterns alike. Other
// segments are kept as they are.
static void text_code_points(const Node& seg, std::vector<NodeP>& generated,
                             std::vector<const Node*>& out) {
  const bool typed = seg.kind == NK::Binary && seg.name == "::";
  const Node& value = typed ? *seg.kids[0] : seg;
  if (!typed || value.kind != NK::Literal || !value.value.is_binary()) {
    out.push_back(&seg);
    return;
  }
  std::vector<const Node*> items;
  spec_items(*seg.kids[1], items);
  if (std::none_of(items.begin(), items.end(), [](const Node* it) {
        return it->kind == NK::Var && (it->name == "utf16" || it->name == "utf32");
      })) {
    out.push_back(&seg);
    return;
  }
  std::string_view text = value.value.binary();
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    int len = next_code_point(text, i, cp);
    if (len == 0) {  // not UTF-8: left whole, for the type's own error
      out.push_back(&seg);
      return;
    }
    i += static_cast<size_t>(len);
    NodeP point = clone(seg);
    point->kids[0]->value = Term::integer(cp);
    generated.push_back(std::move(point));
    out.push_back(generated.back().get());
  }
}

static Term spec_term(const Segment& s) {
  return Term::tuple({Term::atom(s.type), Term::integer(s.unit), Term::atom(s.endian),
                      Term::boolean(s.is_signed)});
}

void Compiler::bin_build(const Node& n, uint16_t dst) {
  auto fail = [&](const Node& at, const std::string& msg) { error(at, msg); };
  NodeP list = make_node(NK::List, n.line, n.col);
  std::vector<const Node*> segments;
  for (const auto& k : n.kids) text_code_points(*k, generated_, segments);
  for (const Node* k : segments) {
    if (k->kind == NK::Binary && k->name == "<-")
      error(*k, "bitstring generators <<x <- bin>> are only allowed in for comprehensions");
    Segment s = segment_of(*k, fail);
    NodeP t = make_node(NK::Tuple, k->line, k->col);
    t->kids.push_back(clone(*s.value));
    if (s.size) {
      t->kids.push_back(clone(*s.size));
    } else {
      NodeP sz = make_node(NK::Literal, k->line, k->col);
      sz->value = Term(atoms::nil);
      t->kids.push_back(std::move(sz));
    }
    NodeP sp = make_node(NK::Literal, k->line, k->col);
    sp->value = spec_term(s);
    t->kids.push_back(std::move(sp));
    list->kids.push_back(std::move(t));
  }
  const Node& l = *list;
  generated_.push_back(std::move(list));
  line_ = n.line;
  bif(find_native(Atom("taskplay"), Atom("bin_build"), 1), {&l}, dst);
}

namespace {
// The segments of a binary pattern, a <<...>> inside it taken as its own segments, as Elixir
// expands it (<<<<a::2, b::6>>, rest::binary>>).
void flat_segments(const Node& bin, std::vector<NodeP>& generated, std::vector<const Node*>& out) {
  for (const auto& k : bin.kids) {
    if (k->kind == NK::Bin)
      flat_segments(*k, generated, out);
    else
      text_code_points(*k, generated, out);
  }
}
}  // namespace

void Compiler::match_bin(const Node& pat, uint16_t src, Label fail) {
  auto err = [&](const Node& at, const std::string& msg) { error(at, msg); };
  int take = find_native(Atom("taskplay"), Atom("bin_take"), 4);
  int done = find_native(Atom("taskplay"), Atom("bin_done"), 2);
  uint16_t off = temp();
  emit(Op::LoadInt, off, 0, 0, 0);
  std::vector<const Node*> segments;
  flat_segments(pat, generated_, segments);
  for (size_t i = 0; i < segments.size(); ++i) {
    const Node& k = *segments[i];
    Segment s = segment_of(k, err);
    bool last = i + 1 == segments.size();
    if (!s.size && (s.type == "binary" || s.type == "bitstring") && !last &&
        !(s.value->kind == NK::Literal && s.value->value.is_binary()))
      error(k,
            "a binary field without size is only allowed at the end of a binary pattern, at "
            "the right side of binary concatenation and never allowed in binary generators");
    uint16_t base = temps(4);
    emit(Op::Move, base, src);
    emit(Op::Move, static_cast<uint16_t>(base + 1), off);
    uint16_t size_reg = static_cast<uint16_t>(base + 2);
    if (s.value->kind == NK::Literal && s.value->value.is_binary() && !s.size) {
      emit(Op::LoadK, size_reg, 0, 0,
           konst(Term::integer(static_cast<int64_t>(s.value->value.binary().size()))));
    } else if (!s.size) {
      emit(Op::LoadK, size_reg, 0, 0, konst(Term(atoms::nil)));
    } else if (s.size->kind == NK::Literal) {
      emit(Op::LoadK, size_reg, 0, 0, konst(s.size->value));
    } else if (s.size->kind == NK::Var) {
      std::optional<uint16_t> r;
      for (const auto& [nm, reg] : *f_->pattern_vars)
        if (nm == s.size->name) r = reg;
      if (!r) r = lookup(s.size->name);
      if (!r) error(*s.size, "undefined variable \"" + s.size->name + "\" in bitstring segment");
      emit(Op::Move, size_reg, *r);
    } else if (Term v; constant(*s.size, v)) {
      emit(Op::LoadK, size_reg, 0, 0, konst(v));
    } else {  // a guard expression of the variables bound before the pattern: size(x - 5)
      expr(*s.size, size_reg);
    }
    emit(Op::LoadK, static_cast<uint16_t>(base + 3), 0, 0, konst(spec_term(s)));
    uint16_t t = temp();
    line_ = k.line;
    emit(Op::Bif, t, base, 4, static_cast<uint32_t>(take));
    jump(Op::TestTuple, fail, t, 2);
    uint16_t v = temp();
    emit(Op::GetElem, v, t, 0);
    emit(Op::GetElem, off, t, 1);
    match(*s.value, v, fail);
  }
  uint16_t base = temps(2);
  emit(Op::Move, base, src);
  emit(Op::Move, static_cast<uint16_t>(base + 1), off);
  uint16_t r = temp();
  emit(Op::Bif, r, base, 2, static_cast<uint32_t>(done));
  jump(Op::TestK, fail, r, 0, konst(Term(atoms::true_)));
}

// `<<segs <- bin>>` in a for: the generator `{v1, ...} <- chunks`, the chunks taken one
// after the other while the rest matches (Elixir stops at the first rest that does not).
NodeP Compiler::bin_generator(const Node& q) {
  const Node& gen = *q.kids.back();
  std::vector<std::string> vars;
  std::function<void(const Node&)> collect = [&](const Node& n) {
    if (n.kind == NK::Var) {
      if (n.name[0] != '_' && std::find(vars.begin(), vars.end(), n.name) == vars.end())
        vars.push_back(n.name);
      return;
    }
    if (n.kind == NK::Unary && n.name == "^") return;
    for (const auto& k : n.kids) collect(*k);
  };
  NodeP pattern = make_node(NK::Bin, q.line, q.col);
  auto add = [&](const Node& seg) {
    const Node& value = seg.kind == NK::Binary && seg.name == "::" ? *seg.kids[0] : seg;
    collect(value);
    pattern->kids.push_back(clone(seg));
  };
  for (size_t i = 0; i < q.kids.size(); ++i) {
    const Node& seg = i + 1 == q.kids.size() ? *gen.kids[0] : *q.kids[i];
    if (seg.kind != NK::Bin) {
      add(seg);
      continue;
    }
    std::vector<const Node*> inner;  // << <<a::2, b::6>> <- bin >>
    flat_segments(seg, generated_, inner);
    for (const Node* k : inner) add(*k);
  }
  pattern->kids.push_back(
      tmpl("taskplay_bin_rest::bitstring", {}, q.line));  // the rest, for the next chunk
  std::string tuple = "{";
  for (size_t i = 0; i < vars.size(); ++i) tuple += (i ? ", " : "") + vars[i];
  tuple += "}";
  const Node* holes[] = {gen.kids[1].get(), pattern.get()};
  NodeP chunks = tmpl("Stream.unfold(__0__, fn taskplay_bin -> case taskplay_bin do\n  __1__ -> {" +
                          tuple + ", taskplay_bin_rest}\n  _ -> nil\nend end)",
                      {holes[0], holes[1]}, q.line);
  NodeP g = make_node(NK::Binary, q.line, q.col);
  g->name = "<-";
  g->kids.push_back(tmpl(tuple, {}, q.line));
  g->kids.push_back(std::move(chunks));
  return g;
}

}  // namespace taskplay::lang::detail

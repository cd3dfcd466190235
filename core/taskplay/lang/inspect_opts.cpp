// Inspect.Opts.new/1: the keyword list of inspect/2 and IO.inspect/2,3 as InspectOpts.
// As Elixir's struct/2 does, keys it does not know are ignored.

#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"

namespace taskplay::lang {

namespace {
int count_or_infinity(const Term& v, int otherwise) {
  if (v.is_atom(atoms::infinity)) return InspectOpts::kInfinity;
  if (v.is_small_int() && v.small_int() >= 0)
    return v.small_int() > InspectOpts::kInfinity - 1 ? InspectOpts::kInfinity - 1
                                                      : static_cast<int>(v.small_int());
  return otherwise;
}
}  // namespace

InspectOpts inspect_opts(const Term& keywords) {
  InspectOpts o;
  for (const Term* c = &keywords; c->is_cons(); c = &c->tail()) {
    const Term& kv = c->head();
    if (!kv.is_tuple(2) || !kv[0].is_atom()) continue;
    const std::string& key = kv[0].atom_value().name();
    const Term& v = kv[1];
    auto is = [&](const char* a) { return v.is_atom(Atom(a)); };
    if (key == "limit") {
      o.limit = count_or_infinity(v, o.limit);
    } else if (key == "printable_limit") {
      o.printable_limit = count_or_infinity(v, o.printable_limit);
    } else if (key == "width") {
      o.width = count_or_infinity(v, o.width);
    } else if (key == "pretty") {
      o.pretty = v.is_atom(atoms::true_);
    } else if (key == "structs") {
      o.structs = !v.is_atom(atoms::false_);
    } else if (key == "charlists" || key == "char_lists") {
      // as Inspect.List tests it: :as_charlists (the deprecated char_lists: says
      // :as_char_lists), :infer, and any other value is a list of numbers
      using L = InspectOpts::Lists;
      o.charlists = is(key == "charlists" ? "as_charlists" : "as_char_lists") ? L::as_charlists
                    : is("infer")                                             ? L::infer
                                                                              : L::as_lists;
    } else if (key == "binaries") {
      using B = InspectOpts::Binaries;
      o.binaries = is("as_strings") ? B::as_strings : is("infer") ? B::infer : B::as_binaries;
    } else if (key == "base") {
      if (is("binary")) o.base = InspectOpts::Base::binary;
      if (is("octal")) o.base = InspectOpts::Base::octal;
      if (is("hex")) o.base = InspectOpts::Base::hex;
      if (is("decimal")) o.base = InspectOpts::Base::decimal;
    }
  }
  return o;
}

}  // namespace taskplay::lang

#pragma once
// The compiler's internals, shared by compiler.cpp (functions, calls,
// expressions), compile_match.cpp (patterns and guards) and compile_forms.cpp
// (case, if, cond, receive, try, for, defmodule). Not a public header.

#include <cstddef>
#include <deque>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "taskplay/lang/compiler.hpp"
#include "taskplay/lang/structs.hpp"

namespace taskplay::lang::detail {

// Raised when a function needs more variable registers than estimated; the
// function is compiled again with room for more.
struct NeedMoreVars {};

struct Scope {
  std::vector<std::pair<std::string, uint16_t>> vars;  // later entries shadow earlier ones
};

// Sibling expressions (a call's arguments, a tuple's, list's or map's elements, the parts of
// an interpolation, a binary operator's operands) see only the variables bound before
// them: what one binds is hidden from the others and seen after them all, as in Elixir
// (`a = 5; {a = 1, a}` is {1, 5}, and `a` is 1 after it). A rebinding takes a fresh register
// (match_expr), so a hidden binding leaves the old value where the siblings read it.
// next() after each sibling; the destructor shows what they bound.
class Siblings {
 public:
  explicit Siblings(Scope* scope) : scope_(scope), base_(scope->vars.size()) {}
  Siblings(const Siblings&) = delete;
  Siblings& operator=(const Siblings&) = delete;
  void next() {
    auto& v = scope_->vars;
    if (v.size() <= base_) return;
    held_.insert(held_.end(),
                 std::make_move_iterator(v.begin() + static_cast<std::ptrdiff_t>(base_)),
                 std::make_move_iterator(v.end()));
    v.resize(base_);
  }
  ~Siblings() {
    next();
    auto& v = scope_->vars;
    v.insert(v.end(), std::make_move_iterator(held_.begin()), std::make_move_iterator(held_.end()));
  }

 private:
  Scope* scope_;
  size_t base_;
  std::vector<std::pair<std::string, uint16_t>> held_;
};

struct FnState {
  Proto* proto = nullptr;
  FnState* parent = nullptr;
  std::deque<Scope> scope_store;  // stable addresses: receive bodies reuse their clause's scope
  std::vector<Scope*> scopes;
  uint16_t var_next = 0;  // next free variable register
  uint16_t var_end = 0;   // first temporary register
  uint16_t temp_top = 0;  // next free temporary
  uint32_t max_reg = 0;
  struct LabelRec {
    int32_t pos = -1;
    std::vector<uint32_t> refs;  // instructions whose t jumps here
  };
  std::vector<LabelRec> labels;
  std::vector<Proto*> children;  // closures made here (their captures name our registers)
  // Variables bound so far by the pattern being compiled (a repeated name tests equality).
  std::vector<std::pair<std::string, uint16_t>>* pattern_vars = nullptr;
  bool in_guard = false;
};

// `import Module` (an alias or an Erlang module's atom), with its `only:`/`except:` lists
// of name/arity; `only: :functions` is every function (and no macro: only: :macros imports
// none of either here).
struct Import {
  explicit Import(Atom m) : module(m) {}
  Atom module;
  std::vector<std::pair<std::string, uint32_t>> only, except;
  bool has_only = false;
  bool allows(const std::string& name, uint32_t arity) const;
  bool operator==(Atom m) const { return module == m; }
};

struct ModuleCtx {
  Atom name;
  std::string display;               // "MyApp.MyTask"
  const FnState* body_fn = nullptr;  // where the module body's own code compiles
  // name/arity -> private?
  std::map<std::pair<std::string, uint32_t>, bool> defs;
  std::map<std::string, Term> attrs;
  std::set<std::string> accumulated;  // Module.register_attribute(..., accumulate: true)
  bool exunit_case = false;  // use ExUnit.Case: assertions and ExUnit's imports are visible
  // inside a module that uses ExUnit.Case: its imports reach nested modules (lexical)
  bool exunit_imports = false;
  std::map<std::string, std::string> frame_file;  // function name -> Proto::file (doctests)
  std::vector<Import> imports;  // import Module (functions only, for the module's body)
  std::vector<Atom> required;   // require Module in the module's body
  // computed attributes (`@x Enum.sum(...)`): name -> the key its value is kept under
  std::map<std::string, std::string> dyn_attrs;
  uint32_t dyn_count = 0;
  const Node* defstruct = nullptr;  // the module's defstruct or defexception
  // the attributes as each def found them: `@a 1; def one, do: @a; @a 2` reads 1 in one/0
  struct Attrs {
    std::map<std::string, Term> values;
    std::map<std::string, std::string> computed;
  };
  std::map<const Node*, Attrs> attrs_at;
};

using Label = int;

// One clause of a function: `def of(n) when n > 1, do: body` or `fn n -> body end`.
struct ClauseView {
  std::vector<const Node*> patterns;
  const Node* guard = nullptr;
  const Node* body = nullptr;  // null: nil
  uint32_t line = 0;
  const Node* def = nullptr;  // the def it comes from (its module attributes' values there)
};

class Compiler {
 public:
  Compiler(Unit& unit, const CompileOptions& opts) : unit_(unit), opts_(opts) {
    if (opts.required) requires_ = *opts.required;
    for (const auto& [short_name, full] : opts.aliases) aliases_[short_name] = full;
  }
  void program(const Node& root);

  // [SECTION] compiler.cpp: functions, registers, code -------------------------------
  Proto* new_proto();
  Proto* new_fn_proto(uint32_t line);
  // Compiles a function from clauses (def clauses or fn clauses) into `p`.
  void function(Proto* p, const std::vector<ClauseView>& clauses, uint32_t arity, FnState* parent);
  void function_body(const std::vector<ClauseView>& clauses, uint32_t arity);
  uint16_t new_var_in(FnState& f);
  Atom alias_atom(const Node& alias);
  Atom alias_atom(const std::string& path);

  uint32_t emit(Op op, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0, uint32_t t = 0,
                uint8_t x = 0);
  Label label();
  void jump(Op op, Label l, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0, uint8_t x = 0);
  void place(Label l);
  uint32_t pc() const;
  uint16_t konst(const Term& t);
  uint16_t temp();
  uint16_t temps(uint16_t n);
  void free_to(uint16_t mark) { f_->temp_top = mark; }
  uint16_t new_var();
  void bind(const std::string& name, uint16_t reg);
  std::optional<uint16_t> lookup(const std::string& name);
  std::optional<uint16_t> resolve(FnState& f, const std::string& name);
  void push_scope();
  Scope* pop_scope();
  void use_scope(Scope* s);  // re-enter a saved scope (receive bodies)
  bool is_var_register(uint16_t r) const { return r < f_->var_end; }

  void expr(const Node& n, uint16_t dst);
  void tail(const Node& n);         // n in tail position: ends in Return or a tail call
  uint16_t operand(const Node& n);  // a register holding n (a variable's own, or a new temp)
  void block(const Node& n, uint16_t dst);
  void block_tail(const Node& n);
  bool constant(const Node& n, Term& out);
  void binary(const Node& n, uint16_t dst);
  void unary(const Node& n, uint16_t dst);
  // l op r for + - * /, and where the BEAM would raise its error (arith_failure)
  void arith(const std::string& op, const Node& l, const Node& r, uint16_t dst);
  uint8_t arith_failure(const std::string& op, const Node* l, const Node& r);
  bool known_not_number(const Node* n);
  // Kernel.op(...) and :erlang.op(...) for + - * / compile as the operator
  bool arith_call(Atom module, const std::string& name, const std::vector<const Node*>& args,
                  uint16_t dst, bool is_tail);
  // apply(:erlang, op, [args]) as :erlang.op(args)
  bool apply_arith(const std::vector<const Node*>& args, uint16_t dst, bool is_tail);
  void local_call(const Node& n, uint16_t dst, bool is_tail);
  void remote_call(const Node& n, uint16_t dst, bool is_tail);
  void static_call(Atom module, Atom fun, const std::vector<const Node*>& args, bool local,
                   uint16_t dst, bool is_tail);
  void fun_call(const Node& n, uint16_t dst, bool is_tail);
  void args_at(uint16_t a, const std::vector<const Node*>& args);
  uint16_t call_base(uint16_t dst, uint16_t nargs);
  void bif(int native, const std::vector<const Node*>& args, uint16_t dst);
  void fn(const Node& n, uint16_t dst);
  void capture(const Node& n, uint16_t dst);
  void capture_expr(const Node& body, uint16_t dst);
  // compile_sigil.cpp: ~s ~c ~w ~r (and their upper-case forms), ~x as sigil_x/2
  void sigil(const Node& n, uint16_t dst);
  bool sigil_value(const Node& n, Term& out);  // a sigil that is a constant
  [[noreturn]] void error(const Node& n, std::string message);
  // An exception raised while Elixir expands n (defstruct's ArgumentError, a struct's KeyError):
  // `kind` with `frames` above the place n compiles in (a def, the module body, the file)
  [[noreturn]] void expansion_error(const Node& n, std::string kind, std::string message,
                                    std::string frames);
  void map_pairs_only(const Node& map);  // refuses %{x}: a map of key-value pairs only

  // [SECTION] compile_match.cpp: patterns and guards ------------------------------------
  // Matches the value in `src` against `pat`, binding variables; jumps to `fail` on mismatch.
  void match(const Node& pat, uint16_t src, Label fail);
  void match_list(const Node& pat, uint16_t src, Label fail);
  void match_map(const Node& pat, uint16_t src, Label fail);
  // compile_binary.cpp: <<...>> built, matched, and walked by a for (`<<c <- s>>`, made a
  // generator over its chunks)
  void bin_build(const Node& n, uint16_t dst);
  void match_bin(const Node& pat, uint16_t src, Label fail);
  NodeP bin_generator(const Node& q);
  // compile_access.cpp: put_in/2, update_in/2, get_and_update_in/2, pop_in/1 on a path
  // written as code, expanded as Kernel's macros (null: not such a call)
  NodeP path_macro(const Node& call);
  // compile_protocol.cpp: defprotocol and defimpl, as modules that dispatch on a type
  void defprotocol(const Node& call, uint16_t dst);
  void defimpl(const Node& call, uint16_t dst);
  void bind_pattern_var(const std::string& name, uint16_t src);
  // A clause head (patterns against consecutive registers) and its guard.
  void clause_head(const std::vector<const Node*>& patterns, const std::vector<uint16_t>& srcs,
                   const Node* guard, Label fail);
  void guard(const Node& g, Label fail);
  bool guard_may_raise(const Node& g) const;
  // `=` : compiles rhs, matches, raises MatchError on mismatch.
  void match_expr(const Node& n, uint16_t dst);

  // [SECTION] compile_forms.cpp: special forms -------------------------------------------------
  // Special forms by name; returns false if `name` is not one.
  bool special_form(const Node& call, uint16_t dst, bool is_tail);
  void if_form(const Node& call, bool negate, uint16_t dst, bool is_tail);
  void case_form(const Node& call, uint16_t dst, bool is_tail);
  void cond_form(const Node& call, uint16_t dst, bool is_tail);
  void receive_form(const Node& call, uint16_t dst, bool is_tail);
  void try_form(const Node& call, uint16_t dst);
  void for_form(const Node& call, uint16_t dst);
  void with_form(const Node& call, uint16_t dst, bool is_tail);
  void raise_form(const Node& call, uint16_t dst);
  void defmodule(const Node& call, uint16_t dst);
  void define_module(const Node& call, uint16_t dst);  // defmodule's work
  // var!(x) and var!(x, :ctx) written in code: the variable (of that context), or null
  const Node* var_bang(const Node& call);
  // [SECTION] compile_macro.cpp: defmacro/defmacrop, and macro calls expanded in place
  struct MacroDef {
    Atom module;
    std::string name;
    uint32_t arity;
    bool is_private;
    const Proto* proto;  // its "MACRO-name" function, once compiled
  };
  const MacroDef* macro_of(Atom module, const std::string& name, uint32_t arity) const;
  // the defs of a defmacro's "MACRO-name" function (one per arity when it has defaults)
  std::vector<NodeP> macro_defs(const Node& defmacro);
  void push_macro_defs(const Node& defmacro, std::vector<const Node*>& out);
  void note_macro_proto(Atom module, const std::string& fn, uint32_t arity, const Proto* p);
  const Node* expand(const MacroDef& m, const Node& at, std::vector<Term> args);
  Term env_term(uint32_t line) const;
  bool is_defrecord(const Node& s) const;
  std::vector<const Node*> defrecord(const Node& s);
  bool in_match_ = false;  // expanding a macro called in a pattern (__CALLER__.context :match)
  std::vector<Term> quoted_args(const Node& call);
  const MacroDef* macro_at(const Node& call) const;  // the macro a call invokes, or null
  bool macro_call(const Node& n, uint16_t dst, bool is_tail);
  // a module body's statements with defmacros made defs and macro calls (use) expanded
  std::vector<const Node*> expand_body(const std::vector<const Node*>& stmts);
  const Node* kernel_form(const Node* s);  // Kernel.def(...) as def(...)
  // compile_forms.cpp: a module body's statements that define as they run (a `for` of defs
  // with unquote fragments, a macro that defs called in an Enum.each) run while the program
  // compiles, as Elixir runs the body; each is replaced by the defs and the attributes it set
  std::vector<const Node*> run_body_defs(const std::vector<const Node*>& stmts);
  bool defines_when_run(const Node& n, bool top) const;
  void set_attribute(const std::string& name, Term v);  // @name v in the body
  bool register_attribute(const Node& s);  // Module.register_attribute(__MODULE__, ...)
  bool body_eval_ = false;  // compiling such a statement: def and @name value record themselves
  // defoverridable: the function whose clauses compile now, and what its `super` calls
  struct SuperTarget {
    std::string target;  // "f (overridable 1)", or empty: no super
    std::string name;
    uint32_t arity = 0;
    std::string available;  // "f/1, g/0": the ones still overridable, for the error
  };
  SuperTarget super_;
  // a behaviour (its module atom's name) defined here: its callbacks (defoverridable B)
  std::map<std::string, std::vector<std::pair<std::string, uint32_t>>> behaviour_callbacks_;
  // `require M` / `import M`: noted for the rest of the scope (import requires too)
  void note_require(const Node& call);
  std::vector<MacroDef> macros_;
  int macro_depth_ = 0;
  // What macros print while a module compiles is printed where Elixir expands them, when
  // the script runs: at the start of the module's body (macros called in the body, `use`),
  // or where a def stands in it (macros in its clauses). Each place is a MacroOutput of a
  // constant of the top-level function, its text filled in as macros print.
  struct OutputSlot {
    Proto* proto;
    uint16_t konst;
    std::string text;
  };
  std::vector<OutputSlot> output_slots_;
  int output_slot_ = -1;                        // where the macro expanded now prints, -1: at once
  std::map<const Node*, int> def_output_slot_;  // a def's place in its module's body
  int reserve_output_slot();                    // a MacroOutput here (the current function)
  // [SECTION] compile_quote.cpp: quote (code building the quoted form, unquotes evaluated)
  void quote_form(const Node& call, uint16_t dst);
  // [SECTION] compile_struct.cpp: defstruct, defexception, %Mod{}, raise of an exception
  // module, computed module attributes
  // What defstruct/defexception generate in the module (__struct__/0,1, exception/1,
  // message/1), each giving way to the module's own
  std::vector<NodeP> struct_defs(const Node& def);
  // compile_defdelegate.cpp: the def that `defdelegate head, to: M, as: f` stands for
  NodeP delegate_def(const Node& call);
  // compile_forms.cpp: the module's __info__/1, from its defs (and the generated ones)
  std::vector<NodeP> info_def(const Node& at, const std::vector<const Node*>& defined);
  // compile_defguard.cpp: defguard/defguardp, expanded where they are used
  struct DefGuard {
    Atom module;
    std::string name;
    std::vector<std::string> params;
    NodeP body;  // the `when` expression
    bool is_private;
  };
  void record_defguard(const Node& s);
  const DefGuard* defguard_of(Atom module, const std::string& name, uint32_t arity,
                              bool inside) const;
  // one the current module defines or imports
  const DefGuard* local_defguard(const std::string& name, uint32_t arity) const;
  void expand_defguard(const Node& call, const DefGuard& g, const std::vector<const Node*>& args,
                       uint16_t dst, bool is_tail);
  // The defstruct statement in the module's body: a call of :taskplay.defstruct/4
  void struct_body(const Node& def, uint16_t dst);
  // `@name value` in a module's body whose value is not a constant
  void computed_attribute(const Node& attr, uint16_t dst);
  bool computed_attribute_read(const Node& attr, uint16_t dst);
  // %Mod{k: v} of a struct the program defined (false: another struct, as a map)
  bool struct_literal(const Node& n, uint16_t dst);
  // raise Mod / raise Mod, attrs of an exception the program defined, raise expr
  bool raise_call(const Node& call, uint16_t dst, bool is_tail);
  void branch_body(const Node* body, uint16_t dst, bool is_tail, Label end);
  // The module an imported function name/arity comes from (import M), or nil.
  Atom imported(const std::string& name, uint32_t arity) const;
  bool kernel_allows(const std::string& name, uint32_t arity) const;
  char kernel_sigil(const Node& n) const;
  bool dbg_form(const Node& call, uint16_t dst, bool is_tail);  // dbg/0,1,2
  bool required(Atom module) const;
  // Logger.info(msg) and the other Logger macros, expanded as Elixir's are when Logger is
  // required (the message is not evaluated when the level drops it); false if not one
  // or Logger is not required (then the call finds no function, as on the BEAM).
  // Integer.is_even/is_odd without `require Integer` raise UndefinedFunctionError here.
  bool logger_macro(const Node& call, Atom module, uint16_t dst, bool is_tail);

  // [SECTION] compile_exunit.cpp: ExUnit's macros ---------------------------------------------
  bool exunit_assertions_visible() const;
  // assert, refute, assert_receive, ..., catch_exit: expanded in place; false if not one.
  bool assertion_form(const Node& call, uint16_t dst, bool is_tail);
  // use ExUnit.Case: the module body with test/describe/setup turned into functions.
  std::vector<const Node*> exunit_case(const std::vector<const Node*>& stmts, const Node* use_opts,
                                       std::vector<NodeP>& owned);
  // do/else/after/... of a call, from a do-block or a trailing keyword list
  std::map<std::string, const Node*> sections(const Node& call, size_t& nargs);

  Unit& unit_;
  const CompileOptions& opts_;
  FnState* f_ = nullptr;
  ModuleCtx* mod_ = nullptr;
  uint32_t line_ = 0;
  uint32_t anon_count_ = 0;
  uint32_t dbg_count_ = 0;  // dbg/2 expansions (their variables' names)
  // generated nodes (for, with, use) must outlive the compilation
  std::vector<NodeP> generated_;
  // the module whose functions are being compiled (its ModuleDef, filled as they are)
  const ModuleDef* compiling_ = nullptr;
  // what code run while compiling may call: the modules compiled so far, and compiling_
  std::vector<const ModuleDef*> modules_so_far() const {
    std::vector<const ModuleDef*> out;
    for (const ModuleDef& m : unit_.modules) out.push_back(&m);
    if (compiling_) out.push_back(compiling_);
    return out;
  }
  std::vector<DefGuard> defguards_;  // of every module compiled so far
  int defguard_nesting_ = 0;
  // alias Foo.Bar (as: Bar): the last segment -> the full name
  std::map<std::string, std::string> aliases_;
  std::vector<Import> imports_;  // import Module outside any module
  std::vector<Atom> requires_;   // require Module outside any module
  bool imports_exunit_assertions_ = false;
  // structs defined by this compilation's modules (available once their defmodule is
  // compiled), atom id -> shape
  std::map<uint32_t, StructShape> unit_structs_;
};

// Counts the variable occurrences below `n` (an upper bound of the registers
// its bindings and captures can need).
uint32_t count_vars(const Node& n);

// Drops the variable registers a function did not use: temporaries move down
// to just above the variables it bound (smaller frames: deep recursion needs
// less stack, returns clear fewer registers).
void compact_registers(FnState& f);
bool is_underscore(const std::string& name);
// [k: v, ...] written as a list of {atom, value} pairs
bool is_kw_list(const Node& n);
bool is_macro_function(const std::string& name);  // "MACRO-unless"

}  // namespace taskplay::lang::detail

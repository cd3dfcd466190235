#include "taskplay/elixir_structs.hpp"

namespace taskplay {

// `Map.to_list(Mod.__struct__())` in Elixir 1.14 on OTP 25 gave the defaults; the order
// is the one each module's defstruct or defexception lists.
const std::vector<ElixirStruct>& elixir_structs() {
  static const std::vector<ElixirStruct> all = [] {
    std::vector<ElixirStruct> v;
    auto ex = [&v](std::string_view m, std::vector<ElixirStructField> f) {
      v.push_back({m, std::move(f), true});
    };
    auto st = [&v](std::string_view m, std::vector<ElixirStructField> f) {
      v.push_back({m, std::move(f), false});
    };
    ex("Elixir.RuntimeError", {{"message", "\"runtime error\""}});
    ex("Elixir.ArgumentError", {{"message", "\"argument error\""}});
    ex("Elixir.ArithmeticError", {{"message", "\"bad argument in arithmetic expression\""}});
    ex("Elixir.SystemLimitError", {{"message", "\"a system limit has been reached\""}});
    ex("Elixir.Enum.OutOfBoundsError", {{"message", "\"out of bounds error\""}});
    ex("Elixir.Enum.EmptyError", {{"message", "\"empty error\""}});
    ex("Elixir.Regex.CompileError", {{"message", "\"regex could not be compiled\""}});
    for (std::string_view m :
         {"Elixir.BadFunctionError", "Elixir.BadMapError", "Elixir.MatchError",
          "Elixir.CaseClauseError", "Elixir.WithClauseError", "Elixir.TryClauseError"})
      ex(m, {{"term"}});
    ex("Elixir.CondClauseError", {});
    ex("Elixir.BadStructError", {{"struct"}, {"term"}});
    ex("Elixir.BadBooleanError", {{"term"}, {"operator"}});
    ex("Elixir.BadArityError", {{"function"}, {"args"}});
    ex("Elixir.UndefinedFunctionError",
       {{"module"}, {"function"}, {"arity"}, {"reason"}, {"message"}});
    ex("Elixir.FunctionClauseError",
       {{"module"}, {"function"}, {"arity"}, {"kind"}, {"args"}, {"clauses"}});
    ex("Elixir.Protocol.UndefinedError", {{"protocol"}, {"value"}, {"description", "\"\""}});
    ex("Elixir.KeyError", {{"key"}, {"term"}, {"message"}});
    ex("Elixir.ErlangError", {{"original"}, {"reason"}});
    ex("Elixir.UnicodeConversionError", {{"encoded"}, {"message"}});
    ex("Elixir.File.Error", {{"reason"}, {"path"}, {"action", "\"\""}});
    for (const char* m : {"Elixir.File.CopyError", "Elixir.File.RenameError"})
      ex(m, {{"reason"}, {"source"}, {"destination"}, {"on", "\"\""}, {"action", "\"\""}});
    ex("Elixir.File.LinkError", {{"reason"}, {"existing"}, {"new"}, {"action", "\"\""}});
    ex("Elixir.System.EnvError", {{"env"}});
    ex("Elixir.IO.StreamError", {{"reason"}, {"message"}});
    ex("Elixir.URI.Error", {{"action"}, {"reason"}, {"part"}});
    ex("Elixir.Version.InvalidVersionError", {{"version"}});
    ex("Elixir.Version.InvalidRequirementError", {{"requirement"}});
    ex("Elixir.OptionParser.ParseError", {{"message"}});
    ex("Elixir.SyntaxError",
       {{"file"}, {"line"}, {"column"}, {"snippet"}, {"description", "\"syntax error\""}});
    ex("Elixir.TokenMissingError", {{"file"},
                                    {"line"},
                                    {"snippet"},
                                    {"column"},
                                    {"description", "\"expression is incomplete\""}});
    ex("Elixir.CompileError", {{"file"}, {"line"}, {"description", "\"compile error\""}});
    st("Elixir.Range", {{"first"}, {"last"}, {"step"}});
    st("Elixir.MapSet", {{"map", "%{}"}, {"version", "2"}});
    st("Elixir.Task", {{"mfa"}, {"owner"}, {"pid"}, {"ref"}});
    st("Elixir.URI", {{"scheme"},
                      {"authority"},
                      {"userinfo"},
                      {"host"},
                      {"port"},
                      {"path"},
                      {"query"},
                      {"fragment"}});
    st("Elixir.File.Stat", {{"size"},
                            {"type"},
                            {"access"},
                            {"atime"},
                            {"mtime"},
                            {"ctime"},
                            {"mode"},
                            {"links"},
                            {"major_device"},
                            {"minor_device"},
                            {"inode"},
                            {"uid"},
                            {"gid"}});
    st("Elixir.File.Stream",
       {{"path"}, {"modes", "[]"}, {"line_or_bytes", ":line"}, {"raw", "true"}});
    st("Elixir.IO.Stream", {{"device"}, {"raw"}, {"line_or_bytes"}});
    st("Elixir.Version", {{"major"}, {"minor"}, {"patch"}, {"pre", "[]"}, {"build"}});
    st("Elixir.Version.Requirement", {{"source"}, {"lexed"}});
    st("Elixir.Date", {{"year"}, {"month"}, {"day"}, {"calendar", "Calendar.ISO"}});
    st("Elixir.Date.Range",
       {{"first"}, {"last"}, {"first_in_iso_days"}, {"last_in_iso_days"}, {"step"}});
    st("Elixir.Time",
       {{"hour"}, {"minute"}, {"second"}, {"microsecond", "{0, 0}"}, {"calendar", "Calendar.ISO"}});
    st("Elixir.NaiveDateTime", {{"year"},
                                {"month"},
                                {"day"},
                                {"hour"},
                                {"minute"},
                                {"second"},
                                {"microsecond", "{0, 0}"},
                                {"calendar", "Calendar.ISO"}});
    st("Elixir.DateTime", {{"year"},
                           {"month"},
                           {"day"},
                           {"hour"},
                           {"minute"},
                           {"second"},
                           {"time_zone"},
                           {"zone_abbr"},
                           {"utc_offset"},
                           {"std_offset"},
                           {"microsecond", "{0, 0}"},
                           {"calendar", "Calendar.ISO"}});
    st("Elixir.Inspect.Opts", {{"base", ":decimal"},
                               {"binaries", ":infer"},
                               {"char_lists", ":infer"},
                               {"charlists", ":infer"},
                               {"custom_options", "[]"},
                               {"inspect_fun", "&Inspect.inspect/2"},
                               {"limit", "50"},
                               {"pretty", "false"},
                               {"printable_limit", "4096"},
                               {"safe", "true"},
                               {"structs", "true"},
                               {"syntax_colors", "[]"},
                               {"width", "80"}});
    st("Elixir.DynamicSupervisor", {{"args"},
                                    {"extra_arguments"},
                                    {"mod"},
                                    {"name"},
                                    {"strategy"},
                                    {"max_children"},
                                    {"max_restarts"},
                                    {"max_seconds"},
                                    {"children", "%{}"},
                                    {"restarts", "[]"}});
    return v;
  }();
  return all;
}

}  // namespace taskplay

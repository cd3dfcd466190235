// System's and :erlang's clocks and counters, from the runtime: time is the runtime's
// clock (virtual in a run, so a recorded run replays the same values), never the host's
// wall clock. Native time units are nanoseconds, as on the BEAM on Linux. Also the
// environment's variables under System's and :os's functions, and the host's files under
// File's (prelude_system.cpp).

#include <unistd.h>
#ifndef __EMSCRIPTEN__
#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <utime.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <optional>

#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view S = "Elixir.System";
constexpr std::string_view E = "erlang";

// System.system_time/0 at the runtime's time zero: 2026-01-01T00:00:00Z. A run is a
// recording, so its wall clock is the runtime's too.
constexpr int64_t kSystemTimeOriginNs = 1767225600LL * 1000000000LL;

[[noreturn]] void bad_unit(const char* fun, const Term& unit) { bif_badarg(E, fun, {unit}); }

// nanoseconds in `unit` (:second, :millisecond, ... or parts per second), rounded down
Term in_unit(int64_t ns, const Term& unit, const char* fun) {
  int64_t per_second = 0;
  if (unit.is_atom(Atom("second")) || unit.is_atom(Atom("seconds")))
    per_second = 1;
  else if (unit.is_atom(Atom("millisecond")) || unit.is_atom(Atom("milli_seconds")))
    per_second = 1000;
  else if (unit.is_atom(Atom("microsecond")) || unit.is_atom(Atom("micro_seconds")))
    per_second = 1000000;
  else if (unit.is_atom(Atom("nanosecond")) || unit.is_atom(Atom("nano_seconds")) ||
           unit.is_atom(Atom("native")) || unit.is_atom(Atom("perf_counter")))
    per_second = 1000000000;
  else if (unit.is_small_int() && unit.small_int() > 0)
    per_second = unit.small_int();
  else
    bad_unit(fun, unit);
  // floor division, as the BEAM converts a negative time: whole seconds, then the rest
  constexpr int64_t kBillion = 1000000000;
  int64_t seconds = ns / kBillion, rest = ns % kBillion;
  if (rest < 0) {
    --seconds;
    rest += kBillion;
  }
  return Term::integer(seconds * per_second + rest * per_second / kBillion);
}

int64_t monotonic_ns(Ctx& c) { return c.runtime().now_us() * 1000; }
int64_t system_ns(Ctx& c) { return kSystemTimeOriginNs + monotonic_ns(c); }

Term schedulers(Ctx& c, Term*) { return Term::integer(c.runtime().options().schedulers_online); }
Term monotonic_time0(Ctx& c, Term*) { return Term::integer(monotonic_ns(c)); }
Term monotonic_time1(Ctx& c, Term* a) { return in_unit(monotonic_ns(c), a[0], "monotonic_time"); }
Term system_time0(Ctx& c, Term*) { return Term::integer(system_ns(c)); }
Term system_time1(Ctx& c, Term* a) { return in_unit(system_ns(c), a[0], "system_time"); }

// unique_integer/0,1: two counters per runtime, as the BEAM's: the monotonic one counts
// 0, 1, 2, ...; the other gives 2, 18, 34, ... (what a fresh elixir prints on this
// machine). :positive adds 1; otherwise the values start at -2^59.
struct UniqueCounters {
  int64_t monotonic = 0;
  int64_t other = 0;
};
Term unique_integer(Ctx& c, const Term& modifiers, const char* fun) {
  bool positive = false, monotonic = false;
  const Term* m = &modifiers;
  for (; m->is_cons(); m = &m->tail()) {
    if (m->head().is_atom(Atom("positive")))
      positive = true;
    else if (m->head().is_atom(Atom("monotonic")))
      monotonic = true;
    else
      bad_unit(fun, modifiers);
  }
  if (!m->is_nil()) bad_unit(fun, modifiers);
  auto& n = c.runtime().extension<UniqueCounters>();
  int64_t raw = monotonic ? n.monotonic++ : 2 + 16 * n.other++;
  return Term::integer(positive ? raw + 1 : raw - (int64_t{1} << 59));
}
Term unique_integer0(Ctx& c, Term*) { return unique_integer(c, Term(), "unique_integer"); }
Term unique_integer1(Ctx& c, Term* a) { return unique_integer(c, a[0], "unique_integer"); }
// The versions taskplay answers as: Elixir 1.14.0 on OTP 25 (docs/language.md)
Term otp_release(Ctx&, Term*) { return Term::string("25"); }
Term elixir_version(Ctx&, Term*) { return Term::string("1.14.0"); }
Term self(Ctx& c, Term*) { return Term(c.self()); }
Term make_ref(Ctx& c, Term*) { return Term(c.runtime().make_ref()); }

// The environment (System.get_env/put_env, :os.getenv): the host's, as `elixir` sees it
// (the page's is the fixed one Emscripten gives). :taskplay.getenv(name): a string or nil.
Term getenv(Ctx&, Term* a) {
  const char* v = std::getenv(std::string(a[0].binary()).c_str());
  return v ? Term::string(v) : Term(atoms::nil);
}
Term putenv(Ctx&, Term* a) {
  setenv(std::string(a[0].binary()).c_str(), std::string(a[1].binary()).c_str(), 1);
  return Term(atoms::true_);
}
Term unsetenv(Ctx&, Term* a) {
  ::unsetenv(std::string(a[0].binary()).c_str());
  return Term(atoms::true_);
}
// every NAME=value of the environment, as strings
Term environment(Ctx&, Term*) {
  std::vector<Term> out;
  for (char** e = environ; e && *e; ++e) out.push_back(Term::string(*e));
  return Term::list(out);
}
// File.cwd!/0: the folder `taskplay run` was started in ("/" in the page)
Term cwd(Ctx& c, Term*) {
  const std::string& d = state(c.runtime()).cwd;
  return Term::string(d.empty() ? "/" : d);
}
// :taskplay.halt(status): System.halt/1 and :erlang.halt/1 (prelude_system.cpp) stop the
// whole run with `status`; the caller then waits forever, and the runner stops at once
Term halt(Ctx& c, Term* a) {
  state(c.runtime()).halt_status = static_cast<int>(a[0].small_int());
  return Term(atoms::ok);
}
// :os.type/0: the BEAM taskplay stands for runs on Linux
Term os_type(Ctx&, Term*) { return Term::tuple({Term::atom("unix"), Term::atom("linux")}); }

// [SECTION] Files: the host's, through :taskplay.file_* (File in prelude_system.cpp). A
// path is a string; errors are {:error, posix} as :file returns them. An open file is an id
// into the runtime's table, served by a process of File's (File.open), as the BEAM's file
// io server serves the pid File.open returns.
#ifdef __EMSCRIPTEN__
// The page has no files (web/CMakeLists.txt: -sFILESYSTEM=0): each file operation says so
Term no_files(Ctx&, Term*) { return Term::tuple({Term::atom("error"), Term::atom("enotsup")}); }
#define TASKPLAY_FILE_NATIVE(f) no_files
#else
#define TASKPLAY_FILE_NATIVE(f) f
Term posix_error(int err) {
  const char* name = "eio";
  switch (err) {
    case ENOENT:
      name = "enoent";
      break;
    case EACCES:
      name = "eacces";
      break;
    case EEXIST:
      name = "eexist";
      break;
    case EISDIR:
      name = "eisdir";
      break;
    case ENOTDIR:
      name = "enotdir";
      break;
    case ENOTEMPTY:
      name = "eexist";
      break;  // as :file.del_dir reports a non-empty folder
    case EINVAL:
      name = "einval";
      break;
    case ENOSPC:
      name = "enospc";
      break;
    case EROFS:
      name = "erofs";
      break;
    case EPERM:
      name = "eperm";
      break;
    case EBUSY:
      name = "ebusy";
      break;
    case EXDEV:
      name = "exdev";
      break;
    case ENAMETOOLONG:
      name = "enametoolong";
      break;
    case ELOOP:
      name = "eloop";
      break;
    case EBADF:
      name = "ebadf";
      break;
    default:
      break;
  }
  return Term::tuple({Term::atom("error"), Term::atom(name)});
}
Term ok_or_error(int rc) { return rc == 0 ? Term::atom("ok") : posix_error(errno); }
std::string path_of(const Term& t) {
  if (!t.is_binary()) badarg(t);
  return std::string(t.binary());
}
// :taskplay.set_cwd(path): File.cd/1 and :file.set_cwd/1. The host's own working folder
// moves too, since files are the host's (relative paths are resolved by it)
Term set_cwd(Ctx& c, Term* a) {
  std::string path = path_of(a[0]);
  if (::chdir(path.c_str()) != 0) return posix_error(errno);
  std::error_code ec;
  std::string now = std::filesystem::current_path(ec).string();
  state(c.runtime()).cwd = ec ? path : now;
  return Term(atoms::ok);
}
// :taskplay.file_read(path) -> {:ok, binary} | {:error, posix}
Term file_read(Ctx&, Term* a) {
  std::string path = path_of(a[0]);
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
    return Term::tuple({Term::atom("error"), Term::atom("eisdir")});
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return posix_error(errno);
  std::string data;
  char buf[65536];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) data.append(buf, n);
  std::fclose(f);
  return Term::tuple({Term::atom("ok"), Term::string(data)});
}
// :taskplay.file_write(path, binary, append?) -> :ok | {:error, posix}
Term file_write(Ctx&, Term* a) {
  std::string path = path_of(a[0]);
  if (!a[1].is_binary()) badarg(a[1]);
  std::FILE* f = std::fopen(path.c_str(), a[2].is_atom(atoms::true_) ? "ab" : "wb");
  if (!f) return posix_error(errno);
  std::string_view data = a[1].binary();
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  int err = errno;
  if (std::fclose(f) != 0 || !ok) return posix_error(ok ? errno : err);
  return Term::atom("ok");
}
// :taskplay.file_stat(path) -> {:ok, type, size} | {:error, posix}
Term file_stat(Ctx&, Term* a) {
  struct stat st;
  if (::stat(path_of(a[0]).c_str(), &st) != 0) return posix_error(errno);
  const char* type = S_ISREG(st.st_mode)   ? "regular"
                     : S_ISDIR(st.st_mode) ? "directory"
                     : S_ISLNK(st.st_mode) ? "symlink"
                                           : "other";
  return Term::tuple({Term::atom("ok"), Term::atom(type), Term::integer(int64_t(st.st_size))});
}
// :taskplay.file_ls(path) -> {:ok, [name]} | {:error, posix}, in the folder's order
// :taskplay.file_info(path) -> {:ok, [size, type, access, atime, mtime, ctime, mode, links,
// major_device, minor_device, inode, uid, gid]} | {:error, posix}: File.Stat's fields as
// :file.read_file_info/2 gives them, times universal
// (file_linfo: the same of a symbolic link itself, as File.lstat/1)
Term file_info_of(const Term& p, bool link) {
  std::string path = path_of(p);
  struct stat st;
  if ((link ? ::lstat(path.c_str(), &st) : ::stat(path.c_str(), &st)) != 0)
    return posix_error(errno);
  const char* type = S_ISREG(st.st_mode)   ? "regular"
                     : S_ISDIR(st.st_mode) ? "directory"
                     : S_ISLNK(st.st_mode) ? "symlink"
                                           : "other";
  bool r = ::access(path.c_str(), R_OK) == 0, w = ::access(path.c_str(), W_OK) == 0;
  const char* access = r && w ? "read_write" : r ? "read" : w ? "write" : "none";
  auto when = [](time_t t) {
    struct tm u;
    gmtime_r(&t, &u);
    return Term::tuple({Term::tuple({Term::integer(u.tm_year + 1900), Term::integer(u.tm_mon + 1),
                                     Term::integer(u.tm_mday)}),
                        Term::tuple({Term::integer(u.tm_hour), Term::integer(u.tm_min),
                                     Term::integer(u.tm_sec)})});
  };
  return Term::tuple(
      {Term::atom("ok"),
       Term::list({Term::integer(int64_t(st.st_size)), Term::atom(type), Term::atom(access),
                   when(st.st_atime), when(st.st_mtime), when(st.st_ctime),
                   Term::integer(int64_t(st.st_mode)), Term::integer(int64_t(st.st_nlink)),
                   Term::integer(int64_t(st.st_dev)), Term::integer(int64_t(st.st_rdev)),
                   Term::integer(int64_t(st.st_ino)), Term::integer(int64_t(st.st_uid)),
                   Term::integer(int64_t(st.st_gid))})});
}
Term file_info(Ctx&, Term* a) { return file_info_of(a[0], false); }
Term file_linfo(Ctx&, Term* a) { return file_info_of(a[0], true); }
// :taskplay.file_link(existing, new), file_symlink(target, new), file_readlink(path) ->
// {:ok, target}, file_chmod(path, mode): :ok | {:error, posix}
Term file_link(Ctx&, Term* a) {
  return ok_or_error(::link(path_of(a[0]).c_str(), path_of(a[1]).c_str()));
}
Term file_symlink(Ctx&, Term* a) {
  return ok_or_error(::symlink(path_of(a[0]).c_str(), path_of(a[1]).c_str()));
}
Term file_readlink(Ctx&, Term* a) {
  std::string target(4096, '\0');
  ssize_t n = ::readlink(path_of(a[0]).c_str(), target.data(), target.size());
  if (n < 0) return posix_error(errno);
  target.resize(size_t(n));
  return Term::tuple({Term::atom("ok"), Term::string(target)});
}
Term file_chmod(Ctx&, Term* a) {
  if (!a[1].is_small_int()) badarg(a[1]);
  return ok_or_error(::chmod(path_of(a[0]).c_str(), mode_t(a[1].small_int())));
}
Term file_ls(Ctx&, Term* a) {
  DIR* d = ::opendir(path_of(a[0]).c_str());
  if (!d) return posix_error(errno);
  std::vector<Term> names;
  while (dirent* e = ::readdir(d)) {
    std::string_view n = e->d_name;
    if (n != "." && n != "..") names.push_back(Term::string(n));
  }
  ::closedir(d);
  return Term::tuple({Term::atom("ok"), Term::list(names)});
}
Term file_mkdir(Ctx&, Term* a) { return ok_or_error(::mkdir(path_of(a[0]).c_str(), 0777)); }
Term file_rm(Ctx&, Term* a) {
  std::string path = path_of(a[0]);
  struct stat st;
  if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))  // :file.delete says eperm
    return Term::tuple({Term::atom("error"), Term::atom("eperm")});
  return ok_or_error(::unlink(path.c_str()));
}
Term file_rmdir(Ctx&, Term* a) { return ok_or_error(::rmdir(path_of(a[0]).c_str())); }
Term file_rename(Ctx&, Term* a) {
  return ok_or_error(std::rename(path_of(a[0]).c_str(), path_of(a[1]).c_str()));
}
// :taskplay.file_touch(path): creates it if need be, and sets its times to now
Term file_touch(Ctx&, Term* a) {
  std::string path = path_of(a[0]);
  if (std::FILE* f = std::fopen(path.c_str(), "ab")) std::fclose(f);
  return ok_or_error(::utime(path.c_str(), nullptr));
}

// Open files: id -> FILE*, per runtime; `utf8`: opened with :utf8 (counts characters)
struct OpenFiles {
  struct File {
    std::FILE* f = nullptr;
    bool utf8 = false;
  };
  std::map<int64_t, File> files;
  int64_t next = 1;
  ~OpenFiles() {
    for (auto& [id, file] : files) std::fclose(file.f);
  }
};
OpenFiles::File& open_file(Ctx& c, const Term& id) {
  auto& table = c.runtime().extension<OpenFiles>().files;
  auto it = id.is_small_int() ? table.find(id.small_int()) : table.end();
  if (it == table.end()) badarg(id);
  return it->second;
}
// :taskplay.file_open(path, modes) -> {:ok, id} | {:error, posix}: modes as File.open's
// (:read, :write, :append, :exclusive, :utf8, {:encoding, :utf8}; others ignored)
Term file_open(Ctx& c, Term* a) {
  std::string path = path_of(a[0]);
  bool read = false, write = false, append = false, exclusive = false, utf8 = false;
  for (const Term* m = &a[1]; m->is_cons(); m = &m->tail()) {
    const Term& x = m->head();
    if (x.is_atom(Atom("read"))) read = true;
    if (x.is_atom(Atom("write"))) write = true;
    if (x.is_atom(Atom("append"))) append = true;
    if (x.is_atom(Atom("exclusive"))) exclusive = write = true;
    if (x.is_atom(Atom("utf8"))) utf8 = true;
    if (x.is_tuple(2) && x[0].is_atom(Atom("encoding"))) utf8 = true;
  }
  if (!write && !append) read = true;
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
    return Term::tuple({Term::atom("error"), Term::atom("eisdir")});
  if (exclusive && ::stat(path.c_str(), &st) == 0)
    return Term::tuple({Term::atom("error"), Term::atom("eexist")});
  const char* how = append ? (read ? "a+b" : "ab") : write ? (read ? "r+b" : "wb") : "rb";
  if (write && read && !append && ::stat(path.c_str(), &st) != 0) how = "w+b";
  std::FILE* f = std::fopen(path.c_str(), how);
  if (!f) return posix_error(errno);
  auto& table = c.runtime().extension<OpenFiles>();
  int64_t id = table.next++;
  table.files[id] = {f, utf8};
  return Term::tuple({Term::atom("ok"), Term::integer(id)});
}
Term file_close(Ctx& c, Term* a) {
  auto& table = c.runtime().extension<OpenFiles>().files;
  auto it = a[0].is_small_int() ? table.find(a[0].small_int()) : table.end();
  if (it == table.end()) return Term::tuple({Term::atom("error"), Term::atom("terminated")});
  std::fclose(it->second.f);
  table.erase(it);
  return Term::atom("ok");
}
// :taskplay.file_put(id, binary) -> :ok | {:error, posix}
Term file_put(Ctx& c, Term* a) {
  auto& file = open_file(c, a[0]);
  if (!a[1].is_binary()) badarg(a[1]);
  std::string_view data = a[1].binary();
  if (std::fwrite(data.data(), 1, data.size(), file.f) != data.size())
    return posix_error(errno == 0 ? EBADF : errno);
  return Term::atom("ok");
}
// :taskplay.file_get(id, :line | :eof | count) -> binary | :eof: a line with its "\n",
// the rest of the file, or `count` bytes (characters when opened :utf8)
Term file_get(Ctx& c, Term* a) {
  auto& file = open_file(c, a[0]);
  std::string out;
  if (a[1].is_atom(Atom("line"))) {
    for (int ch; (ch = std::fgetc(file.f)) != EOF;) {
      out += static_cast<char>(ch);
      if (ch == '\n') break;
    }
  } else if (a[1].is_atom(Atom("eof"))) {
    char buf[65536];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, file.f)) > 0;) out.append(buf, n);
  } else if (a[1].is_small_int() && a[1].small_int() >= 0) {
    for (int64_t k = a[1].small_int(); k > 0; --k) {
      int ch = std::fgetc(file.f);
      if (ch == EOF) break;
      out += static_cast<char>(ch);
      if (file.utf8) {  // the rest of the character's bytes
        auto lead = static_cast<unsigned char>(ch);
        int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        for (; more > 0 && (ch = std::fgetc(file.f)) != EOF; --more) out += static_cast<char>(ch);
      }
    }
    if (a[1].small_int() == 0) return Term::string("");
  } else {
    badarg(a[1]);
  }
  if (out.empty()) return Term::atom("eof");
  return Term::string(out);
}

#endif  // __EMSCRIPTEN__

// [SECTION] Programs: System.cmd/3 and System.find_executable/1 (prelude_system.cpp). A
// program runs to its end while the runtime waits (its output is read whole, then its
// status); its standard input is /dev/null. The page runs none: every name is missing.

// :taskplay.find_executable(name) -> path | nil: a name with a "/" as it is, else the
// first executable regular file of that name along $PATH, as :os.find_executable/1
Term find_executable(Ctx&, Term* a) {
#ifndef __EMSCRIPTEN__
  if (!a[0].is_binary()) badarg(a[0]);
  std::string name(a[0].binary());
  auto runnable = [](const std::string& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(p.c_str(), X_OK) == 0;
  };
  if (name.empty()) return Term(atoms::nil);
  if (name.find('/') != std::string::npos) return runnable(name) ? a[0] : Term(atoms::nil);
  const char* path = std::getenv("PATH");
  std::string_view dirs = path ? path : "";
  while (true) {
    size_t colon = dirs.find(':');
    std::string dir(dirs.substr(0, colon));
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
    if (runnable(candidate)) return Term::string(candidate);
    if (colon == std::string_view::npos) break;
    dirs.remove_prefix(colon + 1);
  }
#endif
  return Term(atoms::nil);
}

// :taskplay.cmd(path, args, cd | nil, env, stderr_to_stdout) -> {output, status} |
// {:error, posix}: env is a list of {name, value | nil} (nil unsets it)
Term cmd(Ctx& c, Term* a) {
#ifdef __EMSCRIPTEN__
  (void)c;
  (void)a;
  return Term::tuple({Term::atom("error"), Term::atom("enoent")});
#else
  std::string path = path_of(a[0]);
  std::vector<std::string> args{path};
  for (const Term* x = &a[1]; x->is_cons(); x = &x->tail()) args.push_back(path_of(x->head()));
  std::map<std::string, std::optional<std::string>> changes;
  for (const Term* x = &a[3]; x->is_cons(); x = &x->tail()) {
    const Term& kv = x->head();
    if (!kv.is_tuple(2)) badarg(kv);
    changes[path_of(kv[0])] =
        kv[1].is_binary() ? std::optional<std::string>(std::string(kv[1].binary())) : std::nullopt;
  }
  std::vector<std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string_view var = *e;
    std::string name(var.substr(0, var.find('=')));
    if (!changes.count(name)) env.emplace_back(var);
  }
  for (const auto& [name, value] : changes)
    if (value) env.push_back(name + "=" + *value);
  std::vector<char*> argv, envp;
  for (auto& s : args) argv.push_back(s.data());
  argv.push_back(nullptr);
  for (auto& s : env) envp.push_back(s.data());
  envp.push_back(nullptr);

  int out[2];
  if (::pipe(out) != 0) return posix_error(errno);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  if (a[4].is_atom(atoms::true_)) posix_spawn_file_actions_adddup2(&actions, out[1], 2);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addclose(&actions, out[1]);
  std::string dir = a[2].is_binary() ? std::string(a[2].binary()) : "";
  if (!dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  std::fflush(stdout);
  pid_t pid;
  int rc = posix_spawn(&pid, path.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  if (rc != 0) {
    ::close(out[0]);
    return posix_error(rc);
  }
  std::string output;
  char buf[65536];
  for (ssize_t n; (n = ::read(out[0], buf, sizeof buf)) != 0;) {
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    output.append(buf, size_t(n));
    need_heap(c, words_of_bytes(output.size()));
  }
  ::close(out[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return Term::tuple({Term::string(output), Term::integer(code)});
#endif
}

// :taskplay.stdin_read(:line | :eof | count) -> binary | :eof: the host's standard input
// (IO.gets, IO.read(:stdio, ...)); the page has none
Term stdin_read(Ctx& c, Term* a) {
  std::string out;
#ifndef __EMSCRIPTEN__
  // only a host that gives the program its stdin (`taskplay run`) reads it: the desktop app
  // and the test suite have none, so a run there replays alike
  if (!state(c.runtime()).reads_stdin) return Term::atom("eof");
  if (a[0].is_atom(Atom("line"))) {
    for (int ch; (ch = std::fgetc(stdin)) != EOF;) {
      out += static_cast<char>(ch);
      if (ch == '\n') break;
    }
  } else if (a[0].is_atom(Atom("eof"))) {
    for (int ch; (ch = std::fgetc(stdin)) != EOF;) out += static_cast<char>(ch);
  } else if (a[0].is_small_int() && a[0].small_int() >= 0) {
    for (int64_t k = a[0].small_int(); k > 0; --k) {
      int ch = std::fgetc(stdin);
      if (ch == EOF) break;
      out += static_cast<char>(ch);
    }
  } else {
    badarg(a[0]);
  }
#endif
  if (out.empty()) return Term::atom("eof");
  return Term::string(out);
}

Term os_pid(Ctx&, Term*) { return Term::string(std::to_string(::getpid())); }

constexpr Native kTable[] = {
    {"taskplay", "stdin_read", 1, stdin_read, nullptr},
    {"taskplay", "os_pid", 0, os_pid, nullptr},
    {"taskplay", "file_read", 1, TASKPLAY_FILE_NATIVE(file_read), nullptr},
    {"taskplay", "file_write", 3, TASKPLAY_FILE_NATIVE(file_write), nullptr},
    {"taskplay", "file_stat", 1, TASKPLAY_FILE_NATIVE(file_stat), nullptr},
    {"taskplay", "file_ls", 1, TASKPLAY_FILE_NATIVE(file_ls), nullptr},
    {"taskplay", "file_info", 1, TASKPLAY_FILE_NATIVE(file_info), nullptr},
    {"taskplay", "file_linfo", 1, TASKPLAY_FILE_NATIVE(file_linfo), nullptr},
    {"taskplay", "file_link", 2, TASKPLAY_FILE_NATIVE(file_link), nullptr},
    {"taskplay", "file_symlink", 2, TASKPLAY_FILE_NATIVE(file_symlink), nullptr},
    {"taskplay", "file_readlink", 1, TASKPLAY_FILE_NATIVE(file_readlink), nullptr},
    {"taskplay", "file_chmod", 2, TASKPLAY_FILE_NATIVE(file_chmod), nullptr},
    {"taskplay", "find_executable", 1, find_executable, nullptr},
    {"taskplay", "cmd", 5, cmd, nullptr},
    {"taskplay", "file_mkdir", 1, TASKPLAY_FILE_NATIVE(file_mkdir), nullptr},
    {"taskplay", "file_rm", 1, TASKPLAY_FILE_NATIVE(file_rm), nullptr},
    {"taskplay", "file_rmdir", 1, TASKPLAY_FILE_NATIVE(file_rmdir), nullptr},
    {"taskplay", "file_rename", 2, TASKPLAY_FILE_NATIVE(file_rename), nullptr},
    {"taskplay", "file_touch", 1, TASKPLAY_FILE_NATIVE(file_touch), nullptr},
    {"taskplay", "file_open", 2, TASKPLAY_FILE_NATIVE(file_open), nullptr},
    {"taskplay", "file_close", 1, TASKPLAY_FILE_NATIVE(file_close), nullptr},
    {"taskplay", "file_put", 2, TASKPLAY_FILE_NATIVE(file_put), nullptr},
    {"taskplay", "file_get", 2, TASKPLAY_FILE_NATIVE(file_get), nullptr},
    {"taskplay", "getenv", 1, getenv, nullptr},
    {"taskplay", "putenv", 2, putenv, nullptr},
    {"taskplay", "unsetenv", 1, unsetenv, nullptr},
    {"taskplay", "environment", 0, environment, nullptr},
    {"taskplay", "cwd", 0, cwd, nullptr},
    {"taskplay", "set_cwd", 1, TASKPLAY_FILE_NATIVE(set_cwd), nullptr},
    {"taskplay", "halt", 1, halt, nullptr},
    {"os", "type", 0, os_type, nullptr},
    {S, "schedulers_online", 0, schedulers, nullptr},
    {S, "monotonic_time", 0, monotonic_time0, nullptr},
    {S, "monotonic_time", 1, monotonic_time1, nullptr},
    {S, "system_time", 0, system_time0, nullptr},
    {S, "system_time", 1, system_time1, nullptr},
    {S, "os_time", 0, system_time0, nullptr},
    {S, "os_time", 1, system_time1, nullptr},
    {S, "unique_integer", 0, unique_integer0, nullptr},
    {S, "unique_integer", 1, unique_integer1, nullptr},
    {S, "otp_release", 0, otp_release, nullptr},
    {S, "version", 0, elixir_version, nullptr},
    {E, "monotonic_time", 0, monotonic_time0, nullptr},
    {E, "monotonic_time", 1, monotonic_time1, nullptr},
    {E, "system_time", 0, system_time0, nullptr},
    {E, "system_time", 1, system_time1, nullptr},
    {"os", "system_time", 0, system_time0, nullptr},
    {"os", "system_time", 1, system_time1, nullptr},
    {E, "unique_integer", 0, unique_integer0, nullptr},
    {E, "unique_integer", 1, unique_integer1, nullptr},
    {E, "self", 0, self, nullptr, true},
    {E, "make_ref", 0, make_ref, nullptr},
};

}  // namespace

std::span<const Native> system_natives() { return kTable; }

}  // namespace taskplay::lang

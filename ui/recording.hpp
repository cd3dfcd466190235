#pragma once
// A playground run as a recording: everything that can change the run, each stamped with
// the point of the run where it took effect. taskplay's scheduler is deterministic and the
// playground's clock is virtual (docs/time.md), so replaying the inputs into a fresh
// runtime with the recorded seed reproduces the run event for event, with the same times:
// that is how the playground steps back (ui/session.hpp) and what a share link carries.
//
// A stamp is (step, time): the input was applied after `step` units of the runtime's work
// (Runtime::steps(), which every trace event carries too) at `time_us` on the run's clock.
// The time matters when the input came while every process waited: the clock then
// followed the wall clock, and the stamp says how far.
//
// The binary form (encode/decode) is what a share link compresses: a magic, a format
// version, the header, then the inputs with their stamps as deltas. It is meant to grow:
// the race explorer (issue 15) will add the run's scheduling choices as inputs of new
// kinds, stamped the same way; a reader meets a kind it does not know as "made by a
// newer version", never as something else.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taskplay::ui {

struct Input {
  enum class Kind : uint8_t {
    line = 1,        // a line of Elixir for the shell: typed, a button, a preset, a link
    stop_shell = 2,  // "stop the shell": kills a busy shell process, as iex's Ctrl+G then k
    // The scheduler's controls. They are recorded, but a replay needs none of them: what
    // they did to the run (where the next input landed, how far the clock moved while
    // everything waited) is in the other inputs' stamps.
    pause = 3,
    resume = 4,
    step = 5,   // one unit of work, by hand
    speed = 6,  // `value`: 1 = full speed, below 1 slow motion
    // Forget the processes that exited (the panels' view of the run, not the runtime).
    clear_exited = 7,
  };
  Kind kind = Kind::line;
  uint64_t step = 0;
  int64_t time_us = 0;
  std::string text;  // line
  double value = 0;  // speed

  bool operator==(const Input&) const = default;
};

const char* input_kind_name(Input::Kind k);

// The BEAM's default process limit (+P), and the largest the playground offers.
inline constexpr uint32_t kDefaultProcessLimit = 262'144;
inline constexpr uint32_t kMaxProcessLimit = 2'097'152;  // what +P 2000000 gives the BEAM

struct Recording {
  // 2: the process limit (format 1, without it, is read as the default)
  static constexpr uint32_t kFormat = 2;
  uint64_t seed = 0;               // the run's seed (RuntimeOptions::seed)
  uint64_t reductions_per_ms = 0;  // the pace of its virtual time while processes run
  // The process limit it ran with (RuntimeOptions::max_processes, +P): set when a run
  // starts, as the BEAM's is when it starts.
  uint32_t process_limit = kDefaultProcessLimit;
  std::vector<Input> inputs;  // in the order they were applied
  // Where the run stood when the recording was taken (a share link): its steps and clock,
  // and its trace then (how many events, and a hash of them), so that the replay can tell
  // whether it reproduced the author's run (another version of taskplay may not).
  uint64_t end_step = 0;
  int64_t end_time_us = 0;
  uint64_t end_events = 0;
  uint32_t trace_hash = 0;
  // Where its author was looking: a step of the run, or none (the live run).
  std::optional<uint64_t> view_step;

  bool operator==(const Recording&) const = default;
};

// The recording as bytes, and back. decode() says what is wrong with bytes it cannot read,
// in words for the person who opened the link.
std::string encode_recording(const Recording& r);
struct DecodedRecording {
  std::optional<Recording> recording;
  std::string error;  // when there is none: "it was cut short", ...
};
DecodedRecording decode_recording(std::string_view bytes);

}  // namespace taskplay::ui

// A run's recording (ui/recording.hpp): its binary form, and what a damaged one says.
#include <doctest/doctest.h>

#include <string>

#include "ui/recording.hpp"

using namespace taskplay::ui;

namespace {

Recording sample() {
  Recording r;
  r.seed = 0x1234567890abcdefull;
  r.reductions_per_ms = 20000;
  Input a;
  a.kind = Input::Kind::line;
  a.text = "task = Task.async(fn -> raise \"boom\" end)";
  Input b;
  b.kind = Input::Kind::pause;
  b.step = 12;
  b.time_us = 1500;
  Input c;
  c.kind = Input::Kind::speed;
  c.step = 12;
  c.time_us = 1800;
  c.value = 0.25;
  Input d;
  d.kind = Input::Kind::stop_shell;
  d.step = 40;
  d.time_us = 90000;
  r.inputs = {a, b, c, d};
  r.end_step = 57;
  r.end_time_us = 120000;
  r.end_events = 33;
  r.trace_hash = 0xdeadbeef;
  r.view_step = 39;
  return r;
}

}  // namespace

TEST_SUITE("recording") {
  TEST_CASE("a recording survives its binary form, stamps, texts and all") {
    const Recording r = sample();
    const std::string bytes = encode_recording(r);
    const DecodedRecording d = decode_recording(bytes);
    REQUIRE(d.recording.has_value());
    CHECK(*d.recording == r);
    CHECK(d.error.empty());
    // Small: the stamps are deltas and the texts as they are (a link compresses them).
    CHECK(bytes.size() < 100);
    Recording live = r;
    live.view_step.reset();
    CHECK(decode_recording(encode_recording(live)).recording == live);
  }

  TEST_CASE("a recording cut short, damaged, from a newer version or not one at all says so") {
    const std::string bytes = encode_recording(sample());
    for (size_t n = 0; n < bytes.size(); ++n) {
      const DecodedRecording d = decode_recording(bytes.substr(0, n));
      CHECK_FALSE(d.recording.has_value());
      CHECK_FALSE(d.error.empty());
    }
    CHECK(decode_recording(bytes.substr(0, bytes.size() - 3)).error ==
          "the link is cut short: part of it is missing");
    CHECK(decode_recording(bytes + "x").error ==
          "the link is damaged: it does not hold a run taskplay can read");
    CHECK(decode_recording("hello").error == "the link does not hold a taskplay run");
    CHECK(decode_recording("").error == "the link holds no run");
    std::string newer = bytes;
    newer[2] = 9;  // format 9
    CHECK(decode_recording(newer).error ==
          "the link was made by a newer version of taskplay than this page");
    // an input of a kind this version does not know
    Recording r = sample();
    r.inputs.resize(1);
    std::string unknown = encode_recording(r);
    const size_t kind_at = unknown.size() - r.inputs[0].text.size() - 4;
    REQUIRE(unknown[kind_at] == static_cast<char>(Input::Kind::line));
    unknown[kind_at] = 42;
    CHECK(decode_recording(unknown).error ==
          "the link was made by a newer version of taskplay than this page");
  }

  TEST_CASE("the process limit (+P) travels with the run; a link of format 1 had the default") {
    Recording r = sample();
    r.process_limit = 1'048'576;
    const std::string bytes = encode_recording(r);
    REQUIRE(decode_recording(bytes).recording.has_value());
    CHECK(decode_recording(bytes).recording->process_limit == 1'048'576);
    // format 1: the same bytes without the limit (it came after the pace of time)
    Recording old = sample();
    std::string one = encode_recording(old);
    REQUIRE(one[2] == 2);
    one[2] = 1;
    const size_t after_pace = 3 + 9 + 3;  // magic+format, seed (9 bytes), 20000 (3 bytes)
    REQUIRE(static_cast<unsigned char>(one[after_pace]) == 0x80);  // 262,144 = 0x80 0x80 0x10
    one.erase(after_pace, 3);
    const DecodedRecording d = decode_recording(one);
    REQUIRE(d.recording.has_value());
    CHECK(*d.recording == old);
    CHECK(d.recording->process_limit == kDefaultProcessLimit);
    // a limit the playground does not offer is damage
    Recording odd = sample();
    odd.process_limit = 5;
    CHECK(decode_recording(encode_recording(odd)).error ==
          "the link is damaged: it does not hold a run taskplay can read");
  }

  TEST_CASE("stamps never go back; an input past the recorded end is damage") {
    Recording r = sample();
    r.end_step = 10;  // the last input is at step 40
    CHECK(decode_recording(encode_recording(r)).error ==
          "the link is damaged: it does not hold a run taskplay can read");
  }
}

#include "ui/recording.hpp"

#include <algorithm>
#include <cmath>

namespace taskplay::ui {

namespace {

// "tp": a taskplay recording; then the format version.
constexpr char kMagic[2] = {'t', 'p'};
// Speeds are kept in millionths (1 = 1,000,000).
constexpr double kSpeedUnit = 1e6;

void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : b_(bytes) {}
  bool varint(uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= b_.size()) return cut();
      const auto c = static_cast<unsigned char>(b_[at_++]);
      v |= static_cast<uint64_t>(c & 0x7f) << shift;
      if (!(c & 0x80)) return true;
    }
    return damaged();
  }
  bool byte(uint8_t& v) {
    if (at_ >= b_.size()) return cut();
    v = static_cast<uint8_t>(b_[at_++]);
    return true;
  }
  bool text(std::string& s) {
    uint64_t n;
    if (!varint(n)) return false;
    if (n > b_.size() - at_) return cut();
    s.assign(b_.substr(at_, n));
    at_ += n;
    return true;
  }
  bool done() const { return at_ == b_.size(); }
  size_t at() const { return at_; }
  std::string error;

  bool cut() {
    if (error.empty()) error = "the link is cut short: part of it is missing";
    return false;
  }
  bool damaged() {
    if (error.empty()) error = "the link is damaged: it does not hold a run taskplay can read";
    return false;
  }

 private:
  std::string_view b_;
  size_t at_ = 0;
};

bool known(Input::Kind k) {
  return static_cast<uint8_t>(k) >= static_cast<uint8_t>(Input::Kind::line) &&
         static_cast<uint8_t>(k) <= static_cast<uint8_t>(Input::Kind::clear_exited);
}

}  // namespace

const char* input_kind_name(Input::Kind k) {
  switch (k) {
    case Input::Kind::line:
      return "line";
    case Input::Kind::stop_shell:
      return "stop the shell";
    case Input::Kind::pause:
      return "pause";
    case Input::Kind::resume:
      return "resume";
    case Input::Kind::step:
      return "step";
    case Input::Kind::speed:
      return "speed";
    case Input::Kind::clear_exited:
      return "clear exited";
  }
  return "?";
}

std::string encode_recording(const Recording& r) {
  std::string out(kMagic, 2);
  put_varint(out, Recording::kFormat);
  put_varint(out, r.seed);
  put_varint(out, r.reductions_per_ms);
  put_varint(out, r.process_limit);
  put_varint(out, r.end_step);
  put_varint(out, static_cast<uint64_t>(std::max<int64_t>(0, r.end_time_us)));
  put_varint(out, r.end_events);
  put_varint(out, r.trace_hash);
  put_varint(out, r.view_step ? *r.view_step + 1 : 0);
  put_varint(out, r.inputs.size());
  // Stamps never go back: each is kept as its distance from the one before.
  uint64_t step = 0;
  int64_t time = 0;
  for (const Input& in : r.inputs) {
    out += static_cast<char>(in.kind);
    put_varint(out, in.step - step);
    put_varint(out, static_cast<uint64_t>(in.time_us - time));
    step = in.step;
    time = in.time_us;
    if (in.kind == Input::Kind::line) {
      put_varint(out, in.text.size());
      out += in.text;
    }
    if (in.kind == Input::Kind::speed)
      put_varint(out, static_cast<uint64_t>(std::llround(in.value * kSpeedUnit)));
  }
  return out;
}

DecodedRecording decode_recording(std::string_view bytes) {
  DecodedRecording d;
  if (bytes.size() < 2 || bytes[0] != kMagic[0] || bytes[1] != kMagic[1]) {
    d.error = bytes.empty() ? "the link holds no run" : "the link does not hold a taskplay run";
    return d;
  }
  Reader in(bytes.substr(2));
  Recording r;
  uint64_t format = 0, end_time = 0, hash = 0, view = 0, count = 0;
  auto fail = [&]() {
    d.error = in.error;
    return d;
  };
  if (!in.varint(format)) return fail();
  if (format != Recording::kFormat && format != 1) {
    d.error = format > Recording::kFormat
                  ? "the link was made by a newer version of taskplay than this page"
                  : "the link was made by an older version of taskplay, which this page no "
                    "longer reads";
    return d;
  }
  uint64_t limit = kDefaultProcessLimit;
  if (!in.varint(r.seed) || !in.varint(r.reductions_per_ms) || (format >= 2 && !in.varint(limit)) ||
      !in.varint(r.end_step) || !in.varint(end_time) || !in.varint(r.end_events) ||
      !in.varint(hash) || !in.varint(view) || !in.varint(count))
    return fail();
  if (hash > UINT32_MAX || end_time > INT64_MAX || count > bytes.size() || limit < 1024 ||
      limit > kMaxProcessLimit) {
    in.damaged();
    return fail();
  }
  r.process_limit = static_cast<uint32_t>(limit);
  r.end_time_us = static_cast<int64_t>(end_time);
  r.trace_hash = static_cast<uint32_t>(hash);
  if (view > 0) r.view_step = view - 1;
  r.inputs.reserve(count);
  uint64_t step = 0;
  int64_t time = 0;
  for (uint64_t i = 0; i < count; ++i) {
    Input x;
    uint8_t kind;
    uint64_t dstep, dtime;
    if (!in.byte(kind) || !in.varint(dstep) || !in.varint(dtime)) return fail();
    x.kind = static_cast<Input::Kind>(kind);
    if (!known(x.kind)) {
      d.error = "the link was made by a newer version of taskplay than this page";
      return d;
    }
    if (dstep > UINT64_MAX - step || dtime > static_cast<uint64_t>(INT64_MAX - time)) {
      in.damaged();
      return fail();
    }
    step += dstep;
    time += static_cast<int64_t>(dtime);
    x.step = step;
    x.time_us = time;
    if (x.kind == Input::Kind::line && !in.text(x.text)) return fail();
    if (x.kind == Input::Kind::speed) {
      uint64_t v;
      if (!in.varint(v)) return fail();
      x.value = static_cast<double>(v) / kSpeedUnit;
    }
    r.inputs.push_back(std::move(x));
  }
  if (!in.done() || step > r.end_step) {
    in.damaged();
    return fail();
  }
  d.recording = std::move(r);
  return d;
}

}  // namespace taskplay::ui

#pragma once
// Time for the scheduler. core/ never reads a wall clock: the host gives the
// runtime a Clock. Tests use VirtualClock (time moves only when told, or when
// the runtime jumps to the next timer because everything waits); the UI uses
// ScaledClock over the host's real clock, slowed down for learning.

#include <cstdint>
#include <functional>
#include <utility>

namespace taskplay {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual int64_t now_us() const = 0;
  // True when the runtime may jump this clock forward to the next timer
  // whenever no process is runnable (so `Process.sleep(5000)` costs nothing).
  virtual bool is_virtual() const { return false; }
  virtual void advance_to(int64_t) {}
};

class VirtualClock final : public Clock {
 public:
  int64_t now_us() const override { return now_; }
  bool is_virtual() const override { return true; }
  void advance_to(int64_t us) override {
    if (us > now_) now_ = us;
  }
  void advance_ms(int64_t ms) { now_ += ms * 1000; }

 private:
  int64_t now_ = 0;
};

// The host's real time (in microseconds, from any origin) scaled by `speed`:
// at speed 0.1 a 5000 ms timeout takes 50 real seconds. Pausing freezes it.
class ScaledClock final : public Clock {
 public:
  explicit ScaledClock(std::function<int64_t()> host_now_us) : host_(std::move(host_now_us)) {
    last_host_ = host_();
  }
  int64_t now_us() const override {
    sync();
    return now_;
  }
  void set_speed(double s) {
    sync();
    speed_ = s;
  }
  double speed() const { return speed_; }
  void set_paused(bool p) {
    sync();
    paused_ = p;
  }
  bool paused() const { return paused_; }
  // Step mode: move virtual time by hand (e.g. to the next timer).
  void advance_to(int64_t us) override {
    sync();
    if (us > now_) now_ = us;
  }

 private:
  void sync() const {
    int64_t h = host_();
    if (!paused_) now_ += static_cast<int64_t>(static_cast<double>(h - last_host_) * speed_);
    last_host_ = h;
  }
  std::function<int64_t()> host_;
  mutable int64_t last_host_ = 0;
  mutable int64_t now_ = 0;
  double speed_ = 1.0;
  bool paused_ = false;
};

}  // namespace taskplay

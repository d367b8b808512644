#pragma once
// How far a long operation is (issue 19 item 8): an import, the demo, a billing run, a BPJS batch,
// printing cards. A service reports through this callback and never prints; whoever called it
// decides whether and how to show it (the CLI draws a bar on a terminal, and nothing when piped or
// with --json; the server passes none).
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>

namespace lindungi {

class Progress {
 public:
  // `stage` names what is being done, in Indonesian ("Menyimpan pekerja"); `done` of `total` units
  // of that stage (total 0: not known). May be called from more than one thread.
  using Callback = std::function<void(std::string_view stage, std::uint64_t done, std::uint64_t total)>;

  Progress() = default;
  explicit Progress(Callback callback) : callback_(std::move(callback)) {}

  void operator()(std::string_view stage, std::uint64_t done, std::uint64_t total) const {
    if (callback_) callback_(stage, done, total);
  }
  explicit operator bool() const { return static_cast<bool>(callback_); }

 private:
  Callback callback_;
};

}  // namespace lindungi

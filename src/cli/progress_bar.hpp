#pragma once
// The progress bar of long commands (issue 19 item 8): import, demo, billing-run, bpjs batch,
// cards print. Drawn on stderr only when stderr is a terminal and the command was not given
// --json, so that piped output and JSON documents stay exactly as the CLI contract says.
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

#include "core/progress.hpp"

namespace lindungi::cli {

// One line of the bar: "Menyimpan pekerja [########............]  40% 6.000/15.000", or without a
// known total "Menyimpan pekerja 6.000". `width` is the number of cells of the bar.
std::string render_progress(std::string_view stage, std::uint64_t done, std::uint64_t total, int width = 30);

class ProgressBar {
 public:
  // Whether a command should draw: not with --json, only on a terminal (not piped, not a file),
  // and not when TERM is "dumb" or LINDUNGI_PROGRESS=0.
  static bool wanted(bool json);

  explicit ProgressBar(bool enabled, std::FILE* out = stderr);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // The callback to hand a service; it calls update(). Empty when the bar is not drawn, so that a
  // service skips the work of reporting.
  Progress reporter();
  void update(std::string_view stage, std::uint64_t done, std::uint64_t total);
  // Ends the current line; the summary the command prints then starts on a line of its own.
  void finish();

 private:
  std::mutex mutex_;
  bool enabled_;
  std::FILE* out_;
  std::string stage_;
  int last_percent_ = -1;
  std::uint64_t last_done_ = 0;
  bool drawn_ = false;
};

}  // namespace lindungi::cli

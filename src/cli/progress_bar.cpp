#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace lindungi::cli {

namespace {

// 15000 -> "15.000", as every number on our screens.
std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out.push_back('.');
    out.append(digits, i, 3);
  }
  return out;
}

}  // namespace

std::string render_progress(std::string_view stage, std::uint64_t done, std::uint64_t total, int width) {
  std::string line{stage};
  if (total == 0) return done ? line + " " + grouped(done) : line;
  if (done > total) done = total;
  const int filled = static_cast<int>(done * static_cast<std::uint64_t>(width) / total);
  const int percent = static_cast<int>(done * 100 / total);
  line += " [";
  line.append(static_cast<std::size_t>(filled), '#');
  line.append(static_cast<std::size_t>(width - filled), '.');
  line += "] ";
  const std::string pct = std::to_string(percent) + "%";
  line.append(4 - std::min<std::size_t>(4, pct.size()), ' ');
  line += pct + " " + grouped(done) + "/" + grouped(total);
  return line;
}

bool ProgressBar::wanted(bool json) {
  if (json) return false;
  if (::isatty(STDERR_FILENO) != 1) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  const char* off = std::getenv("LINDUNGI_PROGRESS");
  return !(off && std::strcmp(off, "0") == 0);
}

ProgressBar::ProgressBar(bool enabled, std::FILE* out) : enabled_(enabled), out_(out) {}

ProgressBar::~ProgressBar() { finish(); }

Progress ProgressBar::reporter() {
  if (!enabled_) return {};
  return Progress(
      [this](std::string_view stage, std::uint64_t done, std::uint64_t total) { update(stage, done, total); });
}

void ProgressBar::update(std::string_view stage, std::uint64_t done, std::uint64_t total) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  const bool new_stage = stage != stage_;
  const int percent = total ? static_cast<int>(std::min(done, total) * 100 / total) : -1;
  // Redraw only when the line would change: a new stage, another whole percent, or (total not
  // known) every 500 units. Reporting every row then costs a comparison, not a write.
  if (!new_stage && (total ? percent == last_percent_ : done < last_done_ + 500)) return;
  if (new_stage && drawn_) std::fputc('\n', out_);  // the finished stage stays on its line
  stage_ = std::string{stage};
  last_percent_ = percent;
  last_done_ = done;
  // \r and "erase to the end of the line": the new line overwrites the old one in place.
  std::fprintf(out_, "\r\033[K%s", render_progress(stage, done, total).c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  if (drawn_) {
    std::fputc('\n', out_);
    std::fflush(out_);
  }
  drawn_ = false;
  stage_.clear();
  last_percent_ = -1;
  last_done_ = 0;
}

}  // namespace lindungi::cli

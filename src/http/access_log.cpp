#include "http/access_log.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <mutex>
#include <thread>

#include "core/errors.hpp"
#include "services/logging.hpp"

namespace lindungi::http {

namespace {

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += '"';
}

// The time with milliseconds, ISO 8601 UTC. The date and second are formatted once a second per
// thread: on every request they were a gmtime_r and an snprintf (the log's cost, PERFORMANCE.md).
std::string_view now_utc(char (&out)[32]) {
  thread_local std::time_t cached_second = -1;
  thread_local char cached[64];  // "2026-12-06T10:15:02." (room for what snprintf might write)
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  if (t != cached_second) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::snprintf(cached, sizeof cached, "%04d-%02d-%02dT%02d:%02d:%02d.", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    cached_second = t;
  }
  std::memcpy(out, cached, 20);
  out[20] = static_cast<char>('0' + ms / 100);
  out[21] = static_cast<char>('0' + ms / 10 % 10);
  out[22] = static_cast<char>('0' + ms % 10);
  out[23] = 'Z';
  return {out, 24};
}

}  // namespace

std::string display_route(const std::string& pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != ':') {
      out += pattern[i];
      continue;
    }
    std::size_t j = i + 1;
    while (j < pattern.size() && (std::isalnum(static_cast<unsigned char>(pattern[j])) || pattern[j] == '_')) ++j;
    out += '{' + pattern.substr(i + 1, j - i - 1) + '}';
    if (j < pattern.size() && pattern[j] == '(') {  // the parameter's regex: skipped to its ')'
      int depth = 0;
      for (; j < pattern.size(); ++j) {
        if (pattern[j] == '\\')
          ++j;
        else if (pattern[j] == '(')
          ++depth;
        else if (pattern[j] == ')' && --depth == 0)
          break;
      }
      ++j;
    }
    i = j - 1;
  }
  return out;
}

// The batching writer (the class comment in access_log.hpp says why).
class AccessLog::Writer {
 public:
  Writer(int fd, bool owned) : fd_(fd), owned_(owned), thread_([this] { run(); }) {}
  ~Writer() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
    if (owned_) ::close(fd_);
  }

  void add(const std::string& line) {
    bool full = false;
    {
      std::lock_guard lock(mutex_);
      if (pending_.size() + line.size() > kMaxPending) {
        ++dropped_;
        return;
      }
      pending_ += line;
      full = pending_.size() >= kBatch;
    }
    if (full) wake_.notify_one();
  }

 private:
  static constexpr std::size_t kBatch = 64 << 10;
  static constexpr std::size_t kMaxPending = 4 << 20;

  void run() {
    std::string batch;
    for (;;) {
      bool last = false;
      {
        std::unique_lock lock(mutex_);
        wake_.wait_for(lock, std::chrono::milliseconds(100), [this] { return stopping_ || pending_.size() >= kBatch; });
        batch.swap(pending_);
        if (dropped_ > 0) {
          batch += "{\"dibuang\":" + std::to_string(dropped_) +
                   ",\"pesan\":\"baris log akses dibuang: tujuan log tidak menerima\"}\n";
          dropped_ = 0;
        }
        last = stopping_;
      }
      write_all(batch);
      batch.clear();
      if (last) return;
    }
  }

  void write_all(const std::string& data) const {
    std::size_t done = 0;
    while (done < data.size()) {
      const ssize_t n = ::write(fd_, data.data() + done, data.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return;  // nowhere to write: the lines are lost, the server goes on
      done += static_cast<std::size_t>(n);
    }
  }

  const int fd_;
  const bool owned_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::string pending_;
  std::size_t dropped_ = 0;
  bool stopping_ = false;
  std::thread thread_;  // last: starts once the members above exist
};

AccessLog::AccessLog(const std::string& destination) {
  if (destination.empty() || destination == "off") return;
  if (destination == "stderr" || destination == "-") {
    // Under journald the line carries the "info" priority; otherwise the JSON alone.
    if (services::logging::stderr_is_journal()) prefix_ = "<6>";
    writer_ = std::make_unique<Writer>(STDERR_FILENO, false);
    return;
  }
  // Created with the mode we want (not the umask's 0644): the log names users.
  const int fd = ::open(destination.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd < 0)
    throw BadRequest("log_akses_tidak_dapat_dibuka",
                     "Berkas log akses " + destination + " tidak dapat dibuka untuk ditulis", "access-log");
  writer_ = std::make_unique<Writer>(fd, true);
}

AccessLog::~AccessLog() = default;

namespace {

void append_line(std::string& out, std::string_view time_utc, std::string_view method, std::string_view route,
                 int status, double ms, const Actor* actor) {
  out += "{\"time\":";
  append_json_string(out, time_utc);
  out += ",\"method\":";
  append_json_string(out, method);
  out += ",\"route\":";
  append_json_string(out, route);
  out += ",\"status\":" + std::to_string(status);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", ms);
  out += ",\"ms\":";
  out += buf;
  const bool known = actor != nullptr && actor->role != Role::publik;
  out += ",\"user\":";
  append_json_string(out, known ? std::string_view{actor->username} : std::string_view{});
  out += ",\"role\":";
  append_json_string(out, known ? to_string(actor->role) : std::string_view{});
  out += ",\"area\":";
  append_json_string(out, known ? std::string_view{actor->area} : std::string_view{});
  out += '}';
}

}  // namespace

std::string AccessLog::line(std::string_view time_utc, std::string_view method, std::string_view route, int status,
                            double ms, const Actor* actor) {
  std::string out;
  out.reserve(160);
  append_line(out, time_utc, method, route, status, ms, actor);
  return out;
}

void AccessLog::record(std::string_view method, std::string_view route, int status, double ms,
                       const Actor* actor) const {
  if (!writer_) return;
  char time[32];
  thread_local std::string text;  // reused: no allocation per request once it has grown
  text.assign(prefix_);
  append_line(text, now_utc(time), method, route, status, ms, actor);
  text += '\n';
  writer_->add(text);
}

}  // namespace lindungi::http

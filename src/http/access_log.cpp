#include "http/access_log.hpp"

#include <fcntl.h>
#include <spdlog/logger.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>

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

std::string now_utc() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
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

AccessLog::AccessLog(const std::string& destination) {
  if (destination.empty() || destination == "off") return;
  std::shared_ptr<spdlog::sinks::sink> sink;
  const bool to_stderr = destination == "stderr" || destination == "-";
  if (to_stderr) {
    sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
  } else {
    // Created here with the mode we want (spdlog would use the umask's 0644): the log names users.
    const int fd = ::open(destination.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0)
      throw BadRequest("log_akses_tidak_dapat_dibuka",
                       "Berkas log akses " + destination + " tidak dapat dibuka untuk ditulis", "access-log");
    ::close(fd);
    try {
      sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(destination, false);
    } catch (const std::exception&) {
      throw BadRequest("log_akses_tidak_dapat_dibuka",
                       "Berkas log akses " + destination + " tidak dapat dibuka untuk ditulis", "access-log");
    }
  }
  logger_ = std::make_shared<spdlog::logger>("akses", std::move(sink));
  // Under journald the line carries the "info" priority; otherwise the JSON alone.
  logger_->set_pattern(to_stderr && services::logging::stderr_is_journal() ? "<6>%v" : "%v");
  logger_->set_level(spdlog::level::info);
  logger_->flush_on(spdlog::level::info);
}

AccessLog::~AccessLog() = default;

std::string AccessLog::line(std::string_view time_utc, std::string_view method, std::string_view route, int status,
                            double ms, const Actor* actor) {
  std::string out;
  out.reserve(160);
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
  return out;
}

void AccessLog::record(std::string_view method, std::string_view route, int status, double ms,
                       const Actor* actor) const {
  if (!logger_) return;
  logger_->info(line(now_utc(), method, route, status, ms, actor));
}

}  // namespace lindungi::http

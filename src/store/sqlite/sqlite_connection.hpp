#pragma once
// Internal to the SQLite backend: a connection with its cached prepared statements, and the small
// helpers every SQLite source file shares. Not part of the storage interface.
#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/date.hpp"

namespace lindungi::store::sqlite_detail {

inline std::string now_utc() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

// A connection with its prepared statements, reused across transactions.
class Connection {
 public:
  explicit Connection(const std::string& path)
      : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX) {
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA synchronous = NORMAL");
    db_.exec("PRAGMA foreign_keys = ON");
    db_.exec("PRAGMA busy_timeout = 10000");
  }

  SQLite::Database& db() { return db_; }

  // The cached statement for `sql`, reset and with bindings cleared.
  SQLite::Statement& prepare(const std::string& sql) {
    auto& slot = cache_[sql];
    if (!slot) {
      slot = std::make_unique<SQLite::Statement>(db_, sql);
    } else {
      slot->reset();
      slot->clearBindings();
    }
    return *slot;
  }

 private:
  SQLite::Database db_;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> cache_;
};

// Resets a statement when the scope ends so that no read stays open past its use.
struct ResetOnExit {
  SQLite::Statement& s;
  ~ResetOnExit() {
    try {
      s.reset();
    } catch (...) {
    }
  }
};

inline std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string{}; }

// Half-open range [lo, hi) of codes below `area`: "15.71.01" -> ["15.71.01.", "15.71.01/").
inline std::pair<std::string, std::string> below(std::string_view area) {
  return {std::string{area} + ".", std::string{area} + "/"};
}

}  // namespace lindungi::store::sqlite_detail

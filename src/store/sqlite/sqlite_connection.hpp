#pragma once
// What every part of the SQLite store shares: a connection with its cached prepared statements.
#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace lindungi::store::sqlite {

// "2026-11-21T19:44:32.123Z"
std::string now_utc();

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

}  // namespace lindungi::store::sqlite

#include "store/sqlite/sqlite_migrations.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& sqlite_migrations();
}

namespace lindungi::store {

namespace {

int sqlite_version_of(std::string_view file_name) {
  // File names start with their number: 0001_registry.sql.
  return std::stoi(std::string{file_name.substr(0, file_name.find('_'))});
}

}  // namespace

int latest_sqlite_version() {
  int latest = 0;
  for (const auto& [name, sql] : embedded::sqlite_migrations()) latest = std::max(latest, sqlite_version_of(name));
  return latest;
}

int applied_sqlite_version(SQLite::Database& db) {
  if (!db.tableExists("skema_migrasi")) return 0;
  SQLite::Statement q(db, "SELECT COALESCE(MAX(versi), 0) FROM skema_migrasi");
  q.executeStep();
  return q.getColumn(0).getInt();
}

std::string backup_before_migration(SQLite::Database& db, const std::string& path) {
  if (path.empty() || path == ":memory:" || path.starts_with("file:")) return "";
  const int have = applied_sqlite_version(db);
  if (have == 0 || have >= latest_sqlite_version()) return "";
  const std::string copy = path + ".sebelum-migrasi-" + std::to_string(have);
  if (std::filesystem::exists(copy)) return copy;
  // Written under a temporary name and renamed: a crash mid-copy leaves no half copy that a later
  // start would keep as "the one taken before the first attempt".
  const std::string partial = copy + ".sebagian";
  std::filesystem::remove(partial);
  {
    SQLite::Database target(partial, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(target, db);
    backup.executeStep(-1);
    // One self-contained file (no -wal beside it) that an administrator can copy back as it is.
    target.exec("PRAGMA journal_mode=DELETE");
  }
  std::filesystem::rename(partial, copy);
  return copy;
}

void apply_sqlite_migrations(SQLite::Database& db, int up_to) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS skema_migrasi (versi INTEGER PRIMARY KEY, nama TEXT NOT NULL, "
      "diterapkan TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
  for (const auto& [name, sql] : embedded::sqlite_migrations()) {
    const int version = sqlite_version_of(name);
    if (up_to > 0 && version > up_to) break;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement seen(db, "SELECT 1 FROM skema_migrasi WHERE versi = ?");
    seen.bind(1, version);
    if (seen.executeStep()) continue;
    db.exec(std::string{sql});
    SQLite::Statement record(db, "INSERT INTO skema_migrasi (versi, nama) VALUES (?, ?)");
    record.bind(1, version);
    record.bind(2, std::string{name});
    record.exec();
    tx.commit();
  }
}

}  // namespace lindungi::store

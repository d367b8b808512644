#include "store/sqlite/sqlite_migrations.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& sqlite_migrations();
}

namespace lindungi::store {

void apply_sqlite_migrations(SQLite::Database& db) {
  db.exec("CREATE TABLE IF NOT EXISTS skema_migrasi (versi INTEGER PRIMARY KEY, nama TEXT NOT NULL, "
          "diterapkan TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
  for (const auto& [name, sql] : embedded::sqlite_migrations()) {
    // File names start with their number: 0001_registry.sql.
    const int version = std::stoi(std::string{name.substr(0, name.find('_'))});
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

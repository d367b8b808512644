#include "store/postgres/pg_migrations.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& pg_migrations();
}

namespace lindungi::store {

namespace {

// File names start with their number: 0001_registry.sql.
int version_of(std::string_view name) { return std::stoi(std::string{name.substr(0, name.find('_'))}); }

}  // namespace

int latest_pg_version() {
  int latest = 0;
  for (const auto& [name, sql] : embedded::pg_migrations()) latest = std::max(latest, version_of(name));
  return latest;
}

int applied_pg_version(pqxx::connection& conn) {
  pqxx::nontransaction tx(conn);
  if (tx.exec("SELECT to_regclass('skema_migrasi')")[0][0].is_null()) return 0;
  return tx.exec("SELECT COALESCE(MAX(versi), 0) FROM skema_migrasi")[0][0].as<int>();
}

void apply_pg_migrations(pqxx::connection& conn, int up_to) {
  for (const auto& [name, sql] : embedded::pg_migrations()) {
    const int version = version_of(name);
    if (up_to > 0 && version > up_to) break;
    pqxx::work tx(conn);
    // Per schema: test databases are schemas side by side in one database.
    tx.exec("SELECT pg_advisory_xact_lock(hashtext('lindungi_migrasi:' || current_schema()))");
    // Only when missing: CREATE … IF NOT EXISTS still needs CREATE on the schema, which the
    // application's role lacks once scripts/pg-roles.sql has run (issue 16 item 5).
    if (tx.exec("SELECT to_regclass('skema_migrasi')")[0][0].is_null())
      tx.exec(
          "CREATE TABLE IF NOT EXISTS skema_migrasi (versi INTEGER PRIMARY KEY, nama TEXT NOT NULL, "
          "diterapkan TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))");
    if (!tx.exec_params("SELECT 1 FROM skema_migrasi WHERE versi = $1", version).empty()) continue;
    tx.exec(std::string{sql});
    tx.exec_params("INSERT INTO skema_migrasi (versi, nama) VALUES ($1, $2)", version, std::string{name});
    tx.commit();
  }
}

}  // namespace lindungi::store

#pragma once
#include <pqxx/pqxx>

namespace lindungi::store {

// Applies the numbered files of src/store/postgres/migrations/ that the database has not seen
// yet, each in its own transaction, recording them in `skema_migrasi`. Several processes opening
// one database at once take turns (an advisory lock), so each file is applied exactly once.
// `up_to` > 0 stops after that version (a test makes a database as an older release left it).
void apply_pg_migrations(pqxx::connection& conn, int up_to = 0);

// The highest version among this release's migrations.
int latest_pg_version();
// The highest version applied to the database (0: none, a new database).
int applied_pg_version(pqxx::connection& conn);

}  // namespace lindungi::store

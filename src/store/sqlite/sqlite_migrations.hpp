#pragma once
#include <SQLiteCpp/Database.h>

namespace lindungi::store {

// Applies the numbered files of src/store/sqlite/migrations/ that the database has not seen yet,
// each in its own transaction, recording them in `skema_migrasi`.
void apply_sqlite_migrations(SQLite::Database& db);

}  // namespace lindungi::store

#pragma once
#include <pqxx/pqxx>

namespace lindungi::store {

// Applies the numbered files of src/store/postgres/migrations/ that the database has not seen
// yet, each in its own transaction, recording them in `skema_migrasi`. Several processes opening
// one database at once take turns (an advisory lock), so each file is applied exactly once.
void apply_pg_migrations(pqxx::connection& conn);

}  // namespace lindungi::store

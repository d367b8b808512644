#pragma once
#include <SQLiteCpp/Database.h>

namespace lindungi::store {

// Applies the numbered files of src/store/sqlite/migrations/ that the database has not seen yet,
// each in its own transaction, recording them in `skema_migrasi`.
// `up_to` stops after that version (tests make an older release's database with it).
void apply_sqlite_migrations(SQLite::Database& db, int up_to = 0);

// The highest migration the database has seen (0: a new, empty database) and the highest this
// build carries.
int applied_sqlite_version(SQLite::Database& db);
int latest_sqlite_version();

// Issue 19 item 6: a database made by an older release is copied before this build migrates it,
// to `<path>.sebelum-migrasi-<version>` beside it (the online backup API, so a copy of a
// consistent state). Returns the copy's path, or "" when nothing needed migrating (a new database,
// an in-memory one, or one already at this build's version). An existing copy of the same version
// is kept: it is the one taken before the first attempt.
std::string backup_before_migration(SQLite::Database& db, const std::string& path);

}  // namespace lindungi::store

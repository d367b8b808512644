#pragma once
// The database's location as the CLI and its configuration file give it ("file.db",
// "postgresql://..."), for the commands that check or print it before any App is open. The store
// owns the rules (src/store/store.cpp); http and cli never include the store (docs/ARCHITECTURE.md
// "Direction of dependencies"), so they ask here.
#include <optional>
#include <string>

namespace lindungi::services {

// `location` fit to print: a PostgreSQL URL's password replaced by "***".
std::string printable_location(const std::string& location);
// Issue 19 item 2: passwords never on a command line. Whether `location` is a PostgreSQL URL, and
// whether it carries a password (user:password@ or ?password=).
bool is_postgres_location(const std::string& location);
bool location_has_password(const std::string& location);
// `location` (a PostgreSQL URL without a password) with `password` added; kept in memory only.
// Throws BadRequest for a SQLite location.
std::string location_with_password(const std::string& location, const std::string& password);
// Opens `location` without creating or migrating anything: why it cannot be opened (in
// Indonesian), or nothing when it can (`lindungi config check`).
std::optional<std::string> probe_location(const std::string& location);

}  // namespace lindungi::services

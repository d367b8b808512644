#pragma once
// Issue 19 item 6 on PostgreSQL: what a service needs to back a database up before this release
// migrates it, without opening (and so migrating) the store. Kept out of store.hpp, which nearly
// every file includes.
#include <string>
#include <vector>

namespace lindungi::store {

struct SchemaState {
  int applied = 0;  // the database's schema version (0: a new, empty database)
  int latest = 0;   // this release's
  // Made by an older release: opening it will migrate it.
  bool older() const { return applied > 0 && applied < latest; }
};

// The schema version of the PostgreSQL database at `location` (a libpq URL, possibly with its
// password) and this release's, changing nothing. Throws BadRequest when it cannot connect.
SchemaState pg_schema_state(const std::string& location);

// The libpq environment variables (PGHOST=…, PGDATABASE=…, PGPASSWORD=…, PGOPTIONS=…) that make a
// child program such as pg_dump connect where `location` does: nothing of it on the child's command
// line, where `ps` would show a password.
std::vector<std::string> pg_environment(const std::string& location);

}  // namespace lindungi::store

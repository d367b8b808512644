#pragma once
#include <memory>

#include "store/sqlite/sqlite_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store {

// The SQLite side of Session::claims(), over the session's connection (and transaction).
std::unique_ptr<ClaimsSession> make_sqlite_claims(sqlite::Connection& connection);

}  // namespace lindungi::store

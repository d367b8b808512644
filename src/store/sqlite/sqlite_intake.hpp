#pragma once
#include <memory>

#include "store/intake_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store {

// The SQLite side of Session::intake(), over the session's connection (and transaction).
std::unique_ptr<IntakeSession> make_sqlite_intake(sqlite::Connection& connection);

}  // namespace lindungi::store

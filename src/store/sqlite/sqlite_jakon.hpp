#pragma once
#include <memory>

#include "store/jakon_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store {

// The SQLite side of Session::jakon(), over the session's connection (and transaction).
std::unique_ptr<JakonSession> make_sqlite_jakon(sqlite::Connection& connection);

}  // namespace lindungi::store

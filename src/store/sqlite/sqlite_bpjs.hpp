#pragma once
#include <memory>

#include "store/bpjs_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store {

// The SQLite side of Session::bpjs(), over the session's connection (and transaction).
std::unique_ptr<BpjsSession> make_sqlite_bpjs(sqlite::Connection& connection);

}  // namespace lindungi::store

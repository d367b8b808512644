#pragma once
#include <memory>

#include "store/jakon_store.hpp"
#include "store/postgres/pg_connection.hpp"

namespace lindungi::store {

// The PostgreSQL side of Session::jakon(), over the session's connection and transaction.
std::unique_ptr<JakonSession> make_pg_jakon(pg::Tx& tx);

}  // namespace lindungi::store

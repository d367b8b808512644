#pragma once
#include <memory>

#include "store/postgres/pg_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store {

// The PostgreSQL side of Session::claims(), over the session's connection and transaction.
std::unique_ptr<ClaimsSession> make_pg_claims(pg::Tx& tx);

}  // namespace lindungi::store

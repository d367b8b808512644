#pragma once
#include <memory>

#include "store/intake_store.hpp"
#include "store/postgres/pg_connection.hpp"

namespace lindungi::store {

// The PostgreSQL side of Session::intake(), over the session's connection and transaction.
std::unique_ptr<IntakeSession> make_pg_intake(pg::Tx& tx);

}  // namespace lindungi::store

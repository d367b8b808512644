#pragma once
#include <memory>

#include "store/bpjs_store.hpp"
#include "store/postgres/pg_connection.hpp"

namespace lindungi::store {

// The PostgreSQL side of Session::bpjs(), over the session's connection and transaction.
std::unique_ptr<BpjsSession> make_pg_bpjs(pg::Tx& tx);

}  // namespace lindungi::store

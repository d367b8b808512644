#pragma once
#include <memory>

#include "store/billing_store.hpp"
#include "store/postgres/pg_connection.hpp"

namespace lindungi::store {

// The PostgreSQL side of Session::billing(), over the session's connection and transaction.
std::unique_ptr<BillingSession> make_pg_billing(pg::Tx& tx);

}  // namespace lindungi::store

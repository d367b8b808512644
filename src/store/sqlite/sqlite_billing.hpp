#pragma once
#include <memory>

#include "store/billing_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store {

// The SQLite side of Session::billing(), over the session's connection (and transaction).
std::unique_ptr<BillingSession> make_sqlite_billing(sqlite::Connection& connection);

}  // namespace lindungi::store

#pragma once
#include <memory>

#include "store/billing_store.hpp"
#include "store/report_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store {

// The SQLite side of Session::billing(), over the session's connection (and transaction).
std::unique_ptr<BillingSession> make_sqlite_billing(sqlite::Connection& connection);

// The SQLite side of Session::reports(): records::Reports with the planner's reads memory-mapped.
std::unique_ptr<ReportsSession> make_sqlite_reports(sqlite::Connection& connection);

}  // namespace lindungi::store

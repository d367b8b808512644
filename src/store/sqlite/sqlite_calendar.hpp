#pragma once
#include <memory>

#include "store/calendar_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store {

// The SQLite side of Session::calendar(), over the session's connection (and transaction).
std::unique_ptr<CalendarSession> make_sqlite_calendar(sqlite::Connection& connection);

}  // namespace lindungi::store

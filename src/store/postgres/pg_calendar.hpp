#pragma once
#include <memory>

#include "store/calendar_store.hpp"
#include "store/postgres/pg_connection.hpp"

namespace lindungi::store {

// The PostgreSQL side of Session::calendar(), in the session's transaction.
std::unique_ptr<CalendarSession> make_pg_calendar(pg::Tx& tx);

}  // namespace lindungi::store

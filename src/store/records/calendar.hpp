#pragma once
#include <memory>

#include "store/calendar_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {

// Session::calendar() on either database: one set of SQL and mappings over the row API.
std::unique_ptr<CalendarSession> make_calendar(std::unique_ptr<rows::Db> db);

}  // namespace lindungi::store

#include "store/sqlite/sqlite_connection.hpp"

#include "clock/clock.hpp"

namespace lindungi::store::sqlite {

// Timestamps of rows come from the program's one clock (issue 15).
std::string now_utc() { return clock::now_utc_iso(true); }

}  // namespace lindungi::store::sqlite

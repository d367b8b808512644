#include "store/postgres/pg_connection.hpp"

#include "clock/clock.hpp"

namespace lindungi::store::pg {

// Timestamps of rows come from the program's one clock (issue 15).
std::string now_utc() { return clock::now_utc_iso(true); }

Connection::Connection(const std::string& url) : conn_(url) { conn_.set_client_encoding("UTF8"); }

}  // namespace lindungi::store::pg

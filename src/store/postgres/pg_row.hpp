#pragma once
// The row API (store/row.hpp) over libpqxx: the one place that reads a PostgreSQL row or makes
// PostgreSQL parameters for the records of src/store/records/.
#include <memory>

#include "store/postgres/pg_connection.hpp"
#include "store/row.hpp"

namespace lindungi::store::pg {

// The rows of a Session's transaction, by the connection's prepared statements.
std::unique_ptr<rows::Db> row_db(Tx& tx);

// Each row of a result that did not come through row_db (a cursor's FETCH, which is not prepared),
// read through the row API.
void each_row(const pqxx::result& result, const std::function<void(rows::Row&)>& each);

// `sql` with each `?` outside quoted text numbered $1, $2, ... from `first`.
std::string numbered(std::string_view sql, int first = 1);

// The parameters as libpqxx takes them (text, NULL as nullopt), appended to `out`.
void append(std::vector<Param>& out, const rows::Params& params);

}  // namespace lindungi::store::pg

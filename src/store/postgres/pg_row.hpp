#pragma once
// The row API (store/row.hpp) over libpqxx: the one place that reads a PostgreSQL row or makes
// PostgreSQL parameters for the records of src/store/records/.
#include <memory>

#include "store/postgres/pg_connection.hpp"
#include "store/row.hpp"

namespace lindungi::store::pg {

// The rows of a Session's transaction, by the connection's prepared statements.
std::unique_ptr<rows::Db> row_db(Tx& tx);

// `sql` with each `?` outside quoted text numbered $1, $2, ... from `first`.
std::string numbered(std::string_view sql, int first = 1);

// The parameters as libpqxx takes them (text, NULL as nullopt), appended to `out`.
void append(std::vector<Param>& out, const rows::Params& params);

}  // namespace lindungi::store::pg

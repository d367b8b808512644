#pragma once
// The row API (store/row.hpp) over SQLiteCpp: the one place that reads a SQLite row or binds
// SQLite parameters for the records of src/store/records/.
#include <memory>

#include "store/row.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store::sqlite {

// The rows of a connection (in whichever transaction it has open), by the connection's cached
// statements.
std::unique_ptr<rows::Db> row_db(Connection& connection);

// Binds `params` to `s` as parameters 1..n.
void bind(SQLite::Statement& s, const rows::Params& params);

}  // namespace lindungi::store::sqlite

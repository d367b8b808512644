#pragma once
// The registry's workers, regions, RTs and potentials on either database (issue 18): their
// columns, reading and binding written once. records::SessionBase's registry calls use them;
// PostgreSQL's session adds its heirs in one round trip and the COPY of an import's new workers.
#include <string>

#include "store/row.hpp"
#include "store/store.hpp"

namespace lindungi::store::records {

// Every column of a worker, in the order read_worker reads them.
const std::string& worker_columns();
// "SELECT <every column of a worker> FROM pekerja", to which a WHERE clause is appended; read
// with read_worker (the heirs are not read).
const std::string& worker_select();
Worker read_worker(rows::Row& r);
// The columns insert_worker writes, in order, and their values for `w` (created/updated `now`).
const std::vector<std::string>& worker_insert_columns();
rows::Params worker_insert_params(const Worker& w, const std::string& now);

}  // namespace lindungi::store::records

#pragma once
#include <memory>

#include "store/bpjs_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {

// Session::bpjs() on either database: one set of SQL and mappings over the row API.
std::unique_ptr<BpjsSession> make_bpjs(std::unique_ptr<rows::Db> db);

}  // namespace lindungi::store

#pragma once
#include <memory>

#include "store/claims_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {

// Session::claims() on either database: one set of SQL and mappings over the row API.
std::unique_ptr<ClaimsSession> make_claims(std::unique_ptr<rows::Db> db);

}  // namespace lindungi::store

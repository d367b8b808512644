#pragma once
#include <memory>

#include "store/idempotency_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {

// Session::idempotency() on either database: one set of SQL and mappings over the row API.
std::unique_ptr<IdempotencySession> make_idempotency(std::unique_ptr<rows::Db> db);

}  // namespace lindungi::store

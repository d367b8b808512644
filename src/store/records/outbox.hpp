#pragma once
#include <memory>

#include "store/outbox_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {

// Session::outbox() on either database: one set of SQL and mappings over the row API.
std::unique_ptr<OutboxSession> make_outbox(std::unique_ptr<rows::Db> db);

}  // namespace lindungi::store

#pragma once
#include <memory>

#include "store/jakon_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {

// Session::jakon() on either database: one set of SQL and mappings over the row API.
std::unique_ptr<JakonSession> make_jakon(std::unique_ptr<rows::Db> db);

}  // namespace lindungi::store

#pragma once
#include <memory>
#include <string>

#include "store/store.hpp"

namespace lindungi::store {

// PostgreSQL (15) at a libpq URL, postgresql://user:password@host:port/database[?options=...];
// migrations are applied on open. Writers take turns (see PgStore::write); readers use a pool.
std::unique_ptr<Store> open_pg_store(const std::string& url);

}  // namespace lindungi::store

#pragma once
#include <memory>
#include <optional>
#include <string>

#include "store/store.hpp"

namespace lindungi::store {

// PostgreSQL (15) at a libpq URL, postgresql://user:password@host:port/database[?options=...];
// migrations are applied on open. Writers take turns (see PgStore::write); readers use a pool.
std::unique_ptr<Store> open_pg_store(const std::string& url);
// Connects and runs one query, changing nothing: why it failed, or nothing (see probe_location).
std::optional<std::string> probe_pg(const std::string& url);
// See store::with_exported_snapshot.
void with_pg_snapshot(const std::string& url, const SnapshotBody& body);

}  // namespace lindungi::store

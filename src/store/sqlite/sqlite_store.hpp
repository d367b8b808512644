#pragma once
#include <memory>
#include <string>

#include "store/store.hpp"

namespace lindungi::store {

// SQLite in WAL mode with foreign keys on; one writer at a time, a pool of reader connections.
std::unique_ptr<Store> open_sqlite_store(const std::string& path);

}  // namespace lindungi::store

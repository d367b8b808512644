#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "store/store.hpp"

namespace lindungi::store {

// SQLite in WAL mode with foreign keys on; one writer at a time, a pool of reader connections.
std::unique_ptr<Store> open_sqlite_store(const std::string& path);
// Opens `path` read-only and runs one query (see probe_location).
std::optional<std::string> probe_sqlite(const std::string& path);
// Issue 19 item 5: every table's rows in the SQLite file at `path`, opened read-only (no
// migration runs): what a backup's manifest recorded, checked before a restore writes anything.
std::map<std::string, std::int64_t> sqlite_file_table_counts(const std::string& path);

}  // namespace lindungi::store

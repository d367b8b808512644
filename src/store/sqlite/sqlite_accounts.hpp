#pragma once
// Appending to and scanning the audit chain in SQLite; SqliteSession forwards to these. The rest of
// accounts and the audit log's pages are the same on both databases: store/records/accounts.hpp.
#include <functional>
#include <string_view>

#include "store/sqlite/sqlite_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store::sqlite {

void append_audit(Connection& c, const AuditEntry& entry, std::string_view key);
void scan_audit(Connection& c, const std::function<bool(const AuditEntry&)>& visit);

}  // namespace lindungi::store::sqlite

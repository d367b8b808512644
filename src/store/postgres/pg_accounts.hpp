#pragma once
// Appending to and scanning the audit chain in PostgreSQL; PgSession forwards to these. The rest
// of accounts and the audit log's pages are the same on both databases: store/records/accounts.hpp.
#include <functional>
#include <string_view>

#include "store/postgres/pg_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store::pg {

void append_audit(Tx& t, const AuditEntry& entry, std::string_view key);
void scan_audit(Tx& t, const std::function<bool(const AuditEntry&)>& visit);

}  // namespace lindungi::store::pg

#pragma once
// Pending changes of workers on PostgreSQL (issue 16 item 4; store/pending_store.hpp).
#include <optional>
#include <string_view>
#include <vector>

#include "store/pending_store.hpp"
#include "store/postgres/pg_connection.hpp"

namespace lindungi::store::pg {

void insert_pending_change(Tx& t, PendingChangeRecord& p);
std::optional<PendingChangeRecord> pending_change(Tx& t, std::int64_t id);
std::vector<PendingChangeRecord> pending_changes(Tx& t, std::string_view status, std::int64_t pekerja_id);
void decide_pending_change(Tx& t, const PendingChangeRecord& p);

}  // namespace lindungi::store::pg

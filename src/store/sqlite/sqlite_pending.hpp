#pragma once
// Pending changes of workers on SQLite (issue 16 item 4; store/pending_store.hpp).
#include <optional>
#include <string_view>
#include <vector>

#include "store/pending_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace lindungi::store::sqlite {

void insert_pending_change(Connection& c, PendingChangeRecord& p);
std::optional<PendingChangeRecord> pending_change(Connection& c, std::int64_t id);
std::vector<PendingChangeRecord> pending_changes(Connection& c, std::string_view status, std::int64_t pekerja_id);
void decide_pending_change(Connection& c, const PendingChangeRecord& p);

}  // namespace lindungi::store::sqlite

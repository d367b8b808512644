#pragma once
// Pending changes of workers (issue 16 item 4; store/pending_store.hpp) on either database: what
// both backends' sessions call.
#include <optional>
#include <string_view>
#include <vector>

#include "store/pending_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

void insert_pending_change(rows::Db& db, PendingChangeRecord& p);
std::optional<PendingChangeRecord> pending_change(rows::Db& db, std::int64_t id);
std::vector<PendingChangeRecord> pending_changes(rows::Db& db, std::string_view status, std::int64_t pekerja_id);
void decide_pending_change(rows::Db& db, const PendingChangeRecord& p);

}  // namespace lindungi::store::records

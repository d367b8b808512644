#pragma once
// Session::pending() (issue 16 item 4; store/pending_store.hpp) on either database.
#include <memory>

#include "store/pending_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

class Pending final : public PendingChangesSession {
 public:
  explicit Pending(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  void insert_pending_change(PendingChangeRecord& p) override;
  std::optional<PendingChangeRecord> pending_change(std::int64_t id) override;
  std::vector<PendingChangeRecord> pending_changes(std::string_view status, std::int64_t pekerja_id) override;
  Page<PendingChangeRecord> pending_changes_page(std::string_view status, std::int64_t pekerja_id,
                                                 std::string_view area, std::string_view cohort, int offset,
                                                 int limit) override;
  void decide_pending_change(const PendingChangeRecord& p) override;

 private:
  rows::Db& db() { return *db_; }
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records

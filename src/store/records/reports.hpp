#pragma once
// Session::reports() (issue 22; store/report_store.hpp) on either database.
#include <memory>

#include "store/report_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

class Reports : public ReportsSession {
 public:
  explicit Reports(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::vector<IncomeCount> covered_incomes(std::string_view area, bool by_rt) override;
  std::vector<StatusCount> funnel_counts(std::string_view area, bool by_rt, std::string_view kategori) override;
  std::vector<StatusCount> category_status_counts(std::string_view area, bool by_rt,
                                                  std::string_view kategori) override;
  PlanRows plan_workers(std::string_view area) override;

 protected:
  // Held while the planner reads its hundreds of thousands of rows: SQLite's memory map
  // (sqlite/mapped_scan.hpp; a pread per page was most of the planner's time), nothing elsewhere.
  virtual std::shared_ptr<void> bulk_read() { return nullptr; }

 private:
  rows::Db& db() { return *db_; }
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records

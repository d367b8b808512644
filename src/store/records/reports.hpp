#pragma once
// Session::reports() (issue 22; store/report_store.hpp) on either database.
#include <memory>

#include "store/report_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

class Reports final : public ReportsSession {
 public:
  explicit Reports(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::vector<IncomeCount> covered_incomes(std::string_view area, bool by_rt) override;
  std::vector<StatusCount> funnel_counts(std::string_view area, bool by_rt) override;

 private:
  rows::Db& db() { return *db_; }
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records

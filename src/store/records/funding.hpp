#pragma once
// Session::funding() on either database (issue 18): funders, budgets and allocations, their SQL
// and mapping written once over the row API.
#include <memory>

#include "store/funding_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

class Funding final : public FundingSession {
 public:
  explicit Funding(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::vector<FunderRecord> funders() override;
  Page<FunderRecord> funders_page(std::string_view area, int offset, int limit) override;
  std::optional<FunderRecord> funder(std::string_view kode) override;
  void put_funder(const FunderRecord& f) override;
  std::optional<BudgetRecord> budget(std::string_view kode, int tahun) override;
  std::vector<BudgetRecord> budgets(int tahun) override;
  void put_budget(const BudgetRecord& b) override;
  std::vector<AllocationRecord> allocations_of(std::int64_t pekerja_id) override;
  void insert_allocation(AllocationRecord& a) override;
  std::vector<MonthFunded> monthly_funded(std::string_view area, std::string_view from_month,
                                          std::string_view to_month) override;

 private:
  rows::Db& db() { return *db_; }
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records

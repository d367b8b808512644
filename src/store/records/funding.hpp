#pragma once
// Funders, budgets and allocations on either database; both backends' sessions forward to these.
#include <optional>
#include <string_view>
#include <vector>

#include "store/row.hpp"
#include "store/store.hpp"

namespace lindungi::store::records {

std::vector<FunderRecord> funders(rows::Db& db);
std::optional<FunderRecord> funder(rows::Db& db, std::string_view kode);
void put_funder(rows::Db& db, const FunderRecord& f);
std::optional<BudgetRecord> budget(rows::Db& db, std::string_view kode, int tahun);
std::vector<BudgetRecord> budgets(rows::Db& db, int tahun);
void put_budget(rows::Db& db, const BudgetRecord& b);
std::vector<AllocationRecord> allocations_of(rows::Db& db, std::int64_t pekerja_id);
void insert_allocation(rows::Db& db, AllocationRecord& a);
// Coverage trend (issue 6)
std::vector<MonthFunded> monthly_funded(rows::Db& db, std::string_view area, std::string_view from_month,
                                        std::string_view to_month);

}  // namespace lindungi::store::records

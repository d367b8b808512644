#pragma once
// Funders, budgets and allocations in SQLite; SqliteSession forwards to these.
#include <optional>
#include <string_view>
#include <vector>

#include "store/sqlite/sqlite_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store::sqlite {

std::vector<FunderRecord> funders(Connection& c);
std::optional<FunderRecord> funder(Connection& c, std::string_view kode);
void put_funder(Connection& c, const FunderRecord& f);
std::optional<BudgetRecord> budget(Connection& c, std::string_view kode, int tahun);
std::vector<BudgetRecord> budgets(Connection& c, int tahun);
void put_budget(Connection& c, const BudgetRecord& b);
std::vector<AllocationRecord> allocations_of(Connection& c, std::int64_t pekerja_id);
void insert_allocation(Connection& c, AllocationRecord& a);
// Coverage trend (issue 6)
std::vector<MonthFunded> monthly_funded(Connection& c, std::string_view area, std::string_view from_month,
                                        std::string_view to_month);

}  // namespace lindungi::store::sqlite

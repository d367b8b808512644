#pragma once
// Funders, budgets and allocations in PostgreSQL; PgSession forwards to these.
#include <optional>
#include <string_view>
#include <vector>

#include "store/postgres/pg_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store::pg {

std::vector<FunderRecord> funders(Tx& t);
std::optional<FunderRecord> funder(Tx& t, std::string_view kode);
void put_funder(Tx& t, const FunderRecord& f);
std::optional<BudgetRecord> budget(Tx& t, std::string_view kode, int tahun);
std::vector<BudgetRecord> budgets(Tx& t, int tahun);
void put_budget(Tx& t, const BudgetRecord& b);
std::vector<AllocationRecord> allocations_of(Tx& t, std::int64_t pekerja_id);
void insert_allocation(Tx& t, AllocationRecord& a);
// Coverage trend (issue 6)
std::vector<MonthFunded> monthly_funded(Tx& t, std::string_view area, std::string_view from_month,
                                        std::string_view to_month);

}  // namespace lindungi::store::pg

#pragma once
// The demo's premium ledger (DESIGN.md §7, issue 4): funders, budgets, allocations, invoices and
// payments for the funded cohorts of the demo registry, with a few RTs in arrears.
#include <vector>

#include "core/date.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "store/store.hpp"

namespace lindungi::demo {

struct DemoBilling {
  std::int64_t funders = 0, allocations = 0, invoices = 0, payments = 0;
};

// Inside the demo's transaction: every worker of `workers` with status aktif and a funder is
// funded for the whole of last year and this year (`today`'s), invoiced per funder per month from
// January of last year up to the current month and paid on the 8th, so that the same stories hold
// on any date (issue 15): this month's invoice is open; three RT funds are two months behind, one
// RT fund's membership lapsed (five months unpaid) and one RT fund paid half of last month. On
// 1 January that is last year's paid ledger and this year's first invoice. Deterministic.
DemoBilling add_demo_billing(store::Session& session, const RuleBook& rules, const std::vector<Worker>& workers,
                             const Date& today);

}  // namespace lindungi::demo

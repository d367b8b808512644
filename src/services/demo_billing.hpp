#pragma once
// The demo's premium ledger (DESIGN.md §7, issue 4): funders, budgets, allocations, invoices and
// payments for the funded cohorts of the demo registry, with a few RTs in arrears.
#include <vector>

#include "core/date.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "store/store.hpp"

namespace lindungi::services {

struct DemoBilling {
  std::int64_t funders = 0, allocations = 0, invoices = 0, payments = 0;
};

// Inside the demo's transaction: every worker of `workers` with status aktif and a funder is
// funded for the whole of `today`'s year, invoiced per funder per month up to the current month
// and paid on the 8th, except three RT funds two months behind, one RT fund whose membership
// lapsed (five months unpaid) and one RT fund that paid part of a month. Deterministic.
DemoBilling add_demo_billing(store::Session& session, const RuleBook& rules, const std::vector<Worker>& workers,
                             const Date& today);

}  // namespace lindungi::services

#pragma once
// Funding (DESIGN.md §2 step 3): funders and their budgets, allocating verified workers month by
// month, budget use, and each member's coverage ledger.
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/billing.hpp"
#include "core/funding.hpp"
#include "core/ledger.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/funding_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

struct AllocationOutcome {
  std::int64_t pekerja_id = 0;
  std::string nama;
  bool ok = false;
  Rupiah amount = 0;        // for all months
  std::string sumber_dana;  // the funder chosen by priority (allocate_by_priority only)
  std::vector<FieldError> problems;
};

struct LedgerReport {
  Worker worker;
  // Every funded month by month; one BPJS's answers do not let us bill (core not_billable) is
  // `unbilled` ("tidak_ditagih", never in arrears or lapse) with its reason in not_billed[i].
  std::vector<MonthView> months;
  std::vector<NotBillable> not_billed;  // for months[i]
  std::optional<CoverDecision> cover;   // when a date was asked
};

// The allocation itself inside the caller's transaction (bulk rules and renewals reuse it): each
// worker allocated or refused on its own with every reason. Permissions are the caller's.
std::vector<AllocationOutcome> allocate_in(App& app, store::Session& session, const Actor& actor,
                                           const std::vector<std::int64_t>& pekerja_ids, const std::string& funder,
                                           YearMonth from, int months);

class FundingService {
 public:
  explicit FundingService(App& app) : app_(app) {}

  // A page of the funders the actor sees (can_see_funder), by kind then code.
  store::Page<store::FunderRecord> funders(const Actor& actor, int offset, int limit);
  store::FunderRecord put_funder(const Actor& actor, store::FunderRecord funder);  // returns what was stored
  void set_budget(const Actor& actor, const std::string& kode, int tahun, Rupiah pagu, std::int64_t kuota);
  // Each worker is allocated or refused on its own, with every reason; all in one transaction.
  std::vector<AllocationOutcome> allocate(const Actor& actor, const std::vector<std::int64_t>& pekerja_ids,
                                          const std::string& funder, YearMonth from, int months);
  // Issue 22 item 4: each worker funded by the first funder, in his kab/kota's order of priority
  // in force on the first month, that may and can pay (its cohort, area, budget and quota); a
  // worker no funder can take is refused with each funder's reasons. All in one transaction.
  std::vector<AllocationOutcome> allocate_by_priority(const Actor& actor, const std::vector<std::int64_t>& pekerja_ids,
                                                      YearMonth from, int months);
  std::vector<store::BudgetRecord> budgets(const Actor& actor, int tahun);
  LedgerReport ledger(const Actor& actor, std::int64_t pekerja_id, std::optional<Date> covered_on_date);

 private:
  App& app_;
};

}  // namespace lindungi::services

#pragma once
// The reports aggregate (issue 22): the counts the reports read beside the status summaries (the
// value protected, the funnel), reached through Session::reports() in the caller's transaction.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/planner.hpp"
#include "store/registry_store.hpp"

namespace lindungi::store {

// How many active workers of one kelurahan (or one RT) declared one monthly income; the core turns
// each income into its bracket's benefits (issue 22 item 3).
struct IncomeCount {
  std::string kode;
  std::int64_t penghasilan = 0;
  std::int64_t count = 0;
};

// What the planner reads of the workers (issue 22 item 2).
struct PlanRows {
  // On record and not yet funded (didata, diverifikasi, ditolak_bpjs), each with its dependants
  // (heirs who are spouse or child), in no particular order.
  std::vector<PlanWorker> uncovered;
  // Funded today (aktif, dialokasikan, didaftarkan), counted per RT, occupation and funder, in the
  // order of kelurahan code, RT number, occupation and funder code (bytewise).
  std::vector<PlanCovered> covered;
};

class ReportsSession {
 public:
  virtual ~ReportsSession() = default;
  // Active workers (status aktif) of `area` counted per kelurahan (or RT, `by_rt`) and declared
  // income, keyed as status_counts keys its rows. One statement (allowed in read_current).
  virtual std::vector<IncomeCount> covered_incomes(std::string_view area, bool by_rt) = 0;
  // The funnel's counts beside the statuses (issue 22 item 1), per kelurahan (or RT, `by_rt`), as
  // StatusCount rows whose `status` says what is counted: dugaan_duplikat (recorded workers in a
  // duplicate pair not yet decided), digabung (rejected workers merged into another record),
  // kartu_diserahkan (active workers with a card handed over), kartu_dicetak (active workers with
  // a card printed and none handed over). One statement. `kategori` (pekerja_rentan, ...) counts
  // the workers of that category only; empty, every category.
  virtual std::vector<StatusCount> funnel_counts(std::string_view area, bool by_rt, std::string_view kategori) = 0;
  // The workers of `area` in one category counted per kelurahan (or RT, `by_rt`) and status, keyed
  // as status_counts keys its rows: the funnel of one category (issue 22 item 1; the seeds count
  // the vulnerable workers apart from the religious workers and the RT heads). From pekerja, whose
  // index narrows the area (the summaries keep no category). One statement.
  virtual std::vector<StatusCount> category_status_counts(std::string_view area, bool by_rt,
                                                          std::string_view kategori) = 0;
  // The planner's workers of `area` (issue 22 item 2): one pass over the area's workers reads both
  // parts (a million workers: the table read once, not twice), a second statement the heirs.
  // Needs a snapshot (Store::read).
  virtual PlanRows plan_workers(std::string_view area) = 0;
};

}  // namespace lindungi::store

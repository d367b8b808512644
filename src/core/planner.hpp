#pragma once
// The budget planner (issue 22 item 2): for a target (a share of the potential workforce, or every
// vulnerable worker on record) and a fiscal year, which workers are still to cover, in what order
// (a vulnerability score per worker, ranked per RT), which funder pays for whom (priority, areas,
// occupations, quotas and budgets) and the premium each funder must budget month by month, from the
// rule book. What-if changes (a raised budget, a cohort moved to the province, RT funds) are inputs:
// nothing is written. Plain computation: the service reads the rows and the rules.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/funding.hpp"
#include "core/ledger.hpp"
#include "core/money.hpp"
#include "core/programme_rules.hpp"
#include "core/rules.hpp"

namespace lindungi {

// A worker on record not yet covered (not active, not rejected, not deceased).
struct PlanWorker {
  std::int64_t id = 0;
  std::string nama;
  std::string kode_kelurahan;
  int rt = 0;
  std::string pekerjaan;
  Rupiah penghasilan = 0;
  std::optional<Date> tanggal_lahir;
  int tanggungan = 0;  // heirs who depend on the worker: spouse and children
  std::string status;
};

// Active workers continuing into the year, counted per RT, occupation and funder (the worker's
// sumber_dana: a funder code, or the kind dana_kampung_bahagia for the RT's own fund).
struct PlanCovered {
  std::string kode_kelurahan;
  int rt = 0;
  std::string pekerjaan;
  std::string sumber_dana;
  std::int64_t count = 0;
};

// A funder as the planner sees it: its budget for the year (the year's, else its latest earlier
// one, taken as continued) and quota (0 = none).
struct PlanFunder {
  Funder funder;
  Rupiah pagu = 0;
  std::int64_t kuota = 0;
  bool budget_set = false;  // a budget row exists for the year or an earlier one
};

// What-if changes, computed without writing anything.
struct PlanWhatIf {
  std::map<std::string, Rupiah> extra_budget;  // funder code -> Rupiah added to the year's budget
  std::vector<std::string> to_province;        // occupations moved to the province's cohort
  std::optional<Rupiah> rt_fund;               // every RT has an RT fund with this much for premiums
};

enum class PlanTargetKind { percent_of_potential, all_on_record };

struct PlanInput {
  PlanTargetKind target = PlanTargetKind::percent_of_potential;
  int percent = 100;  // 1..100
  int year = 2027;
  Date today;                      // the one clock's day: a plan for this year starts next month
  std::string area;                // the area planned for (a region code, "" for everywhere)
  std::int64_t potential = 0;      // the area's potential workforce (0 = unknown)
  std::int64_t covered_other = 0;  // members through other routes
  std::vector<PlanWorker> uncovered;
  std::vector<PlanCovered> covered;
  std::vector<PlanFunder> funders;
  // The programme's rules of each kab/kota the workers live in, in force on 1 January of the year
  // (issue 22 item 4; core/programme_rules.hpp), by kab/kota code: a worker's income ceiling and
  // age limits (who is eligible, the score's income part) and the order in which funders take
  // him (the first kind that may and can pay, pays). A kab/kota missing here follows
  // `area_rules`, the rules of the area planned for (which also order the answer's lines).
  std::map<std::string, ProgrammeRuleSet, std::less<>> kabkota_rules;
  ProgrammeRuleSet area_rules;
  PlanWhatIf what_if;
};

// The vulnerability score of a worker, 0-100 (docs/PLANNER.md): occupation risk (0-40, from
// occupation_risk), income (0-40, 40 x (ceiling - income) / ceiling, the programme's income
// ceiling; 0 at or above it), dependants (0-20, 5 per spouse or child among the heirs, at most 4).
struct VulnerabilityScore {
  int occupation = 0;
  int income = 0;
  int dependants = 0;
  int total() const { return occupation + income + dependants; }
};
int occupation_risk(std::string_view pekerjaan);  // 0-40
VulnerabilityScore vulnerability_score(const PlanWorker& worker, Rupiah income_ceiling);

// Why a worker on record cannot be planned for under the programme's rules of the year.
enum class PlanExclusion { none, income_above_ceiling, age_outside_limits };
// The reason in words ("Penghasilan di atas batas program").
std::string plan_exclusion_label(PlanExclusion reason);
PlanExclusion plan_exclusion(const PlanWorker& worker, const ProgrammeRule& programme, const Date& year_start);

struct PlanFunderLine {
  std::string sumber_dana;  // the funder's code; "" for workers no funder may pay for
  std::string nama;
  std::optional<FunderKind> kind;
  std::int64_t pekerja = 0;                // continuing + new
  std::int64_t pekerja_lanjutan = 0;       // active today, funded again for the year
  std::int64_t pekerja_baru = 0;           // newly covered in the year (on record, or yet to be recorded)
  std::int64_t pekerja_belum_terdata = 0;  // of the new: not yet on record (to be recorded first)
  Rupiah iuran = 0;                        // the year's premiums: the sum of `bulanan`
  std::array<Rupiah, 12> bulanan{};        // January..December
  Rupiah anggaran = 0;                     // the budget of the year (what-if changes included)
  Rupiah kekurangan = 0;                   // max(0, iuran - anggaran)
};

struct PlanMonth {
  YearMonth bulan;
  std::int64_t tercakup = 0;  // covered at the month's end: other routes + the programme's
  Rupiah iuran = 0;           // premiums of the month, all funders
};

struct RankedWorker {
  std::size_t index = 0;  // into PlanInput::uncovered
  VulnerabilityScore score;
  int rank_in_rt = 0;              // 1 = the most vulnerable of the RT
  bool planned = false;            // chosen to be covered within the target
  std::string sumber_dana;         // the funder that pays, when planned ("" none may)
  std::optional<YearMonth> mulai;  // the first month paid, when planned
};

struct PlanExcluded {
  PlanExclusion reason = PlanExclusion::none;
  std::int64_t jumlah = 0;
};

struct PlanResult {
  int year = 0;
  std::int64_t target_count = 0;  // covered wanted at the year's end (other routes included)
  std::int64_t covered_now = 0;   // other routes + the programme's active workers
  std::int64_t to_cover = 0;      // new in the year: planned on record + yet to be recorded
  std::int64_t to_cover_on_record = 0;
  std::int64_t to_cover_unrecorded = 0;
  std::int64_t uncovered_on_record = 0;  // eligible, not yet covered
  std::vector<PlanExcluded> excluded;    // on record but outside the rules, by reason
  YearMonth first_month;                 // new workers are phased in from here to December
  Rupiah premium_per_month = 0;          // one worker-month at the lowest bracket, for reading
  Rupiah total_iuran = 0;                // the sum of the lines' iuran
  std::vector<PlanFunderLine> lines;
  std::vector<PlanMonth> months;      // January..December
  std::vector<RankedWorker> ranking;  // every eligible uncovered worker, by RT then rank
};

// Throws ValidationError when the year lies before today's year, NotFound when the rule book has
// no premium for it. Funders take each worker in his kab/kota's order of priority, each within
// its quota and budget; whoever none of them can take, the city or regency (apbd_kota) serving
// him takes without a cap (its line's shortfall says what it must add). New workers join
// in rank order (most vulnerable first), evenly over the months from `first_month` (January, or
// the month after today's in the current year) to December; each is paid from its first month to
// December. Continuing workers are paid for all twelve months.
PlanResult plan_coverage(const RuleBook& rules, const PlanInput& input);

// The statuses the planner reads (the rule, here in the core; the store's pass over the workers
// sorts each row by it): funded today, and on record not yet funded.
bool plan_funded(std::string_view status);
bool plan_to_cover(std::string_view status);

}  // namespace lindungi

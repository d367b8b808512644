#pragma once
// Claim cases (issue 5, DESIGN.md §2 step 7): which benefit an event leads to, the documents the
// heirs bring (RULES.md §4.4), the service-level clock with the 1%-per-day late figure (§4.5, §5),
// the claim expiry, capped JKK items (transport, §5) and the yearly scholarship (§4.2). Plain rules;
// the service stores cases and the ledger decides cover (core/ledger.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/benefit.hpp"
#include "core/calendar.hpp"
#include "core/date.hpp"
#include "core/heirs.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

// What a claim case pays. Codes are the API's and the CLI's.
enum class ClaimKind {
  jkm,          // death not caused by a work accident
  jkk_death,    // death from a work accident
  jkk_total,    // total permanent disability
  jkk_partial,  // partial permanent disability (table % x 80 x upah)
  jkk_stmb,     // temporary incapacity pay
  jkk_care,     // medical care only (no cash line: paid by BPJS to the facility)
};
std::string_view to_string(ClaimKind kind);
std::optional<ClaimKind> parse_claim_kind(std::string_view text);
bool is_jkk(ClaimKind kind);
bool is_death(ClaimKind kind);

// What was recorded about the event, and what it led to.
struct EventFacts {
  bool death = false;          // meninggal; otherwise an accident the worker survived
  bool work_accident = false;  // kecelakaan kerja (incl. commuting) or occupational disease
  std::string akibat;          // for a survived accident: cacat_total | cacat_sebagian | stmb | perawatan
};

// The claim an event opens: a death is JKM or JKK death; a survived accident must be a work
// accident (JKK covers nothing else) and names its consequence. Throws ValidationError.
ClaimKind claim_kind_for(const EventFacts& facts);

// The cash benefit of a case, line by line. `percent`/`function_percent` for a partial disability
// (or `body_part`, a disability-table code, instead of `percent`), `months` for STMB.
struct BenefitInput {
  Rupiah income = 0;
  int percent = 0;
  int function_percent = 100;
  std::string body_part;
  int months = 0;
};
BenefitQuote claim_benefit(const RuleBook& rules, ClaimKind kind, const BenefitInput& input, const Date& event);

// The disability table's percentage for a body part code, or nullopt when it is not in the table.
std::optional<int> disability_percent(const ClaimRule& rule, std::string_view kode);

// Transport to the health facility, reimbursed up to the cap for the mode (darat|laut|udara).
BenefitLine transport_line(const ClaimRule& rule, std::string_view mode, Rupiah claimed);

// One document of the checklist of RULES.md §4.4.
struct ChecklistItem {
  std::string kode;
  std::string label;
  bool wajib = true;  // required before the case counts as complete
  std::string dasar;  // where the requirement comes from
};
// The documents for a case: death cases need the death certificate, the heir certificate, the
// heirs' IDs; a spouse claimant brings the marriage book; NPWP above Rp50 juta.
std::vector<ChecklistItem> claim_checklist(const ClaimRule& rule, ClaimKind kind, Rupiah benefit_total,
                                           bool spouse_claimant);

// The service level: BPJS pays within N working days of the complete request (JKM 3, JKK 7).
int sla_working_days(const ClaimRule& rule, ClaimKind kind);
Date sla_due_date(const WorkCalendar& calendar, const ClaimRule& rule, ClaimKind kind, const Date& complete);
// Working days past the due date on which payment came (0 when on time).
int late_working_days(const WorkCalendar& calendar, const Date& due, const Date& paid);
// 1% of the benefit per late day.
Rupiah late_penalty(const ClaimRule& rule, Rupiah benefit, int late_days);

// The last day a claim may be filed: 5 years after the event (2 before PP 82/2019).
Date claim_expiry(const ClaimRule& rule, const Date& event);

// Scholarships are claimed per school year, July to June: the school year a date falls in,
// named by the year it starts (2026 = 2026/2027).
int school_year_of(const Date& day);
std::string school_year_label(int start_year);                         // "2026/2027"
std::optional<SchoolLevel> parse_school_level(std::string_view text);  // tk_sd | smp | sma | kuliah
std::string_view to_string(SchoolLevel level);
const ScholarshipBand& band_of(SchoolLevel level);

// A payment already made for a child.
struct ScholarshipPaid {
  int school_year = 0;
  SchoolLevel level = SchoolLevel::tk_sd;
  Rupiah amount = 0;
};
// What one more school year at `level` pays the child, given what was paid before and what the
// case's other child received: the per-year amount, unless the level's years, the per-child cap
// (Rp87 juta) or the total cap (Rp174 juta) are exhausted, or the year was already paid. The
// reason explains a refusal (Indonesian).
struct ScholarshipAward {
  Rupiah amount = 0;
  std::string reason;
};
ScholarshipAward scholarship_award(SchoolLevel level, int school_year, const std::vector<ScholarshipPaid>& child_paid,
                                   Rupiah paid_to_other_children);

// The first school year a scholarship is due: the one the participant's death (or total
// disability) falls in. The benefit arises with the event, so earlier school years are never due.
int first_scholarship_year(const Date& event);

// Whether a child is still due a scholarship in the school year starting in `school_year`:
// younger than 23 on the 1st of July (and not recorded as married or working).
bool scholarship_age_ok(const Date& birth, int school_year);

}  // namespace lindungi

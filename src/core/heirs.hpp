#pragma once
// Who receives a death benefit (RULES.md §4.3, PP 44/2015 Pasal 37(5)) and which children can
// receive the scholarship (§4.2). The system proposes and explains; an officer decides.
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/worker.hpp"

namespace lindungi {

// The legal order: 1 spouse or child; 2 parents, grandparents, grandchildren; 3 siblings;
// 4 parents-in-law; 5 the person named in a will. Lower comes first.
int heir_rank(std::string_view relation);

struct HeirProposal {
  std::vector<Heir> recipients;  // the first group present, in the order recorded
  int group = 0;                 // 1-5; 0 = no heir
  std::string explanation;       // Indonesian
};

// The heirs who receive the cash benefit. With no heir: the funeral cost goes to whoever
// arranged the funeral and the rest to the Dana Jaminan Sosial (group 0).
HeirProposal propose_heirs(const std::vector<Heir>& heirs);

enum class SchoolLevel { tk_sd, smp, sma, kuliah };
struct ScholarshipBand {
  SchoolLevel level;
  const char* label;
  Rupiah per_year;
  int max_years;
};
// PP 82/2019: TK-SD Rp1,5 juta x 8, SMP Rp2 juta x 3, SMA Rp3 juta x 3, S1/pelatihan Rp12 juta x 5.
const std::vector<ScholarshipBand>& scholarship_bands();
inline constexpr int kMaxScholarshipChildren = 2;
inline constexpr int kScholarshipMaxAge = 23;       // younger than 23
inline constexpr int kJkmScholarshipMinMonths = 36;  // masa iur for the JKM path (configurable)
Rupiah scholarship_cap_per_child();  // Rp87 juta
Rupiah scholarship_cap_total();      // Rp174 juta

struct ChildStatus {
  Heir child;  // hubungan "anak"
  bool married = false;
  bool working = false;
};

struct ScholarshipDecision {
  std::vector<Heir> eligible;  // at most two
  std::vector<std::string> reasons;  // why each child is or is not included, in Indonesian
};

// `work_accident`: JKK path (no minimum contribution period); otherwise JKM needs
// `contribution_months` >= min_months. Children under 23, unmarried, not working; at most two,
// the oldest eligible first (perlu konfirmasi BPJS: the choice of children is not specified).
ScholarshipDecision scholarship_children(const std::vector<ChildStatus>& children, bool work_accident,
                                         int contribution_months, const Date& event, const Date& today,
                                         int min_months = kJkmScholarshipMinMonths);

}  // namespace lindungi

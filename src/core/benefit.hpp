#pragma once
// Cash benefits of JKM and JKK for BPU participants (RULES.md §4-5), line by line with each
// line's legal basis. Scholarships are separate (they depend on children and school years).
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

struct BenefitLine {
  std::string label;  // Indonesian
  Rupiah amount = 0;
  std::string basis;  // the formula and the regulation
};

struct BenefitQuote {
  std::string kind;   // jkm, jkk-death, jkk-disability, stmb
  Rupiah upah = 0;    // the income bracket the JKK amounts scale with (0 for JKM)
  std::vector<BenefitLine> lines;
  Rupiah total = 0;
  std::string source;
  std::vector<std::string> notes;
};

// JKM: death not caused by a work accident during active membership.
BenefitQuote jkm_benefit(const RuleBook& rules, const Date& event);
// JKK death: 48 x upah + periodic + funeral.
BenefitQuote jkk_death_benefit(const RuleBook& rules, Rupiah income, const Date& event);
// JKK total permanent disability: 56 x upah + periodic.
BenefitQuote jkk_total_disability_benefit(const RuleBook& rules, Rupiah income, const Date& event);
// JKK partial permanent disability: table % x 80 x upah, times the loss-of-function % when the
// limb remains but lost part of its function (100 = anatomical loss).
BenefitQuote jkk_partial_disability_benefit(const RuleBook& rules, Rupiah income, int table_percent,
                                            int function_percent, const Date& event);
// STMB for `months` months of temporary incapacity: 100% of upah for the first 12, then 50%.
BenefitQuote stmb_benefit(const RuleBook& rules, Rupiah income, int months, const Date& event);

// The upah (income bracket nominal) a BPU's JKK benefits scale with.
Rupiah bpu_upah(const RuleBook& rules, Rupiah income, const Date& on);

}  // namespace lindungi

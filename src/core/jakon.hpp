#pragma once
// Construction (Jakon) premium, RULES.md §6: by contract value with marginal tiers (§6.2), or by
// known monthly wages (§6.3).
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

struct JakonRequest {
  Rupiah value = 0;            // the contract or activity value
  bool ppn_included = false;   // the value includes PPN: the basis is value / (1 + PPN)
  std::optional<int> ppn_percent;  // default: the rate in force on `on`
  Date on;
};

struct JakonTierLine {
  Rupiah from = 0;  // band, excluding PPN
  Rupiah to = 0;    // 0 = open
  Rupiah slice = 0; // the part of the basis inside the band
  std::int64_t jkk_basis_points = 0;
  std::int64_t jkm_basis_points = 0;
  Rupiah jkk = 0;
  Rupiah jkm = 0;
};

struct JakonQuote {
  Rupiah value = 0;
  bool ppn_included = false;
  int ppn_percent = 0;
  Rupiah basis = 0;  // excluding PPN, rounded down to the Rupiah
  std::vector<JakonTierLine> tiers;  // only bands the basis reaches
  Rupiah jkk = 0;
  Rupiah jkm = 0;
  Rupiah total = 0;
  std::string source;
};

// Rounding: the basis is rounded down to whole Rupiah; each band's JKK and JKM are rounded half
// up to whole Rupiah; the totals are their sums. (Rp50 juta incl. PPN 10% -> basis 45.454.545 ->
// Rp95.455 + Rp13.636 = Rp109.091.) Throws ValidationError for a value <= 0 or a PPN outside 0-50.
JakonQuote compute_jakon(const RuleBook& rules, const JakonRequest& request);

// By known wages (§6.3): JKK 1,74% + JKM 0,30% of the monthly wage bill.
struct JakonWageQuote {
  Rupiah wages = 0;
  Rupiah jkk = 0;
  Rupiah jkm = 0;
  Rupiah total = 0;
};
JakonWageQuote compute_jakon_by_wages(const RuleBook& rules, Rupiah monthly_wages, const Date& on);

}  // namespace lindungi

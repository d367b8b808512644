#pragma once
// BPU premium (iuran) computation, RULES.md §2. Worked examples (§7) are pinned in tests.
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

struct PremiumRequest {
  Rupiah income = 1'000'000;  // declared monthly income
  bool jht = false;           // optional old-age savings
  int months = 1;
  int workers = 1;
  Date on;                    // which rule row applies
};

struct PremiumQuote {
  Rupiah bracket = 0;  // the income nominal the rates apply to
  Rupiah jkk = 0;      // per worker per month
  Rupiah jkm = 0;
  Rupiah jht = 0;
  Rupiah per_worker_month = 0;
  Rupiah per_worker_total = 0;  // per worker over all months
  Rupiah total = 0;
  int months = 1;
  int workers = 1;
  std::string source;
  std::vector<std::string> warnings;  // "perlu konfirmasi BPJS" notes
};

// Throws ValidationError for negative income, months outside 1..120 or workers outside
// 1..10,000,000.
PremiumQuote compute_premium(const RuleBook& rules, const PremiumRequest& request);

}  // namespace lindungi

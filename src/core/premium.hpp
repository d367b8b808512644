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

// Who pays decides whether the PP 50/2025 discount applies: never through APBN/APBD (the city,
// the province, and conservatively the RT's Kampung Bahagia fund, RULES.md §2.3 U).
enum class PayerKind { apbd, apbn, self_paid, donor };

// The contribution of one worker for one contribution month (year, month) after any discount in
// force for that month, occupation and payer. `discount_source` names the rule when one applied.
struct MonthlyPremium {
  Rupiah amount = 0;
  Rupiah discount = 0;
  std::string discount_source;
};
MonthlyPremium premium_for_month(const RuleBook& rules, Rupiah income, bool jht, int year, int month,
                                 const std::string& occupation, PayerKind payer);

// Throws ValidationError for negative income, months outside 1..120 or workers outside
// 1..10,000,000.
PremiumQuote compute_premium(const RuleBook& rules, const PremiumRequest& request);

}  // namespace lindungi

// Unit tests for core/premium and core/rules: the BPU premium (RULES.md §2) and the verified
// numeric examples of RULES.md §7.
#include "core/premium.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/rules.hpp"

namespace lindungi {
namespace {

const Date kLaunch{2025, 5, 22};

PremiumRequest request(Rupiah income, int months = 1, int workers = 1, bool jht = false,
                       Date on = kLaunch) {
  PremiumRequest r;
  r.income = income;
  r.months = months;
  r.workers = workers;
  r.jht = jht;
  r.on = on;
  return r;
}

PremiumQuote quote(const PremiumRequest& r) { return compute_premium(RuleBook::standard(), r); }

// The field names reported by a ValidationError thrown from compute_premium.
std::vector<std::string> invalid_fields(const PremiumRequest& r) {
  try {
    quote(r);
  } catch (const ValidationError& e) {
    std::vector<std::string> fields;
    for (const auto& fe : e.errors()) {
      EXPECT_FALSE(fe.message.empty());
      EXPECT_FALSE(fe.code.empty());
      fields.push_back(fe.field);
    }
    return fields;
  }
  ADD_FAILURE() << "no ValidationError";
  return {};
}

// ---------------------------------------------------------------------------------------------
// RULES.md §2.2 lowest bracket table and §7 oracles

TEST(Premium, LowestBracketPerWorkerMonth) {
  const PremiumQuote q = quote(request(1'000'000));
  EXPECT_EQ(q.bracket, 1'000'000);
  EXPECT_EQ(q.jkk, 10'000);
  EXPECT_EQ(q.jkm, 6'800);
  EXPECT_EQ(q.jht, 0);
  EXPECT_EQ(q.per_worker_month, 16'800);
  EXPECT_EQ(q.per_worker_total, 16'800);
  EXPECT_EQ(q.total, 16'800);
  EXPECT_EQ(q.months, 1);
  EXPECT_EQ(q.workers, 1);
  EXPECT_TRUE(q.warnings.empty());
  EXPECT_FALSE(q.source.empty());
}

TEST(Premium, OneWorkerOneYear) {
  const PremiumQuote q = quote(request(1'000'000, 12));
  EXPECT_EQ(q.per_worker_month, 16'800);
  EXPECT_EQ(q.per_worker_total, 201'600);
  EXPECT_EQ(q.total, 201'600);
}

TEST(Premium, KampungBahagiaRtWithTwentyWorkers) {
  const PremiumQuote q = quote(request(1'000'000, 12, 20));
  EXPECT_EQ(q.per_worker_total, 201'600);
  EXPECT_EQ(q.total, 4'032'000);
  EXPECT_EQ(format_rupiah(q.total), "Rp4.032.000");
  EXPECT_EQ(q.workers, 20);
  EXPECT_EQ(q.months, 12);
}

TEST(Premium, LaunchCohort) {
  const PremiumQuote q = quote(request(1'000'000, 12, 3000 + 1316));
  EXPECT_EQ(q.total, 870'105'600);
  EXPECT_EQ(format_rupiah(q.total), "Rp870.105.600");
}

TEST(Premium, WithJht) {
  const PremiumQuote q = quote(request(1'000'000, 1, 1, true));
  EXPECT_EQ(q.jkk, 10'000);
  EXPECT_EQ(q.jkm, 6'800);
  EXPECT_EQ(q.jht, 20'000);
  EXPECT_EQ(q.per_worker_month, 36'800);
  const PremiumQuote year = quote(request(1'000'000, 12, 1, true));
  EXPECT_EQ(year.per_worker_total, 441'600);
  EXPECT_EQ(year.total, 441'600);
}

// ---------------------------------------------------------------------------------------------
// Brackets

TEST(Premium, IncomeBelowMinimumUsesTheLowestBracket) {
  for (Rupiah income : {Rupiah{0}, Rupiah{1}, Rupiah{500'000}, Rupiah{999'999}, Rupiah{1'000'000}}) {
    const PremiumQuote q = quote(request(income));
    EXPECT_EQ(q.bracket, 1'000'000) << income;
    EXPECT_EQ(q.jkk, 10'000) << income;
    EXPECT_EQ(q.per_worker_month, 16'800) << income;
    EXPECT_TRUE(q.warnings.empty()) << income;
  }
}

TEST(Premium, IncomeAboveMaximumIsCapped) {
  for (Rupiah income : {Rupiah{20'700'000}, Rupiah{20'700'001}, Rupiah{30'000'000},
                        Rupiah{1'000'000'000'000}}) {
    const PremiumQuote q = quote(request(income, 1, 1, true));
    EXPECT_EQ(q.bracket, 20'700'000) << income;
    EXPECT_EQ(q.jkk, 207'000) << income;
    EXPECT_EQ(q.jht, 414'000) << income;
    EXPECT_EQ(q.jkm, 6'800) << income;
    EXPECT_EQ(q.per_worker_month, 207'000 + 6'800 + 414'000) << income;
  }
}

TEST(Premium, IncomeBetweenTheEndsUsesDeclaredIncomeWithAWarning) {
  const PremiumQuote q = quote(request(3'000'000));
  EXPECT_EQ(q.bracket, 3'000'000);
  EXPECT_EQ(q.jkk, 30'000);
  EXPECT_EQ(q.per_worker_month, 36'800);
  ASSERT_EQ(q.warnings.size(), 1u);
  EXPECT_NE(q.warnings[0].find("konfirmasi BPJS"), std::string::npos);
  // Rounding of 1% happens per worker per month.
  const PremiumQuote r = quote(request(1'234'567));
  EXPECT_EQ(r.jkk, 12'346);
}

TEST(Premium, TotalsAreProducts) {
  for (int months : {1, 3, 6, 12, 120})
    for (int workers : {1, 2, 67, 1650}) {
      const PremiumQuote q = quote(request(2'500'000, months, workers, true));
      EXPECT_EQ(q.per_worker_total, q.per_worker_month * months);
      EXPECT_EQ(q.total, q.per_worker_month * months * workers);
    }
}

TEST(Premium, LargestRequestDoesNotOverflow) {
  const PremiumQuote q = quote(request(100'000'000, 120, 10'000'000, true));
  EXPECT_EQ(q.per_worker_month, 627'800);
  EXPECT_EQ(q.total, Rupiah{627'800} * 120 * 10'000'000);
}

// ---------------------------------------------------------------------------------------------
// Validation

TEST(Premium, InvalidMonths) {
  EXPECT_THROW(quote(request(1'000'000, 0)), ValidationError);
  EXPECT_THROW(quote(request(1'000'000, -1)), ValidationError);
  EXPECT_THROW(quote(request(1'000'000, 121)), ValidationError);
  EXPECT_NO_THROW(quote(request(1'000'000, 1)));
  EXPECT_NO_THROW(quote(request(1'000'000, 120)));
  EXPECT_EQ(invalid_fields(request(1'000'000, 0)), std::vector<std::string>{"months"});
}

TEST(Premium, InvalidWorkers) {
  EXPECT_THROW(quote(request(1'000'000, 12, 0)), ValidationError);
  EXPECT_THROW(quote(request(1'000'000, 12, -5)), ValidationError);
  EXPECT_THROW(quote(request(1'000'000, 12, 10'000'001)), ValidationError);
  EXPECT_NO_THROW(quote(request(1'000'000, 12, 10'000'000)));
  EXPECT_EQ(invalid_fields(request(1'000'000, 12, 0)), std::vector<std::string>{"workers"});
}

TEST(Premium, NegativeIncome) {
  EXPECT_THROW(quote(request(-1)), ValidationError);
  EXPECT_EQ(invalid_fields(request(-1)), std::vector<std::string>{"income"});
}

TEST(Premium, AllProblemsReportedAtOnce) {
  const auto fields = invalid_fields(request(-1, 0, 0));
  EXPECT_EQ(fields, (std::vector<std::string>{"income", "months", "workers"}));
}

TEST(Premium, ValidationErrorCarriesFirstProblem) {
  try {
    quote(request(1'000'000, 0));
    FAIL() << "no exception";
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.field(), "months");
    EXPECT_EQ(e.code(), "bulan_tidak_valid");
    EXPECT_STREQ(e.what(), "Jumlah bulan harus 1-120");
  }
}

// ---------------------------------------------------------------------------------------------
// Rule rows by date

TEST(Premium, DateBeforeTheFirstRuleIsNotFound) {
  EXPECT_THROW(quote(request(1'000'000, 1, 1, false, Date{2015, 6, 30})), NotFound);
  EXPECT_THROW(quote(request(1'000'000, 1, 1, false, Date{2000, 1, 1})), NotFound);
  EXPECT_NO_THROW(quote(request(1'000'000, 1, 1, false, Date{2015, 7, 1})));
  EXPECT_NO_THROW(quote(request(1'000'000, 1, 1, false, Date{2040, 1, 1})));
  try {
    quote(request(1'000'000, 1, 1, false, Date{2015, 6, 30}));
  } catch (const NotFound& e) {
    EXPECT_EQ(e.code(), "aturan_tidak_ada");
    EXPECT_NE(std::string{e.what()}.find("30/06/2015"), std::string::npos);
  }
}

TEST(Premium, InvalidInputIsReportedBeforeMissingRule) {
  EXPECT_THROW(quote(request(1'000'000, 0, 1, false, Date{2000, 1, 1})), ValidationError);
}

TEST(Rules, StandardBook) {
  const RuleBook& book = RuleBook::standard();
  const PremiumRule& p = book.premium_at(kLaunch);
  EXPECT_EQ(p.effective_from, (Date{2015, 7, 1}));
  EXPECT_EQ(p.jkk_basis_points, 100);
  EXPECT_EQ(p.jkm_flat, 6'800);
  EXPECT_EQ(p.jht_basis_points, 200);
  EXPECT_EQ(p.bracket_min, 1'000'000);
  EXPECT_EQ(p.bracket_max, 20'700'000);
  const ProgrammeRule& g = book.programme_at(kLaunch);
  EXPECT_EQ(g.min_age, 15);
  EXPECT_EQ(g.max_age, 65);
  EXPECT_EQ(g.income_ceiling, 6'000'000);
  EXPECT_THROW(book.programme_at(Date{2024, 12, 31}), NotFound);
}

TEST(Rules, LaterRowGovernsLaterDatesOnly) {
  RuleBook book;
  PremiumRule old_rule;
  old_rule.effective_from = Date{2015, 7, 1};
  PremiumRule new_rule;
  new_rule.effective_from = Date{2030, 1, 1};
  new_rule.jkm_flat = 10'000;
  // Rows out of order on purpose: selection must go by date, not position.
  book.premium = {new_rule, old_rule};
  EXPECT_EQ(book.premium_at(Date{2029, 12, 31}).jkm_flat, 6'800);
  EXPECT_EQ(book.premium_at(Date{2030, 1, 1}).jkm_flat, 10'000);
  EXPECT_EQ(book.premium_at(Date{2035, 1, 1}).jkm_flat, 10'000);
  EXPECT_EQ(compute_premium(book, request(1'000'000, 12, 1, false, Date{2031, 1, 1})).total,
            12 * (10'000 + 10'000));
  EXPECT_EQ(compute_premium(book, request(1'000'000, 12, 1, false, kLaunch)).total, 201'600);
  EXPECT_THROW(RuleBook{}.premium_at(kLaunch), NotFound);
}

}  // namespace
}  // namespace lindungi

// PP 50/2025 (RULES.md §2.3): 50% off JKK + JKM, not for APBD payers, sector periods differ.
TEST(PremiumDiscount, SelfPaidOjekIn2026PaysHalf) {
  const auto m = lindungi::premium_for_month(lindungi::RuleBook::standard(), 1'000'000, false, 2026, 2, "ojek_online",
                                             lindungi::PayerKind::self_paid);
  EXPECT_EQ(m.amount, 8'400);
  EXPECT_EQ(m.discount, 8'400);
  EXPECT_NE(m.discount_source.find("PP 50/2025"), std::string::npos);
}

TEST(PremiumDiscount, ApbdPayersPayInFull) {
  for (auto payer : {lindungi::PayerKind::apbd, lindungi::PayerKind::apbn}) {
    const auto m = lindungi::premium_for_month(lindungi::RuleBook::standard(), 1'000'000, false, 2026, 6, "becak", payer);
    EXPECT_EQ(m.amount, 16'800);
    EXPECT_EQ(m.discount, 0);
  }
}

TEST(PremiumDiscount, SectorPeriods) {
  const auto& rules = lindungi::RuleBook::standard();
  const auto self = lindungi::PayerKind::self_paid;
  // Other sectors: April to December 2026 only.
  EXPECT_EQ(lindungi::premium_for_month(rules, 1'000'000, false, 2026, 3, "becak", self).amount, 16'800);
  EXPECT_EQ(lindungi::premium_for_month(rules, 1'000'000, false, 2026, 4, "becak", self).amount, 8'400);
  EXPECT_EQ(lindungi::premium_for_month(rules, 1'000'000, false, 2027, 1, "becak", self).amount, 16'800);
  // Transport: January 2026 to March 2027.
  EXPECT_EQ(lindungi::premium_for_month(rules, 1'000'000, false, 2027, 3, "ojek_pangkalan", self).amount, 8'400);
  EXPECT_EQ(lindungi::premium_for_month(rules, 1'000'000, false, 2027, 4, "ojek_pangkalan", self).amount, 16'800);
  // JHT is not discounted.
  EXPECT_EQ(lindungi::premium_for_month(rules, 1'000'000, true, 2026, 5, "becak", self).amount, 8'400 + 20'000);
}

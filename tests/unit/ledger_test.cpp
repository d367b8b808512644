// The coverage ledger over a year with late and missing payments (RULES.md §2.4).
#include "core/ledger.hpp"

#include <gtest/gtest.h>

using namespace lindungi;

namespace {

// A year of Rp16.800 contributions from January 2026; `paid` marks which months were paid.
std::vector<LedgerMonth> year_2026(const std::vector<int>& paid_months) {
  std::vector<LedgerMonth> out;
  for (int m = 1; m <= 12; ++m) {
    LedgerMonth e{{2026, m}, 16'800, 0, std::nullopt, "apbd_kota"};
    for (int p : paid_months)
      if (p == m) {
        e.paid = 16'800;
        e.paid_on = Date{2026, m, 10};
      }
    out.push_back(e);
  }
  return out;
}

}  // namespace

TEST(Ledger, YearMonthArithmetic) {
  EXPECT_EQ((YearMonth{2026, 11}.plus(3)), (YearMonth{2027, 2}));
  EXPECT_EQ((YearMonth{2026, 1}.plus(-1)), (YearMonth{2025, 12}));
  EXPECT_EQ((YearMonth{2027, 2}.minus({2026, 11})), 3);
  EXPECT_EQ(due_date({2026, 5}), (Date{2026, 5, 15}));
  EXPECT_EQ((YearMonth{2026, 5}.iso()), "2026-05");
}

TEST(Ledger, CoverDecisionsReadAsWords) {
  EXPECT_EQ(cover_label(to_string(Cover::covered)), "terlindungi");
  EXPECT_EQ(cover_label(to_string(Cover::needs_confirmation)), "perlu konfirmasi");
  EXPECT_EQ(cover_label(to_string(Cover::not_covered)), "tidak terlindungi");
  EXPECT_EQ(cover_label("x"), "belum diputuskan");
}

TEST(Ledger, PrepaidYearIsCoveredEveryMonth) {
  auto months = year_2026({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
  for (const auto& v : ledger_states(RuleBook::standard(), months, Date{2026, 12, 31}))
    EXPECT_EQ(v.state, MonthState::paid);
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 7, 4}, Date{2026, 12, 31}).cover, Cover::covered);
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2027, 1, 4}, Date{2027, 1, 31}).cover, Cover::not_covered);
}

TEST(Ledger, OpenBeforeTheFifteenthArrearsAfter) {
  auto months = year_2026({1, 2});
  auto states = ledger_states(RuleBook::standard(), months, Date{2026, 3, 15});
  EXPECT_EQ(states[2].state, MonthState::open);  // due on the 15th itself
  states = ledger_states(RuleBook::standard(), months, Date{2026, 3, 16});
  EXPECT_EQ(states[2].state, MonthState::arrears);
  EXPECT_EQ(states[3].state, MonthState::open);  // April billed in advance, not yet due
}

TEST(Ledger, MoreThanThreeUnpaidMonthsEndTheMembership) {
  auto months = year_2026({1, 2});  // March, April, May, June unpaid
  const auto states = ledger_states(RuleBook::standard(), months, Date{2026, 12, 31});
  EXPECT_EQ(states[2].state, MonthState::arrears);
  EXPECT_EQ(states[3].state, MonthState::arrears);
  EXPECT_EQ(states[4].state, MonthState::arrears);
  EXPECT_EQ(states[5].state, MonthState::lapsed);
  EXPECT_EQ(states[11].state, MonthState::lapsed);
  // An event in an unpaid grace month is never silently decided.
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 4, 20}, Date{2026, 12, 31}).cover,
            Cover::needs_confirmation);
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 8, 1}, Date{2026, 12, 31}).cover, Cover::not_covered);
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 2, 28}, Date{2026, 12, 31}).cover, Cover::covered);
}

TEST(Ledger, LatePaymentWithinGraceRestoresTheRun) {
  auto months = year_2026({1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12});  // March paid never, April on
  const auto states = ledger_states(RuleBook::standard(), months, Date{2026, 12, 31});
  EXPECT_EQ(states[2].state, MonthState::arrears);
  for (int m = 3; m < 12; ++m) EXPECT_EQ(states[m].state, MonthState::paid) << m;
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 3, 3}, Date{2026, 12, 31}).cover,
            Cover::needs_confirmation);
}

TEST(Ledger, PartialPaymentIsNotPaid) {
  auto months = year_2026({});
  months[0].paid = 10'000;
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 1, 20})[0].state, MonthState::arrears);
}

TEST(Ledger, RefundOfMonthsPaidAfterTheEventMonth) {
  auto months = year_2026({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
  EXPECT_EQ(refund_after_event(months, Date{2026, 5, 20}), 7 * 16'800);  // June to December
  EXPECT_EQ(refund_after_event(months, Date{2026, 12, 1}), 0);
}

// The grace is rule data (RULES.md §2.4, §9 GRACE_MONTHS), not a constant: a rule book with a
// shorter grace from July 2026 ends the membership sooner for the months it governs, and the
// months before it keep the old rule.
TEST(Ledger, GraceMonthsComeFromTheRuleBook) {
  EXPECT_EQ(RuleBook::standard().membership_at(Date{2026, 1, 1}).grace_months, 3);
  RuleBook rules = RuleBook::standard();
  rules.membership.push_back(MembershipRule{Date{2026, 7, 1}, 1, "contoh: aturan baru"});
  // March to June unpaid, judged under the 3-month rule: June's due date ends the membership.
  const auto spring = ledger_states(rules, year_2026({1, 2}), Date{2026, 12, 31});
  EXPECT_EQ(spring[4].state, MonthState::arrears);
  EXPECT_EQ(spring[5].state, MonthState::lapsed);
  // August and September unpaid after July's 1-month rule: September's due date ends it.
  const auto autumn = ledger_states(rules, year_2026({1, 2, 3, 4, 5, 6, 7}), Date{2026, 12, 31});
  EXPECT_EQ(autumn[7].state, MonthState::arrears);
  EXPECT_EQ(autumn[8].state, MonthState::lapsed);
  EXPECT_EQ(ledger_states(RuleBook::standard(), year_2026({1, 2, 3, 4, 5, 6, 7}), Date{2026, 12, 31})[8].state,
            MonthState::arrears);
  // The cover decision says the grace in force.
  EXPECT_NE(covered_on(rules, year_2026({1, 2, 3, 4, 5, 6, 7}), Date{2026, 8, 20}, Date{2026, 8, 31})
                .reason.find("masa tenggang 1 bulan"),
            std::string::npos);
}

// LedgerRun (the billing run's ledger over many members) gives exactly ledger_states' states.
#include <gtest/gtest.h>

#include <random>

#include "core/calendar.hpp"
#include "core/ledger.hpp"

using namespace lindungi;

namespace {

// A member with up to 14 months from a random start (gaps, late, partial and unpaid months).
std::vector<LedgerMonth> random_member(std::mt19937& rng) {
  std::uniform_int_distribution<int> pick(0, 99);
  std::vector<LedgerMonth> out;
  YearMonth m{2025 + pick(rng) % 3, 1 + pick(rng) % 12};
  const int n = pick(rng) % 15;
  for (int i = 0; i < n; ++i) {
    if (pick(rng) < 10) m = m.plus(1);  // a gap
    LedgerMonth e{m, pick(rng) < 5 ? 0 : 16'800, 0, std::nullopt, ""};
    const int p = pick(rng);
    if (p < 55) {
      e.paid = e.billed;
      if (p < 45) e.paid_on = Date{m.year, m.month, 1}.add_days(pick(rng) % 120);
    } else if (p < 60) {
      e.paid = 8'400;
      e.paid_on = Date{m.year, m.month, 10};
    }
    out.push_back(e);
    m = m.plus(1);
  }
  return out;
}

std::vector<MonthState> reference(const std::vector<LedgerMonth>& months, const Date& today,
                                  const WorkCalendar* calendar) {
  std::vector<MonthState> out;
  for (const auto& v : ledger_states(RuleBook::standard(), months, today, calendar)) out.push_back(v.state);
  return out;
}

}  // namespace

TEST(LedgerRun, SameStatesAsLedgerStatesForManyMembers) {
  const WorkCalendar calendar({{Date{2026, 3, 16}, "Nyepi (contoh)"}});
  std::mt19937 rng(20261122);
  for (const WorkCalendar* cal : {static_cast<const WorkCalendar*>(nullptr), &calendar}) {
    for (const Date today : {Date{2026, 3, 16}, Date{2026, 8, 31}, Date{2027, 6, 15}}) {
      LedgerRun run(RuleBook::standard(), today, cal);
      int lapsed = 0, arrears = 0;
      for (int member = 0; member < 3000; ++member) {
        auto months = random_member(rng);
        const auto want = reference(months, today, cal);
        const auto got = run.states(months);
        ASSERT_EQ(std::vector<MonthState>(got.begin(), got.end()), want) << "member " << member;
        for (const auto s : want) {
          lapsed += s == MonthState::lapsed;
          arrears += s == MonthState::arrears;
        }
      }
      EXPECT_GT(lapsed, 0);  // the random ledgers reach every rule
      EXPECT_GT(arrears, 0);
    }
  }
}

TEST(LedgerRun, MonthsInAnyOrderAreSortedLikeLedgerStates) {
  std::vector<LedgerMonth> months;
  for (int m = 12; m >= 1; --m) months.push_back({{2026, m}, 16'800, m <= 2 ? 16'800 : 0, std::nullopt, ""});
  LedgerRun run(RuleBook::standard(), Date{2026, 12, 31});
  const auto got = run.states(months);
  ASSERT_EQ(got.size(), 12u);
  EXPECT_EQ(got[0], MonthState::paid);     // January
  EXPECT_EQ(got[2], MonthState::arrears);  // March
  EXPECT_EQ(got[5], MonthState::lapsed);   // June: the fourth unpaid month in a row
  EXPECT_EQ(std::vector<MonthState>(got.begin(), got.end()), reference(months, Date{2026, 12, 31}, nullptr));
}

TEST(LedgerRun, DueDatesMoveOffHolidaysAsInLedgerStates) {
  // 15 March 2026 is a Sunday and the 16th a holiday here: March is due on the 17th.
  const WorkCalendar calendar({{Date{2026, 3, 16}, "Nyepi (contoh)"}});
  const std::vector<LedgerMonth> march = {{{2026, 3}, 16'800, 0, std::nullopt, ""}};
  LedgerRun with(RuleBook::standard(), Date{2026, 3, 17}, &calendar), without(RuleBook::standard(), Date{2026, 3, 17});
  EXPECT_EQ(with.states(march)[0], MonthState::open);
  EXPECT_EQ(without.states(march)[0], MonthState::arrears);
  // An earlier month after a later one: the cache of due dates grows backwards.
  const std::vector<LedgerMonth> january_2025 = {{{2025, 1}, 16'800, 0, std::nullopt, ""}};
  EXPECT_EQ(with.states(january_2025)[0], MonthState::arrears);
  EXPECT_EQ(with.states(march)[0], MonthState::open);
}

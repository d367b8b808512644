// The coverage ledger over a year with late and missing payments (RULES.md §2.4).
#include "core/ledger.hpp"

#include <gtest/gtest.h>

#include <optional>

#include "core/calendar.hpp"

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

// Until when a member is protected (the card's "aktif s.d.", Cek Perlindungan's "terlindungi s.d.",
// issue 20): one table of ledgers and days. The demo pays each month on the 8th: on the 1st-7th
// the month is billed and not yet due, and its member is protected until its due date, not "not
// protected" (the bug issue 20's demo showed).
namespace {

// A year of 2026 paid on the 8th of each month up to and including `paid_through` (0: none).
std::vector<LedgerMonth> paid_on_the_8th(int paid_through) {
  std::vector<LedgerMonth> out;
  for (int m = 1; m <= 12; ++m) {
    LedgerMonth e{{2026, m}, 16'800, 0, std::nullopt, "apbd_kota"};
    if (m <= paid_through) {
      e.paid = 16'800;
      e.paid_on = Date{2026, m, 8};
    }
    out.push_back(e);
  }
  return out;
}

struct UntilCase {
  const char* what;
  std::vector<LedgerMonth> months;
  Date today;
  std::optional<Date> until;
};

}  // namespace

TEST(Ledger, ProtectedUntilOnSeveralDays) {
  const auto through_nov = paid_on_the_8th(11);  // December billed, not paid
  // Paid in advance: every paid month's payment made on 10 January (a payment dated after today
  // is not there yet, so year_2026's month-by-month payments would not be).
  const auto in_advance = [](std::vector<LedgerMonth> months) {
    for (auto& m : months)
      if (m.paid_on) m.paid_on = Date{2026, 1, 10};
    return months;
  };
  const auto all_year = in_advance(year_2026({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
  const auto dec_paid_on_8th = paid_on_the_8th(12);
  const auto gap_in_april = in_advance(year_2026({1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12}));
  const auto month_by_month = year_2026({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});  // each on its 10th
  const auto lapsed = year_2026({1, 2, 3, 4, 5, 6});  // July to October unpaid: lapsed on 15 October
  const std::vector<LedgerMonth> from_2027 = {{{2027, 1}, 16'800, 16'800, Date{2026, 12, 1}, "apbd_kota"}};
  const std::vector<UntilCase> cases = {
      {"in November, paid: the end of November (December is not counted before it is paid)",
       through_nov,
       {2026, 11, 20},
       Date{2026, 11, 30}},
      {"December billed, not yet due (the demo on 7 December): its due date",
       through_nov,
       {2026, 12, 7},
       Date{2026, 12, 15}},
      {"the due date itself is still in time", through_nov, {2026, 12, 15}, Date{2026, 12, 15}},
      {"the day after the due date, unpaid: in arrears, not promised", through_nov, {2026, 12, 16}, std::nullopt},
      {"a payment dated after today is not there yet", dec_paid_on_8th, {2026, 12, 7}, Date{2026, 12, 15}},
      {"paid on the 8th: the whole month", dec_paid_on_8th, {2026, 12, 8}, Date{2026, 12, 31}},
      {"a year paid in advance: to its end", all_year, {2026, 3, 10}, Date{2026, 12, 31}},
      {"past the last month: nothing", all_year, {2027, 1, 4}, std::nullopt},
      {"paid month by month: the month paid by today, not the months paid later",
       month_by_month,
       {2026, 3, 10},
       Date{2026, 3, 31}},
      {"before this month's payment (due on the 15th): its due date", month_by_month, {2026, 3, 9}, Date{2026, 3, 15}},
      {"a gap stops the run (April unpaid), later paid months are not counted",
       gap_in_april,
       {2026, 3, 20},
       Date{2026, 3, 31}},
      {"in the unpaid month of the gap, after its due date", gap_in_april, {2026, 4, 20}, std::nullopt},
      {"after the gap the run goes on", gap_in_april, {2026, 5, 20}, Date{2026, 12, 31}},
      {"membership lapsed: a month not yet due does not revive it", lapsed, {2026, 11, 5}, std::nullopt},
      {"cover not begun yet (the first month is January 2027)", from_2027, {2026, 12, 20}, std::nullopt},
      {"in the first month, paid in advance", from_2027, {2027, 1, 2}, Date{2027, 1, 31}},
      {"nothing allocated", {}, {2026, 12, 7}, std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(protected_until(RuleBook::standard(), c.months, c.today), c.until) << c.what;
}

TEST(Ledger, ProtectedUntilADueDateMovedOffAWeekend) {
  // 15 November 2026 is a Sunday: with the calendar the month is due on Monday the 16th.
  const auto months = paid_on_the_8th(10);
  const WorkCalendar weekends;
  EXPECT_EQ(protected_until(RuleBook::standard(), months, Date{2026, 11, 16}, &weekends), (Date{2026, 11, 16}));
  EXPECT_EQ(protected_until(RuleBook::standard(), months, Date{2026, 11, 16}), std::nullopt);
  EXPECT_EQ(protected_until(RuleBook::standard(), months, Date{2026, 11, 17}, &weekends), std::nullopt);
}

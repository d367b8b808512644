// Benefits: every figure of RULES.md §4, §5 and §7 as a test.
#include <gtest/gtest.h>

#include "core/benefit.hpp"
#include "core/errors.hpp"

using namespace lindungi;

namespace {
const Date kToday{2026, 11, 21};
const RuleBook& rules() { return RuleBook::standard(); }
}  // namespace

TEST(Benefit, JkmIsFortyTwoMillion) {
  const auto q = jkm_benefit(rules(), kToday);
  ASSERT_EQ(q.lines.size(), 3u);
  EXPECT_EQ(q.lines[0].amount, 20'000'000);
  EXPECT_EQ(q.lines[1].amount, 12'000'000);
  EXPECT_EQ(q.lines[2].amount, 10'000'000);
  EXPECT_EQ(q.total, 42'000'000);
  EXPECT_NE(q.lines[0].basis.find("PP 82/2019"), std::string::npos);
}

TEST(Benefit, JkmBeforePp82Was24Million) {
  EXPECT_EQ(jkm_benefit(rules(), Date{2019, 6, 1}).total, 24'000'000);
}

TEST(Benefit, JkkDeathAtTheLowestBracketIsSeventyMillion) {
  const auto q = jkk_death_benefit(rules(), 1'000'000, kToday);
  EXPECT_EQ(q.upah, 1'000'000);
  EXPECT_EQ(q.lines[0].amount, 48'000'000);
  EXPECT_EQ(q.total, 70'000'000);
  // An income under the lowest bracket still pays on Rp1.000.000.
  EXPECT_EQ(jkk_death_benefit(rules(), 600'000, kToday).total, 70'000'000);
}

TEST(Benefit, JkkTotalDisabilityIsFiftySixTimesUpahPlusTwelveMillion) {
  const auto q = jkk_total_disability_benefit(rules(), 1'000'000, kToday);
  EXPECT_EQ(q.lines[0].amount, 56'000'000);
  EXPECT_EQ(q.lines[1].amount, 12'000'000);
  EXPECT_EQ(q.total, 68'000'000);
}

TEST(Benefit, RightArmAtOneMillionIsThirtyTwoMillion) {
  EXPECT_EQ(jkk_partial_disability_benefit(rules(), 1'000'000, 40, 100, kToday).total, 32'000'000);
  // Loss of half the arm's function: 50% x 40% x 80 x Rp1 juta.
  EXPECT_EQ(jkk_partial_disability_benefit(rules(), 1'000'000, 40, 50, kToday).total, 16'000'000);
  EXPECT_EQ(jkk_partial_disability_benefit(rules(), 1'000'000, 70, 100, kToday).total, 56'000'000);  // both eyes
  EXPECT_THROW(jkk_partial_disability_benefit(rules(), 1'000'000, 0, 100, kToday), ValidationError);
  EXPECT_THROW(jkk_partial_disability_benefit(rules(), 1'000'000, 40, 101, kToday), ValidationError);
}

TEST(Benefit, StmbIsFullForTwelveMonthsThenHalf) {
  const auto q = stmb_benefit(rules(), 1'000'000, 15, kToday);
  ASSERT_EQ(q.lines.size(), 2u);
  EXPECT_EQ(q.lines[0].amount, 12'000'000);
  EXPECT_EQ(q.lines[1].amount, 1'500'000);  // 3 x Rp500.000
  EXPECT_EQ(q.total, 13'500'000);
  EXPECT_EQ(stmb_benefit(rules(), 1'000'000, 4, kToday).total, 4'000'000);
  // Before PP 82/2019: 6 months 100%, 6 months 75%, then 50%.
  EXPECT_EQ(stmb_benefit(rules(), 1'000'000, 13, Date{2019, 1, 1}).total, 6'000'000 + 4'500'000 + 500'000);
}

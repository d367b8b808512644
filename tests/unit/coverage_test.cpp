#include "core/coverage.hpp"

#include <gtest/gtest.h>

using namespace lindungi;

TEST(Coverage, PercentOfPotentialRoundedToOneDecimal) {
  CoverageFigures f;
  f.covered = 3000;
  f.covered_other = 100'320;
  f.potential = 228'000;
  ASSERT_TRUE(f.coverage_pct());
  EXPECT_DOUBLE_EQ(*f.coverage_pct(), 45.3);  // (3.000 + 100.320) / 228.000 = 45.31%
  f.potential = 0;
  EXPECT_FALSE(f.coverage_pct());
}

TEST(Coverage, RollsLeavesUpIntoAreasByCode) {
  CoverageInput in;
  in.leaves["15.71.01.1001.001"] = {10, 5, 3, 0, 0};
  in.leaves["15.71.01.1001.002"] = {4, 4, 4, 0, 0};
  in.leaves["15.71.02.1002.001"] = {7, 0, 0, 0, 0};
  in.leaves["15.71.10.1001.001"] = {100, 0, 0, 0, 0};  // "15.71.1" must not swallow it
  in.potentials["15.71.01.1001.001"] = {50, 20};
  in.potentials["15.71.01.1001.002"] = {30, 10};
  const auto rows =
      roll_up_coverage(in, {{"15.71.01", "Telanaipura"}, {"15.71.02", "Jambi Selatan"}, {"15.71.1", "x"}});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].figures.workers, 14);
  EXPECT_EQ(rows[0].figures.verified, 9);
  EXPECT_EQ(rows[0].figures.covered, 7);
  EXPECT_EQ(rows[0].figures.potential, 80);
  EXPECT_EQ(rows[0].figures.covered_other, 30);
  EXPECT_EQ(rows[1].figures.workers, 7);
  EXPECT_EQ(rows[1].figures.potential, 0);
  EXPECT_EQ(rows[2].figures.workers, 0);
}

TEST(Coverage, AnAreasOwnPotentialReplacesItsChildrensSum) {
  CoverageInput in;
  in.potentials["15.71.01"] = {1000, 400};          // entered by the city for the kecamatan
  in.potentials["15.71.01.1001.001"] = {50, 20};    // and older RT figures below it
  in.potentials["15.71.02.1002"] = {300, 100};      // a kelurahan figure
  in.potentials["15.71.02.1002.001"] = {999, 999};  // below an entry already counted
  const auto rows = roll_up_coverage(in, {{"15.71.01", "a"}, {"15.71.02", "b"}, {"15.71", "kota"}});
  EXPECT_EQ(rows[0].figures.potential, 1000);
  EXPECT_EQ(rows[1].figures.potential, 300);
  EXPECT_EQ(rows[2].figures.potential, 1300);
  EXPECT_EQ(rows[2].figures.covered_other, 500);
}

// Issue 22 item 3: the value protected per active worker, from the rule book (RULES.md §4.1, §5.1).
TEST(ProtectedValue, LowestBracketHoldsJkm42JutaAndJkkDeath70Juta) {
  const RuleBook& rules = RuleBook::standard();
  const auto v = protected_value(rules, 1'000'000, Date{2026, 12, 7});
  EXPECT_EQ(v.jkm, 42'000'000);        // 20 + 12 + 10 juta (PP 82/2019)
  EXPECT_EQ(v.jkk_death, 70'000'000);  // 48 x 1 juta + 12 juta + 10 juta
  EXPECT_EQ(v.total(), 112'000'000);
  // Below the lowest bracket the bracket is the lowest; above it the JKK part scales with upah.
  EXPECT_EQ(protected_value(rules, 800'000, Date{2026, 12, 7}).total(), 112'000'000);
  EXPECT_EQ(protected_value(rules, 3'000'000, Date{2026, 12, 7}).jkk_death, 48 * 3'000'000 + 22'000'000);
}

TEST(ProtectedValue, FollowsTheRuleInForceOnTheDay) {
  // Before PP 82/2019 (2 Dec 2019): JKM Rp24 juta, JKK berkala Rp4,8 juta and funeral Rp3 juta.
  const auto v = protected_value(RuleBook::standard(), 1'000'000, Date{2019, 12, 1});
  EXPECT_EQ(v.jkm, 24'000'000);
  EXPECT_EQ(v.jkk_death, 48'000'000 + 4'800'000 + 3'000'000);
}

TEST(ProtectedValue, BasisInWordsWithTheRegulationsAndNoCodes) {
  const std::string basis = protected_value_basis(RuleBook::standard(), Date{2026, 12, 7});
  EXPECT_NE(basis.find("Jaminan Kematian Rp42.000.000"), std::string::npos) << basis;
  EXPECT_NE(basis.find("PP 82/2019"), std::string::npos) << basis;
  EXPECT_NE(basis.find("PP 44/2015 Lampiran II"), std::string::npos) << basis;
  EXPECT_NE(basis.find("48 x upah"), std::string::npos) << basis;
  for (const char* never : {"RULES", ".md", "_", "jkk-death", "PP 46/2015"})
    EXPECT_EQ(basis.find(never), std::string::npos) << never << ": " << basis;
}

TEST(ProtectedValue, RollsUpWithTheLeavesAndAddsLikeTheOtherFigures) {
  CoverageInput in;
  in.leaves["15.71.01.1001.001"].protected_value = 112'000'000;
  in.leaves["15.71.01.1001.002"].protected_value = 224'000'000;
  in.leaves["15.71.02.1002.001"].protected_value = 136'000'000;
  const auto rows = roll_up_coverage(in, {{"15.71.01", "a"}, {"15.71.02", "b"}, {"15.71", "kota"}});
  EXPECT_EQ(rows[0].figures.protected_value, 336'000'000);
  EXPECT_EQ(rows[1].figures.protected_value, 136'000'000);
  EXPECT_EQ(rows[2].figures.protected_value, 472'000'000);
  CoverageFigures sum = rows[0].figures;
  sum += rows[1].figures;
  EXPECT_EQ(sum.protected_value, rows[2].figures.protected_value);
}

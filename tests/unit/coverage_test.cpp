#include <gtest/gtest.h>

#include "core/coverage.hpp"

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
  const auto rows = roll_up_coverage(in, {{"15.71.01", "Telanaipura"}, {"15.71.02", "Jambi Selatan"}, {"15.71.1", "x"}});
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
  in.potentials["15.71.01"] = {1000, 400};             // entered by the city for the kecamatan
  in.potentials["15.71.01.1001.001"] = {50, 20};       // and older RT figures below it
  in.potentials["15.71.02.1002"] = {300, 100};         // a kelurahan figure
  in.potentials["15.71.02.1002.001"] = {999, 999};     // below an entry already counted
  const auto rows = roll_up_coverage(in, {{"15.71.01", "a"}, {"15.71.02", "b"}, {"15.71", "kota"}});
  EXPECT_EQ(rows[0].figures.potential, 1000);
  EXPECT_EQ(rows[1].figures.potential, 300);
  EXPECT_EQ(rows[2].figures.potential, 1300);
  EXPECT_EQ(rows[2].figures.covered_other, 500);
}

// Construction premium: the worked examples of RULES.md §6.4 and the tier arithmetic.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/jakon.hpp"

using namespace lindungi;

namespace {
const Date kJakonToday{2026, 11, 21};

JakonQuote quote(Rupiah value, bool ppn_included = false, std::optional<int> ppn = std::nullopt) {
  return compute_jakon(RuleBook::standard(), {value, ppn_included, ppn, kJakonToday});
}
}  // namespace

TEST(Jakon, EightyMillionIsOneTier) {
  const auto q = quote(80'000'000);
  EXPECT_EQ(q.jkk, 168'000);
  EXPECT_EQ(q.jkm, 24'000);
  EXPECT_EQ(q.total, 192'000);
  ASSERT_EQ(q.tiers.size(), 1u);
  EXPECT_EQ(q.tiers[0].slice, 80'000'000);
}

TEST(Jakon, EightHundredFiftyMillionSpansThreeTiers) {
  const auto q = quote(850'000'000);
  EXPECT_EQ(q.jkk, 1'345'000);
  EXPECT_EQ(q.jkm, 180'000);
  EXPECT_EQ(q.total, 1'525'000);
  ASSERT_EQ(q.tiers.size(), 3u);
  EXPECT_EQ(q.tiers[0].jkk, 210'000);
  EXPECT_EQ(q.tiers[1].jkk, 680'000);
  EXPECT_EQ(q.tiers[2].slice, 350'000'000);
  EXPECT_EQ(q.tiers[2].jkk, 455'000);
  EXPECT_EQ(q.tiers[2].jkm, 70'000);
}

TEST(Jakon, FiftyMillionIncludingTenPercentPpn) {
  const auto q = quote(50'000'000, true, 10);
  EXPECT_EQ(q.basis, 45'454'545);  // rounded down
  EXPECT_EQ(q.jkk, 95'455);        // 0,21%, half up
  EXPECT_EQ(q.jkm, 13'636);        // 0,03%
  EXPECT_EQ(q.total, 109'091);
}

TEST(Jakon, PpnDefaultsToTheRateInForce) {
  EXPECT_EQ(quote(111'000'000, true).basis, 100'000'000);  // 11% since 1 Apr 2022
  EXPECT_EQ(compute_jakon(RuleBook::standard(), {110'000'000, true, std::nullopt, Date{2021, 6, 1}}).basis, 100'000'000);
}

TEST(Jakon, EveryBandAtItsEdges) {
  EXPECT_EQ(quote(100'000'000).total, 240'000);
  EXPECT_EQ(quote(500'000'000).total, 240'000 + 760'000);
  EXPECT_EQ(quote(1'000'000'000).total, 240'000 + 760'000 + 750'000);
  EXPECT_EQ(quote(5'000'000'000).total, 240'000 + 760'000 + 750'000 + 4'800'000);
  const auto big = quote(6'000'000'000);
  EXPECT_EQ(big.tiers.size(), 5u);
  EXPECT_EQ(big.total, 240'000 + 760'000 + 750'000 + 4'800'000 + 1'000'000);
  // One Rupiah into the next band adds that band's rate on one Rupiah (rounded to 0).
  EXPECT_EQ(quote(100'000'001).tiers.size(), 2u);
}

TEST(Jakon, KotaJambiGotongRoyongIsPointTwentyFourPercent) {
  // Perwal 18/2025 as reported: 0,24% of the activity value, i.e. the first band.
  EXPECT_EQ(quote(25'000'000).total, 60'000);
}

TEST(Jakon, ByKnownWages) {
  const auto q = compute_jakon_by_wages(RuleBook::standard(), 10'000'000, kJakonToday);
  EXPECT_EQ(q.jkk, 174'000);
  EXPECT_EQ(q.jkm, 30'000);
  EXPECT_EQ(q.total, 204'000);
}

TEST(Jakon, BadInput) {
  EXPECT_THROW(quote(0), ValidationError);
  EXPECT_THROW(quote(-5), ValidationError);
  EXPECT_THROW(quote(1'000'000, true, 80), ValidationError);
  EXPECT_THROW(compute_jakon_by_wages(RuleBook::standard(), 0, kJakonToday), ValidationError);
}

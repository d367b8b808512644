// Unit tests for core/money: Rupiah formatting, parsing and basis-point rounding.
#include "core/money.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

namespace lindungi {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

// ---------------------------------------------------------------------------------------------
// format_thousands / format_rupiah

TEST(FormatThousands, SmallValuesHaveNoSeparator) {
  EXPECT_EQ(format_thousands(0), "0");
  EXPECT_EQ(format_thousands(7), "7");
  EXPECT_EQ(format_thousands(99), "99");
  EXPECT_EQ(format_thousands(999), "999");
}

TEST(FormatThousands, GroupsOfThree) {
  EXPECT_EQ(format_thousands(1000), "1.000");
  EXPECT_EQ(format_thousands(10000), "10.000");
  EXPECT_EQ(format_thousands(100000), "100.000");
  EXPECT_EQ(format_thousands(1000000), "1.000.000");
  EXPECT_EQ(format_thousands(4032000), "4.032.000");
  EXPECT_EQ(format_thousands(870105600), "870.105.600");
  EXPECT_EQ(format_thousands(999999), "999.999");
  EXPECT_EQ(format_thousands(1000001), "1.000.001");
}

TEST(FormatThousands, Negatives) {
  EXPECT_EQ(format_thousands(-1), "-1");
  EXPECT_EQ(format_thousands(-999), "-999");
  EXPECT_EQ(format_thousands(-1000), "-1.000");
  EXPECT_EQ(format_thousands(-1500000), "-1.500.000");
}

TEST(FormatThousands, Int64ExtremesDoNotCrash) {
  EXPECT_EQ(format_thousands(kMax), "9.223.372.036.854.775.807");
  EXPECT_EQ(format_thousands(kMin), "-9.223.372.036.854.775.808");
}

TEST(FormatRupiah, Examples) {
  EXPECT_EQ(format_rupiah(4032000), "Rp4.032.000");
  EXPECT_EQ(format_rupiah(0), "Rp0");
  EXPECT_EQ(format_rupiah(999), "Rp999");
  EXPECT_EQ(format_rupiah(1000), "Rp1.000");
  EXPECT_EQ(format_rupiah(16800), "Rp16.800");
  EXPECT_EQ(format_rupiah(201600), "Rp201.600");
  EXPECT_EQ(format_rupiah(870105600), "Rp870.105.600");
}

TEST(FormatRupiah, NegativesPutTheSignBeforeRp) {
  EXPECT_EQ(format_rupiah(-1500), "-Rp1.500");
  EXPECT_EQ(format_rupiah(-1), "-Rp1");
  EXPECT_EQ(format_rupiah(-999), "-Rp999");
  EXPECT_EQ(format_rupiah(-1000000), "-Rp1.000.000");
}

TEST(FormatRupiah, Int64ExtremesDoNotCrash) {
  EXPECT_EQ(format_rupiah(kMax), "Rp9.223.372.036.854.775.807");
  EXPECT_EQ(format_rupiah(kMin), "-Rp9.223.372.036.854.775.808");
}

// ---------------------------------------------------------------------------------------------
// parse_rupiah: accepted spellings

TEST(ParseRupiah, AcceptsWhatPeopleType) {
  const char* inputs[] = {"1500000",      "1.500.000",     "Rp 1.500.000", "Rp1.500.000",
                          "rp. 1.500.000", "1.500.000,00", " 1 500 000 ",  "RP 1.500.000",
                          "Rp. 1.500.000", "Rp1.500.000,00", "1500000,0",  "\t1.500.000\t",
                          "Rp.1.500.000",  "rP1500000"};
  for (const char* in : inputs) {
    const auto v = parse_rupiah(in);
    ASSERT_TRUE(v.has_value()) << "input: '" << in << "'";
    EXPECT_EQ(*v, 1500000) << "input: '" << in << "'";
  }
}

TEST(ParseRupiah, SmallAndBoundaryValues) {
  EXPECT_EQ(parse_rupiah("0"), Rupiah{0});
  EXPECT_EQ(parse_rupiah("Rp0"), Rupiah{0});
  EXPECT_EQ(parse_rupiah("999"), Rupiah{999});
  EXPECT_EQ(parse_rupiah("1.000"), Rupiah{1000});
  EXPECT_EQ(parse_rupiah("6.000.000"), Rupiah{6000000});
  EXPECT_EQ(parse_rupiah("12.345"), Rupiah{12345});
  EXPECT_EQ(parse_rupiah("123.456"), Rupiah{123456});
  // 18 digits is the documented limit and still parses.
  EXPECT_EQ(parse_rupiah("999999999999999999"), Rupiah{999999999999999999});
  EXPECT_EQ(parse_rupiah("999.999.999.999.999.999"), Rupiah{999999999999999999});
}

// ---------------------------------------------------------------------------------------------
// parse_rupiah: rejected spellings

TEST(ParseRupiah, RejectsMalformedInput) {
  const char* inputs[] = {"",           "Rp",          "Rp ",       "   ",          "1.50.000",
                          "1,5",        "-5",          "abc",       "1.500.000,50", "1.500.000,",
                          ",00",        "+5",          "1.500.",    ".500",         "1500.000",
                          "1.500 000",  "1..500",      "1.5000",    "Rp -1.000",    "1e6",
                          "1.500.000 Rp", "Rp1.500.000x", "Rp Rp 1.000", "1,500,000", "0x10",
                          "1.000.00",   "10.00",       "Rupiah 1000"};
  for (const char* in : inputs) EXPECT_FALSE(parse_rupiah(in).has_value()) << "input: '" << in << "'";
}

TEST(ParseRupiah, AcceptsTheCommaDashEnding) {
  EXPECT_EQ(parse_rupiah("Rp 1.500.000,-"), Rupiah{1500000});
  EXPECT_EQ(parse_rupiah("1500000,-"), Rupiah{1500000});
  EXPECT_FALSE(parse_rupiah("1.500.000,--").has_value());
  EXPECT_FALSE(parse_rupiah(",-").has_value());
}

TEST(ParseRupiah, RejectsNineteenOrMoreDigits) {
  EXPECT_FALSE(parse_rupiah("1000000000000000000").has_value());        // 19 digits
  EXPECT_FALSE(parse_rupiah("1.000.000.000.000.000.000").has_value());  // 19 digits, grouped
  EXPECT_FALSE(parse_rupiah("9223372036854775807").has_value());        // INT64_MAX
  EXPECT_FALSE(parse_rupiah("9223372036854775808").has_value());        // INT64_MAX + 1
  EXPECT_FALSE(parse_rupiah("99999999999999999999999999").has_value());
  EXPECT_FALSE(parse_rupiah(std::string(100, '9')).has_value());
}

// Browsers and spreadsheets write "Rp 1.500.000" with a no-break space (U+00A0), which is the
// two bytes C2 A0 in UTF-8; it must be treated like a space (regression: once only a lone A0
// byte, which never occurs in UTF-8 text, was recognised).
TEST(ParseRupiah, AcceptsUtf8NoBreakSpace) {
  EXPECT_EQ(parse_rupiah("Rp\xC2\xA0" "1.500.000"), Rupiah{1500000});
  EXPECT_EQ(parse_rupiah("\xC2\xA0" "1.500.000\xC2\xA0"), Rupiah{1500000});
  EXPECT_EQ(parse_rupiah("1\xC2\xA0" "500\xC2\xA0" "000"), Rupiah{1500000});
  EXPECT_FALSE(parse_rupiah("1\xC2\xA0" "50\xC2\xA0" "000").has_value());
  EXPECT_FALSE(parse_rupiah("Rp\xC2").has_value());  // a truncated sequence is not a space
}

// ---------------------------------------------------------------------------------------------
// Round trip: format_thousands / format_rupiah then parse_rupiah gives the value back.

TEST(ParseRupiah, RoundTripEveryValueUpTo200000) {
  for (std::int64_t v = 0; v <= 200000; ++v) {
    const auto back = parse_rupiah(format_thousands(v));
    ASSERT_TRUE(back.has_value()) << v;
    ASSERT_EQ(*back, v);
  }
}

TEST(ParseRupiah, RoundTripRandomValuesAcrossMagnitudes) {
  std::mt19937_64 rng(20250522);
  for (int digits = 1; digits <= 18; ++digits) {
    std::int64_t hi = 1;
    for (int i = 0; i < digits; ++i) hi *= 10;
    std::uniform_int_distribution<std::int64_t> dist(hi / 10, hi - 1);
    for (int i = 0; i < 2000; ++i) {
      const std::int64_t v = dist(rng);
      const std::string thousands = format_thousands(v);
      const auto a = parse_rupiah(thousands);
      ASSERT_TRUE(a.has_value()) << thousands;
      ASSERT_EQ(*a, v) << thousands;
      const std::string rupiah = format_rupiah(v);
      const auto b = parse_rupiah(rupiah);
      ASSERT_TRUE(b.has_value()) << rupiah;
      ASSERT_EQ(*b, v) << rupiah;
      // The plain digits and a decimal ",00" must give the same value.
      ASSERT_EQ(parse_rupiah(std::to_string(v)), v);
      ASSERT_EQ(parse_rupiah(rupiah + ",00"), v);
    }
  }
}

TEST(ParseRupiah, RoundTripPowersOfTenAndNeighbours) {
  std::int64_t p = 1;
  for (int i = 0; i < 18; ++i, p *= 10) {
    for (std::int64_t v : {p - 1, p, p + 1}) {
      if (v < 0) continue;
      EXPECT_EQ(parse_rupiah(format_thousands(v)), v) << v;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// apply_basis_points

TEST(ApplyBasisPoints, PremiumRates) {
  EXPECT_EQ(apply_basis_points(1000000, 100), 10000);    // JKK 1% of the lowest bracket
  EXPECT_EQ(apply_basis_points(1000000, 200), 20000);    // JHT 2%
  EXPECT_EQ(apply_basis_points(20700000, 100), 207000);  // JKK at the top bracket
  EXPECT_EQ(apply_basis_points(20700000, 200), 414000);  // JHT at the top bracket
  EXPECT_EQ(apply_basis_points(16800, 5000), 8400);      // 50% discount
}

TEST(ApplyBasisPoints, ZeroAndIdentity) {
  EXPECT_EQ(apply_basis_points(0, 100), 0);
  EXPECT_EQ(apply_basis_points(123456, 0), 0);
  EXPECT_EQ(apply_basis_points(123456, 10000), 123456);
  EXPECT_EQ(apply_basis_points(-123456, 10000), -123456);
}

TEST(ApplyBasisPoints, RoundsHalfAwayFromZero) {
  EXPECT_EQ(apply_basis_points(50, 100), 1);    // 0.5 -> 1
  EXPECT_EQ(apply_basis_points(49, 100), 0);    // 0.49 -> 0
  EXPECT_EQ(apply_basis_points(149, 100), 1);   // 1.49 -> 1
  EXPECT_EQ(apply_basis_points(150, 100), 2);   // 1.5 -> 2
  EXPECT_EQ(apply_basis_points(250, 100), 3);   // 2.5 -> 3 (not banker's rounding)
  EXPECT_EQ(apply_basis_points(1, 5000), 1);    // 0.5 -> 1
  EXPECT_EQ(apply_basis_points(3, 5000), 2);    // 1.5 -> 2
  EXPECT_EQ(apply_basis_points(1, 4999), 0);    // 0.4999 -> 0
  EXPECT_EQ(apply_basis_points(-50, 100), -1);  // -0.5 -> -1
  EXPECT_EQ(apply_basis_points(-49, 100), 0);   // -0.49 -> 0
  EXPECT_EQ(apply_basis_points(-150, 100), -2);
  EXPECT_EQ(apply_basis_points(100, -50), -1);  // negative rate, -0.5 -> -1
  EXPECT_EQ(apply_basis_points(1234567, 175), 21605);  // 21604.9225 -> 21605
  EXPECT_EQ(apply_basis_points(1234567, 30), 3704);    // 3703.701 -> 3704
}

TEST(ApplyBasisPoints, NoOverflowForLargeAmounts) {
  EXPECT_EQ(apply_basis_points(kMax, 10000), kMax);
  EXPECT_EQ(apply_basis_points(kMin, 10000), kMin);
  EXPECT_EQ(apply_basis_points(kMax, 5000), kMax / 2 + 1);  // x.5 rounds up
  EXPECT_EQ(apply_basis_points(1'000'000'000'000'000, 200), 20'000'000'000'000);
}

TEST(ApplyBasisPoints, MatchesExactIntegerReferenceOnRandomInputs) {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::int64_t> amount(-1'000'000'000'000, 1'000'000'000'000);
  std::uniform_int_distribution<std::int64_t> bp(-20000, 20000);
  for (int i = 0; i < 20000; ++i) {
    const std::int64_t a = amount(rng), b = bp(rng);
    const __int128 p = static_cast<__int128>(a) * b;
    const __int128 mag = p < 0 ? -p : p;
    __int128 q = mag / 10000;
    if (mag % 10000 >= 5000) ++q;
    const std::int64_t expected = static_cast<std::int64_t>(p < 0 ? -q : q);
    ASSERT_EQ(apply_basis_points(a, b), expected) << a << " * " << b;
  }
}

}  // namespace
}  // namespace lindungi

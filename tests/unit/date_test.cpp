// Unit tests for core/date: calendar rules, serial days, parsing, ages, month arithmetic, Excel.
#include "core/date.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

namespace lindungi {
namespace {

// ---------------------------------------------------------------------------------------------
// Leap years, month lengths, validity

TEST(Date, LeapYears) {
  EXPECT_FALSE(Date::is_leap(1900));
  EXPECT_TRUE(Date::is_leap(2000));
  EXPECT_TRUE(Date::is_leap(2024));
  EXPECT_FALSE(Date::is_leap(2025));
  EXPECT_FALSE(Date::is_leap(2100));
  EXPECT_TRUE(Date::is_leap(1600));
  EXPECT_TRUE(Date::is_leap(1984));
  EXPECT_FALSE(Date::is_leap(1985));
  EXPECT_TRUE(Date::is_leap(2400));
}

TEST(Date, DaysInMonth) {
  const int expected[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int m = 1; m <= 12; ++m) EXPECT_EQ(Date::days_in_month(2025, m), expected[m - 1]) << m;
  EXPECT_EQ(Date::days_in_month(2024, 2), 29);
  EXPECT_EQ(Date::days_in_month(2000, 2), 29);
  EXPECT_EQ(Date::days_in_month(1900, 2), 28);
  EXPECT_EQ(Date::days_in_month(2025, 0), 0);
  EXPECT_EQ(Date::days_in_month(2025, 13), 0);
  EXPECT_EQ(Date::days_in_month(2025, -1), 0);
}

TEST(Date, ValidAndMake) {
  EXPECT_TRUE(Date::valid(2024, 2, 29));
  EXPECT_FALSE(Date::valid(2023, 2, 29));
  EXPECT_FALSE(Date::valid(1900, 2, 29));
  EXPECT_TRUE(Date::valid(2000, 2, 29));
  EXPECT_FALSE(Date::valid(2025, 4, 31));
  EXPECT_FALSE(Date::valid(2025, 0, 1));
  EXPECT_FALSE(Date::valid(2025, 13, 1));
  EXPECT_FALSE(Date::valid(2025, 1, 0));
  EXPECT_FALSE(Date::valid(2025, 1, 32));
  EXPECT_FALSE(Date::valid(0, 1, 1));
  EXPECT_FALSE(Date::valid(10000, 1, 1));
  EXPECT_TRUE(Date::valid(1, 1, 1));
  EXPECT_TRUE(Date::valid(9999, 12, 31));

  EXPECT_EQ(Date::make(2025, 5, 22), (Date{2025, 5, 22}));
  EXPECT_EQ(Date::make(2025, 2, 29), std::nullopt);
}

TEST(Date, Ordering) {
  EXPECT_LT((Date{2024, 12, 31}), (Date{2025, 1, 1}));
  EXPECT_LT((Date{2025, 1, 31}), (Date{2025, 2, 1}));
  EXPECT_LT((Date{2025, 2, 1}), (Date{2025, 2, 2}));
  EXPECT_EQ((Date{2025, 2, 2}), (Date{2025, 2, 2}));
}

// ---------------------------------------------------------------------------------------------
// Serial days

TEST(DateSerial, KnownValues) {
  EXPECT_EQ((Date{1970, 1, 1}).serial(), 0);
  EXPECT_EQ((Date{1970, 1, 2}).serial(), 1);
  EXPECT_EQ((Date{1969, 12, 31}).serial(), -1);
  EXPECT_EQ((Date{2000, 3, 1}).serial(), 11017);
  EXPECT_EQ((Date{2025, 5, 22}).serial(), 20230);
  EXPECT_EQ((Date{1, 1, 1}).serial(), -719162);
  EXPECT_EQ((Date{9999, 12, 31}).serial(), 2932896);
  EXPECT_EQ(Date::from_serial(0), (Date{1970, 1, 1}));
  EXPECT_EQ(Date::from_serial(20230), (Date{2025, 5, 22}));
  EXPECT_EQ(Date::from_serial(-719162), (Date{1, 1, 1}));
}

TEST(DateSerial, RoundTripEveryDayFromYear1To9999) {
  const std::int64_t first = (Date{1, 1, 1}).serial();
  const std::int64_t last = (Date{9999, 12, 31}).serial();
  Date prev = Date::from_serial(first - 1);
  for (std::int64_t s = first; s <= last; ++s) {
    const Date d = Date::from_serial(s);
    ASSERT_TRUE(Date::valid(d.year, d.month, d.day)) << s;
    ASSERT_EQ(d.serial(), s) << d.iso();
    ASSERT_LT(prev, d) << s;
    // Consecutive serials are consecutive calendar days.
    if (d.day == 1) {
      const int pm = d.month == 1 ? 12 : d.month - 1;
      const int py = d.month == 1 ? d.year - 1 : d.year;
      if (py >= 1) {
        ASSERT_EQ(prev, (Date{py, pm, Date::days_in_month(py, pm)})) << s;
      }
    } else {
      ASSERT_EQ(prev, (Date{d.year, d.month, d.day - 1})) << s;
    }
    prev = d;
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting

TEST(DateFormat, IsoAndIndonesian) {
  EXPECT_EQ((Date{2025, 5, 22}).iso(), "2025-05-22");
  EXPECT_EQ((Date{2025, 5, 22}).id(), "22/05/2025");
  EXPECT_EQ((Date{2003, 2, 1}).id(), "01/02/2003");
  EXPECT_EQ((Date{5, 1, 2}).iso(), "0005-01-02");
  EXPECT_EQ((Date{9999, 12, 31}).id(), "31/12/9999");
}

// ---------------------------------------------------------------------------------------------
// Parsing

TEST(ParseDate, AcceptedFormats) {
  EXPECT_EQ(parse_date("22/05/2025"), (Date{2025, 5, 22}));
  EXPECT_EQ(parse_date("2025-05-22"), (Date{2025, 5, 22}));
  EXPECT_EQ(parse_date("1/2/2003"), (Date{2003, 2, 1}));
  EXPECT_EQ(parse_date("22-05-2025"), (Date{2025, 5, 22}));
  EXPECT_EQ(parse_date("  22/05/2025 "), (Date{2025, 5, 22}));
  EXPECT_EQ(parse_date("29/02/2020"), (Date{2020, 2, 29}));
  EXPECT_EQ(parse_date("31/12/1999"), (Date{1999, 12, 31}));
  EXPECT_EQ(parse_date("01/01/0001"), (Date{1, 1, 1}));
}

TEST(ParseDate, RejectedInputs) {
  const char* inputs[] = {"31/02/2020", "2025-13-01", "29/02/2021", "00/05/2025", "32/05/2025",
                          "22/00/2025", "22/13/2025", "",           "   ",        "22/05/25",
                          "22/05-2025", "2025/05/22", "122/05/2025", "22/05/20255", "22/5/2025x",
                          "abc",        "2025-5-22",  "2025-05-32", "2025-02-29", "22 05 2025",
                          "/05/2025",   "22//2025",   "22/05/",     "0000-01-01", "29/02/1900"};
  for (const char* in : inputs) EXPECT_EQ(parse_date(in), std::nullopt) << "input: '" << in << "'";
}

TEST(ParseIsoDate, OnlyIso) {
  EXPECT_EQ(parse_iso_date("2025-05-22"), (Date{2025, 5, 22}));
  EXPECT_EQ(parse_iso_date(" 2024-02-29 "), (Date{2024, 2, 29}));
  EXPECT_EQ(parse_iso_date("22/05/2025"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-5-22"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-05-2"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-13-01"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2023-02-29"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025x05-22"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-05-22T00"), std::nullopt);
  EXPECT_EQ(parse_iso_date("+025-05-22"), std::nullopt);
}

TEST(ParseDate, RoundTripThroughBothFormats) {
  for (std::int64_t s = (Date{1900, 1, 1}).serial(); s <= (Date{2100, 12, 31}).serial(); s += 7) {
    const Date d = Date::from_serial(s);
    ASSERT_EQ(parse_date(d.id()), d) << d.id();
    ASSERT_EQ(parse_date(d.iso()), d) << d.iso();
    ASSERT_EQ(parse_iso_date(d.iso()), d) << d.iso();
  }
}

// ---------------------------------------------------------------------------------------------
// Age

TEST(DateAge, AroundBirthday) {
  const Date born{2000, 5, 22};
  EXPECT_EQ(born.age_on(Date{2025, 5, 21}), 24);
  EXPECT_EQ(born.age_on(Date{2025, 5, 22}), 25);
  EXPECT_EQ(born.age_on(Date{2025, 5, 23}), 25);
  EXPECT_EQ(born.age_on(Date{2025, 4, 30}), 24);
  EXPECT_EQ(born.age_on(Date{2025, 6, 1}), 25);
  EXPECT_EQ(born.age_on(Date{2000, 5, 22}), 0);
  EXPECT_EQ(born.age_on(Date{2001, 5, 21}), 0);
  EXPECT_EQ(born.age_on(Date{2001, 5, 22}), 1);
  EXPECT_EQ(born.age_on(Date{2024, 12, 31}), 24);
}

TEST(DateAge, LeapDayBirthday) {
  const Date born{2000, 2, 29};
  EXPECT_EQ(born.age_on(Date{2021, 2, 28}), 20);
  EXPECT_EQ(born.age_on(Date{2021, 3, 1}), 21);
  EXPECT_EQ(born.age_on(Date{2024, 2, 28}), 23);
  EXPECT_EQ(born.age_on(Date{2024, 2, 29}), 24);
}

// ---------------------------------------------------------------------------------------------
// add_days / add_months

TEST(DateAdd, Days) {
  EXPECT_EQ((Date{2024, 2, 28}).add_days(1), (Date{2024, 2, 29}));
  EXPECT_EQ((Date{2024, 2, 28}).add_days(2), (Date{2024, 3, 1}));
  EXPECT_EQ((Date{2025, 2, 28}).add_days(1), (Date{2025, 3, 1}));
  EXPECT_EQ((Date{2025, 12, 31}).add_days(1), (Date{2026, 1, 1}));
  EXPECT_EQ((Date{2025, 1, 1}).add_days(-1), (Date{2024, 12, 31}));
  EXPECT_EQ((Date{2025, 5, 22}).add_days(0), (Date{2025, 5, 22}));
  EXPECT_EQ((Date{2025, 1, 1}).add_days(365), (Date{2026, 1, 1}));
  EXPECT_EQ((Date{2024, 1, 1}).add_days(366), (Date{2025, 1, 1}));
}

TEST(DateAdd, MonthsClampToMonthEnd) {
  EXPECT_EQ((Date{2025, 1, 31}).add_months(1), (Date{2025, 2, 28}));
  EXPECT_EQ((Date{2024, 1, 31}).add_months(1), (Date{2024, 2, 29}));
  EXPECT_EQ((Date{2024, 3, 31}).add_months(1), (Date{2024, 4, 30}));
  EXPECT_EQ((Date{2024, 2, 29}).add_months(12), (Date{2025, 2, 28}));
  EXPECT_EQ((Date{2024, 2, 29}).add_months(48), (Date{2028, 2, 29}));
  EXPECT_EQ((Date{2025, 1, 31}).add_months(13), (Date{2026, 2, 28}));
  EXPECT_EQ((Date{2025, 8, 31}).add_months(1), (Date{2025, 9, 30}));
  EXPECT_EQ((Date{2025, 1, 30}).add_months(1), (Date{2025, 2, 28}));
  EXPECT_EQ((Date{2025, 1, 28}).add_months(1), (Date{2025, 2, 28}));
}

TEST(DateAdd, MonthsAcrossYearsAndBackwards) {
  EXPECT_EQ((Date{2024, 12, 15}).add_months(1), (Date{2025, 1, 15}));
  EXPECT_EQ((Date{2025, 5, 22}).add_months(0), (Date{2025, 5, 22}));
  EXPECT_EQ((Date{2025, 5, 22}).add_months(12), (Date{2026, 5, 22}));
  EXPECT_EQ((Date{2025, 5, 22}).add_months(120), (Date{2035, 5, 22}));
  EXPECT_EQ((Date{2025, 1, 15}).add_months(-1), (Date{2024, 12, 15}));
  EXPECT_EQ((Date{2025, 3, 31}).add_months(-1), (Date{2025, 2, 28}));
  EXPECT_EQ((Date{2025, 1, 15}).add_months(-12), (Date{2024, 1, 15}));
  EXPECT_EQ((Date{2025, 1, 15}).add_months(-13), (Date{2023, 12, 15}));
}

TEST(DateAdd, MonthsAlwaysGiveValidDates) {
  for (int day = 1; day <= 31; ++day) {
    for (int months = -30; months <= 30; ++months) {
      const Date d = (Date{2024, 1, day}).add_months(months);
      ASSERT_TRUE(Date::valid(d.year, d.month, d.day)) << day << " + " << months;
      ASSERT_EQ(d.day, std::min(day, Date::days_in_month(d.year, d.month)));
      ASSERT_EQ(d.year * 12 + d.month - 1, 2024 * 12 + months);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Excel serials (1900 date system with the phantom 29/02/1900)

TEST(ExcelSerial, KnownValues) {
  EXPECT_EQ(date_from_excel_serial(1), (Date{1900, 1, 1}));
  EXPECT_EQ(date_from_excel_serial(2), (Date{1900, 1, 2}));
  EXPECT_EQ(date_from_excel_serial(31), (Date{1900, 1, 31}));
  EXPECT_EQ(date_from_excel_serial(59), (Date{1900, 2, 28}));
  EXPECT_EQ(date_from_excel_serial(60), std::nullopt);  // 29/02/1900 never existed
  EXPECT_EQ(date_from_excel_serial(61), (Date{1900, 3, 1}));
  EXPECT_EQ(date_from_excel_serial(25569), (Date{1970, 1, 1}));
  EXPECT_EQ(date_from_excel_serial(36526), (Date{2000, 1, 1}));
  EXPECT_EQ(date_from_excel_serial(45658), (Date{2025, 1, 1}));
  // Verified independently: 1899-12-30 + 45799 days = 2025-05-22 (launch day).
  EXPECT_EQ(date_from_excel_serial(45799), (Date{2025, 5, 22}));
  EXPECT_EQ(date_from_excel_serial(2958465), (Date{9999, 12, 31}));
}

TEST(ExcelSerial, TimeOfDayFractionIsDropped) {
  EXPECT_EQ(date_from_excel_serial(45799.0001), (Date{2025, 5, 22}));
  EXPECT_EQ(date_from_excel_serial(45799.75), (Date{2025, 5, 22}));
  EXPECT_EQ(date_from_excel_serial(45799.9999), (Date{2025, 5, 22}));
  EXPECT_EQ(date_from_excel_serial(60.5), std::nullopt);
}

TEST(ExcelSerial, OutOfRange) {
  EXPECT_EQ(date_from_excel_serial(0), std::nullopt);
  EXPECT_EQ(date_from_excel_serial(0.5), std::nullopt);
  EXPECT_EQ(date_from_excel_serial(-1), std::nullopt);
  EXPECT_EQ(date_from_excel_serial(2958466), std::nullopt);
  EXPECT_EQ(date_from_excel_serial(1e300), std::nullopt);
  EXPECT_EQ(date_from_excel_serial(std::numeric_limits<double>::quiet_NaN()), std::nullopt);
  EXPECT_EQ(date_from_excel_serial(std::numeric_limits<double>::infinity()), std::nullopt);
  EXPECT_EQ(date_from_excel_serial(-std::numeric_limits<double>::infinity()), std::nullopt);
}

TEST(ExcelSerial, ConsecutiveSerialsAreConsecutiveDays) {
  std::optional<Date> prev = date_from_excel_serial(1);
  for (int s = 2; s <= 100000; ++s) {
    const auto d = date_from_excel_serial(s);
    if (s == 60) {
      ASSERT_EQ(d, std::nullopt);
      continue;
    }
    ASSERT_TRUE(d.has_value()) << s;
    ASSERT_EQ(*d, prev->add_days(1)) << s;
    prev = d;
  }
  // Beyond the phantom day, serial s is 1899-12-30 + s days all the way to the end.
  for (int s = 61; s <= 2958465; s += 997) {
    ASSERT_EQ(date_from_excel_serial(s), (Date{1899, 12, 30}).add_days(s)) << s;
  }
}

}  // namespace
}  // namespace lindungi

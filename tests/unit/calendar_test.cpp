// Working days (core/calendar) over holidays as data (issue 15): the shipped SKB years, the Idul
// Fitri weeks of 2025 and 2026, and the warnings for years without a decree.
#include "core/calendar.hpp"

#include <gtest/gtest.h>

#include "shipped_calendar.hpp"

using namespace lindungi;
using testing_support::shipped_calendar;

TEST(Calendar, WeekdayOfKnownDates) {
  EXPECT_EQ(weekday({2026, 11, 21}), 5);  // Saturday
  EXPECT_EQ(weekday({2025, 5, 22}), 3);   // Thursday
  EXPECT_EQ(weekday({1970, 1, 1}), 3);
  EXPECT_EQ(weekday({1969, 12, 29}), 0);  // Monday, before the epoch
}

TEST(Calendar, WeekendsAndTheDecreesHolidaysAreNotWorkingDays) {
  const WorkCalendar& cal = shipped_calendar();
  EXPECT_FALSE(cal.is_working_day({2026, 11, 21}));
  EXPECT_FALSE(cal.is_working_day({2026, 11, 22}));
  EXPECT_TRUE(cal.is_working_day({2026, 11, 23}));
  EXPECT_FALSE(cal.is_working_day({2026, 8, 17}));  // a Monday
  EXPECT_EQ(cal.holiday_name({2026, 8, 17}), "Proklamasi Kemerdekaan");
  EXPECT_FALSE(cal.is_working_day({2025, 12, 25}));
  ASSERT_NE(cal.holiday_on({2026, 12, 24}), nullptr);
  EXPECT_EQ(cal.holiday_on({2026, 12, 24})->kind, HolidayKind::cuti_bersama);
}

TEST(Calendar, OnlyTheHolidaysItIsGiven) {
  // No code-side list: a calendar without data knows only weekends (the dashboard warns).
  EXPECT_TRUE(WorkCalendar().is_working_day({2026, 8, 17}));
  const WorkCalendar cal({{{2026, 3, 20}, "Idul Fitri"}, {{2026, 3, 20}, "twice"}});
  EXPECT_FALSE(cal.is_working_day({2026, 3, 20}));
  EXPECT_EQ(cal.holiday_name({2026, 3, 20}), "Idul Fitri");
  EXPECT_EQ(cal.holidays().size(), 1u);
}

TEST(Calendar, ShippedYearsMatchTheDecreesTotals) {
  int nasional[2] = {0, 0}, cuti[2] = {0, 0};
  for (const auto& h : shipped_calendar().holidays()) {
    if (h.date.year < 2025 || h.date.year > 2026) continue;
    (h.kind == HolidayKind::cuti_bersama ? cuti : nasional)[h.date.year - 2025]++;
    EXPECT_FALSE(h.basis.empty()) << h.date.iso();
  }
  // SKB 2025: 17 national holidays and 10 days of cuti bersama; SKB 1497/2025: 17 and 8.
  EXPECT_EQ(nasional[0], 17);
  EXPECT_EQ(cuti[0], 10);
  EXPECT_EQ(nasional[1], 17);
  EXPECT_EQ(cuti[1], 8);
}

TEST(Calendar, AddingWorkingDaysSkipsWeekendsAndHolidays) {
  const WorkCalendar& cal = shipped_calendar();
  // JKM: 3 working days after a complete request on Thursday 13/08/2026 -> Wed
  // 19/08 (17/08 is a holiday).
  EXPECT_EQ(cal.add_working_days({2026, 8, 13}, 3), (Date{2026, 8, 19}));
  EXPECT_EQ(cal.add_working_days({2026, 11, 20}, 1), (Date{2026, 11, 23}));
  EXPECT_EQ(cal.add_working_days({2026, 11, 20}, 0), (Date{2026, 11, 20}));
  // 14 working days after an SPK of Monday 02/11/2026: two weeks and four days.
  EXPECT_EQ(cal.add_working_days({2026, 11, 2}, 14), (Date{2026, 11, 20}));
}

TEST(Calendar, TheIdulFitriWeekOf2026) {
  const WorkCalendar& cal = shipped_calendar();
  // Nyepi on Thursday 19/03, Idul Fitri 1447 H on 21-22/03, cuti bersama 18, 20, 23 and 24/03:
  // from Tuesday 17/03 the next working day is Wednesday 25/03.
  for (int d = 18; d <= 24; ++d) EXPECT_FALSE(cal.is_working_day({2026, 3, d})) << d;
  EXPECT_EQ(cal.add_working_days({2026, 3, 17}, 1), (Date{2026, 3, 25}));
  EXPECT_EQ(cal.working_days_between({2026, 3, 17}, {2026, 3, 25}), 1);
  EXPECT_EQ(WorkCalendar().working_days_between({2026, 3, 17}, {2026, 3, 25}), 6);
}

TEST(Calendar, TheIdulFitriWeekOf2025) {
  const WorkCalendar& cal = shipped_calendar();
  // Cuti bersama Nyepi on Friday 28/03, Idul Fitri 1446 H on 31/03-01/04, cuti bersama 2, 3, 4
  // and 7/04: from Thursday 27/03 the next working day is Tuesday 08/04.
  EXPECT_EQ(cal.add_working_days({2025, 3, 27}, 1), (Date{2025, 4, 8}));
  EXPECT_EQ(cal.next_working_day({2025, 3, 31}), (Date{2025, 4, 8}));
}

TEST(Calendar, CountingWorkingDaysBetweenDates) {
  const WorkCalendar& cal = shipped_calendar();
  EXPECT_EQ(cal.working_days_between({2026, 11, 20}, {2026, 11, 23}), 1);
  EXPECT_EQ(cal.working_days_between({2026, 11, 23}, {2026, 11, 20}), 0);
  EXPECT_EQ(cal.working_days_between({2026, 11, 2}, {2026, 11, 20}), 14);
  for (int n = 0; n < 40; ++n)
    EXPECT_EQ(cal.working_days_between({2026, 12, 1}, cal.add_working_days({2026, 12, 1}, n)), n);
}

TEST(Calendar, NextWorkingDay) {
  const WorkCalendar& cal = shipped_calendar();
  EXPECT_EQ(cal.next_working_day({2026, 11, 21}), (Date{2026, 11, 23}));
  EXPECT_EQ(cal.next_working_day({2026, 11, 23}), (Date{2026, 11, 23}));
}

TEST(Calendar, HolidayEntriesNeedANameAndTheirDecree) {
  EXPECT_TRUE(holiday_problems({{2027, 3, 10}, "Idul Fitri 1448 H", HolidayKind::libur_nasional, "SKB 2027"}).empty());
  const auto problems = holiday_problems({{2027, 3, 10}, "", HolidayKind::libur_nasional, ""});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "nama");
  EXPECT_EQ(problems[1].field, "dasar");
  EXPECT_EQ(holiday_problems({{2202, 3, 10}, "x", HolidayKind::libur_nasional, "SKB"}).front().field, "tanggal");
  EXPECT_EQ(parse_holiday_kind("cuti_bersama"), HolidayKind::cuti_bersama);
  EXPECT_FALSE(parse_holiday_kind("libur"));
}

TEST(Calendar, YearsWithoutADecreeAreWarnedAboutNeverSilent) {
  const std::vector<HolidayYear> years = {
      {2025, true, "SKB 2025"}, {2026, true, "SKB 1497/2025"}, {2027, false, "tanggal tetap"}};
  const auto& holidays = shipped_calendar().holidays();
  // Inside a complete year, before October: nothing to say.
  EXPECT_TRUE(calendar_warnings({2026, 5, 1}, years, holidays).empty());
  // From October the next year's deadlines come near: 2027 has only its fixed-date holidays.
  auto w = calendar_warnings({2026, 12, 5}, years, holidays);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].year, 2027);
  EXPECT_TRUE(w[0].some_days);
  EXPECT_NE(w[0].message.find("belum lengkap"), std::string::npos);
  // 2028: no data at all.
  w = calendar_warnings({2028, 2, 29}, years, holidays);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].year, 2028);
  EXPECT_FALSE(w[0].some_days);
  EXPECT_NE(w[0].message.find("Belum ada data hari libur tahun 2028"), std::string::npos);
}

#include "core/calendar.hpp"

#include <gtest/gtest.h>

using namespace lindungi;

TEST(Calendar, WeekdayOfKnownDates) {
  EXPECT_EQ(weekday({2026, 11, 21}), 5);  // Saturday
  EXPECT_EQ(weekday({2025, 5, 22}), 3);   // Thursday
  EXPECT_EQ(weekday({1970, 1, 1}), 3);
  EXPECT_EQ(weekday({1969, 12, 29}), 0);  // Monday, before the epoch
}

TEST(Calendar, WeekendsAndFixedHolidaysAreNotWorkingDays) {
  WorkCalendar cal;
  EXPECT_FALSE(cal.is_working_day({2026, 11, 21}));
  EXPECT_FALSE(cal.is_working_day({2026, 11, 22}));
  EXPECT_TRUE(cal.is_working_day({2026, 11, 23}));
  EXPECT_FALSE(cal.is_working_day({2026, 8, 17}));  // a Monday
  EXPECT_EQ(cal.holiday_name({2026, 8, 17}), "Hari Kemerdekaan RI");
  EXPECT_FALSE(cal.is_working_day({2025, 12, 25}));
}

TEST(Calendar, ExtraHolidaysFromTheDecree) {
  WorkCalendar cal({{{2026, 3, 20}, "Idul Fitri"}});
  EXPECT_FALSE(cal.is_working_day({2026, 3, 20}));
  EXPECT_EQ(cal.holiday_name({2026, 3, 20}), "Idul Fitri");
  EXPECT_TRUE(WorkCalendar().is_working_day({2026, 3, 20}));
}

TEST(Calendar, AddingWorkingDaysSkipsWeekendsAndHolidays) {
  WorkCalendar cal;
  // JKM: 3 working days after a complete request on Thursday 13/08/2026 -> Wed
  // 19/08 (17/08 is a holiday).
  EXPECT_EQ(cal.add_working_days({2026, 8, 13}, 3), (Date{2026, 8, 19}));
  EXPECT_EQ(cal.add_working_days({2026, 11, 20}, 1), (Date{2026, 11, 23}));
  EXPECT_EQ(cal.add_working_days({2026, 11, 20}, 0), (Date{2026, 11, 20}));
  // 14 working days after an SPK of Monday 02/11/2026: two weeks and four days.
  EXPECT_EQ(cal.add_working_days({2026, 11, 2}, 14), (Date{2026, 11, 20}));
}

TEST(Calendar, CountingWorkingDaysBetweenDates) {
  WorkCalendar cal;
  EXPECT_EQ(cal.working_days_between({2026, 11, 20}, {2026, 11, 23}), 1);
  EXPECT_EQ(cal.working_days_between({2026, 11, 23}, {2026, 11, 20}), 0);
  EXPECT_EQ(cal.working_days_between({2026, 11, 2}, {2026, 11, 20}), 14);
  for (int n = 0; n < 40; ++n)
    EXPECT_EQ(cal.working_days_between({2026, 12, 1}, cal.add_working_days({2026, 12, 1}, n)), n);
}

TEST(Calendar, NextWorkingDay) {
  WorkCalendar cal;
  EXPECT_EQ(cal.next_working_day({2026, 11, 21}), (Date{2026, 11, 23}));
  EXPECT_EQ(cal.next_working_day({2026, 11, 23}), (Date{2026, 11, 23}));
}

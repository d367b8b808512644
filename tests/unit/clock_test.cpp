// The program's one clock (issue 15): a fixed date moves "today" and every timestamp together,
// and the real date comes back when it is released.
#include "clock/clock.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace lindungi {
namespace {

Date real_wib_today() {
  using namespace std::chrono;
  return Date::from_serial(floor<days>(system_clock::now() + hours(7)).time_since_epoch().count());
}

TEST(Clock, AFixedDateMovesTodayAndTimestampsTogether) {
  clock::set_today(Date{2028, 2, 29});
  EXPECT_EQ(clock::today(), (Date{2028, 2, 29}));
  EXPECT_EQ(clock::fixed_today(), (Date{2028, 2, 29}));
  // The UTC timestamp of a WIB day starts at 17:00 the day before.
  const std::string stamp = clock::now_utc_iso(true);
  EXPECT_TRUE(stamp.rfind("2028-02-29T", 0) == 0 || stamp.rfind("2028-02-28T", 0) == 0) << stamp;
  EXPECT_EQ(stamp.size(), 24u);
  EXPECT_EQ(stamp.back(), 'Z');
  // Time still runs within the fixed day.
  const auto a = clock::now();
  const auto b = clock::now();
  EXPECT_LE(a, b);
  clock::set_today(std::nullopt);
  EXPECT_FALSE(clock::fixed_today());
  const Date real = real_wib_today();
  const Date now = clock::today();
  EXPECT_TRUE(now == real || now == real.add_days(1)) << "midnight between the two readings";
}

TEST(Clock, TimestampsAreIsoUtc) {
  using namespace std::chrono;
  const clock::TimePoint t = sys_days{year{2026} / 5 / 22} + hours(3) + minutes(4) + seconds(5) + milliseconds(67);
  EXPECT_EQ(clock::utc_iso(t), "2026-05-22T03:04:05Z");
  EXPECT_EQ(clock::utc_iso(t, true), "2026-05-22T03:04:05.067Z");
}

}  // namespace
}  // namespace lindungi

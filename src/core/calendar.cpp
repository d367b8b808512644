#include "core/calendar.hpp"

#include <algorithm>

namespace lindungi {

namespace {
struct FixedHoliday {
  int month;
  int day;
  const char* name;
};
constexpr FixedHoliday kFixed[] = {
    {1, 1, "Tahun Baru Masehi"},    {5, 1, "Hari Buruh Internasional"}, {6, 1, "Hari Lahir Pancasila"},
    {8, 17, "Hari Kemerdekaan RI"}, {12, 25, "Hari Raya Natal"},
};
}  // namespace

int weekday(const Date& day) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const auto s = day.serial();
  return static_cast<int>(((s % 7) + 7 + 3) % 7);
}

WorkCalendar::WorkCalendar(std::vector<Holiday> extra) : extra_(std::move(extra)) {
  std::sort(extra_.begin(), extra_.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
}

std::string WorkCalendar::holiday_name(const Date& day) const {
  for (const auto& f : kFixed)
    if (day.month == f.month && day.day == f.day) return f.name;
  auto it =
      std::lower_bound(extra_.begin(), extra_.end(), day, [](const Holiday& h, const Date& d) { return h.date < d; });
  if (it != extra_.end() && it->date == day) return it->name;
  return {};
}

bool WorkCalendar::is_working_day(const Date& day) const { return weekday(day) < 5 && holiday_name(day).empty(); }

Date WorkCalendar::add_working_days(const Date& from, int n) const {
  Date d = from;
  while (n > 0) {
    d = d.add_days(1);
    if (is_working_day(d)) --n;
  }
  return d;
}

int WorkCalendar::working_days_between(const Date& from, const Date& to) const {
  int n = 0;
  for (Date d = from.add_days(1); d <= to; d = d.add_days(1))
    if (is_working_day(d)) ++n;
  return n;
}

Date WorkCalendar::next_working_day(const Date& day) const {
  Date d = day;
  while (!is_working_day(d)) d = d.add_days(1);
  return d;
}

}  // namespace lindungi

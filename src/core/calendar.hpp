#pragma once
// Working days (hari kerja): the claim service levels (JKM 3, JKK 7 working
// days; RULES.md §4.5, §5.6), the Jakon registration deadline (14 working days
// after the SPK; RULES.md §6.5) and the premium due date moved off a holiday
// (RULES.md §2.4) all count them, so they are counted here once. A working day
// is Monday to Friday and not a national holiday.
#include <string>
#include <vector>

#include "core/date.hpp"

namespace lindungi {

struct Holiday {
  Date date;
  std::string name;
};

class WorkCalendar {
 public:
  // The fixed-date national holidays of every year (UU/Keppres: 1 January, 1
  // May, 1 June, 17 August, 25 December) plus `extra`: the moving holidays and
  // joint leave days (cuti bersama) of the SKB 3 Menteri for a year, which a
  // deployment enters when the decree is published.
  explicit WorkCalendar(std::vector<Holiday> extra = {});

  bool is_working_day(const Date& day) const;
  // The holiday's name, or empty for a working day or a plain weekend.
  std::string holiday_name(const Date& day) const;
  // The `n`-th working day after `from` (n >= 1); n == 0 gives `from` itself.
  Date add_working_days(const Date& from, int n) const;
  // Working days after `from` up to and including `to` (0 when to <= from).
  int working_days_between(const Date& from, const Date& to) const;
  // `day` itself when it is a working day, else the next one.
  Date next_working_day(const Date& day) const;

 private:
  std::vector<Holiday> extra_;  // sorted by date
};

// 0 = Monday … 6 = Sunday.
int weekday(const Date& day);

}  // namespace lindungi

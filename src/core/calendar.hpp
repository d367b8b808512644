#pragma once
// Working days (hari kerja): the claim service levels (JKM 3, JKK 7 working
// days; RULES.md §4.5, §5.6), the Jakon registration deadline (14 working days
// after the SPK; RULES.md §6.5) and the premium due date moved off a holiday
// (RULES.md §2.4) all count them, so they are counted here once. A working day
// is Monday to Friday and neither a national holiday nor a day of cuti bersama.
//
// Which days are holidays is data, never code (issue 15): the SKB of the Ministers of Religious
// Affairs, Manpower and PANRB fixes them year by year (and the Minister of Religious Affairs' isbat
// may move an Islamic date), so a deployment keeps them in its database, shipped for the years
// whose decree was known (data/reference/libur_nasional.csv) and edited by its admin.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/errors.hpp"

namespace lindungi {

enum class HolidayKind {
  libur_nasional,  // a national holiday
  cuti_bersama,    // joint leave of the same decree: not a working day for the government either
};
std::string_view to_string(HolidayKind kind);
std::optional<HolidayKind> parse_holiday_kind(std::string_view text);
std::string_view holiday_kind_label(HolidayKind kind);  // "Libur nasional", "Cuti bersama"

struct Holiday {
  Date date;
  std::string name;
  HolidayKind kind = HolidayKind::libur_nasional;
  std::string basis{};  // the decree ("SKB Menag/Menaker/MenPANRB Nomor 1497 Tahun 2025 …")
};

// What is wrong with a holiday someone enters (name and decree required, a plausible year).
std::vector<FieldError> holiday_problems(const Holiday& holiday);

class WorkCalendar {
 public:
  // `holidays` in any order (a day listed twice counts once). Without any, only weekends are off:
  // callers warn about the years they hold no decree for (calendar_warnings).
  explicit WorkCalendar(std::vector<Holiday> holidays = {});

  bool is_working_day(const Date& day) const;
  // The holiday on `day`, if any.
  const Holiday* holiday_on(const Date& day) const;
  // The holiday's name, or empty for a working day or a plain weekend.
  std::string holiday_name(const Date& day) const;
  // The `n`-th working day after `from` (n >= 1); n == 0 gives `from` itself.
  Date add_working_days(const Date& from, int n) const;
  // Working days after `from` up to and including `to` (0 when to <= from).
  int working_days_between(const Date& from, const Date& to) const;
  // `day` itself when it is a working day, else the next one.
  Date next_working_day(const Date& day) const;

  const std::vector<Holiday>& holidays() const { return holidays_; }

 private:
  std::vector<Holiday> holidays_;  // sorted by date, one per day
};

// 0 = Monday … 6 = Sunday.
int weekday(const Date& day);

// A year's holiday data: whether its decree has been entered in full.
struct HolidayYear {
  int year = 0;
  bool complete = false;  // the year's SKB is entered; otherwise only some days are known
  std::string basis;      // the decree, or what is known without it
};

// The years a working-day computation on `today` may reach and whose holidays are not complete:
// this year, and from 1 October (when the next year's SKB is usually signed; deadlines of December
// run into January) also the next. Each is a warning for the dashboard, never a silent "no holiday".
struct CalendarWarning {
  int year = 0;
  bool some_days = false;  // some holidays of the year are known (e.g. the fixed-date ones)
  std::string message;     // Indonesian, for people
};
std::vector<CalendarWarning> calendar_warnings(const Date& today, const std::vector<HolidayYear>& years,
                                               const std::vector<Holiday>& holidays);

}  // namespace lindungi

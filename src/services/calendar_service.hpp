#pragma once
// Holidays as data (issue 15): the national holidays and cuti bersama each year's SKB fixes, which
// every working-day computation counts (App::calendar()); listed for everyone signed in, edited by
// the city admin with the decree named, every change audited; the years a computation may reach
// without a complete decree are warnings for the dashboard.
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/calendar.hpp"
#include "services/app.hpp"
#include "store/calendar_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

// The holidays and year decrees shipped in data/reference (libur_nasional.csv, libur_tahun.csv).
std::vector<Holiday> shipped_holidays();
std::vector<HolidayYear> shipped_holiday_years();
// Writes the shipped data of every year the database has no record of (a year an admin has
// touched is never overwritten), in one transaction with one audit entry; nothing when complete.
void load_shipped_holidays(store::Store& store);

// A year's holidays with who changed each, the year's decree if recorded, and today's warnings.
struct HolidayList {
  int tahun = 0;
  std::optional<HolidayYear> decree;
  std::vector<store::HolidayRecord> items;
  std::vector<CalendarWarning> peringatan;
};

// The years known with their number of holidays, and today's warnings: for the dashboard.
struct CalendarStatus {
  struct Year {
    HolidayYear year;
    int hari = 0;
  };
  Date hari_ini;
  std::vector<Year> tahun;
  std::vector<CalendarWarning> peringatan;
};

class CalendarService {
 public:
  explicit CalendarService(App& app) : app_(app) {}

  // A year's holidays, its decree and the warnings of today (any signed-in role).
  HolidayList list(const Actor& actor, int year);
  // The years known, and the warnings of today: for the dashboard.
  CalendarStatus status(const Actor& actor);
  // Adds a holiday or replaces the one on its date; `holiday.basis` names the decree.
  Holiday put(const Actor& actor, const Holiday& holiday);
  // Removes the holiday on `day`; `basis` names the decree that moved or cancelled it.
  void remove(const Actor& actor, const Date& day, const std::string& basis);
  // Records the year's decree and whether every day of it is now entered.
  HolidayYear set_year(const Actor& actor, int year, bool complete, const std::string& basis);

 private:
  App& app_;
};

}  // namespace lindungi::services

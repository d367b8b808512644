#pragma once
// Storage of the holiday calendar (issue 15), reached through Session::calendar() in the caller's
// transaction.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"

namespace lindungi::store {

struct HolidayRecord {
  Holiday holiday;
  std::string diubah_oleh;
  std::string diubah;  // set by the store
};

struct HolidayYearRecord {
  HolidayYear year;
  std::string diubah_oleh;
  std::string diubah;  // set by the store
};

class CalendarSession {
 public:
  virtual ~CalendarSession() = default;
  // In date order; of one year, or every year when `year` is empty.
  virtual std::vector<HolidayRecord> holidays(std::optional<int> year) = 0;
  virtual std::optional<HolidayRecord> holiday(const Date& day) = 0;
  // Inserts the day or replaces what it held.
  virtual void put_holiday(HolidayRecord& record) = 0;
  // False when the day held no holiday.
  virtual bool delete_holiday(const Date& day) = 0;
  virtual std::vector<HolidayYearRecord> years() = 0;  // by year
  // Inserts the year or replaces what it held.
  virtual void put_year(HolidayYearRecord& record) = 0;
};

}  // namespace lindungi::store

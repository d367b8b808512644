#pragma once
// The working-day calendar of the holidays Lindungi ships (data/reference/libur_nasional.csv,
// issue 15): what a new deployment counts, for tests of deadlines around real holidays.
#include "core/calendar.hpp"
#include "services/calendar_service.hpp"

namespace lindungi::testing_support {

inline const WorkCalendar& shipped_calendar() {
  static const WorkCalendar calendar(services::shipped_holidays());
  return calendar;
}

}  // namespace lindungi::testing_support

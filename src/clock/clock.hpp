#pragma once
// The program's one clock (issue 15): every "today" and every timestamp the program writes comes
// from here, never from std::chrono::system_clock directly, so that one setting moves all of them.
//
// LINDUNGI_TODAY=YYYY-MM-DD fixes the date for a whole process (a demo opened on a chosen day,
// training, the tests' date matrix); the time of day still runs, so timestamps stay ordered within
// a day. A deployment marked production refuses it (`serve --produksi`).
//
// Dates are Kota Jambi's: WIB, UTC+7 (Indonesia's western zone, where Jambi lies).
//
// Security timers are not business dates: session lifetimes, login throttling and one-time codes
// measure real elapsed time (std::chrono directly), whatever date is fixed here.
#include <chrono>
#include <optional>
#include <string>

#include "core/date.hpp"

namespace lindungi::clock {

using TimePoint = std::chrono::system_clock::time_point;

// The instant now (UTC), on the fixed date when one is set.
TimePoint now();
// Today in WIB.
Date today();
// now() as "2026-12-05T02:03:04Z", or with milliseconds "2026-12-05T02:03:04.567Z".
std::string now_utc_iso(bool millis = false);
// `t` in the same format.
std::string utc_iso(TimePoint t, bool millis = false);

// The fixed date, when LINDUNGI_TODAY or set_today() set one.
std::optional<Date> fixed_today();
// Fixes the date (tests, training); std::nullopt returns to the real date.
void set_today(std::optional<Date> day);

// Reads LINDUNGI_TODAY once (also done lazily by the first call above). Throws
// std::invalid_argument with an Indonesian message when it is set but not a date.
void init_from_environment();
// The environment's value as it was read (empty when unset): tests reset to it between cases.
std::optional<Date> environment_today();

}  // namespace lindungi::clock

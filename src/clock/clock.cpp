#include "clock/clock.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <stdexcept>

namespace lindungi::clock {

namespace {

using namespace std::chrono;

constexpr auto kWibOffset = hours(7);
constexpr std::int64_t kNoDate = INT64_MIN;

// The fixed date as a day serial (kNoDate: none); atomic because request threads read it.
std::atomic<std::int64_t> fixed_serial{kNoDate};
std::optional<Date> from_environment;
std::once_flag environment_read;

void read_environment() {
  const char* value = std::getenv("LINDUNGI_TODAY");
  if (value == nullptr || *value == '\0') return;
  const auto day = parse_iso_date(value);
  if (!day)
    throw std::invalid_argument(std::string{"LINDUNGI_TODAY harus tanggal YYYY-MM-DD (mis. 2026-01-01), bukan \""} +
                                value + "\"");
  from_environment = *day;
  fixed_serial.store(day->serial());
}

void ensure_environment() { std::call_once(environment_read, read_environment); }

}  // namespace

void init_from_environment() { ensure_environment(); }

std::optional<Date> environment_today() {
  ensure_environment();
  return from_environment;
}

std::optional<Date> fixed_today() {
  ensure_environment();
  const std::int64_t s = fixed_serial.load();
  if (s == kNoDate) return std::nullopt;
  return Date::from_serial(s);
}

void set_today(std::optional<Date> day) {
  ensure_environment();
  fixed_serial.store(day ? day->serial() : kNoDate);
}

TimePoint now() {
  const auto real = system_clock::now();
  const auto fixed = fixed_today();
  if (!fixed) return real;
  // The real time of day in WIB, on the fixed date.
  const auto wib = real + kWibOffset;
  const auto time_of_day = wib - floor<days>(wib);
  return TimePoint{days(fixed->serial())} + time_of_day - kWibOffset;
}

Date today() {
  const auto wib = now() + kWibOffset;
  return Date::from_serial(floor<days>(wib).time_since_epoch().count());
}

std::string utc_iso(TimePoint t, bool millis) {
  const std::time_t tt = system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  if (millis) {
    const auto ms = duration_cast<milliseconds>(t.time_since_epoch()).count() % 1000;
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
  }
  return buf;
}

std::string now_utc_iso(bool millis) { return utc_iso(now(), millis); }

}  // namespace lindungi::clock

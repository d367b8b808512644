#pragma once
// Calendar dates without time zones: birth dates, coverage months, event dates.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lindungi {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;

  static bool is_leap(int year);
  static int days_in_month(int year, int month);
  static bool valid(int year, int month, int day);
  static std::optional<Date> make(int year, int month, int day);

  // Days since 1970-01-01 (negative before), and back.
  std::int64_t serial() const;
  static Date from_serial(std::int64_t days);

  // "2025-05-22"
  std::string iso() const;
  // "22/05/2025", the Indonesian display format.
  std::string id() const;

  // Whole years of age on `on`.
  int age_on(const Date& on) const;
  Date add_days(std::int64_t days) const;
  // The same day N months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
  Date add_months(int months) const;
};

// `value` in decimal, zero-padded on the left to `width` digits (non-negative values).
std::string zero_pad(int value, int width);

// "YYYY-MM-DD" only.
std::optional<Date> parse_iso_date(std::string_view text);
// "YYYY-MM-DD" or "DD/MM/YYYY" (also "D/M/YYYY" and "DD-MM-YYYY"), as the import template allows.
std::optional<Date> parse_date(std::string_view text);
// An Excel serial day number (1900 date system, with Excel's phantom 29/02/1900).
std::optional<Date> date_from_excel_serial(double serial);

}  // namespace lindungi

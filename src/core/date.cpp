#include "core/date.hpp"

#include <cctype>
#include <cmath>

namespace lindungi {

bool Date::is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int Date::days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool Date::valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<Date> Date::make(int y, int m, int d) {
  if (!valid(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t Date::serial() const {
  const int y = month <= 2 ? year - 1 : year;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Date Date::from_serial(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(m <= 2 ? y + 1 : y), static_cast<int>(m), static_cast<int>(d)};
}

std::string zero_pad(int value, int width) {
  std::string digits = std::to_string(value < 0 ? 0 : value);
  return digits.size() >= static_cast<std::size_t>(width) ? digits
                                                          : std::string(width - digits.size(), '0') + digits;
}

std::string Date::iso() const { return zero_pad(year, 4) + "-" + zero_pad(month, 2) + "-" + zero_pad(day, 2); }

std::string Date::id() const { return zero_pad(day, 2) + "/" + zero_pad(month, 2) + "/" + zero_pad(year, 4); }

int Date::age_on(const Date& on) const {
  int age = on.year - year;
  if (on.month < month || (on.month == month && on.day < day)) --age;
  return age;
}

Date Date::add_days(std::int64_t days) const { return from_serial(serial() + days); }

Date Date::add_months(int months) const {
  const int total = year * 12 + (month - 1) + months;
  const int y = total / 12, m = total % 12 + 1;
  const int d = day < days_in_month(y, m) ? day : days_in_month(y, m);
  return Date{y, m, d};
}

namespace {

// Reads exactly `width` digits (or 1..width when `exact` is false) from text at pos.
bool read_int(std::string_view text, std::size_t& pos, int min_width, int max_width, int& out) {
  int value = 0, width = 0;
  while (pos < text.size() && width < max_width && std::isdigit(static_cast<unsigned char>(text[pos]))) {
    value = value * 10 + (text[pos] - '0');
    ++pos;
    ++width;
  }
  if (width < min_width) return false;
  out = value;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  text = trim(text);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::size_t pos = 0;
  int y, m, d;
  if (!read_int(text, pos, 4, 4, y) || text[pos++] != '-' || !read_int(text, pos, 2, 2, m) ||
      text[pos++] != '-' || !read_int(text, pos, 2, 2, d) || pos != text.size())
    return std::nullopt;
  return Date::make(y, m, d);
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim(text);
  if (auto iso = parse_iso_date(text)) return iso;
  std::size_t pos = 0;
  int d, m, y;
  if (!read_int(text, pos, 1, 2, d) || pos >= text.size()) return std::nullopt;
  const char sep = text[pos];
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  ++pos;
  if (!read_int(text, pos, 1, 2, m) || pos >= text.size() || text[pos] != sep) return std::nullopt;
  ++pos;
  if (!read_int(text, pos, 4, 4, y) || pos != text.size()) return std::nullopt;
  return Date::make(y, m, d);
}

std::optional<Date> date_from_excel_serial(double serial) {
  if (!std::isfinite(serial) || serial < 1 || serial > 2958465) return std::nullopt;
  auto whole = static_cast<std::int64_t>(std::floor(serial));
  if (whole == 60) return std::nullopt;  // 29/02/1900 never existed
  if (whole > 60) --whole;               // skip Excel's phantom leap day
  return Date{1899, 12, 31}.add_days(whole);
}

}  // namespace lindungi

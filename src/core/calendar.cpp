#include "core/calendar.hpp"

#include <algorithm>

namespace lindungi {

std::string_view to_string(HolidayKind kind) {
  return kind == HolidayKind::cuti_bersama ? "cuti_bersama" : "libur_nasional";
}

std::optional<HolidayKind> parse_holiday_kind(std::string_view text) {
  if (text == "libur_nasional") return HolidayKind::libur_nasional;
  if (text == "cuti_bersama") return HolidayKind::cuti_bersama;
  return std::nullopt;
}

std::string_view holiday_kind_label(HolidayKind kind) {
  return kind == HolidayKind::cuti_bersama ? "Cuti bersama" : "Libur nasional";
}

std::vector<FieldError> holiday_problems(const Holiday& h) {
  std::vector<FieldError> out;
  // The decrees Lindungi can use start with the programme (2025); a century on is a typo.
  if (h.date.year < 2015 || h.date.year > 2100)
    out.push_back({"tanggal", "tanggal_tidak_valid", "Tanggal libur harus antara tahun 2015 dan 2100"});
  if (h.name.empty() || h.name.size() > 200)
    out.push_back({"nama", "wajib_diisi", "Nama hari libur wajib diisi (paling banyak 200 karakter)"});
  if (h.basis.size() < 3 || h.basis.size() > 300)
    out.push_back(
        {"dasar", "wajib_diisi", "Dasar hukum wajib diisi: nomor SKB atau keputusan yang menetapkan hari libur ini"});
  return out;
}

int weekday(const Date& day) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const auto s = day.serial();
  return static_cast<int>(((s % 7) + 7 + 3) % 7);
}

WorkCalendar::WorkCalendar(std::vector<Holiday> holidays) : holidays_(std::move(holidays)) {
  std::stable_sort(holidays_.begin(), holidays_.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  holidays_.erase(std::unique(holidays_.begin(), holidays_.end(),
                              [](const Holiday& a, const Holiday& b) { return a.date == b.date; }),
                  holidays_.end());
}

const Holiday* WorkCalendar::holiday_on(const Date& day) const {
  auto it = std::lower_bound(holidays_.begin(), holidays_.end(), day,
                             [](const Holiday& h, const Date& d) { return h.date < d; });
  return it != holidays_.end() && it->date == day ? &*it : nullptr;
}

std::string WorkCalendar::holiday_name(const Date& day) const {
  const Holiday* h = holiday_on(day);
  return h ? h->name : std::string{};
}

bool WorkCalendar::is_working_day(const Date& day) const { return weekday(day) < 5 && holiday_on(day) == nullptr; }

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

std::vector<CalendarWarning> calendar_warnings(const Date& today, const std::vector<HolidayYear>& years,
                                               const std::vector<Holiday>& holidays) {
  std::vector<int> reach = {today.year};
  if (today.month >= 10) reach.push_back(today.year + 1);
  std::vector<CalendarWarning> out;
  for (const int year : reach) {
    const auto known = std::find_if(years.begin(), years.end(), [&](const HolidayYear& y) { return y.year == year; });
    if (known != years.end() && known->complete) continue;
    const bool some =
        std::any_of(holidays.begin(), holidays.end(), [&](const Holiday& h) { return h.date.year == year; });
    const std::string y = std::to_string(year);
    out.push_back({year, some,
                   some ? "Data hari libur tahun " + y + " belum lengkap (SKB hari libur nasional dan cuti bersama " +
                              y +
                              " belum dimasukkan): tenggat hari kerja tahun itu bisa keliru. Admin kota dapat "
                              "melengkapinya di menu Hari Libur."
                        : "Belum ada data hari libur tahun " + y +
                              ": tenggat hari kerja tahun itu hanya melewati Sabtu dan Minggu. Admin kota dapat "
                              "memasukkan SKB hari libur " +
                              y + " di menu Hari Libur."});
  }
  return out;
}

}  // namespace lindungi

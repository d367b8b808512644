#include "wire/calendar.hpp"

#include "core/errors.hpp"
#include "wire/fields.hpp"

namespace lindungi::wire {

using nlohmann::json;

namespace {

json warnings_json(const std::vector<CalendarWarning>& warnings) {
  json out = json::array();
  for (const auto& w : warnings) out.push_back({{"tahun", w.year}, {"sebagian", w.some_days}, {"pesan", w.message}});
  return out;
}

}  // namespace

json to_json(const Holiday& h) {
  return {{"tanggal", h.date.iso()},
          {"tanggal_teks", h.date.id()},
          {"jenis", to_string(h.kind)},
          {"jenis_label", holiday_kind_label(h.kind)},
          {"nama", h.name},
          {"dasar", h.basis}};
}

json to_json(const HolidayYear& y) { return {{"tahun", y.year}, {"lengkap", y.complete}, {"dasar", y.basis}}; }

json to_json(const services::HolidayList& list) {
  json items = json::array();
  for (const auto& d : list.items) {
    json j = to_json(d.holiday);
    j["diubah_oleh"] = d.diubah_oleh;
    j["diubah"] = d.diubah;
    items.push_back(std::move(j));
  }
  return {{"tahun", list.tahun},
          {"lengkap", list.decree ? list.decree->complete : false},
          {"dasar", list.decree ? json(list.decree->basis) : json(nullptr)},
          {"items", items},
          {"total", items.size()},
          {"peringatan", warnings_json(list.peringatan)}};
}

json to_json(const services::CalendarStatus& status) {
  json years = json::array();
  for (const auto& y : status.tahun)
    years.push_back({{"tahun", y.year.year}, {"lengkap", y.year.complete}, {"dasar", y.year.basis}, {"hari", y.hari}});
  return {{"hari_ini", status.hari_ini.iso()}, {"tahun", years}, {"peringatan", warnings_json(status.peringatan)}};
}

std::string text_or_empty(const json& body, const char* name) { return text_field(body, name).value_or(""); }

Holiday holiday(const json& body, const Date& day) {
  const std::string jenis = text_or_empty(body, "jenis");
  const auto kind = parse_holiday_kind(jenis.empty() ? "libur_nasional" : jenis);
  if (!kind)
    throw ValidationError("jenis", "jenis_tidak_dikenal", "Jenis hari libur harus libur nasional atau cuti bersama");
  return {day, text_or_empty(body, "nama"), *kind, text_or_empty(body, "dasar")};
}

bool year_complete(const json& body) {
  const auto it = body.find("lengkap");
  if (it == body.end() || !it->is_boolean())
    throw ValidationError("lengkap", "tipe_salah", "Kolom 'lengkap' harus true atau false");
  return it->get<bool>();
}

}  // namespace lindungi::wire

#include "services/calendar_service.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "core/errors.hpp"
#include "formats/csv_reader.hpp"
#include "store/audit_store.hpp"
#include "store/calendar_store.hpp"

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& holiday_data();
}

namespace lindungi::services {

using nlohmann::json;

namespace {

const formats::CsvTable& shipped_table(std::string_view name) {
  static const std::map<std::string_view, formats::CsvTable> tables = [] {
    std::map<std::string_view, formats::CsvTable> out;
    for (const auto& [file, content] : embedded::holiday_data()) out.emplace(file, formats::parse_csv(content));
    return out;
  }();
  const auto it = tables.find(name);
  if (it == tables.end() || it->second.records.empty())
    throw std::runtime_error("holiday data missing: " + std::string{name});
  return it->second;
}

std::size_t column(const formats::CsvTable& t, std::string_view name) {
  const auto& header = t.records.front().fields;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  throw std::runtime_error("holiday data: no column " + std::string{name});
}

void require_manager(const Actor& actor) {
  if (!actor.can(Permission::manage_holidays))
    throw Forbidden("tidak_berwenang", "Hanya admin kota yang dapat mengubah data hari libur");
}

void require_reader(const Actor& actor) {
  if (actor.role == Role::publik) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
}

void check_year(int year) {
  if (year < 2015 || year > 2100)
    throw ValidationError("tahun", "tahun_tidak_valid", "Tahun harus antara 2015 dan 2100");
}

// A change as the audit log keeps it: field -> [old, new].
json diff(const std::optional<Holiday>& before, const std::optional<Holiday>& after) {
  auto val = [](const std::optional<Holiday>& h, auto get) { return h ? json(get(*h)) : json(); };
  return {
      {"tanggal",
       {val(before, [](const Holiday& h) { return h.date.iso(); }),
        val(after, [](const Holiday& h) { return h.date.iso(); })}},
      {"jenis",
       {val(before, [](const Holiday& h) { return std::string{to_string(h.kind)}; }),
        val(after, [](const Holiday& h) { return std::string{to_string(h.kind)}; })}},
      {"nama",
       {val(before, [](const Holiday& h) { return h.name; }), val(after, [](const Holiday& h) { return h.name; })}},
      {"dasar",
       {val(before, [](const Holiday& h) { return h.basis; }), val(after, [](const Holiday& h) { return h.basis; })}}};
}

std::vector<Holiday> holidays_of(const std::vector<store::HolidayRecord>& records) {
  std::vector<Holiday> out;
  out.reserve(records.size());
  for (const auto& r : records) out.push_back(r.holiday);
  return out;
}

std::vector<HolidayYear> years_of(const std::vector<store::HolidayYearRecord>& records) {
  std::vector<HolidayYear> out;
  out.reserve(records.size());
  for (const auto& r : records) out.push_back(r.year);
  return out;
}

}  // namespace

std::vector<Holiday> shipped_holidays() {
  const auto& t = shipped_table("libur_nasional.csv");
  const std::size_t c_date = column(t, "tanggal"), c_kind = column(t, "jenis"), c_name = column(t, "nama"),
                    c_basis = column(t, "dasar");
  std::vector<Holiday> out;
  for (std::size_t r = 1; r < t.records.size(); ++r) {
    const auto& f = t.records[r].fields;
    if (f.size() == 1 && f[0].empty()) continue;
    const auto date = parse_iso_date(f.at(c_date));
    const auto kind = parse_holiday_kind(f.at(c_kind));
    if (!date || !kind) throw std::runtime_error("holiday data: bad row " + std::to_string(r + 1));
    out.push_back({*date, f.at(c_name), *kind, f.at(c_basis)});
  }
  return out;
}

std::vector<HolidayYear> shipped_holiday_years() {
  const auto& t = shipped_table("libur_tahun.csv");
  const std::size_t c_year = column(t, "tahun"), c_complete = column(t, "lengkap"), c_basis = column(t, "dasar");
  std::vector<HolidayYear> out;
  for (std::size_t r = 1; r < t.records.size(); ++r) {
    const auto& f = t.records[r].fields;
    if (f.size() == 1 && f[0].empty()) continue;
    out.push_back({std::stoi(f.at(c_year)), f.at(c_complete) == "1", f.at(c_basis)});
  }
  return out;
}

void load_shipped_holidays(store::Store& store) {
  const auto years = shipped_holiday_years();
  std::set<int> known;
  store.read([&](store::Session& s) {
    for (const auto& y : s.calendar().years()) known.insert(y.year.year);
  });
  bool missing = false;
  for (const auto& y : years) missing = missing || !known.contains(y.year);
  if (!missing) return;
  const auto holidays = shipped_holidays();
  store.write([&](store::Session& s) {
    std::set<int> now;  // again inside the transaction: another process may have done it
    for (const auto& y : s.calendar().years()) now.insert(y.year.year);
    json added = json::array();
    std::size_t days = 0;
    for (const auto& y : years) {
      if (now.contains(y.year)) continue;
      for (const auto& h : holidays) {
        if (h.date.year != y.year) continue;
        store::HolidayRecord r{h, "sistem", ""};
        s.calendar().put_holiday(r);
        ++days;
      }
      store::HolidayYearRecord yr{y, "sistem", ""};
      s.calendar().put_year(yr);
      added.push_back(y.year);
    }
    if (!added.empty())
      s.audit().append({0, "", "sistem", "muat_hari_libur", "libur", "",
                        json{{"tahun", {nullptr, added}}, {"hari", {nullptr, days}}}.dump()});
  });
}

HolidayList CalendarService::list(const Actor& actor, int year) {
  require_reader(actor);
  check_year(year);
  std::vector<store::HolidayRecord> all;
  std::vector<store::HolidayYearRecord> years;
  HolidayList out;
  out.tahun = year;
  app_.store().read([&](store::Session& s) {
    out.items = s.calendar().holidays(year);
    all = s.calendar().holidays(std::nullopt);
    years = s.calendar().years();
  });
  for (const auto& y : years)
    if (y.year.year == year) out.decree = y.year;
  out.peringatan = calendar_warnings(app_.today(), years_of(years), holidays_of(all));
  return out;
}

CalendarStatus CalendarService::status(const Actor& actor) {
  require_reader(actor);
  std::vector<store::HolidayRecord> all;
  std::vector<store::HolidayYearRecord> years;
  app_.store().read([&](store::Session& s) {
    all = s.calendar().holidays(std::nullopt);
    years = s.calendar().years();
  });
  std::map<int, int> per_year;
  for (const auto& h : all) ++per_year[h.holiday.date.year];
  CalendarStatus out;
  out.hari_ini = app_.today();
  for (const auto& y : years) out.tahun.push_back({y.year, per_year[y.year.year]});
  out.peringatan = calendar_warnings(app_.today(), years_of(years), holidays_of(all));
  return out;
}

Holiday CalendarService::put(const Actor& actor, const Holiday& holiday) {
  require_manager(actor);
  if (auto problems = holiday_problems(holiday); !problems.empty()) throw ValidationError(std::move(problems));
  app_.store().write([&](store::Session& s) {
    const auto before = s.calendar().holiday(holiday.date);
    store::HolidayRecord r{holiday, actor.username, ""};
    s.calendar().put_holiday(r);
    s.audit().append({0, "", actor.username, before ? "ubah_hari_libur" : "tambah_hari_libur", "libur",
                      holiday.date.iso(),
                      diff(before ? std::optional<Holiday>(before->holiday) : std::nullopt, holiday).dump()});
  });
  app_.calendar_changed();
  return holiday;
}

void CalendarService::remove(const Actor& actor, const Date& day, const std::string& basis) {
  require_manager(actor);
  if (basis.size() < 3 || basis.size() > 300)
    throw ValidationError("dasar", "wajib_diisi",
                          "Dasar penghapusan wajib diisi: keputusan yang memindahkan atau membatalkan hari libur ini");
  app_.store().write([&](store::Session& s) {
    const auto before = s.calendar().holiday(day);
    if (!before || !s.calendar().delete_holiday(day))
      throw NotFound("libur_tidak_ada", "Tidak ada hari libur pada " + day.id());
    json change = diff(before->holiday, std::nullopt);
    change["dasar_penghapusan"] = {nullptr, basis};
    s.audit().append({0, "", actor.username, "hapus_hari_libur", "libur", day.iso(), change.dump()});
  });
  app_.calendar_changed();
}

HolidayYear CalendarService::set_year(const Actor& actor, int year, bool complete, const std::string& basis) {
  require_manager(actor);
  check_year(year);
  if (basis.size() < 3 || basis.size() > 300)
    throw ValidationError("dasar", "wajib_diisi", "Dasar wajib diisi: nomor SKB hari libur nasional dan cuti bersama");
  app_.store().write([&](store::Session& s) {
    std::optional<HolidayYear> before;
    for (const auto& y : s.calendar().years())
      if (y.year.year == year) before = y.year;
    store::HolidayYearRecord r{{year, complete, basis}, actor.username, ""};
    s.calendar().put_year(r);
    s.audit().append({0, "", actor.username, "tetapkan_tahun_libur", "libur_tahun", std::to_string(year),
                      json{{"lengkap", {before ? json(before->complete) : json(), complete}},
                           {"dasar", {before ? json(before->basis) : json(), basis}}}
                          .dump()});
  });
  app_.calendar_changed();
  return {year, complete, basis};
}

}  // namespace lindungi::services

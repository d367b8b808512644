#include "services/app.hpp"

#include <chrono>
#include <string_view>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "formats/csv_reader.hpp"

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& reference_data();
}

namespace lindungi::services {

std::vector<Region> reference_regions() {
  std::string_view csv;
  for (const auto& [name, content] : embedded::reference_data())
    if (name == "wilayah_kota_jambi.csv") csv = content;
  const auto table = formats::parse_csv(csv);
  if (table.records.empty()) throw std::runtime_error("reference data missing");
  const auto& header = table.records.front().fields;
  auto col = [&](std::string_view name) -> std::size_t {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    throw std::runtime_error("reference data: no column " + std::string{name});
  };
  const std::size_t c_kode = col("kode"), c_kec = col("kecamatan"), c_kel = col("kelurahan"),
                    c_kode_kec = col("kode_kecamatan"), c_bps = col("kode_bps"), c_lat = col("label_lat"),
                    c_lng = col("label_lng");

  std::vector<Region> out;
  out.push_back({"15", "Jambi", RegionLevel::provinsi, "", 0, 0});
  out.push_back({"15.71", "Kota Jambi", RegionLevel::kabkota, "1571", 0, 0});
  std::vector<std::string> seen_kecamatan;
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const auto& f = table.records[r].fields;
    const std::string& kec = f.at(c_kode_kec);
    bool seen = false;
    for (const auto& s : seen_kecamatan) seen = seen || s == kec;
    if (!seen) {
      seen_kecamatan.push_back(kec);
      out.push_back({kec, f.at(c_kec), RegionLevel::kecamatan, "", 0, 0});
    }
    out.push_back({f.at(c_kode), f.at(c_kel), RegionLevel::kelurahan, f.at(c_bps), std::stod(f.at(c_lat)),
                   std::stod(f.at(c_lng))});
  }
  return out;
}

App::App(std::unique_ptr<store::Store> store) : store_(std::move(store)), rules_(&RuleBook::standard()) {}

std::unique_ptr<App> App::open(const std::string& db_location) {
  std::unique_ptr<App> app(new App(store::open_store(db_location)));
  std::vector<Region> regions;
  app->store_->read([&](store::Session& s) { regions = s.regions(); });
  if (regions.empty()) {
    regions = reference_regions();
    app->store_->write([&](store::Session& s) {
      for (const auto& r : regions) s.put_region(r);
      s.append_audit({0, "", "sistem", "muat_wilayah", "wilayah", "15.71",
                      "{\"jumlah\": [null, " + std::to_string(regions.size()) + "]}"});
    });
  }
  for (auto& r : regions) app->regions_.add(std::move(r));
  // Claims (issue 5): uploaded documents live next to the database, never inside it. A database
  // server has no folder of its own (and its URL may hold a password): there the default is
  // var/berkas under the working directory, and a deployment passes `serve --files`.
  if (db_location.rfind("postgresql://", 0) == 0 || db_location.rfind("postgres://", 0) == 0) {
    app->files_dir_ = "var/berkas";
  } else {
    std::string path = db_location.rfind("sqlite:", 0) == 0 ? db_location.substr(7) : db_location;
    const auto slash = path.rfind('/');
    app->files_dir_ = (slash == std::string::npos ? std::string{} : path.substr(0, slash + 1)) + "berkas";
  }
  return app;
}

Date today_wib() {
  using namespace std::chrono;
  const auto wib = system_clock::now() + hours(7);
  return Date::from_serial(duration_cast<days>(wib.time_since_epoch()).count());
}

Date App::today() const { return fixed_today_ ? *fixed_today_ : today_wib(); }

ValidationContext App::validation_context(store::Session& session) const {
  ValidationContext ctx;
  ctx.today = today();
  ctx.regions = &regions_;
  ctx.programme = rules_->programme_at(ctx.today);
  ctx.rt_exists = [&session](std::string_view kode, int nomor) { return session.rt_exists(kode, nomor); };
  return ctx;
}

}  // namespace lindungi::services

// The claims report (GET /reports/claims, `lindungi claims report`): per kelurahan, cases and amounts
// over a period, with the scholarships due.
#include "core/claim_status.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"

namespace lindungi::services {

using nlohmann::json;
using namespace claims_detail;

json ClaimsService::report(const Actor& actor, const Date& from, const Date& to, const std::string& area) {
  require(actor, Permission::view_reports, "melihat laporan klaim");
  if (!area.empty() && !can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  if (to < from) throw ValidationError("sampai", "periode_tidak_valid", "Tanggal akhir sebelum tanggal awal");
  struct Row {
    std::int64_t dibuka = 0, dibayar = 0, tertunda = 0, ditolak = 0;
    Rupiah jumlah_dibayar = 0, beasiswa_dibayar = 0;
  };
  std::map<std::string, Row> rows;
  Row total;
  app_.store().read([&](store::Session& s) {
    for (const auto& c : s.claims().claims(area.empty() ? actor.area : area)) {
      if (!visible(actor, c)) continue;
      const std::string kel = parent_code(c.wilayah);
      Row& r = rows[kel];
      const Date opened = iso(c.dibuat_pada);
      const bool in_period = from <= opened && opened <= to;
      if (in_period) ++r.dibuka, ++total.dibuka;
      if (in_period && c.status == kClaimRejected) ++r.ditolak, ++total.ditolak;
      if (!c.dibayar_pada.empty() && from <= iso(c.dibayar_pada) && iso(c.dibayar_pada) <= to) {
        ++r.dibayar, ++total.dibayar;
        r.jumlah_dibayar += c.dibayar_jumlah;
        total.jumlah_dibayar += c.dibayar_jumlah;
      }
      if (opened <= to && claim_is_pending(c.status)) ++r.tertunda, ++total.tertunda;
      for (const auto& ch : s.claims().children(c.id))
        for (const auto& y : s.claims().scholarship_years(ch.id))
          if (!y.dibayar_pada.empty() && from <= iso(y.dibayar_pada) && iso(y.dibayar_pada) <= to) {
            r.beasiswa_dibayar += y.jumlah;
            total.beasiswa_dibayar += y.jumlah;
          }
    }
  });
  auto row_json = [](const Row& r) {
    return json{{"dibuka", r.dibuka},
                {"dibayar", r.dibayar},
                {"tertunda", r.tertunda},
                {"ditolak", r.ditolak},
                {"jumlah_dibayar", r.jumlah_dibayar},
                {"beasiswa_dibayar", r.beasiswa_dibayar}};
  };
  json items = json::array();
  for (const auto& [kode, r] : rows) {
    json j = row_json(r);
    j["kode"] = kode;
    const Region* region = app_.regions().find(kode);
    j["nama"] = region ? region->nama : "";
    items.push_back(j);
  }
  const int year = school_year_of(to);
  const auto due = scholarships_due(actor, year, area);
  return {{"dari", from.iso()},
          {"sampai", to.iso()},
          {"rows", items},
          {"total", row_json(total)},
          {"beasiswa_jatuh_tempo", scholarship_due_json(due, year)}};
}

}  // namespace lindungi::services

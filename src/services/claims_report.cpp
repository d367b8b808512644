// The claims report (GET /reports/claims, `lindungi claims report`): per kelurahan, cases and amounts
// over a period, with the scholarships due.
#include "core/claim_status.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"
#include "store/claims_store.hpp"

namespace lindungi::services {

using namespace claims_detail;

ClaimsReport ClaimsService::report(const Actor& actor, const Date& from, const Date& to, const std::string& area) {
  require(actor, Permission::view_reports, "melihat laporan klaim");
  if (!area.empty() && !can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  if (to < from) throw ValidationError("sampai", "periode_tidak_valid", "Tanggal akhir sebelum tanggal awal");
  using Row = ClaimsCount;
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
  ClaimsReport out{from, to, {}, total, school_year_of(to), {}};
  for (const auto& [kode, r] : rows) {
    const Region* region = app_.regions().find(kode);
    out.rows.push_back({kode, region ? region->nama : "", r});
  }
  out.due = scholarships_due(actor, out.school_year, area);
  return out;
}

}  // namespace lindungi::services

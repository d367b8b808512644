// The checks and conversions the parts of the billing service share (billing_detail.hpp).
#include "services/billing_detail.hpp"

#include "core/errors.hpp"
#include "core/funding.hpp"
#include "core/region.hpp"
#include "services/checks.hpp"
#include "store/funding_store.hpp"

namespace lindungi::services::billing_detail {

void require_viewer(const Actor& actor, const char* what) {
  if (!actor.can(Permission::manage_funding) && !actor.can(Permission::view_reports))
    throw Forbidden("tidak_berwenang", std::string{"Anda tidak berwenang melihat "} + what);
}

YearMonth month_of(const std::string& iso) { return {std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2))}; }

LedgerMonth ledger_month(const store::AllocationRecord& a) {
  return {month_of(a.bulan), a.iuran, a.dibayar, a.dibayar_pada.empty() ? std::nullopt : parse_iso_date(a.dibayar_pada),
          a.sumber_dana};
}

bool may_see_funder(const Actor& actor, const store::FunderRecord& f) {
  if (!actor.cohort.empty() && actor.cohort != f.kode) return false;
  return can_see_funder(actor, f.wilayah);
}

void require_funder(const Actor& actor, const store::FunderRecord& f, std::optional<std::int64_t> invoice) {
  if (!can_see_funder(actor, f.wilayah)) {
    if (invoice)
      throw NotFound("tagihan_tidak_ada", "Tagihan " + std::to_string(*invoice) + " tidak ditemukan", "tagihan");
    throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + f.kode + " tidak ditemukan", "sumber_dana");
  }
  require_cohort(actor, f.kode);  // a funder it sees but is not its cohort's: refused by name
}

void require_funder_write(const Actor& actor, const store::FunderRecord& f, std::optional<std::int64_t> invoice) {
  require_funder(actor, f, invoice);
  if (!can_manage_funder(actor, f.wilayah))
    throw Forbidden("di_luar_wilayah", "Sumber dana " + f.nama + " hanya dapat dikelola oleh wilayahnya",
                    "sumber_dana");
}

void require_funder_if_known(const Actor& actor, store::Session& s, const std::string& funder) {
  if (funder.empty()) return;
  if (const auto f = s.funding().funder(funder)) require_funder(actor, *f);
}

std::string area_or_actor(const Actor& actor, const std::string& area) {
  if (area.empty()) return actor.area;
  if (!level_of_code(area))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + area + "' tidak valid", "wilayah");
  if (!can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  return area;
}

}  // namespace lindungi::services::billing_detail

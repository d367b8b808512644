// Allocation of funds to workers: in bulk by the documented rule, and anew for the next fiscal
// year at its change (renewal), sending back to the kelurahan those who no longer qualify.
#include <algorithm>

#include "core/errors.hpp"
#include "core/funding.hpp"
#include "core/region.hpp"
#include "formats/record_json.hpp"
#include "services/billing_detail.hpp"
#include "services/billing_service.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

using namespace billing_detail;

BulkAllocation BillingService::allocate_by_rule(const Actor& actor, const AllocationRule& rule,
                                                const std::string& funder, YearMonth from, int months) {
  require(actor, Permission::manage_funding, "mengalokasikan dana");
  require_cohort(actor, funder);
  if (rule.batas < 1 || rule.batas > 5000)
    throw ValidationError("batas", "batas_tidak_valid", "Batas jumlah pekerja per alokasi 1-5.000");
  if (!rule.kategori.empty() && !find_code(categories(), rule.kategori))
    throw ValidationError("kategori", "kategori_tidak_dikenal", "Kategori '" + rule.kategori + "' tidak dikenal");
  if (!rule.pekerjaan.empty() && !find_code(occupations(), rule.pekerjaan))
    throw ValidationError("pekerjaan", "pekerjaan_tidak_dikenal", "Pekerjaan '" + rule.pekerjaan + "' tidak dikenal");
  const std::string area = area_or_actor(actor, rule.wilayah);
  BulkAllocation out;
  app_.store().write([&](store::Session& s) {
    std::vector<Worker> pool;
    store::WorkerQuery q;
    q.area = area;
    q.status = "diverifikasi";  // verified and not yet allocated to anyone
    q.kategori = rule.kategori;
    q.pekerjaan = rule.pekerjaan;
    q.sort = "dibuat";
    q.limit = 1000;
    for (q.offset = 0;; q.offset += q.limit) {
      auto page = s.registry().workers(q);
      for (auto& w : page.items) pool.push_back(std::move(w));
      if (static_cast<std::int64_t>(q.offset + q.limit) >= page.total || page.items.empty()) break;
    }
    std::stable_sort(pool.begin(), pool.end(), [](const Worker& a, const Worker& b) {
      if (a.penghasilan != b.penghasilan) return a.penghasilan < b.penghasilan;
      if (a.created_at != b.created_at) return a.created_at < b.created_at;
      return a.id < b.id;
    });
    if (static_cast<int>(pool.size()) > rule.batas) pool.resize(static_cast<std::size_t>(rule.batas));
    out.selected = static_cast<std::int64_t>(pool.size());
    if (pool.empty()) return;
    std::vector<std::int64_t> ids;
    for (const auto& w : pool) ids.push_back(w.id);
    out.items = allocate_in(app_, s, actor, ids, funder, from, months);
  });
  return out;
}
RenewalOutcome BillingService::renew(const Actor& actor, const std::string& funder, int new_year) {
  require(actor, Permission::manage_funding, "memperpanjang pendanaan");
  // The cohort is checked after visibility (require_funder_write): another area's funder answers 404.
  if (new_year < 2016 || new_year > 2100)
    throw ValidationError("tahun", "tahun_tidak_valid", "Tahun anggaran tidak valid");
  RenewalOutcome out;
  out.tahun = new_year;
  out.sumber_dana = funder;
  app_.store().write([&](store::Session& s) {
    // Each worker against his own kab/kota's rules in force on 1 January (issue 22 item 4).
    const ProgrammeRuleTable rules = app_.programme_rule_table(s);
    const auto f = s.funding().funder(funder);
    if (!f) throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + funder + " tidak ditemukan", "sumber_dana");
    require_funder_write(actor, *f);
    std::vector<std::int64_t> renew_ids;
    for (const auto id : s.billing().funded_workers(funder, YearMonth{new_year - 1, 12}.iso())) {
      auto w = s.registry().worker(id);
      if (!w || !can_access_area(actor, w->kode_rt())) continue;
      auto problems = renewal_problems(*w, rules.at(w->kode_rt(), Date{new_year, 1, 1}).programme(), new_year);
      if (w->status == "ditolak_bpjs")
        problems.push_back({"status", "ditolak_bpjs", "Pendaftaran ditolak BPJS: " + w->alasan});
      if (problems.empty()) {
        renew_ids.push_back(id);
        continue;
      }
      // Back to the kelurahan's queue, the reasons kept on the record (the verification
      // workflow decides "didata" records again).
      const Worker before = *w;
      std::string reason = "Verifikasi ulang " + std::to_string(new_year) + ":";
      for (const auto& p : problems) reason += " " + p.message + ";";
      w->status = "didata";
      w->alasan = reason;
      w->sumber_dana.clear();
      save_worker(s, *w);
      s.audit().append({0, "", actor.username, "verifikasi_ulang", "pekerja", std::to_string(id),
                        formats::json_text(formats::worker_changes(&before, *w))});
      out.reverify.push_back({id, w->nama, std::move(problems)});
    }
    for (std::size_t i = 0; i < renew_ids.size(); i += 5000) {
      const std::vector<std::int64_t> chunk(
          renew_ids.begin() + static_cast<std::ptrdiff_t>(i),
          renew_ids.begin() + static_cast<std::ptrdiff_t>(std::min(i + 5000, renew_ids.size())));
      auto outcomes = allocate_in(app_, s, actor, chunk, funder, YearMonth{new_year, 1}, 12);
      for (auto& o : outcomes) out.allocated.push_back(std::move(o));
    }
  });
  return out;
}

}  // namespace lindungi::services

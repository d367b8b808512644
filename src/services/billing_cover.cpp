// Cover and what pays for it: "covered on date D?" for one worker, an RT fund's year and each
// funder's budget use (allocated, billed, paid).
#include <map>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "services/billing_detail.hpp"
#include "services/billing_service.hpp"
#include "store/billing_store.hpp"
#include "store/calendar_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

using namespace billing_detail;

RtFundView BillingService::rt_fund(const Actor& actor, const std::string& kode_rt, int tahun,
                                   std::optional<int> workers, std::optional<int> months) {
  require_viewer(actor, "dana RT");
  if (level_of_code(kode_rt) != RegionLevel::rt)
    throw BadRequest("wilayah_tidak_valid", "Kode RT '" + kode_rt + "' tidak valid (mis. 15.71.01.1001.007)", "kode");
  if (!can_access_area(actor, kode_rt))
    throw Forbidden("di_luar_wilayah", "RT " + kode_rt + " di luar wilayah Anda", "kode");
  RtFundView v;
  v.kode_rt = kode_rt;
  v.tahun = tahun;
  v.sumber_dana = "dana_kampung_bahagia:" + kode_rt;
  Rupiah premiums = 0;
  Rupiah yearly = 0;
  bool exists = false;
  app_.store().read([&](store::Session& s) {
    // The fund of the RT's kab/kota in force on 1 January (issue 22 item 4); a kab/kota whose RTs
    // have no fund shows Rp0 and says so.
    const ProgrammeRuleSet rules = app_.programme_rules(s, kode_rt, Date{tahun, 1, 1});
    yearly = rules.dana_rt ? rules.dana_rt_per_tahun : 0;
    v.source = rules.dana_rt ? rules.dasar_hukum : rules.dasar_hukum + ": kabupaten/kota ini tidak mempunyai dana RT";
    exists = !s.registry().rts(kode_rt).empty();
    std::int64_t last = 0;
    s.billing().for_each_funded_month({v.sumber_dana, kode_rt, tahun}, [&](const store::FundedMonth& m) {
      premiums += m.alokasi.iuran;
      if (m.alokasi.pekerja_id != last) ++v.pekerja;
      last = m.alokasi.pekerja_id;
    });
  });
  if (!exists) throw NotFound("rt_tidak_ada", "RT " + kode_rt + " tidak ditemukan", "kode");
  v.use = rt_fund_use(yearly, premiums);
  if (workers || months) {
    const Rupiah lowest = app_.rules().premium_at(app_.today()).bracket_min;
    // The RT pays the lowest bracket, in full: its fund is APBD money (RULES.md §2.3, U).
    v.calculator = compute_premium(
        app_.rules(), PremiumRequest{lowest, false, months.value_or(12), workers.value_or(1), app_.today()});
  }
  return v;
}

std::vector<FunderUse> BillingService::funder_use(const Actor& actor, int tahun) {
  require_viewer(actor, "penggunaan anggaran");
  std::vector<FunderUse> out;
  app_.store().read([&](store::Session& s) {
    std::map<std::string, store::FunderBilling> billed;
    for (auto& b : s.billing().funder_billing(tahun)) billed.emplace(b.sumber_dana, b);
    for (const auto& f : s.funding().funders()) {
      if (!may_see_funder(actor, f)) continue;
      const auto b = s.funding().budget(f.kode, tahun);
      const auto it = billed.find(f.kode);
      if (!b && it == billed.end()) continue;
      FunderUse u{f.kode,
                  f.nama,
                  f.jenis,
                  tahun,
                  b ? b->pagu : 0,
                  b ? b->kuota : 0,
                  b ? b->terpakai : 0,
                  b ? b->pekerja : 0,
                  it != billed.end() ? it->second.ditagih : 0,
                  it != billed.end() ? it->second.dibayar : 0,
                  0};
      u.sisa = u.pagu - u.dialokasikan;
      out.push_back(u);
    }
  });
  return out;
}

CoverAnswer BillingService::covered(const Actor& actor, const std::string& nik, const Date& day) {
  require(actor, Permission::view_workers, "melihat data pekerja");
  std::optional<Worker> w;
  std::vector<store::AllocationRecord> allocations;
  std::optional<store::WorkerAnswers> answers;
  app_.store().read([&](store::Session& s) {
    w = s.registry().worker_by_nik(nik);
    if (!w) return;
    allocations = s.funding().allocations_of(w->id);
    answers = answers_of_worker(s, w->id);
  });
  if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
    throw NotFound("pekerja_tidak_ada", "Pekerja dengan NIK tersebut tidak ditemukan", "nik");
  std::vector<LedgerMonth> months;
  for (const auto& a : allocations)  // a month BPJS's answers do not let us bill is no cover
    if (billable(answers ? &*answers : nullptr, month_of(a.bulan))) months.push_back(ledger_month(a));
  const auto calendar = app_.calendar();
  CoverAnswer a{*w, day, covered_on(app_.rules(), months, day, app_.today(), calendar.get()),
                ledger_states(app_.rules(), months, app_.today(), calendar.get())};
  return a;
}

}  // namespace lindungi::services

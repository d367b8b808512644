#include "demo/demo_claims.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/claims.hpp"
#include "core/ledger.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"
#include "store/calendar_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::demo {

namespace {

// A scanned document stands in for each paper the checklist asks for: the service checks the type
// by content (a PDF header) and keeps the file outside the database like any upload.
std::string demo_pdf(const std::string& what) {
  return "%PDF-1.4\n% Dokumen demo Lindungi: " + what + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
}

// Active, city-funded, with a spouse and two children of school age: the family the scholarship
// story needs (and a plausible one for the others).
bool suitable(const Worker& w, const Date& today) {
  int spouse = 0, pupils = 0;
  for (const auto& h : w.ahli_waris) {
    spouse += h.hubungan == "istri" || h.hubungan == "suami";
    if (h.hubungan == "anak" && h.tanggal_lahir) {
      const int age = h.tanggal_lahir->age_on(today);
      pupils += age >= 7 && age <= 17;
    }
  }
  return spouse > 0 && pupils >= 2;
}

enum class Story { jkk_death_paid, jkm_submitted, jkm_draft, stmb_approved };

struct Plan {
  Story story;
  int days_ago;
};

constexpr Plan kPlans[] = {
    {Story::jkk_death_paid, 75}, {Story::jkm_submitted, 30}, {Story::jkm_draft, 8}, {Story::stmb_approved, 40}};

// The day a story's event happened: `days_ago` before today, but never in this month, whose
// premium the demo leaves open (demo_billing): every event then falls in a paid month, on any
// date (issue 15).
Date event_day(const Date& today, int days_ago) {
  const Date last_paid_day = YearMonth::of(today).first_day().add_days(-1);
  return std::min(today.add_days(-days_ago), last_paid_day);
}

void upload_documents(services::ClaimsService& claims, const Actor& actor, std::int64_t id, bool all) {
  const services::ClaimView view = claims.get(actor, id);
  bool skipped = false;
  for (const auto& entry : view.dokumen) {
    if (!entry.item.wajib) continue;
    // The draft story lacks its last required paper, so its checklist shows what is missing.
    if (!all && !skipped && entry.item.kode != "kartu_peserta") {
      skipped = true;
      continue;
    }
    const std::string& kode = entry.item.kode;
    claims.upload_document(actor, id, kode, kode + ".pdf", demo_pdf(entry.item.label));
  }
}

}  // namespace

int demo_claim_deaths() {
  int deaths = 0;
  for (const Plan& plan : kPlans) deaths += plan.story != Story::stmb_approved;
  return deaths;
}

int add_demo_claims(services::App& app, std::uint64_t seed) {
  const Date today = app.today();
  const auto& plans = kPlans;
  const auto calendar = app.calendar();
  std::vector<Worker> candidates;
  app.store().read([&](store::Session& s) {
    store::WorkerQuery q;
    q.status = "aktif";
    q.kategori = "pekerja_rentan";
    q.sumber_dana = "apbd_kota";
    q.sort = "nik";
    q.limit = 400;
    const auto page = s.registry().workers(q);
    for (const auto& listed : page.items) {
      auto w = s.registry().worker(listed.id);  // with its heirs, which a listing may leave out
      if (!w || !suitable(*w, today)) continue;
      // Covered on every story's event date.
      const auto months = services::claims_detail::ledger_months(s.funding().allocations_of(w->id));
      bool covered = true;
      for (const Plan& plan : plans)
        covered =
            covered && covered_on(app.rules(), months, event_day(today, plan.days_ago), today, calendar.get()).cover ==
                           Cover::covered;
      if (covered) candidates.push_back(std::move(*w));
    }
  });
  if (candidates.empty()) return 0;

  const Actor officer = Actor::system("demo");
  // Issue 16 item 4: a claim's approval and its payout are two people's, in the demo too.
  const Actor payer = Actor::system("demo.pembayar");
  services::ClaimsService claims(app);
  std::size_t next = static_cast<std::size_t>(seed * 7919) % candidates.size();
  int made = 0;
  for (const Plan& plan : plans) {
    if (made >= static_cast<int>(candidates.size())) break;
    const Worker& w = candidates[(next++) % candidates.size()];
    services::EventInput e;
    e.pekerja_id = w.id;
    e.tanggal = event_day(today, plan.days_ago);
    switch (plan.story) {
      case Story::jkk_death_paid:
        e.jenis = "meninggal";
        e.kecelakaan_kerja = true;
        e.tempat = "Jalan Sultan Thaha, Pasar";
        e.uraian = "Tertabrak kendaraan saat bekerja (data demo)";
        break;
      case Story::jkm_submitted:
      case Story::jkm_draft:
        e.jenis = "meninggal";
        e.tempat = "Rumah";
        e.uraian = "Meninggal karena sakit (data demo)";
        break;
      case Story::stmb_approved:
        e.jenis = "kecelakaan";
        e.kecelakaan_kerja = true;
        e.akibat = "stmb";
        e.bulan_stmb = 2;
        e.tempat = "Pangkalan ojek";
        e.uraian = "Terjatuh saat bekerja, patah tangan (data demo)";
        break;
    }
    const std::int64_t id = claims.record_event(officer, e).claim.id;
    ++made;
    if (plan.story == Story::jkm_draft) {
      upload_documents(claims, officer, id, false);
      continue;
    }
    upload_documents(claims, officer, id, true);
    claims.submit(officer, id);
    if (plan.story == Story::jkm_submitted) continue;
    claims.decide(officer, id, "disetujui", "", std::nullopt);
    if (plan.story == Story::stmb_approved) continue;
    const services::ClaimView approved = claims.get(officer, id);
    claims.pay(payer, id, approved.claim.jumlah_disetujui, today, "DEMO-KLAIM-" + std::to_string(id));
    // The first child's scholarship for this school year, proved and paid.
    const services::ClaimView paid = claims.get(officer, id);
    if (!paid.beasiswa_anak.empty()) {
      const auto& child = paid.beasiswa_anak[0].child;
      const int year = school_year_of(today);
      const auto birth = parse_iso_date(child.tanggal_lahir);
      const int age = birth ? birth->age_on(today) : 10;
      const std::string level = age <= 12 ? "tk_sd" : age <= 15 ? "smp" : "sma";
      const auto recorded = claims.record_enrolment(officer, child.id, year, level,
                                                    "Surat keterangan aktif sekolah (data demo)", false, false, false);
      claims.pay_scholarship(officer, recorded.year.id, today, "DEMO-BEASISWA-" + std::to_string(id));
    }
  }
  return made;
}

}  // namespace lindungi::demo

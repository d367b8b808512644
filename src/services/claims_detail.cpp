// What the parts of the claims service share (claims_detail.hpp): checks, the audit entry and
// the case as the API shows it.
#include "services/claims_detail.hpp"

#include <map>
#include <sstream>

#include "core/claim_status.hpp"
#include "core/errors.hpp"
#include "core/ledger.hpp"
#include "core/money.hpp"
#include "core/nik.hpp"
#include "core/region.hpp"
#include "formats/report_json.hpp"
#include "formats/worker_json.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"
#include "services/two_person.hpp"
#include "store/refusals.hpp"

namespace lindungi::services {

using nlohmann::json;

namespace claims_detail {

void require(const Actor& actor, Permission p, const char* what) {
  if (!actor.can(p)) throw Forbidden("tidak_berwenang", std::string{"Anda tidak berwenang "} + what);
}

void require_step(const Actor& actor, ClaimStep step, const char* what) {
  if (const auto who = claim_step_rule(step).who) require(actor, *who, what);
}

const ClaimTransition& transition_of(ClaimStep step, const store::ClaimRecord& c) {
  const ClaimTransition* t = claim_transition(step, c.status);
  if (!t) throw Conflict("status_tidak_sesuai", *claim_step_problem(step, c.status));
  return *t;
}

NotFound claim_not_found(std::int64_t id) {
  return NotFound("klaim_tidak_ada", "Kasus klaim dengan id " + std::to_string(id) + " tidak ditemukan");
}

// A case is visible to an actor who may see its worker: inside the area, and in the cohort.
bool visible(const Actor& actor, const store::ClaimRecord& c) {
  return can_access_area(actor, c.wilayah) && (actor.cohort.empty() || actor.cohort == c.sumber_dana);
}

store::ClaimRecord load_claim(store::Session& s, const Actor& actor, std::int64_t id) {
  auto c = s.claims().claim(id);
  if (!c || !visible(actor, *c)) throw claim_not_found(id);
  return *c;
}

std::vector<LedgerMonth> ledger_months(const std::vector<store::AllocationRecord>& allocations) {
  std::vector<LedgerMonth> months;
  for (const auto& a : allocations)
    months.push_back({{std::stoi(a.bulan.substr(0, 4)), std::stoi(a.bulan.substr(5, 2))},
                      a.iuran,
                      a.dibayar,
                      a.dibayar_pada.empty() ? std::nullopt : parse_iso_date(a.dibayar_pada),
                      a.sumber_dana});
  return months;
}

Date iso(const std::string& text) { return parse_iso_date(text.substr(0, 10)).value_or(Date{}); }

void audit(store::Session& s, const Actor& actor, const std::string& aksi, std::int64_t id, const json& changes) {
  s.append_audit({0, "", actor.username, aksi, "klaim", std::to_string(id), formats::json_text(changes)});
}

// What the case shows: the record, its checklist with what was uploaded, the SLA clock, expiry,
// scholarship children with their years.
json claim_json(App& app, store::Session& s, const store::ClaimRecord& c, const std::string& pekerja) {
  const Date event = iso(c.tanggal_kejadian);
  const ClaimRule& rule = app.rules().claim_at(event);
  const ClaimKind kind = parse_claim_kind(c.jenis_klaim).value_or(ClaimKind::jkm);
  const json heirs = json::parse(c.ahli_waris, nullptr, false);
  bool spouse = false;
  if (heirs.is_object() && heirs.contains("penerima"))
    for (const auto& h : heirs["penerima"])
      spouse = spouse || h.value("hubungan", "") == "suami" || h.value("hubungan", "") == "istri";
  const auto docs = s.claims().documents(c.id);
  json checklist = json::array();
  for (const auto& item : claim_checklist(rule, kind, c.manfaat_total, spouse)) {
    json uploaded = json::array();
    for (const auto& d : docs)
      if (d.kode == item.kode)
        uploaded.push_back({{"id", d.id},
                            {"nama_berkas", d.nama_berkas},
                            {"jenis", d.jenis},
                            {"ukuran", d.ukuran},
                            {"sha256", d.sha256},
                            {"diunggah_oleh", d.diunggah_oleh},
                            {"diunggah_pada", d.diunggah_pada}});
    checklist.push_back({{"kode", item.kode},
                         {"label", item.label},
                         {"wajib", item.wajib},
                         {"dasar", item.dasar},
                         {"ada", !uploaded.empty()},
                         {"berkas", uploaded}});
  }
  json sla = nullptr;
  if (!c.dokumen_lengkap_pada.empty()) {
    const auto holidays = app.calendar();  // the deployment's holidays (issue 15)
    const WorkCalendar& calendar = *holidays;
    const Date due = sla_due_date(calendar, rule, kind, iso(c.dokumen_lengkap_pada));
    const Date until = c.dibayar_pada.empty() ? app.today() : iso(c.dibayar_pada);
    const int late = late_working_days(calendar, due, until);
    const Rupiah basis = c.jumlah_disetujui > 0 ? c.jumlah_disetujui : c.manfaat_total;
    sla = {{"hari_kerja", sla_working_days(rule, kind)},
           {"mulai", c.dokumen_lengkap_pada.substr(0, 10)},
           {"jatuh_tempo", due.iso()},
           {"jatuh_tempo_teks", due.id()},
           {"hari_terlambat", late},
           {"denda_keterlambatan", late_penalty(rule, basis, late)},
           {"denda_keterlambatan_teks", format_rupiah(late_penalty(rule, basis, late))},
           {"dasar", rule.source + ": dibayar paling lambat " + std::to_string(sla_working_days(rule, kind)) +
                         " hari kerja setelah dokumen lengkap; 1% manfaat per hari keterlambatan"}};
  }
  const Date expiry = claim_expiry(rule, event);
  json children = json::array();
  for (const auto& ch : s.claims().children(c.id)) {
    json years = json::array();
    for (const auto& y : s.claims().scholarship_years(ch.id))
      years.push_back({{"id", y.id},
                       {"tahun_ajaran", school_year_label(y.tahun_ajaran)},
                       {"jenjang", y.jenjang},
                       {"jumlah", y.jumlah},
                       {"bukti", y.bukti},
                       {"dibayar_pada", y.dibayar_pada},
                       {"referensi", y.referensi}});
    children.push_back({{"id", ch.id},
                        {"nama", ch.nama},
                        {"nik", ch.nik.empty() ? "" : mask_nik(ch.nik)},
                        {"tanggal_lahir", ch.tanggal_lahir},
                        {"urutan", ch.urutan},
                        {"tahun", years}});
  }
  return {{"id", c.id},
          {"pekerja_id", c.pekerja_id},
          {"pekerja", pekerja},
          {"wilayah", c.wilayah},
          {"sumber_dana", c.sumber_dana},
          {"kejadian",
           {{"jenis", c.jenis_kejadian},
            {"tanggal", c.tanggal_kejadian},
            {"tanggal_teks", event.id()},
            {"kecelakaan_kerja", c.kecelakaan_kerja},
            {"akibat", c.akibat},
            {"tempat", c.tempat},
            {"uraian", c.uraian}}},
          {"jenis_klaim", c.jenis_klaim},
          {"status", c.status},
          {"pertanggungan",
           {{"keputusan", c.pertanggungan},
            {"alasan", c.alasan_pertanggungan},
            {"dikonfirmasi_oleh", c.konfirmasi_oleh},
            {"dikonfirmasi_pada", c.konfirmasi_pada}}},
          {"manfaat", json::parse(c.manfaat, nullptr, false)},
          {"manfaat_total", c.manfaat_total},
          {"manfaat_total_teks", format_rupiah(c.manfaat_total)},
          {"ahli_waris", heirs},
          {"pengembalian_iuran", c.pengembalian},
          {"pengembalian_iuran_teks", format_rupiah(c.pengembalian)},
          {"bulan_dibatalkan", json::parse(c.bulan_dibatalkan, nullptr, false)},
          {"dokumen", checklist},
          {"dokumen_lengkap_pada", c.dokumen_lengkap_pada},
          {"diajukan_pada", c.diajukan_pada},
          {"keputusan",
           {{"hasil", c.keputusan},
            {"alasan", c.alasan_keputusan},
            {"oleh", c.diputus_oleh},
            {"pada", c.diputus_pada},
            {"jumlah_disetujui", c.jumlah_disetujui}}},
          {"pembayaran", {{"jumlah", c.dibayar_jumlah}, {"tanggal", c.dibayar_pada}, {"referensi", c.referensi}}},
          {"sla", sla},
          {"kedaluwarsa_pada", expiry.iso()},
          {"kedaluwarsa_teks", expiry.id()},
          {"kedaluwarsa", app.today() > expiry},
          {"beasiswa_anak", children},
          {"dibuat_oleh", c.dibuat_oleh},
          {"dibuat_pada", c.dibuat_pada},
          {"versi", c.versi}};
}

std::string worker_name(store::Session& s, std::int64_t id) {
  const auto w = s.worker(id);
  return w ? w->nama : "";
}

void save_claim(store::Session& s, store::ClaimRecord& c) {
  try {
    s.claims().update_claim(c);
  } catch (const store::StaleVersion&) {
    throw Conflict("versi_berubah", "Kasus klaim telah diubah orang lain; muat ulang lalu coba lagi", "versi");
  }
}

json claim_view(App& app, store::Session& s, const store::ClaimRecord& c) {
  return claim_json(app, s, c, worker_name(s, c.pekerja_id));
}

std::string now_iso(App& app) { return app.today().iso(); }

bool all_required_present(App& app, store::Session& s, const store::ClaimRecord& c) {
  const json view = claim_view(app, s, c);
  for (const auto& item : view["dokumen"])
    if (item["wajib"].get<bool>() && !item["ada"].get<bool>()) return false;
  return true;
}

}  // namespace claims_detail

}  // namespace lindungi::services

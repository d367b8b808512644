// Claim cases (docs/CLAIMS.md): the event on a worker opens the case; then cover confirmed,
// submitted, decided and paid, each step checked against the claim status rule (core).
#include <map>
#include <sstream>

#include "core/claim_status.hpp"
#include "core/errors.hpp"
#include "core/ledger.hpp"
#include "core/money.hpp"
#include "core/nik.hpp"
#include "core/region.hpp"
#include "formats/record_json.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"
#include "services/messages_service.hpp"
#include "services/two_person.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/calendar_store.hpp"
#include "store/claims_store.hpp"
#include "store/funding_store.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

using nlohmann::json;

using namespace claims_detail;

ClaimView ClaimsService::record_event(const Actor& actor, const EventInput& in) {
  require(actor, Permission::manage_claims, "mencatat kejadian klaim");
  std::vector<FieldError> errors;
  if (in.jenis != "meninggal" && in.jenis != "kecelakaan")
    errors.push_back({"jenis", "jenis_tidak_dikenal", "Jenis kejadian harus 'meninggal' atau 'kecelakaan'"});
  if (!in.tanggal)
    errors.push_back({"tanggal", "wajib_diisi", "Tanggal kejadian wajib diisi (YYYY-MM-DD)"});
  else if (*in.tanggal > app_.today())
    errors.push_back({"tanggal", "tanggal_di_masa_depan", "Tanggal kejadian tidak boleh setelah hari ini"});
  else if (*in.tanggal < Date{2015, 7, 1})
    errors.push_back({"tanggal", "tanggal_tidak_valid", "Tanggal kejadian sebelum program BPU (1 Juli 2015)"});
  if (in.tempat.size() > 200)
    errors.push_back({"tempat", "terlalu_panjang", "Tempat kejadian paling banyak 200 karakter"});
  if (in.uraian.size() > 2000) errors.push_back({"uraian", "terlalu_panjang", "Uraian paling banyak 2.000 karakter"});
  if (!errors.empty()) throw ValidationError(std::move(errors));
  const Date event = *in.tanggal;
  const EventFacts facts{in.jenis == "meninggal", in.kecelakaan_kerja, in.akibat};
  const ClaimKind kind = claim_kind_for(facts);
  // Named as the API names them (the calculator's own names are the CLI's).
  if (kind == ClaimKind::jkk_stmb && (in.bulan_stmb < 1 || in.bulan_stmb > 120))
    errors.push_back({"bulan_stmb", "bulan_tidak_valid", "Lama tidak mampu bekerja harus 1-120 bulan"});
  if (kind == ClaimKind::jkk_partial && in.bagian_tubuh.empty() && (in.persen < 1 || in.persen > 100))
    errors.push_back(
        {"persen", "persen_tidak_valid", "Pilih bagian tubuh dari tabel cacat, atau isi persentase cacat 1-100"});
  if (kind == ClaimKind::jkk_partial && (in.persen_fungsi < 1 || in.persen_fungsi > 100))
    errors.push_back({"persen_fungsi", "persen_tidak_valid", "Persentase kehilangan fungsi harus 1-100"});
  if (!errors.empty()) throw ValidationError(std::move(errors));
  const ClaimRule& rule = app_.rules().claim_at(event);
  ClaimView out;
  app_.store().write([&](store::Session& s) {
    auto w = s.registry().worker(in.pekerja_id);
    if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(in.pekerja_id) + " tidak ditemukan",
                     "pekerja_id");
    for (const auto& other : s.claims().claims_of_worker(w->id)) {
      if (other.jenis_kejadian != "meninggal") continue;
      const std::string when = iso(other.tanggal_kejadian).id();
      if (facts.death)
        throw Conflict("kematian_sudah_dicatat",
                       "Kematian " + w->nama + " sudah dicatat pada kasus klaim #" + std::to_string(other.id) +
                           " (meninggal " + when + ")",
                       "jenis");
      if (event >= iso(other.tanggal_kejadian))
        throw Conflict("pekerja_sudah_meninggal",
                       w->nama + " sudah meninggal pada " + when + "; kecelakaan setelahnya tidak dapat dicatat",
                       "tanggal");
    }
    const auto allocations = s.funding().allocations_of(w->id);
    const auto months = ledger_months(allocations);
    const CoverDecision cover = covered_on(app_.rules(), months, event, app_.today(), app_.calendar().get());

    BenefitInput bi{w->penghasilan, in.persen, in.persen_fungsi, in.bagian_tubuh, in.bulan_stmb};
    const BenefitQuote quote = claim_benefit(app_.rules(), kind, bi, event);

    // Heirs receive a death benefit; the worker receives their own disability or STMB.
    json heirs;
    if (is_death(kind)) {
      const HeirProposal p = propose_heirs(w->ahli_waris);
      json recipients = json::array();
      for (const auto& h : p.recipients)
        recipients.push_back(
            {{"nama", h.nama}, {"hubungan", h.hubungan}, {"nik", h.nik.empty() ? "" : mask_nik(h.nik)}});
      json all = json::array();
      for (const auto& h : w->ahli_waris)
        all.push_back({{"nama", h.nama},
                       {"hubungan", h.hubungan},
                       {"golongan", heir_rank(h.hubungan) > 5 ? 0 : heir_rank(h.hubungan)}});
      heirs = {{"golongan", p.group}, {"penerima", recipients}, {"penjelasan", p.explanation}, {"tercatat", all}};
    } else {
      heirs = {{"golongan", 0},
               {"penerima", json::array({{{"nama", w->nama}, {"hubungan", "peserta"}, {"nik", mask_nik(w->nik)}}})},
               {"penjelasan", "Manfaat cacat/STMB dibayarkan kepada peserta sendiri (PP 44/2015 Pasal 37)"},
               {"tercatat", json::array()}};
    }

    store::ClaimRecord c;
    c.pekerja_id = w->id;
    c.wilayah = w->kode_rt();
    c.sumber_dana = w->sumber_dana;
    c.jenis_kejadian = in.jenis;
    c.kecelakaan_kerja = in.kecelakaan_kerja;
    c.akibat = facts.death ? "" : in.akibat;
    c.tanggal_kejadian = event.iso();
    c.tempat = in.tempat;
    c.uraian = in.uraian;
    c.jenis_klaim = std::string{to_string(kind)};
    c.status = std::string{kClaimDraft};
    c.pertanggungan = std::string{to_string(cover.cover)};
    c.alasan_pertanggungan = cover.reason;
    c.manfaat = formats::json_text(formats::benefit_record_json(quote));
    c.manfaat_total = quote.total;
    c.dibuat_oleh = actor.username;
    c.dibuat_pada = now_iso(app_);

    // A death stops future premiums: unpaid months after the event month are removed from the
    // ledger (no money moved; the audit keeps them); paid ones are refunded (Probis item 10).
    json removed = json::array();
    if (facts.death) {
      for (const auto& a : s.claims().remove_unpaid_allocations_after(w->id, YearMonth::of(event).iso()))
        removed.push_back({{"bulan", a.bulan}, {"sumber_dana", a.sumber_dana}, {"iuran", a.iuran}});
      c.pengembalian = refund_after_event(months, event);
      c.bulan_dibatalkan = formats::json_text(removed);
    }

    // Scholarship children: JKM needs the minimum contribution period (paid months, counted
    // cumulatively: RULES.md §8 q.7 is open), JKK death and total disability none.
    std::vector<ChildStatus> kids;
    for (const auto& h : w->ahli_waris)
      if (h.hubungan == "anak") kids.push_back({h});
    int paid_months = 0;
    for (const auto& m : months) paid_months += m.billed > 0 && m.paid >= m.billed && m.month <= YearMonth::of(event);
    std::optional<ScholarshipDecision> scholarship;
    if (kind == ClaimKind::jkm || kind == ClaimKind::jkk_death || kind == ClaimKind::jkk_total) {
      scholarship =
          scholarship_children(kids, is_jkk(kind), paid_months, event, app_.today(), rule.jkm_scholarship_min_months);
      heirs["beasiswa"] = {{"masa_iur_bulan", paid_months},
                           {"syarat_masa_iur_bulan", is_jkk(kind) ? 0 : rule.jkm_scholarship_min_months},
                           {"alasan", scholarship->reasons}};
    }
    c.ahli_waris = formats::json_text(heirs);
    try {
      s.claims().insert_claim(c);
    } catch (const store::UniqueViolation&) {
      throw Conflict("kematian_sudah_dicatat", "Kematian pekerja ini sudah dicatat", "jenis_kejadian");
    }
    MessageWriter(app_, s).claim_status(c);  // the case opened: its first status, in this transaction
    if (scholarship) {
      int order = 0;
      for (const auto& child : scholarship->eligible) {
        store::ScholarshipChildRecord r{
            0, c.id, child.nama, child.nik, child.tanggal_lahir ? child.tanggal_lahir->iso() : "", ++order};
        s.claims().add_child(r);
      }
    }

    if (facts.death) {
      Worker before = *w;
      w->status = "meninggal";
      w->alasan = "Meninggal " + event.id() + " (kasus klaim #" + std::to_string(c.id) + ")";
      save_worker(s, *w);
      json changes = formats::worker_changes(&before, *w);
      changes["alokasi_dihapus"] = {removed, nullptr};
      s.audit().append(
          {0, "", actor.username, "meninggal", "pekerja", std::to_string(w->id), formats::json_text(changes)});
    }
    audit(s, actor, "catat_kejadian", c.id,
          {{"pekerja_id", {nullptr, w->id}},
           {"kejadian", {nullptr, c.jenis_kejadian}},
           {"tanggal", {nullptr, c.tanggal_kejadian}},
           {"kecelakaan_kerja", {nullptr, c.kecelakaan_kerja}},
           {"jenis_klaim", {nullptr, c.jenis_klaim}},
           {"pertanggungan", {nullptr, c.pertanggungan}},
           {"manfaat_total", {nullptr, c.manfaat_total}},
           {"pengembalian", {nullptr, c.pengembalian}}});
    out = claim_view(app_, s, c, w->nama);
  });
  return out;
}

ClaimView ClaimsService::get(const Actor& actor, std::int64_t id) {
  require(actor, Permission::view_workers, "melihat kasus klaim");
  ClaimView out;
  app_.store().read([&](store::Session& s) { out = claim_view(app_, s, load_claim(s, actor, id)); });
  return out;
}

std::vector<ClaimListItem> ClaimsService::list(const Actor& actor, const std::string& area, const std::string& status,
                                               std::int64_t pekerja_id) {
  require(actor, Permission::view_workers, "melihat kasus klaim");
  if (!area.empty() && !can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  std::vector<ClaimListItem> items;
  app_.store().read([&](store::Session& s) {
    for (auto& c : s.claims().claims(area.empty() ? actor.area : area)) {
      if (!visible(actor, c) || (!status.empty() && c.status != status)) continue;
      if (pekerja_id != 0 && c.pekerja_id != pekerja_id) continue;
      std::string name = worker_name(s, c.pekerja_id);
      items.push_back({std::move(c), std::move(name)});
    }
  });
  return items;
}

store::Page<ClaimListItem> ClaimsService::list(const Actor& actor, const std::string& area, const std::string& status,
                                               std::int64_t pekerja_id, int offset, int limit) {
  require(actor, Permission::view_workers, "melihat kasus klaim");
  if (!area.empty() && !can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  store::Page<ClaimListItem> out;
  app_.store().read([&](store::Session& s) {
    // visible() as the query's condition: the area (within the actor's, checked above) and the cohort.
    auto page =
        s.claims().claims_page(area.empty() ? actor.area : area, status, pekerja_id, actor.cohort, offset, limit);
    out.total = page.total;
    for (auto& c : page.items) {
      std::string name = worker_name(s, c.pekerja_id);
      out.items.push_back({std::move(c), std::move(name)});
    }
  });
  return out;
}

ClaimView ClaimsService::confirm_cover(const Actor& actor, std::int64_t id, const std::string& keputusan,
                                       const std::string& alasan) {
  require(actor, Permission::decide_claims, "mengonfirmasi pertanggungan klaim");
  if (keputusan != "terlindungi" && keputusan != "tidak_terlindungi")
    throw ValidationError("keputusan", "keputusan_tidak_dikenal",
                          "Keputusan harus 'terlindungi' atau 'tidak_terlindungi'");
  if (alasan.empty() || alasan.size() > 1000)
    throw ValidationError("alasan", "wajib_diisi", "Alasan konfirmasi wajib diisi (paling banyak 1.000 karakter)");
  ClaimView out;
  app_.store().write([&](store::Session& s) {
    auto c = load_claim(s, actor, id);
    if (c.pertanggungan != "perlu_konfirmasi")
      throw Conflict("tidak_perlu_konfirmasi",
                     "Pertanggungan kasus ini sudah diputuskan: " + std::string{cover_label(c.pertanggungan)},
                     "keputusan");
    const std::string before = c.pertanggungan;
    c.pertanggungan = keputusan;
    c.alasan_pertanggungan += "; dikonfirmasi: " + alasan;
    c.konfirmasi_oleh = actor.username;
    c.konfirmasi_pada = now_iso(app_);
    save_claim(app_, s, c);
    audit(s, actor, "konfirmasi_pertanggungan", id,
          {{"pertanggungan", {before, keputusan}}, {"alasan", {nullptr, alasan}}});
    out = claim_view(app_, s, c);
  });
  return out;
}

ClaimView ClaimsService::submit(const Actor& actor, std::int64_t id) {
  require_step(actor, ClaimStep::submit, "mengajukan klaim");
  ClaimView out;
  app_.store().write([&](store::Session& s) {
    auto c = load_claim(s, actor, id);
    const ClaimTransition& step = transition_of(ClaimStep::submit, c);
    if (c.pertanggungan == "perlu_konfirmasi")
      throw Conflict("perlu_konfirmasi",
                     "Kejadian dalam bulan masa tenggang yang belum dibayar: pertanggungan harus "
                     "dikonfirmasi petugas BPJS sebelum klaim diajukan",
                     "pertanggungan");
    if (c.pertanggungan != "terlindungi")
      throw Conflict("tidak_terlindungi", "Peserta tidak terlindungi pada tanggal kejadian: " + c.alasan_pertanggungan,
                     "pertanggungan");
    if (!step.held.empty()) throw Conflict(std::string{step.held_code}, std::string{step.held}, "dokumen");
    const Date event = iso(c.tanggal_kejadian);
    const Date expiry = claim_expiry(app_.rules().claim_at(event), event);
    if (app_.today() > expiry)
      throw Conflict("klaim_kedaluwarsa", "Hak klaim kedaluwarsa pada " + expiry.id() + " (" +
                                              std::to_string(app_.rules().claim_at(event).expiry_years) +
                                              " tahun sejak kejadian)");
    c.status = step.to;
    c.diajukan_pada = now_iso(app_);
    save_claim(app_, s, c);
    audit(s, actor, "ajukan", id, {{"status", {step.from, step.to}}});
    out = claim_view(app_, s, c);
  });
  return out;
}

ClaimView ClaimsService::decide(const Actor& actor, std::int64_t id, const std::string& keputusan,
                                const std::string& alasan, std::optional<Rupiah> jumlah) {
  const auto decision = claim_decision_step(keputusan);
  require_step(actor, decision.value_or(ClaimStep::approve), "memutus klaim");  // both steps: decide_claims
  if (!decision)
    throw ValidationError("keputusan", "keputusan_tidak_dikenal", "Keputusan harus 'disetujui' atau 'ditolak'");
  if (claim_step_rule(*decision).reason_required && alasan.empty())
    throw ValidationError("alasan", "wajib_diisi", "Alasan penolakan wajib diisi");
  if (alasan.size() > 1000) throw ValidationError("alasan", "terlalu_panjang", "Alasan paling banyak 1.000 karakter");
  if (jumlah && *jumlah < 0) throw ValidationError("jumlah", "jumlah_tidak_valid", "Jumlah tidak boleh negatif");
  ClaimView out;
  app_.store().write([&](store::Session& s) {
    auto c = load_claim(s, actor, id);
    const ClaimTransition& step = transition_of(*decision, c);
    // Issue 16 item 4: never more than the benefit the rules compute for this case.
    if (*decision == ClaimStep::approve && jumlah && *jumlah > c.manfaat_total)
      throw ValidationError("jumlah", "melebihi_manfaat",
                            "Jumlah disetujui " + format_rupiah(*jumlah) +
                                " melebihi manfaat yang dihitung untuk klaim ini (" + format_rupiah(c.manfaat_total) +
                                ")");
    c.status = step.to;
    c.keputusan = step.to;
    c.alasan_keputusan = alasan;
    c.diputus_oleh = actor.username;
    c.diputus_pada = now_iso(app_);
    c.jumlah_disetujui = *decision == ClaimStep::approve ? jumlah.value_or(c.manfaat_total) : 0;
    save_claim(app_, s, c);
    audit(s, actor, "putus", id,
          {{"status", {step.from, step.to}},
           {"alasan", {nullptr, alasan}},
           {"jumlah_disetujui", {nullptr, c.jumlah_disetujui}}});
    out = claim_view(app_, s, c);
  });
  return out;
}

ClaimView ClaimsService::pay(const Actor& actor, std::int64_t id, Rupiah jumlah, const Date& tanggal,
                             const std::string& referensi) {
  require_step(actor, ClaimStep::pay, "mencatat pembayaran klaim");
  std::vector<FieldError> errors;
  if (jumlah <= 0) errors.push_back({"jumlah", "jumlah_tidak_valid", "Jumlah dibayar harus lebih dari nol"});
  if (tanggal > app_.today())
    errors.push_back({"tanggal", "tanggal_di_masa_depan", "Tanggal bayar tidak boleh setelah hari ini"});
  if (referensi.empty() || referensi.size() > 100)
    errors.push_back(
        {"referensi", "wajib_diisi", "Nomor referensi pembayaran wajib diisi (paling banyak 100 karakter)"});
  if (!errors.empty()) throw ValidationError(std::move(errors));
  ClaimView out;
  app_.store().write([&](store::Session& s) {
    auto c = load_claim(s, actor, id);
    const ClaimTransition& step = transition_of(ClaimStep::pay, c);
    if (tanggal < iso(c.diputus_pada))
      throw ValidationError("tanggal", "tanggal_tidak_valid", "Tanggal bayar sebelum tanggal keputusan");
    // Issue 16 item 4: the approval and the payout are two people's (services/two_person), and the
    // payout never exceeds the approved amount.
    if (same_person(s, actor.username, c.diputus_oleh))
      throw Forbidden("dua_orang", "Pembayaran klaim harus dicatat oleh orang lain dari yang menyetujuinya (" +
                                       c.diputus_oleh +
                                       "), juga bukan lewat akun yang dibuat olehnya atau yang membuat akunnya");
    if (jumlah > c.jumlah_disetujui)
      throw ValidationError("jumlah", "melebihi_persetujuan",
                            "Jumlah dibayar " + format_rupiah(jumlah) + " melebihi jumlah yang disetujui (" +
                                format_rupiah(c.jumlah_disetujui) + ")");
    c.status = step.to;
    c.dibayar_jumlah = jumlah;
    c.dibayar_pada = tanggal.iso();
    c.referensi = referensi;
    save_claim(app_, s, c);
    out = claim_view(app_, s, c);
    audit(s, actor, "bayar", id,
          {{"status", {step.from, step.to}},
           {"jumlah", {nullptr, jumlah}},
           {"tanggal", {nullptr, c.dibayar_pada}},
           {"referensi", {nullptr, referensi}},
           {"hari_terlambat", {nullptr, out.sla ? out.sla->hari_terlambat : 0}}});
  });
  return out;
}

}  // namespace lindungi::services

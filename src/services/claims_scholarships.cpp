// Scholarships of a deceased worker's children (docs/CLAIMS.md): who is due per school year, the
// enrolment proof and the payment.
#include "core/claim_status.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"
#include "store/claims_store.hpp"
#include "store/refusals.hpp"

namespace lindungi::services {

using nlohmann::json;
using namespace claims_detail;

std::vector<ScholarshipDue> ClaimsService::scholarships_due(const Actor& actor, int school_year,
                                                            const std::string& area) {
  require(actor, Permission::view_workers, "melihat beasiswa");
  if (!area.empty() && !can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  std::vector<ScholarshipDue> out;
  app_.store().read([&](store::Session& s) {
    for (const auto& c : s.claims().claims(area.empty() ? actor.area : area)) {
      // Scholarships follow an approved claim (BPJS decides the children with the case).
      if (!visible(actor, c) || !claim_is_granted(c.status)) continue;
      if (school_year < first_scholarship_year(iso(c.tanggal_kejadian))) continue;
      for (const auto& ch : s.claims().children(c.id)) {
        const auto birth = parse_iso_date(ch.tanggal_lahir);
        if (!birth || !scholarship_age_ok(*birth, school_year)) continue;
        ScholarshipDue d{ch, c, worker_name(s, c.pekerja_id), std::nullopt, 0};
        for (const auto& y : s.claims().scholarship_years(ch.id)) {
          d.paid_total += y.jumlah;
          if (y.tahun_ajaran == school_year) d.year = y;
        }
        if (d.year && !d.year->dibayar_pada.empty()) continue;  // done for this year
        if (d.paid_total >= scholarship_cap_per_child()) continue;
        out.push_back(std::move(d));
      }
    }
  });
  return out;
}

EnrolmentRecorded ClaimsService::record_enrolment(const Actor& actor, std::int64_t child_id, int school_year,
                                                  const std::string& jenjang, const std::string& bukti, bool married,
                                                  bool working, bool exception_3a) {
  require(actor, Permission::manage_claims, "mencatat bukti sekolah");
  const auto level = parse_school_level(jenjang);
  std::vector<FieldError> errors;
  if (!level) errors.push_back({"jenjang", "jenjang_tidak_dikenal", "Jenjang harus tk_sd, smp, sma, atau kuliah"});
  if (bukti.empty() || bukti.size() > 500)
    errors.push_back({"bukti", "wajib_diisi", "Bukti pendaftaran sekolah wajib diisi (nama sekolah, nomor surat)"});
  if (school_year < 2015 || school_year > school_year_of(app_.today()) + 1)
    errors.push_back({"tahun_ajaran", "tahun_tidak_valid", "Tahun ajaran tidak valid"});
  if (!errors.empty()) throw ValidationError(std::move(errors));
  EnrolmentRecorded out;
  app_.store().write([&](store::Session& s) {
    const auto child = s.claims().child(child_id);
    std::optional<store::ClaimRecord> c = child ? s.claims().claim(child->klaim_id) : std::nullopt;
    if (!child || !c || !visible(actor, *c))
      throw NotFound("anak_tidak_ada",
                     "Anak penerima beasiswa dengan id " + std::to_string(child_id) + " tidak ditemukan");
    if (!claim_is_granted(c->status))
      throw Conflict("klaim_belum_disetujui", "Beasiswa dicatat setelah klaim induk disetujui BPJS (status " +
                                                  std::string{claim_status_label(c->status)} + ")");
    if (school_year < first_scholarship_year(iso(c->tanggal_kejadian)))
      throw Conflict("sebelum_kejadian",
                     "Tahun ajaran " + school_year_label(school_year) + " berakhir sebelum kejadian (" +
                         iso(c->tanggal_kejadian).id() + "); beasiswa mulai tahun ajaran " +
                         school_year_label(first_scholarship_year(iso(c->tanggal_kejadian))),
                     "tahun_ajaran");
    const auto birth = parse_iso_date(child->tanggal_lahir);
    if (!birth || !scholarship_age_ok(*birth, school_year))
      throw Conflict("usia_lewat",
                     child->nama + " sudah berusia 23 tahun pada awal tahun ajaran " + school_year_label(school_year));
    if (married)
      throw Conflict("anak_menikah",
                     "Beasiswa " + child->nama +
                         " berakhir: anak yang sudah menikah tidak lagi berhak (Permenaker 5/2021 Pasal 103 jo 1/2025)",
                     "menikah");
    if (working && !exception_3a)
      throw Conflict("anak_bekerja",
                     "Beasiswa " + child->nama +
                         " berakhir: anak yang bekerja tidak lagi berhak, kecuali masih bersekolah dan bekerja sebagai "
                         "PU paling lama 6 bulan berturut-turut, sebagai BPU, atau magang (Pasal 103 ayat 3a)",
                     "bekerja");
    std::vector<ScholarshipPaid> mine;
    for (const auto& y : s.claims().scholarship_years(child_id))
      mine.push_back({y.tahun_ajaran, parse_school_level(y.jenjang).value_or(SchoolLevel::tk_sd), y.jumlah});
    Rupiah others = 0;
    for (const auto& sibling : s.claims().children(c->id))
      if (sibling.id != child_id)
        for (const auto& y : s.claims().scholarship_years(sibling.id)) others += y.jumlah;
    const auto award = scholarship_award(*level, school_year, mine, others);
    if (award.amount <= 0) throw Conflict("beasiswa_tidak_dapat", award.reason, "jenjang");
    store::ScholarshipYearRecord y{0,     child_id,       school_year,   jenjang, award.amount,
                                   bukti, actor.username, now_iso(app_), "",      ""};
    try {
      s.claims().add_scholarship_year(y);
    } catch (const store::UniqueViolation&) {
      throw Conflict("tahun_ajaran_sudah_dicatat", "Beasiswa tahun ajaran ini sudah dicatat untuk anak ini",
                     "tahun_ajaran");
    }
    audit(s, actor, "beasiswa_bukti_sekolah", c->id,
          {{"anak", {nullptr, child->nama}},
           {"tahun_ajaran", {nullptr, school_year_label(school_year)}},
           {"jenjang", {nullptr, jenjang}},
           {"jumlah", {nullptr, award.amount}},
           {"bukti", {nullptr, bukti}},
           {"menikah", {nullptr, married}},
           {"bekerja", {nullptr, working}},
           {"pengecualian_3a", {nullptr, exception_3a}}});
    out = {y, award.reason};
  });
  return out;
}

store::ScholarshipYearRecord ClaimsService::pay_scholarship(const Actor& actor, std::int64_t year_id,
                                                            const Date& tanggal, const std::string& referensi) {
  require(actor, Permission::decide_claims, "mencatat pembayaran beasiswa");
  if (tanggal > app_.today())
    throw ValidationError("tanggal", "tanggal_di_masa_depan", "Tanggal bayar tidak boleh setelah hari ini");
  if (referensi.empty() || referensi.size() > 100)
    throw ValidationError("referensi", "wajib_diisi", "Nomor referensi pembayaran wajib diisi");
  store::ScholarshipYearRecord out;
  app_.store().write([&](store::Session& s) {
    auto y = s.claims().scholarship_year(year_id);
    const auto child = y ? s.claims().child(y->anak_id) : std::nullopt;
    const auto c = child ? s.claims().claim(child->klaim_id) : std::nullopt;
    if (!y || !c || !visible(actor, *c))
      throw NotFound("beasiswa_tidak_ada", "Beasiswa dengan id " + std::to_string(year_id) + " tidak ditemukan");
    if (!y->dibayar_pada.empty())
      throw Conflict("sudah_dibayar", "Beasiswa tahun ajaran ini sudah dibayar pada " + iso(y->dibayar_pada).id());
    y->dibayar_pada = tanggal.iso();
    y->referensi = referensi;
    s.claims().update_scholarship_year(*y);
    audit(s, actor, "beasiswa_bayar", c->id,
          {{"beasiswa_id", {nullptr, year_id}},
           {"dibayar_pada", {nullptr, y->dibayar_pada}},
           {"referensi", {nullptr, referensi}}});
    out = *y;
  });
  return out;
}

}  // namespace lindungi::services

// The claim routes' JSON (wire/claims.hpp). Key order is nlohmann's (sorted), as it always was.
#include "wire/claims.hpp"

#include "core/money.hpp"
#include "core/nik.hpp"
#include "wire/fields.hpp"

namespace lindungi::wire {

using nlohmann::json;

services::EventInput event_input(const json& b) {
  services::EventInput in;
  in.pekerja_id = b.value("pekerja_id", std::int64_t{0});
  in.jenis = b.value("jenis", "");
  in.tanggal = date_field(b, "tanggal");
  in.kecelakaan_kerja = b.value("kecelakaan_kerja", false);
  in.akibat = b.value("akibat", "");
  in.tempat = b.value("tempat", "");
  in.uraian = b.value("uraian", "");
  in.persen = b.value("persen", 0);
  in.bagian_tubuh = b.value("bagian_tubuh", "");
  in.persen_fungsi = b.value("persen_fungsi", 100);
  in.bulan_stmb = b.value("bulan_stmb", 0);
  return in;
}

ClaimDecisionBody claim_decision(const json& b) {
  ClaimDecisionBody out{b.value("keputusan", ""), b.value("alasan", ""), std::nullopt};
  if (b.contains("jumlah") && !b["jumlah"].is_null()) out.jumlah = b["jumlah"].get<Rupiah>();
  return out;
}

PaymentBody payment(const json& b) {
  return {b.value("jumlah", Rupiah{0}), required_date(b, "tanggal"), b.value("referensi", "")};
}

PaymentBody scholarship_payment(const json& b) { return {0, required_date(b, "tanggal"), b.value("referensi", "")}; }

EnrolmentBody enrolment(const json& b, int current_school_year) {
  return {b.value("tahun_ajaran", current_school_year),
          b.value("jenjang", ""),
          b.value("bukti", ""),
          b.value("menikah", false),
          b.value("bekerja", false),
          b.value("pengecualian_3a", false)};
}

namespace {

json checklist_json(const std::vector<services::ClaimChecklistEntry>& entries) {
  json checklist = json::array();
  for (const auto& entry : entries) {
    json uploaded = json::array();
    for (const auto& d : entry.berkas)
      uploaded.push_back({{"id", d.id},
                          {"nama_berkas", d.nama_berkas},
                          {"jenis", d.jenis},
                          {"ukuran", d.ukuran},
                          {"sha256", d.sha256},
                          {"diunggah_oleh", d.diunggah_oleh},
                          {"diunggah_pada", d.diunggah_pada}});
    checklist.push_back({{"kode", entry.item.kode},
                         {"label", entry.item.label},
                         {"wajib", entry.item.wajib},
                         {"dasar", entry.item.dasar},
                         {"ada", entry.ada()},
                         {"berkas", uploaded}});
  }
  return checklist;
}

json sla_json(const std::optional<services::ClaimSla>& sla) {
  if (!sla) return nullptr;
  return {{"hari_kerja", sla->hari_kerja},
          {"mulai", sla->mulai},
          {"jatuh_tempo", sla->jatuh_tempo.iso()},
          {"jatuh_tempo_teks", sla->jatuh_tempo.id()},
          {"hari_terlambat", sla->hari_terlambat},
          {"denda_keterlambatan", sla->denda_keterlambatan},
          {"denda_keterlambatan_teks", format_rupiah(sla->denda_keterlambatan)},
          {"dasar", sla->dasar}};
}

json children_json(const std::vector<services::ClaimChild>& children) {
  json out = json::array();
  for (const auto& [ch, years] : children) {
    json tahun = json::array();
    for (const auto& y : years)
      tahun.push_back({{"id", y.id},
                       {"tahun_ajaran", school_year_label(y.tahun_ajaran)},
                       {"jenjang", y.jenjang},
                       {"jumlah", y.jumlah},
                       {"bukti", y.bukti},
                       {"dibayar_pada", y.dibayar_pada},
                       {"referensi", y.referensi}});
    out.push_back({{"id", ch.id},
                   {"nama", ch.nama},
                   {"nik", ch.nik.empty() ? "" : mask_nik(ch.nik)},
                   {"tanggal_lahir", ch.tanggal_lahir},
                   {"urutan", ch.urutan},
                   {"tahun", tahun}});
  }
  return out;
}

json counts_json(const services::ClaimsCount& r) {
  return {{"dibuka", r.dibuka},
          {"dibayar", r.dibayar},
          {"tertunda", r.tertunda},
          {"ditolak", r.ditolak},
          {"jumlah_dibayar", r.jumlah_dibayar},
          {"beasiswa_dibayar", r.beasiswa_dibayar}};
}

}  // namespace

ClaimAnswer claim_answer(const store::ClaimRecord& c, const std::string& pekerja) {
  ClaimAnswer a;
  a.id = c.id;
  a.pekerja_id = c.pekerja_id;
  a.pekerja = pekerja;
  a.wilayah = c.wilayah;
  a.sumber_dana = c.sumber_dana;
  a.kejadian.jenis = c.jenis_kejadian;
  a.kejadian.tanggal = c.tanggal_kejadian;
  a.kejadian.tanggal_teks = parse_iso_date(c.tanggal_kejadian.substr(0, 10)).value_or(Date{}).id();
  a.kejadian.kecelakaan_kerja = c.kecelakaan_kerja;
  a.kejadian.akibat = c.akibat;
  a.kejadian.tempat = c.tempat;
  a.kejadian.uraian = c.uraian;
  a.jenis_klaim = c.jenis_klaim;
  a.status = c.status;
  a.pertanggungan = {c.pertanggungan, c.alasan_pertanggungan, c.konfirmasi_oleh, c.konfirmasi_pada};
  a.manfaat = json::parse(c.manfaat, nullptr, false);
  a.ahli_waris = json::parse(c.ahli_waris, nullptr, false);
  a.bulan_dibatalkan = json::parse(c.bulan_dibatalkan, nullptr, false);
  a.manfaat_total = c.manfaat_total;
  a.pengembalian_iuran = c.pengembalian;
  a.dokumen_lengkap_pada = c.dokumen_lengkap_pada;
  a.diajukan_pada = c.diajukan_pada;
  a.keputusan = {c.keputusan, c.alasan_keputusan, c.diputus_oleh, c.diputus_pada, c.jumlah_disetujui};
  a.pembayaran = {c.dibayar_jumlah, c.dibayar_pada, c.referensi};
  a.dibuat_oleh = c.dibuat_oleh;
  a.dibuat_pada = c.dibuat_pada;
  a.versi = c.versi;
  return a;
}

ClaimSummaryAnswer claim_summary_answer(const store::ClaimRecord& c, const std::string& pekerja) {
  return {c.id,          c.pekerja_id, pekerja,         c.wilayah,       c.jenis_kejadian, c.tanggal_kejadian,
          c.jenis_klaim, c.status,     c.pertanggungan, c.manfaat_total, c.dibayar_jumlah};
}

json to_json(const ClaimSummaryAnswer& c) {
  return {{"id", c.id},
          {"pekerja_id", c.pekerja_id},
          {"pekerja", c.pekerja},
          {"wilayah", c.wilayah},
          {"jenis_kejadian", c.jenis_kejadian},
          {"tanggal_kejadian", c.tanggal_kejadian},
          {"jenis_klaim", c.jenis_klaim},
          {"status", c.status},
          {"pertanggungan", c.pertanggungan},
          {"manfaat_total", c.manfaat_total},
          {"dibayar_jumlah", c.dibayar_jumlah}};
}

json to_json(const services::ClaimView& view) {
  const ClaimAnswer c = claim_answer(view.claim, view.pekerja);
  return {{"id", c.id},
          {"pekerja_id", c.pekerja_id},
          {"pekerja", c.pekerja},
          {"wilayah", c.wilayah},
          {"sumber_dana", c.sumber_dana},
          {"kejadian",
           {{"jenis", c.kejadian.jenis},
            {"tanggal", c.kejadian.tanggal},
            {"tanggal_teks", c.kejadian.tanggal_teks},
            {"kecelakaan_kerja", c.kejadian.kecelakaan_kerja},
            {"akibat", c.kejadian.akibat},
            {"tempat", c.kejadian.tempat},
            {"uraian", c.kejadian.uraian}}},
          {"jenis_klaim", c.jenis_klaim},
          {"status", c.status},
          {"pertanggungan",
           {{"keputusan", c.pertanggungan.keputusan},
            {"alasan", c.pertanggungan.alasan},
            {"dikonfirmasi_oleh", c.pertanggungan.dikonfirmasi_oleh},
            {"dikonfirmasi_pada", c.pertanggungan.dikonfirmasi_pada}}},
          {"manfaat", c.manfaat},
          {"manfaat_total", c.manfaat_total},
          {"manfaat_total_teks", format_rupiah(c.manfaat_total)},
          {"ahli_waris", c.ahli_waris},
          {"pengembalian_iuran", c.pengembalian_iuran},
          {"pengembalian_iuran_teks", format_rupiah(c.pengembalian_iuran)},
          {"bulan_dibatalkan", c.bulan_dibatalkan},
          {"dokumen", checklist_json(view.dokumen)},
          {"dokumen_lengkap_pada", c.dokumen_lengkap_pada},
          {"diajukan_pada", c.diajukan_pada},
          {"keputusan",
           {{"hasil", c.keputusan.hasil},
            {"alasan", c.keputusan.alasan},
            {"oleh", c.keputusan.oleh},
            {"pada", c.keputusan.pada},
            {"jumlah_disetujui", c.keputusan.jumlah_disetujui}}},
          {"pembayaran",
           {{"jumlah", c.pembayaran.jumlah}, {"tanggal", c.pembayaran.tanggal}, {"referensi", c.pembayaran.referensi}}},
          {"sla", sla_json(view.sla)},
          {"kedaluwarsa_pada", view.kedaluwarsa_pada.iso()},
          {"kedaluwarsa_teks", view.kedaluwarsa_pada.id()},
          {"kedaluwarsa", view.kedaluwarsa},
          {"beasiswa_anak", children_json(view.beasiswa_anak)},
          {"dibuat_oleh", c.dibuat_oleh},
          {"dibuat_pada", c.dibuat_pada},
          {"versi", c.versi}};
}

json to_json(const std::vector<services::ClaimListItem>& list) {
  json items = json::array();
  for (const auto& [c, pekerja] : list) items.push_back(to_json(claim_summary_answer(c, pekerja)));
  return {{"items", items}, {"total", items.size()}};
}

json to_json(const services::EnrolmentRecorded& r) {
  const auto& y = r.year;
  return {{"id", y.id},           {"anak_id", y.anak_id}, {"tahun_ajaran", school_year_label(y.tahun_ajaran)},
          {"jenjang", y.jenjang}, {"jumlah", y.jumlah},   {"jumlah_teks", format_rupiah(y.jumlah)},
          {"dasar", r.dasar},     {"bukti", y.bukti}};
}

json scholarship_payment_json(const store::ScholarshipYearRecord& y) {
  return {{"id", y.id},         {"anak_id", y.anak_id},           {"tahun_ajaran", school_year_label(y.tahun_ajaran)},
          {"jumlah", y.jumlah}, {"dibayar_pada", y.dibayar_pada}, {"referensi", y.referensi}};
}

json scholarships_due_json(const std::vector<services::ScholarshipDue>& due, int school_year) {
  json items = json::array();
  for (const auto& d : due)
    items.push_back({{"anak_id", d.child.id},
                     {"nama", d.child.nama},
                     {"tanggal_lahir", d.child.tanggal_lahir},
                     {"klaim_id", d.claim.id},
                     {"pekerja", d.pekerja},
                     {"wilayah", d.claim.wilayah},
                     {"status", d.status()},
                     {"tahun_id", d.year ? json(d.year->id) : json(nullptr)},
                     {"jenjang", d.year ? json(d.year->jenjang) : json(nullptr)},
                     {"jumlah", d.year ? d.year->jumlah : 0},
                     {"sudah_diterima", d.paid_total}});
  return {{"tahun_ajaran", school_year_label(school_year)}, {"items", items}, {"total", items.size()}};
}

json to_json(const services::ClaimsReport& r) {
  json rows = json::array();
  for (const auto& row : r.rows) {
    json j = counts_json(row.count);
    j["kode"] = row.kode;
    j["nama"] = row.nama;
    rows.push_back(j);
  }
  return {{"dari", r.dari.iso()},
          {"sampai", r.sampai.iso()},
          {"rows", rows},
          {"total", counts_json(r.total)},
          {"beasiswa_jatuh_tempo", scholarships_due_json(r.due, r.school_year)}};
}

}  // namespace lindungi::wire

#include "wire/jakon.hpp"

#include "core/errors.hpp"
#include "core/nik.hpp"
#include "wire/fields.hpp"

namespace lindungi::wire {

namespace {

using nlohmann::json;

json date_json(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json row_json(const services::ComplianceRow& r) {
  return {{"kode", r.kode},           {"nama", r.nama},
          {"proyek", r.proyek},       {"tanpa_sertifikat", r.tanpa_sertifikat},
          {"terlambat", r.terlambat}, {"mulai_tanpa_perlindungan", r.mulai_tanpa_perlindungan},
          {"patuh", r.patuh},         {"nilai", r.nilai},
          {"iuran", r.iuran}};
}

}  // namespace

json project_json(const services::ProjectView& v, wire::NikView nik_view) {
  const Project& p = v.project;
  const ProjectCompliance& c = v.compliance;
  json workers = json::array();
  for (const auto& w : p.pekerja)
    workers.push_back({{"id", w.id},
                       {"nik", nik_view == wire::NikView::full ? w.nik : mask_nik(w.nik)},
                       {"nama", w.nama},
                       {"peran", w.peran},
                       {"pekerja_id", w.pekerja_id > 0 ? json(w.pekerja_id) : json(nullptr)}});
  return {{"id", p.id},
          {"jenis", std::string{to_string(p.jenis)}},
          {"nama", p.nama},
          {"kode_kelurahan", p.kode_kelurahan},
          {"rt", p.rt},
          {"kode_rt", p.kode_rt()},
          {"nilai", p.nilai},
          {"ppn_termasuk", p.ppn_termasuk},
          {"ppn_persen", p.ppn_persen},
          {"upah_bulanan", p.upah_bulanan},
          {"tanggal_spk", date_json(p.tanggal_spk)},
          {"rencana_mulai", date_json(p.rencana_mulai)},
          {"rencana_selesai", date_json(p.rencana_selesai)},
          {"pelaksana", p.pelaksana},
          {"iuran", p.iuran},
          {"dasar_iuran", p.dasar_iuran},
          {"sumber_aturan", p.sumber_aturan},
          {"tanggal_aturan", date_json(p.tanggal_aturan)},
          {"nomor_sertifikat", p.nomor_sertifikat},
          {"tanggal_bayar", date_json(p.tanggal_bayar)},
          {"jumlah_bayar", p.jumlah_bayar},
          {"status", std::string{to_string(p.status)}},
          {"tanggal_mulai", date_json(p.tanggal_mulai)},
          {"tanggal_selesai", date_json(p.tanggal_selesai)},
          {"jumlah_pekerja", p.pekerja.empty() ? p.jumlah_pekerja : static_cast<std::int64_t>(p.pekerja.size())},
          {"pekerja", workers},
          {"versi", p.version},
          {"dibuat_oleh", p.dibuat_oleh},
          {"dibuat", p.dibuat},
          {"diubah", p.diubah},
          {"kepatuhan",
           {{"batas_daftar", date_json(c.batas_daftar)},
            {"sisa_hari_kerja", c.sisa_hari_kerja},
            {"tanpa_sertifikat", c.tanpa_sertifikat},
            {"terlambat", c.terlambat},
            {"mulai_tanpa_perlindungan", c.mulai_tanpa_perlindungan},
            {"patuh", c.patuh()}}}};
}

json projects_json(const std::vector<services::ProjectView>& views) {
  json items = json::array();
  for (const auto& v : views) items.push_back(project_json(v, wire::NikView::masked));
  return items;
}

json to_json(const services::ComplianceReport& r) {
  json kel = json::array(), rt = json::array(), list = json::array();
  for (const auto& x : r.per_kelurahan) kel.push_back(row_json(x));
  for (const auto& x : r.per_rt) rt.push_back(row_json(x));
  for (const auto& v : r.bermasalah) list.push_back(project_json(v, wire::NikView::masked));
  return {{"wilayah", r.wilayah}, {"tanggal", r.tanggal.iso()}, {"total", row_json(r.total)}, {"per_kelurahan", kel},
          {"per_rt", rt},         {"bermasalah", list}};
}

services::ProjectInput project_input(const json& body) {
  services::ProjectInput in;
  in.jenis = text_field(body, "jenis");
  in.nama = text_field(body, "nama");
  in.kode_kelurahan = text_field(body, "kode_kelurahan");
  in.pelaksana = text_field(body, "pelaksana");
  in.rt = int_field(body, "rt", 0, 999);
  in.ppn_persen = int_field(body, "ppn_persen", 0, 50);
  in.nilai = rupiah_field(body, "nilai");
  in.upah_bulanan = rupiah_field(body, "upah_bulanan");
  in.ppn_termasuk = bool_field(body, "ppn_termasuk");
  in.tanggal_spk = clearable_date_field(body, "tanggal_spk");
  in.rencana_mulai = clearable_date_field(body, "rencana_mulai");
  in.rencana_selesai = clearable_date_field(body, "rencana_selesai");
  if (const auto it = body.find("versi"); it != body.end() && it->is_number_integer())
    in.versi = it->get<std::int64_t>();
  return in;
}

services::ProjectInput project_update(const json& body) {
  auto in = project_input(body);
  if (!body.contains("versi")) throw ValidationError("versi", "wajib_diisi", "Versi data yang dibaca wajib dikirim");
  return in;
}

std::optional<Date> project_day(const json& body) {
  const auto d = clearable_date_field(body, "tanggal");
  return d ? *d : std::nullopt;
}

CertificateBody certificate(const json& body) {
  CertificateBody out;
  out.nomor_sertifikat = text_field(body, "nomor_sertifikat").value_or("");
  const auto paid = clearable_date_field(body, "tanggal_bayar");
  out.tanggal_bayar = paid ? *paid : std::nullopt;
  out.jumlah_bayar = rupiah_field(body, "jumlah_bayar").value_or(0);
  return out;
}

std::string revoke_reason(const json& body) { return text_field(body, "alasan").value_or(""); }

ProjectWorker project_worker(const json& body) {
  ProjectWorker w;
  w.nik = text_field(body, "nik").value_or("");
  w.nama = text_field(body, "nama").value_or("");
  w.peran = text_field(body, "peran").value_or("");
  return w;
}

}  // namespace lindungi::wire

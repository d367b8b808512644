#pragma once
// Claim cases in a given state, made directly through the store and the service, for the claims
// and authorization tests (issue 5).
#include <string>

#include "core/worker.hpp"
#include "services/app.hpp"
#include "services/claims_service.hpp"
#include "store/claims_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

namespace lindungi::testing {

inline const std::string kPdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

// A covered-looking worker with a wife and two children, in `kel` RT 1, funded by `funder`.
inline std::int64_t claim_worker(services::App& app, const std::string& kel, const std::string& funder) {
  static int serial = 0;
  Worker w;
  w.nik = "15710117088" + std::to_string(70000 + ++serial);
  w.nama = "Peserta Klaim " + std::to_string(serial);
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::L;
  w.kode_kelurahan = kel;
  w.rt = 1;
  w.pekerjaan = "becak";
  w.penghasilan = 1'000'000;
  w.kategori = "pekerja_rentan";
  w.status = "aktif";
  w.sumber_dana = funder;
  w.persetujuan = true;
  w.ahli_waris = {{0, "Siti", "istri", "", Date{1987, 2, 3}},
                  {0, "Adi", "anak", "", Date{2012, 5, 6}},
                  {0, "Ani", "anak", "", Date{2015, 9, 10}}};
  app.store().write([&](store::Session& s) { s.registry().insert_worker(w); });
  return w.id;
}

// A case in `status` with cover `pertanggungan`, written directly (the workflow is tested elsewhere).
inline std::int64_t claim_fixture(services::App& app, const std::string& kel, const std::string& funder,
                                  const std::string& status, const std::string& pertanggungan = "terlindungi") {
  const auto worker = claim_worker(app, kel, funder);
  store::ClaimRecord c;
  c.pekerja_id = worker;
  c.wilayah = kel + ".001";
  c.sumber_dana = funder;
  c.jenis_kejadian = "meninggal";
  c.tanggal_kejadian = "2026-10-05";
  c.jenis_klaim = "jkm";
  c.status = status;
  c.pertanggungan = pertanggungan;
  c.manfaat_total = 42'000'000;
  c.ahli_waris = R"({"golongan":1,"penerima":[{"nama":"Siti","hubungan":"istri"}]})";
  c.dokumen_lengkap_pada = status == "draf" ? "" : "2026-11-02";
  c.diajukan_pada = status == "draf" || status == "dokumen_lengkap" ? "" : "2026-11-02";
  c.diputus_pada = status == "disetujui" ? "2026-11-03" : "";
  c.keputusan = status == "disetujui" ? "disetujui" : "";
  c.jumlah_disetujui = status == "disetujui" ? 42'000'000 : 0;
  c.dibuat_oleh = "uji";
  c.dibuat_pada = "2026-11-01";
  app.store().write([&](store::Session& s) { s.claims().insert_claim(c); });
  return c.id;
}

// A draft case with one uploaded document; returns {case, document}.
inline std::pair<std::int64_t, std::int64_t> claim_document_fixture(services::App& app, const std::string& kel,
                                                                    const std::string& funder) {
  const auto id = claim_fixture(app, kel, funder, "draf");
  const auto view =
      services::ClaimsService(app).upload_document(Actor::system("uji"), id, "kartu_peserta", "kpj.pdf", kPdf);
  for (const auto& entry : view.dokumen)
    if (entry.item.kode == "kartu_peserta") return {id, entry.berkas.at(0).id};
  return {id, 0};
}

// A scholarship child (born 2015) of an approved case.
inline std::int64_t scholarship_child_fixture(services::App& app, const std::string& kel, const std::string& funder) {
  const auto id = claim_fixture(app, kel, funder, "disetujui");
  store::ScholarshipChildRecord child{0, id, "Adi", "", "2015-09-10", 1};
  app.store().write([&](store::Session& s) { s.claims().add_child(child); });
  return child.id;
}

// An unpaid scholarship year (2026/2027, SD) of such a child.
inline std::int64_t scholarship_year_fixture(services::App& app, const std::string& kel, const std::string& funder) {
  const auto child = scholarship_child_fixture(app, kel, funder);
  store::ScholarshipYearRecord y{0, child, 2026, "tk_sd", 1'500'000, "SDN 1 Jambi", "uji", "2026-11-01", "", ""};
  app.store().write([&](store::Session& s) { s.claims().add_scholarship_year(y); });
  return y.id;
}

}  // namespace lindungi::testing

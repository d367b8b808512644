// Rows of the authorization matrix (authorization_test.cpp, EveryRouteEveryRoleInsideAndOutsideScope):
// Jakon (issue 9): construction projects and their compliance report; claims (issue 5): cases,
// documents, scholarships and the claims report.
#include "integration/authorization_fixture.hpp"

namespace lindungi::testing::authorization {

std::vector<Case> MatrixRows::claims_and_jakon() {
  using S = const Scope&;
  return {
      // Jakon (issue 9): construction projects and their compliance report.
      {"GET", "/api/v1/projects", needs(Permission::view_projects),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/projects?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      {"POST", "/api/v1/projects", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         json body = {{"jenis", "swakelola"},
                      {"nama", "Drainase RT 1"},
                      {"kode_kelurahan", in ? s.in_rt_kel : s.out_rt_kel},
                      {"rt", 1},
                      {"nilai", 80000000},
                      {"tanggal_spk", "05/01/2026"}};
         return c.post("/api/v1/projects", body);
       },
       201, 403},
      {"GET", R"(/api/v1/projects/:id(\d{1,18}))", needs(Permission::view_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.get("/api/v1/projects/" + std::to_string(v.project.id));
       },
       200, 404},
      {"PUT", R"(/api/v1/projects/:id(\d{1,18}))", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.put("/api/v1/projects/" + std::to_string(v.project.id),
                      {{"nama", "Drainase"}, {"versi", v.project.version}});
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.post(
             "/api/v1/projects/" + std::to_string(v.project.id) + "/certificate",
             {{"nomor_sertifikat", "JK1"}, {"tanggal_bayar", "2026-01-07"}, {"jumlah_bayar", v.project.iuran}});
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate/revoke)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::certified);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/certificate/revoke",
                       {{"alasan", "Salah ketik"}});
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/start)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::certified);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/start", json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/finish)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::started);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/finish", json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/workers)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/workers",
                       {{"nik", "1571015708900002"}, {"nama", "Siti Aminah"}, {"peran", "pekerja"}});
       },
       201, 404},
      {"DELETE", R"(/api/v1/projects/:id(\d{1,18})/workers/:wid(\d{1,18}))", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::with_worker);
         return c.del("/api/v1/projects/" + std::to_string(v.project.id) + "/workers/" +
                      std::to_string(v.project.pekerja.at(0).id));
       },
       200, 404},
      {"GET", "/api/v1/reports/projects", needs(Permission::view_projects),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/reports/projects?format=xlsx&wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      // Claims (issue 5): in scope = a case in the caller's RT/area (and the province's cohort).
      {"POST", "/api/v1/claims", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto w = lindungi::testing::claim_worker(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                        in ? "apbd_provinsi" : "apbd_kota");
         return c.post("/api/v1/claims", {{"pekerja_id", w}, {"jenis", "meninggal"}, {"tanggal", "2026-06-10"}});
       },
       201, 404},
      {"GET", "/api/v1/claims", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/claims?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      {"GET", R"(/api/v1/claims/:id(\d{1,18}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                          in ? "apbd_provinsi" : "apbd_kota", "draf");
         return c.get("/api/v1/claims/" + std::to_string(id));
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/cover)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id =
             lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                              in ? "apbd_provinsi" : "apbd_kota", "draf", "perlu_konfirmasi");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/cover",
                       {{"keputusan", "terlindungi"}, {"alasan", "BPJS menerima pembayaran tunggakan"}});
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen([a-z_]{1,40}))", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                          in ? "apbd_provinsi" : "apbd_kota", "draf");
         return c.post_raw("/api/v1/claims/" + std::to_string(id) + "/documents/kartu_peserta?nama_berkas=kpj.pdf",
                           lindungi::testing::kPdf, "application/pdf");
       },
       201, 404},
      {"GET", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen(\d{1,18}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         const auto [id, doc] = lindungi::testing::claim_document_fixture(
             server_->app(), in ? s.in_rt_kel : s.out_rt_kel, in ? "apbd_provinsi" : "apbd_kota");
         return c.get("/api/v1/claims/" + std::to_string(id) + "/documents/" + std::to_string(doc));
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/submit)", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                          in ? "apbd_provinsi" : "apbd_kota", "dokumen_lengkap");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/submit", json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/decision)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                          in ? "apbd_provinsi" : "apbd_kota", "diajukan");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/decision", {{"keputusan", "disetujui"}});
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/payment)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                          in ? "apbd_provinsi" : "apbd_kota", "disetujui");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/payment",
                       {{"jumlah", 42000000}, {"tanggal", "2026-11-06"}, {"referensi", "TRF-001"}});
       },
       200, 404},
      {"GET", "/api/v1/scholarships/due", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/scholarships/due?wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      {"POST", R"(/api/v1/scholarships/:id(\d{1,18})/years)", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::scholarship_child_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                                      in ? "apbd_provinsi" : "apbd_kota");
         return c.post("/api/v1/scholarships/" + std::to_string(id) + "/years",
                       {{"tahun_ajaran", 2026}, {"jenjang", "tk_sd"}, {"bukti", "SDN 1 Jambi, surat 12/2026"}});
       },
       201, 404},
      {"POST", R"(/api/v1/scholarship-years/:id(\d{1,18})/payment)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::scholarship_year_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                                     in ? "apbd_provinsi" : "apbd_kota");
         return c.post("/api/v1/scholarship-years/" + std::to_string(id) + "/payment",
                       {{"tanggal", "2026-11-10"}, {"referensi", "BEA-001"}});
       },
       200, 404},
      {"GET", "/api/v1/reports/claims", needs(Permission::view_reports),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/reports/claims?wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
  };
}

}  // namespace lindungi::testing::authorization

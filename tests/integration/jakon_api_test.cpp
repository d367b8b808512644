// Construction projects over HTTP (issue 9): the lifecycle through the certificate gate, the
// refusal and its error shape, area scoping, the workers by NIK, and the compliance report as
// JSON and XLSX. Today is Saturday 21 November 2026 (TestServer).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "formats/table_reader.hpp"
#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class JakonApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("jakon");
    server_->app().store().write([](store::Session& s) {
      for (int rt = 1; rt <= 4; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
      s.registry().put_rt({"", "15.71.02.1002", 1, ""});
    });
    server_->add_user("admin", "admin_kota", "15.71");
    server_->add_user("rt7", "ketua_rt", "15.71.01.1001.001");
    server_->add_user("kel", "operator_kelurahan", "15.71.02.1002");
    server_->add_user("bpjs", "petugas_bpjs", "15.71");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  static json project(int rt, const std::string& spk, std::int64_t nilai = 80'000'000,
                      const std::string& kel = "15.71.01.1001") {
    return {{"jenis", "swakelola"},  {"nama", "Semenisasi gang RT " + std::to_string(rt)},
            {"kode_kelurahan", kel}, {"rt", rt},
            {"nilai", nilai},        {"pelaksana", "ST/001/2026"},
            {"tanggal_spk", spk},    {"rencana_mulai", spk}};
  }

  static inline TestServer* server_ = nullptr;
};

TEST_F(JakonApiTest, LifecycleThroughTheCertificateGate) {
  UserClient rt(*server_, "rt7");
  // Monday 16 Nov 2026: 14 working days later is Friday 4 December.
  auto res = rt.post("/api/v1/projects", project(1, "16/11/2026"));
  ASSERT_EQ(res->status, 201) << res->body;
  auto p = json::parse(res->body);
  const std::string path = "/api/v1/projects/" + std::to_string(p["id"].get<std::int64_t>());
  EXPECT_EQ(p["iuran"], 192000);
  EXPECT_EQ(p["status"], "direncanakan");
  EXPECT_EQ(p["kepatuhan"]["batas_daftar"], "2026-12-04");
  EXPECT_EQ(p["kepatuhan"]["sisa_hari_kerja"], 10);
  EXPECT_EQ(p["kepatuhan"]["tanpa_sertifikat"], true);
  EXPECT_EQ(p["tanggal_aturan"], "2021-04-01");

  res = rt.post(path + "/start", json::object());
  ASSERT_EQ(res->status, 409) << res->body;
  const auto err = json::parse(res->body)["error"];
  EXPECT_EQ(err["code"], "belum_bersertifikat");
  EXPECT_EQ(err["field"], "nomor_sertifikat");
  EXPECT_NE(err["message"].get<std::string>().find("belum dapat dimulai"), std::string::npos);

  res = rt.post(path + "/certificate",
                {{"nomor_sertifikat", "JK2026000777"}, {"tanggal_bayar", "18/11/2026"}, {"jumlah_bayar", "Rp150.000"}});
  ASSERT_EQ(res->status, 422) << res->body;
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "jumlah_bayar");
  res = rt.post(path + "/certificate",
                {{"nomor_sertifikat", "JK2026000777"}, {"tanggal_bayar", "18/11/2026"}, {"jumlah_bayar", 192000}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "bersertifikat");
  EXPECT_EQ(json::parse(res->body)["kepatuhan"]["patuh"], true);

  res = rt.post(path + "/start", {{"tanggal", "2026-11-17"}});  // before the payment
  ASSERT_EQ(res->status, 422) << res->body;
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "mulai_sebelum_bayar");
  res = rt.post(path + "/start", {{"tanggal", "2026-11-19"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "dimulai");

  res = rt.post(path + "/workers", {{"nik", "1571015708900002"}, {"nama", "Siti Aminah"}, {"peran", "pekerja"}});
  ASSERT_EQ(res->status, 201) << res->body;
  p = json::parse(res->body);
  ASSERT_EQ(p["pekerja"].size(), 1u);
  EXPECT_EQ(p["pekerja"][0]["nik"], "1571**********02");  // never the full NIK in a response
  res = rt.post(path + "/workers", {{"nik", "15710157089"}, {"nama", "Pendek"}});
  ASSERT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "nik");
  res = rt.del(path + "/workers/" + std::to_string(p["pekerja"][0]["id"].get<std::int64_t>()));
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_TRUE(json::parse(res->body)["pekerja"].empty());

  res = rt.post(path + "/finish", {{"tanggal", "2026-11-20"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "selesai");
  res = rt.put(path, {{"nama", "Ganti"}, {"versi", json::parse(res->body)["versi"]}});
  EXPECT_EQ(res->status, 409);
}

TEST_F(JakonApiTest, OutOfAreaIsNotFoundAndBadInputNamesTheField) {
  UserClient admin(*server_, "admin");
  UserClient kel(*server_, "kel");
  UserClient rt(*server_, "rt7");
  auto res = admin.post("/api/v1/projects", project(2, "2026-11-02"));
  ASSERT_EQ(res->status, 201);
  const auto id = json::parse(res->body)["id"].get<std::int64_t>();
  EXPECT_EQ(rt.get("/api/v1/projects/" + std::to_string(id))->status, 404);  // RT 2, not the head's RT 1
  EXPECT_EQ(kel.get("/api/v1/projects/" + std::to_string(id))->status, 404);
  EXPECT_EQ(kel.post("/api/v1/projects/" + std::to_string(id) + "/start", json::object())->status, 404);
  EXPECT_EQ(rt.post("/api/v1/projects", project(2, "2026-11-02"))->status, 403);

  res = admin.post("/api/v1/projects", {{"jenis", "kontrak"},
                                        {"nama", "Gapura"},
                                        {"kode_kelurahan", "15.71.01.1001"},
                                        {"rt", 1},
                                        {"nilai", "delapan puluh juta"},
                                        {"tanggal_spk", "2026-11-02"}});
  ASSERT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "nilai");
  res = admin.post("/api/v1/projects", {{"jenis", "kontrak"},
                                        {"nama", "Gapura"},
                                        {"kode_kelurahan", "15.71.01.1001"},
                                        {"rt", 1},
                                        {"nilai", 80000000},
                                        {"tanggal_spk", "31/02/2026"}});
  ASSERT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "tanggal_spk");
  res = admin.post("/api/v1/projects", {{"jenis", "kontrak"},
                                        {"nama", "Gapura"},
                                        {"kode_kelurahan", "15.71.01.1001"},
                                        {"rt", 1},
                                        {"nilai", 80000000},
                                        {"tanggal_spk", "2026-11-02"}});
  ASSERT_EQ(res->status, 422);  // a contract names its contractor
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "pelaksana");
  EXPECT_EQ(admin.get("/api/v1/projects?kepatuhan=semua")->status, 400);
  EXPECT_EQ(admin.get("/api/v1/reports/projects?format=doc")->status, 400);
}

TEST_F(JakonApiTest, ComplianceReportAsJsonAndXlsx) {
  UserClient admin(*server_, "admin");
  // Overdue: an SPK of 1 October with nothing recorded. Started without cover: certified, at work,
  // then the certificate was revoked. Within the deadline: an SPK of 19 November.
  auto make = [&](const json& body) {
    auto res = admin.post("/api/v1/projects", body);
    EXPECT_EQ(res->status, 201) << res->body;
    return "/api/v1/projects/" + std::to_string(json::parse(res->body)["id"].get<std::int64_t>());
  };
  make(project(3, "2026-10-01"));
  const auto revoked = make(project(1, "2026-10-01", 50'000'000, "15.71.02.1002"));
  ASSERT_EQ(admin
                .post(revoked + "/certificate",
                      {{"nomor_sertifikat", "JK9"}, {"tanggal_bayar", "2026-10-02"}, {"jumlah_bayar", 120000}})
                ->status,
            200);
  ASSERT_EQ(admin.post(revoked + "/start", {{"tanggal", "2026-10-05"}})->status, 200);
  auto res = admin.post(revoked + "/certificate/revoke", {{"alasan", "Dibatalkan BPJS"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["kepatuhan"]["mulai_tanpa_perlindungan"], true);
  make(project(4, "2026-11-19"));

  res = admin.get("/api/v1/reports/projects");
  ASSERT_EQ(res->status, 200) << res->body;
  const auto all = json::parse(res->body);
  EXPECT_EQ(all["tanggal"], "2026-11-21");
  EXPECT_GE(all["total"]["terlambat"].get<int>(), 2);
  EXPECT_GE(all["total"]["mulai_tanpa_perlindungan"].get<int>(), 1);
  EXPECT_EQ(all["total"]["proyek"].get<int>(),
            all["total"]["patuh"].get<int>() + static_cast<int>(all["bermasalah"].size()));
  int per_kel = 0;
  for (const auto& row : all["per_kelurahan"]) per_kel += row["proyek"].get<int>();
  EXPECT_EQ(per_kel, all["total"]["proyek"].get<int>());
  EXPECT_EQ(all["bermasalah"][0]["kepatuhan"]["mulai_tanpa_perlindungan"], true);  // the most urgent first

  // The Pasir Putih operator sees exactly their kelurahan's one project.
  UserClient kel(*server_, "kel");
  const auto mine = json::parse(kel.get("/api/v1/reports/projects")->body);
  EXPECT_EQ(mine["total"]["proyek"], 1);
  EXPECT_EQ(mine["total"]["mulai_tanpa_perlindungan"], 1);
  EXPECT_EQ(mine["total"]["terlambat"], 1);
  ASSERT_EQ(mine["per_rt"].size(), 1u);
  EXPECT_EQ(mine["per_rt"][0]["kode"], "15.71.02.1002.001");
  EXPECT_EQ(kel.get("/api/v1/reports/projects?wilayah=15.71.01.1001")->status, 403);
  EXPECT_EQ(json::parse(kel.get("/api/v1/projects?kepatuhan=mulai_tanpa_perlindungan")->body)["total"], 1);

  res = admin.get("/api/v1/reports/projects?format=xlsx");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_NE(res->get_header_value("Content-Type").find("spreadsheetml"), std::string::npos);
  EXPECT_NE(res->get_header_value("Content-Disposition").find("kepatuhan_jakon_2026-11-21.xlsx"), std::string::npos);
  // The first sheet's TOTAL row holds the same counts as the JSON.
  std::vector<std::string> total_row;
  formats::open_xlsx(res->body)->for_each_row([&](std::size_t, const std::vector<ImportCell>& cells) {
    if (!cells.empty() && cells[0].text == "TOTAL")
      for (const auto& c : cells)
        total_row.push_back(c.number ? std::to_string(static_cast<long long>(c.value)) : c.text);
    return true;
  });
  ASSERT_GE(total_row.size(), 7u);
  EXPECT_EQ(total_row[2], std::to_string(all["total"]["proyek"].get<int>()));
  EXPECT_EQ(total_row[4], std::to_string(all["total"]["terlambat"].get<int>()));
  EXPECT_EQ(total_row[5], std::to_string(all["total"]["mulai_tanpa_perlindungan"].get<int>()));

  // BPJS staff read the report but change nothing.
  UserClient bpjs(*server_, "bpjs");
  EXPECT_EQ(bpjs.get("/api/v1/reports/projects")->status, 200);
  EXPECT_EQ(bpjs.post(revoked + "/certificate/revoke", {{"alasan", "x"}})->status, 403);
}

TEST_F(JakonApiTest, EveryWriteIsAudited) {
  UserClient admin(*server_, "admin");
  auto res = admin.post("/api/v1/projects", project(4, "2026-11-10"));
  ASSERT_EQ(res->status, 201);
  const auto p = json::parse(res->body);
  const std::string id = std::to_string(p["id"].get<std::int64_t>());
  ASSERT_EQ(admin.put("/api/v1/projects/" + id, {{"nilai", "Rp850.000.000"}, {"versi", p["versi"]}})->status, 200);
  std::vector<store::AuditEntry> entries;
  server_->app().store().read([&](store::Session& s) { entries = s.audit().entries("proyek", id, 0, 10).items; });
  ASSERT_EQ(entries.size(), 2u);
  for (const auto& e : entries) EXPECT_EQ(e.pelaku, "admin");
  const auto& update = entries[0].aksi == "ubah" ? entries[0] : entries[1];
  const auto changes = json::parse(update.perubahan);
  EXPECT_EQ(changes["nilai"], json({80000000, 850000000}));
  EXPECT_EQ(changes["iuran"], json({192000, 1525000}));
}

}  // namespace

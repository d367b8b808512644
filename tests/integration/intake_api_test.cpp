// The intake over HTTP, as an RT head, a kelurahan operator and a BPJS officer use it: the template,
// a dry run and a commit of the RT's spreadsheet (CSV and XLSX as the raw request body), the
// history and its error report, verification, the duplicate queue and BPJS's active members.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "formats/table_writer.hpp"
#include "integration/test_server.hpp"
#include "store/registry_store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const char* kHeader =
    "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
    "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\n";

class IntakeApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("intake_api");
    server_->app().store().write([](store::Session& s) {
      for (int rt = 1; rt <= 3; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
    });
    server_->add_user("rt1", "ketua_rt", "15.71.01.1001.001");
    server_->add_user("kel", "operator_kelurahan", "15.71.01.1001");
    server_->add_user("bpjs", "petugas_bpjs", "15.71");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }
  static inline TestServer* server_ = nullptr;
};

TEST_F(IntakeApiTest, TemplateDownloadsAsCsvAndXlsx) {
  UserClient rt(*server_, "rt1");
  auto csv = rt.get("/api/v1/imports/template?format=csv");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("templat_pekerja.csv"), std::string::npos);
  EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBFnik,nama,", 0), 0u);
  auto xlsx = rt.get("/api/v1/imports/template?format=xlsx");
  ASSERT_TRUE(xlsx);
  EXPECT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->get_header_value("Content-Type"), formats::kXlsxMime);
  EXPECT_EQ(xlsx->body.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(rt.get("/api/v1/imports/template?format=pdf")->status, 400);
}

TEST_F(IntakeApiTest, RtHeadUploadsOperatorVerifies) {
  UserClient rt(*server_, "rt1"), kel(*server_, "kel");
  const std::string file = std::string{kHeader} +
                           "1571015203900001,Siti Rahmawati,12/03/1990,P,Simpang IV Sipin,1,,0812-3456-7801,"
                           "pedagang_umkm,1.500.000,pekerja_rentan,Budi,suami,\n"
                           "1571010505850002,Ahmad Fauzi,05/05/1985,L,15.71.01.1001,1,,,ojek_online,2.000.000,"
                           "pekerja_rentan,,,\n"
                           "1571010505850003,RT Lain,05/05/1985,L,15.71.01.1001,2,,,becak,1000000,pekerja_rentan,,,\n";
  // Dry run: every row with its decision; nothing stored.
  auto dry = rt.post_raw("/api/v1/imports?dry_run=1&nama_berkas=rt001.csv", file, "text/csv");
  ASSERT_TRUE(dry);
  ASSERT_EQ(dry->status, 200) << dry->body;
  auto d = json::parse(dry->body);
  EXPECT_EQ(d["dry_run"], true);
  EXPECT_EQ(d["import_id"], nullptr);
  EXPECT_EQ(d["rows"], 3);
  EXPECT_EQ(d["created"], 2);
  EXPECT_EQ(d["rejected"], 1);
  ASSERT_EQ(d["items"].size(), 3u);
  EXPECT_EQ(d["items"][2]["action"], "rejected");
  EXPECT_EQ(d["errors"][0]["row"], 4);
  EXPECT_EQ(d["errors"][0]["column"], "rt");
  EXPECT_EQ(d["errors"][0]["code"], "di_luar_wilayah");
  EXPECT_EQ(json::parse(kel.get("/api/v1/workers")->body)["total"], 0);
  // The error report of the dry run, straight away as a spreadsheet.
  auto report = rt.post_raw("/api/v1/imports?dry_run=1&format=xlsx", file, "text/csv");
  EXPECT_EQ(report->status, 200);
  EXPECT_EQ(report->body.substr(0, 2), "PK");
  // Commit.
  auto done = rt.post_raw("/api/v1/imports?nama_berkas=rt001.csv", file, "text/csv");
  ASSERT_EQ(done->status, 201) << done->body;
  const auto c = json::parse(done->body);
  EXPECT_EQ(c["created"], 2);
  EXPECT_EQ(c["saved"], true);
  const auto import_id = c["import_id"].get<std::int64_t>();
  // The same file again changes nothing, and says so.
  const auto again_res = rt.post_raw("/api/v1/imports?nama_berkas=rt001.csv", file, "text/csv");
  EXPECT_EQ(again_res->status, 200);  // not "created": nothing was stored
  const auto again = json::parse(again_res->body);
  EXPECT_EQ(again["unchanged"], 2);
  EXPECT_EQ(again["saved"], false);
  // History and the error report, for the kelurahan.
  const auto history = json::parse(kel.get("/api/v1/imports")->body);
  ASSERT_EQ(history["total"], 2);
  EXPECT_EQ(history["items"][1]["nama_berkas"], "rt001.csv");
  EXPECT_EQ(history["items"][1]["pelaku"], "rt1");
  EXPECT_EQ(history["items"][1]["created"], 2);
  const auto one = json::parse(kel.get("/api/v1/imports/" + std::to_string(import_id))->body);
  EXPECT_EQ(one["errors"].size(), 1u);
  auto csv_report = kel.get("/api/v1/imports/" + std::to_string(import_id) + "/errors?format=csv");
  EXPECT_EQ(csv_report->status, 200);
  EXPECT_NE(csv_report->body.find("di_luar_wilayah"), std::string::npos);
  EXPECT_NE(csv_report->get_header_value("Content-Disposition").find("masalah_impor_"), std::string::npos);
  auto xlsx_report = kel.get("/api/v1/imports/" + std::to_string(import_id) + "/errors?format=xlsx");
  EXPECT_EQ(xlsx_report->body.substr(0, 2), "PK");

  // Verification: the RT head may not, the operator may (and every decision is kept).
  const auto list = json::parse(kel.get("/api/v1/workers?status=didata")->body);
  ASSERT_EQ(list["total"], 2);
  const auto id = std::to_string(list["items"][0]["id"].get<std::int64_t>());
  const auto other = list["items"][1]["id"].get<std::int64_t>();
  EXPECT_EQ(rt.post("/api/v1/workers/" + id + "/verify", json::object())->status, 403);
  auto v = kel.post("/api/v1/workers/" + id + "/verify", {{"alasan", "Sesuai KTP dan KK"}});
  ASSERT_EQ(v->status, 200) << v->body;
  EXPECT_EQ(json::parse(v->body)["status"], "diverifikasi");
  EXPECT_EQ(kel.post("/api/v1/workers/" + id + "/reject", {{"alasan", "salah"}})->status, 409);
  auto bulk = json::parse(kel.post("/api/v1/verifications",
                                   {{"ids", {other}}, {"keputusan", "tolak"}, {"alasan", "Penghasilan di atas batas"}})
                              ->body);
  EXPECT_EQ(bulk["ok"], 1);
  const auto decisions = json::parse(kel.get("/api/v1/workers/" + std::to_string(other) + "/verifications")->body);
  ASSERT_EQ(decisions["items"].size(), 1u);
  EXPECT_EQ(decisions["items"][0]["keputusan"], "ditolak");
  EXPECT_EQ(decisions["items"][0]["oleh"], "kel");
}

TEST_F(IntakeApiTest, XlsxUploadDuplicatesQueueAndBpjsActiveMembers) {
  UserClient rt(*server_, "rt1"), kel(*server_, "kel"), bpjs(*server_, "bpjs");
  formats::Table t;
  for (const char* h : {"NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Kode Kelurahan", "RT", "Pekerjaan",
                        "Penghasilan", "Kategori"})
    t.header.emplace_back(h);
  t.rows = {{"1571012001950011", "Muhammad Rizki", "20/01/1995", "L", "15.71.01.1001", "1", "becak", "1000000",
             "pekerja_rentan"},
            {"1571012001950017", "M. Rizki, S.Pd.", "20/01/1995", "L", "15.71.01.1001", "1", "becak", "1000000",
             "pekerja_rentan"}};
  t.numeric = {false, false, false, false, false, true, false, true};
  auto up =
      rt.post_raw("/api/v1/imports?nama_berkas=rt001.xlsx", formats::table_xlsx({t}), std::string{formats::kXlsxMime});
  ASSERT_EQ(up->status, 201) << up->body;
  const auto r = json::parse(up->body);
  EXPECT_EQ(r["format"], "xlsx");
  EXPECT_EQ(r["created"], 2);
  EXPECT_EQ(r["duplicates"], 1);

  const auto queue = json::parse(kel.get("/api/v1/duplicates")->body);
  ASSERT_EQ(queue["total"], 1);
  const auto& pair = queue["items"][0];
  EXPECT_EQ(pair["status"], "menunggu");
  EXPECT_EQ(pair["pekerja"].size(), 2u);
  EXPECT_NE(pair["pekerja"][0]["nik"].get<std::string>().find("*"), std::string::npos);  // masked
  const auto keep = pair["pekerja"][0]["id"].get<std::int64_t>();
  const auto pid = std::to_string(pair["id"].get<std::int64_t>());
  EXPECT_EQ(rt.get("/api/v1/duplicates")->status, 403);
  auto merged = kel.post("/api/v1/duplicates/" + pid + "/merge", {{"pertahankan", keep}, {"catatan", "KTP sama"}});
  ASSERT_EQ(merged->status, 200) << merged->body;
  EXPECT_EQ(json::parse(merged->body)["status"], "digabung");
  EXPECT_EQ(json::parse(kel.get("/api/v1/duplicates")->body)["total"], 0);

  auto file = bpjs.post_raw("/api/v1/bpjs/active-members?nama_berkas=aktif.csv",
                            "nik;kpj;segmen;pembayar\n1571012001950011;12345678901;PU;PT Sawit\n", "text/csv");
  ASSERT_EQ(file->status, 201) << file->body;
  EXPECT_EQ(json::parse(file->body)["matched"], 1);
  const auto matches = json::parse(kel.get("/api/v1/bpjs/active-members/matches")->body);
  ASSERT_EQ(matches["total"], 1);
  EXPECT_EQ(matches["items"][0]["bpjs"]["segmen"], "PU");
  EXPECT_EQ(kel.post("/api/v1/workers/" + std::to_string(keep) + "/verify", json::object())->status, 409);
}

TEST_F(IntakeApiTest, UnreadableAndOversizedUploadsAreClearErrors) {
  UserClient rt(*server_, "rt1");
  auto bad = rt.post_raw("/api/v1/imports", std::string("\x00\x01\x02garbage", 10), "application/octet-stream");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["code"], "format_tidak_dikenal");
  auto wrong = rt.post_raw("/api/v1/imports", "Nama,Umur\nBudi,30\n", "text/csv");
  EXPECT_EQ(json::parse(wrong->body)["error"]["code"], "kolom_wajib_tidak_ada");
  // Uploads may be larger than JSON bodies (64 KiB here), up to the upload limit (16 MiB).
  std::string big = kHeader;
  while (big.size() < 200 * 1024)
    big += "1571015203900099,Orang,12/03/1990,P,15.71.01.1001,1,,,becak,1000000,pekerja_rentan,,,\n";
  auto ok = rt.post_raw("/api/v1/imports?dry_run=1", big, "text/csv");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);  // read; the repeated NIK is rejected row by row
  std::string huge(17u << 20, 'x');
  auto too_big = rt.post_raw("/api/v1/imports?dry_run=1", huge, "text/csv");
  if (too_big) {
    EXPECT_EQ(too_big->status, 413);
  }
  EXPECT_EQ(rt.get("/api/v1/health")->status, 200);
}

}  // namespace

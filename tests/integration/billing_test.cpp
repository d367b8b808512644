// Billing over HTTP: bulk allocation, an invoice paid in two parts (with a retried reference and
// an overpayment refused), arrears as JSON and XLSX, the RT fund, and the billing reports.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/test_server.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class BillingApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("billing");
    server_->app().set_today_for_tests(Date{2026, 1, 5});
    server_->app().store().write([](store::Session& s) {
      s.put_rt({"", "15.71.01.1001", 7, ""});
      s.put_rt({"", "15.71.01.1001", 8, ""});
    });
    for (int i = 0; i < 4; ++i) {
      Worker w;
      w.nik = "157101170885000" + std::to_string(i + 1);
      w.nama = "Pekerja " + std::to_string(i + 1);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::L;
      w.kode_kelurahan = "15.71.01.1001";
      w.rt = i < 3 ? 7 : 8;
      w.pekerjaan = "becak";
      w.penghasilan = 1'000'000 + i;
      w.kategori = "pekerja_rentan";
      w.status = "diverifikasi";
      w.persetujuan = true;
      server_->app().store().write([&](store::Session& s) { s.insert_worker(w); });
    }
    server_->add_user("admin", "admin_kota", "15.71");
    server_->add_user("rt7", "ketua_rt", "15.71.01.1001.007");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }
  static inline TestServer* server_ = nullptr;
};

TEST_F(BillingApiTest, AllocateInvoicePayAndReport) {
  UserClient admin(*server_, "admin");
  ASSERT_EQ(
      admin
          .post("/api/v1/funders",
                {{"kode", "apbd_kota"}, {"nama", "APBD Kota Jambi"}, {"jenis", "apbd_kota"}, {"wilayah", "15.71"}})
          ->status,
      201);
  ASSERT_EQ(admin.put("/api/v1/funders/apbd_kota/budget/2026", {{"pagu", 10'000'000}, {"kuota", 3}})->status, 204);
  // Bulk by rule: RT 7's becak drivers, all three; the quota of 3 then refuses RT 8's worker.
  auto res =
      admin.post("/api/v1/allocations/bulk", {{"sumber_dana", "apbd_kota"},
                                              {"mulai", "2026-01"},
                                              {"bulan", 12},
                                              {"aturan", {{"wilayah", "15.71.01.1001.007"}, {"pekerjaan", "becak"}}}});
  ASSERT_EQ(res->status, 200) << res->body;
  auto body = json::parse(res->body);
  EXPECT_EQ(body["dipilih"], 3);
  EXPECT_EQ(body["accepted"], 3);
  res = admin.post("/api/v1/allocations/bulk", {{"sumber_dana", "apbd_kota"}, {"mulai", "2026-01"}, {"bulan", 12}});
  body = json::parse(res->body);
  EXPECT_EQ(body["dipilih"], 1);
  EXPECT_EQ(body["items"][0]["masalah"][0]["code"], "kuota_penuh") << res->body;

  res = admin.post("/api/v1/invoices", {{"sumber_dana", "apbd_kota"}, {"dari", "2026-01"}, {"sampai", "2026-12"}});
  ASSERT_EQ(res->status, 201) << res->body;
  const auto invoice = json::parse(res->body);
  EXPECT_EQ(invoice["baris"], 36);
  EXPECT_EQ(invoice["total"], 3 * 201'600);  // RULES.md §7: Rp201.600 per worker per year
  EXPECT_EQ(invoice["status"], "terbit");
  const std::string path = "/api/v1/invoices/" + std::to_string(invoice["id"].get<std::int64_t>());
  res = admin.post("/api/v1/invoices", {{"sumber_dana", "apbd_kota"}, {"dari", "2026-01"}, {"sampai", "2026-12"}});
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "tidak_ada_alokasi");

  res = admin.post(path + "/payments", {{"jumlah", 3 * 16'800}, {"tanggal", "2026-01-05"}, {"referensi", "SP2D-0001"}});
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(json::parse(res->body)["tagihan"]["status"], "sebagian");
  res = admin.post(path + "/payments", {{"jumlah", 3 * 16'800}, {"tanggal", "2026-01-05"}, {"referensi", "SP2D-0001"}});
  EXPECT_EQ(res->status, 200);  // the same reference again: recorded once
  EXPECT_FALSE(json::parse(res->body)["baru"].get<bool>());
  res =
      admin.post(path + "/payments", {{"jumlah", 3 * 201'600}, {"tanggal", "2026-01-05"}, {"referensi", "SP2D-0002"}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "kelebihan_bayar");
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "jumlah");
  res = admin.post(path + "/payments", {{"jumlah", 100}, {"tanggal", "05/01/2026"}, {"referensi", "SP2D-0003"}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "tanggal");

  const auto view = json::parse(admin.get(path)->body);
  EXPECT_EQ(view["dibayar"], 3 * 16'800);
  EXPECT_EQ(view["bulan"][0]["dibayar"], 3 * 16'800);  // January in full for all three
  EXPECT_EQ(view["bulan"][1]["dibayar"], 0);
  EXPECT_EQ(view["pembayaran"].size(), 1u);

  // In February nothing more was paid: February is in arrears for RT 7.
  server_->app().set_today_for_tests(Date{2026, 2, 20});
  const auto arrears = json::parse(admin.get("/api/v1/arrears?sumber_dana=apbd_kota")->body);
  ASSERT_EQ(arrears["rts"].size(), 1u) << arrears;
  EXPECT_EQ(arrears["rts"][0]["kode_rt"], "15.71.01.1001.007");
  EXPECT_EQ(arrears["rts"][0]["bulan_tunggakan"], 3);
  EXPECT_EQ(arrears["tunggakan"], 3 * 16'800);
  res = admin.get("/api/v1/arrears?format=xlsx");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type").find("spreadsheetml") != std::string::npos, true);
  EXPECT_EQ(res->body.substr(0, 2), "PK");
  UserClient rt7(*server_, "rt7");
  EXPECT_EQ(json::parse(rt7.get("/api/v1/reports/arrears")->body)["rts"].size(), 1u);
  EXPECT_EQ(rt7.get("/api/v1/arrears?wilayah=15.71.01.1001.008")->status, 403);

  const auto use = json::parse(admin.get("/api/v1/reports/funding?tahun=2026")->body);
  ASSERT_EQ(use["rows"].size(), 1u);
  EXPECT_EQ(use["rows"][0]["pagu"], 10'000'000);
  EXPECT_EQ(use["rows"][0]["dialokasikan"], 3 * 201'600);
  EXPECT_EQ(use["rows"][0]["ditagih"], 3 * 201'600);
  EXPECT_EQ(use["rows"][0]["dibayar"], 3 * 16'800);
  EXPECT_EQ(use["rows"][0]["sisa"], 10'000'000 - 3 * 201'600);
  EXPECT_EQ(use["rows"][0]["pekerja"], 3);
  EXPECT_EQ(admin.get("/api/v1/reports/funding?format=xlsx")->body.substr(0, 2), "PK");
  const auto inv = json::parse(admin.get("/api/v1/reports/invoices?tahun=2026")->body);
  EXPECT_EQ(inv["tagihan"].size(), 1u);
  EXPECT_EQ(inv["pembayaran"].size(), 1u);
  EXPECT_EQ(admin.get("/api/v1/reports/invoices?format=doc")->status, 400);
}

TEST_F(BillingApiTest, RtFundCalculator) {
  UserClient rt7(*server_, "rt7");
  auto res = rt7.get("/api/v1/rts/15.71.01.1001.007/dana?workers=20&months=12&tahun=2026");
  ASSERT_EQ(res->status, 200) << res->body;
  const auto d = json::parse(res->body);
  EXPECT_EQ(d["dana_tahunan"], 100'000'000);
  EXPECT_EQ(d["kalkulator"]["total"], 4'032'000);
  EXPECT_EQ(d["kalkulator"]["total_teks"], "Rp4.032.000");
  EXPECT_EQ(rt7.get("/api/v1/rts/15.71.01.1001.008/dana")->status, 403);
  EXPECT_EQ(rt7.get("/api/v1/rts/15.71.01.1001.007/dana?workers=0")->status, 400);
}

}  // namespace

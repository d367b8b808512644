// Billing over HTTP: bulk allocation, an invoice paid in two parts (with a retried reference and
// an overpayment refused), arrears as JSON and XLSX, the RT fund, and the billing reports.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bpjs_answer.hpp"
#include "core/worker.hpp"
#include "formats/table_reader.hpp"
#include "integration/test_server.hpp"
#include "pdf_tools.hpp"
#include "store/registry_store.hpp"
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
      s.registry().put_rt({"", "15.71.01.1001", 7, ""});
      s.registry().put_rt({"", "15.71.01.1001", 8, ""});
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
      server_->app().store().write([&](store::Session& s) { s.registry().insert_worker(w); });
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
  // BPJS accepts the three from 1 January: only months of a membership are billed.
  lindungi::testing::accept_allocated(server_->app(), Date{2026, 1, 1});
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

// Issue 17 item 7: a worker BPJS rejected is not billed, one accepted from March is billed from
// March, and the invoice lists its workers and months (paged; masked NIK, KPJ), their sum equal to
// its total, on screen (JSON) and in its XLSX and PDF with a total row.
TEST_F(BillingApiTest, InvoiceListsItsWorkersAndBillsOnlyBpjsMembers) {
  UserClient admin(*server_, "admin");
  ASSERT_EQ(admin
                .post("/api/v1/funders", {{"kode", "apbd_rinci"},
                                          {"nama", "APBD Kota Jambi (rinci)"},
                                          {"jenis", "apbd_kota"},
                                          {"wilayah", "15.71"}})
                ->status,
            201);
  ASSERT_EQ(admin.put("/api/v1/funders/apbd_rinci/budget/2026", {{"pagu", 10'000'000}})->status, 204);
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 4; ++i) {
    Worker w;
    w.nik = "157101170885020" + std::to_string(i + 1);
    w.nama = std::string{"Rinci "} + static_cast<char>('D' - i);  // Rinci D, C, B, A: the list is by name
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::P;
    w.kode_kelurahan = "15.71.01.1001";
    w.rt = 8;
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.status = "diverifikasi";
    w.persetujuan = true;
    server_->app().store().write([&](store::Session& s) { s.registry().insert_worker(w); });
    ids.push_back(w.id);
  }
  auto res = admin.post("/api/v1/allocations",
                        {{"pekerja", ids}, {"sumber_dana", "apbd_rinci"}, {"mulai", "2026-01"}, {"bulan", 12}});
  ASSERT_EQ(res->status, 200) << res->body;
  ASSERT_EQ(json::parse(res->body)["accepted"], 4) << res->body;
  auto& app = server_->app();
  lindungi::testing::bpjs_answer(app, ids[0], "diterima", Date{2026, 1, 1});
  lindungi::testing::bpjs_answer(app, ids[1], "ditolak", Date{2026, 1, 4});
  lindungi::testing::bpjs_answer(app, ids[2], "diterima", Date{2026, 3, 16});
  lindungi::testing::bpjs_answer(app, ids[3], "diterima", Date{2026, 1, 1});
  res = admin.post("/api/v1/invoices", {{"sumber_dana", "apbd_rinci"}, {"dari", "2026-01"}, {"sampai", "2026-12"}});
  ASSERT_EQ(res->status, 201) << res->body;
  const auto invoice = json::parse(res->body);
  EXPECT_EQ(invoice["baris"], 12 + 10 + 12);
  EXPECT_EQ(invoice["total"], 34 * 16'800);
  const std::string path = "/api/v1/invoices/" + std::to_string(invoice["id"].get<std::int64_t>());

  // Two pages of two workers: Rinci A (ids[3]), Rinci B (ids[2]); then Rinci D (ids[0]).
  Rupiah sum = 0;
  std::vector<std::string> names;
  for (int offset = 0; offset < 4; offset += 2) {
    const auto view = json::parse(admin.get(path + "?offset=" + std::to_string(offset) + "&limit=2")->body);
    EXPECT_EQ(view["pekerja"]["total"], 3) << view;
    EXPECT_EQ(view["pekerja"]["limit"], 2);
    for (const auto& w : view["pekerja"]["items"]) {
      names.push_back(w["nama"]);
      Rupiah months = 0;
      for (const auto& m : w["bulan"]) months += m["iuran"].get<Rupiah>();
      EXPECT_EQ(w["jumlah"], months);
      sum += months;
      EXPECT_EQ(w["nik"].get<std::string>().find("1571011708850"), std::string::npos) << "NIK masked: " << w["nik"];
      EXPECT_EQ(w["kpj"], std::to_string(25010000000 + w["pekerja_id"].get<std::int64_t>()));
      EXPECT_NE(w["pekerja_id"], ids[1]) << "the worker BPJS rejected is not billed";
      if (w["pekerja_id"] == ids[2]) {
        EXPECT_EQ(w["bulan"].size(), 10u);
        EXPECT_EQ(w["bulan"][0]["bulan"], "2026-03");
        EXPECT_EQ(w["bulan_teks"], "Maret 2026 \u2013 Desember 2026");
      }
    }
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Rinci A", "Rinci B", "Rinci D"}));
  EXPECT_EQ(sum, invoice["total"]);
  EXPECT_EQ(admin.get(path + "?limit=1001")->status, 400);
  // Nothing else to bill: the rejected worker's months stay funded but are never invoiced.
  res = admin.post("/api/v1/invoices", {{"sumber_dana", "apbd_rinci"}, {"dari", "2026-01"}, {"sampai", "2026-12"}});
  EXPECT_EQ(res->status, 409);

  // The XLSX: a ZIP whose sheet holds every worker and the total row.
  res = admin.get(path + "?format=xlsx");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body.substr(0, 2), "PK");
  EXPECT_NE(res->get_header_value("Content-Disposition").find(invoice["nomor"].get<std::string>() + ".xlsx"),
            std::string::npos);
  std::vector<std::vector<std::string>> rows;
  formats::open_xlsx(res->body)->for_each_row([&](std::size_t, const std::vector<ImportCell>& cells) {
    std::vector<std::string> row;
    for (const auto& c : cells) row.push_back(c.number ? std::to_string(static_cast<std::int64_t>(c.value)) : c.text);
    rows.push_back(row);
    return true;
  });
  ASSERT_EQ(rows.size(), 5u);  // the header, three workers, the total row
  EXPECT_EQ(rows[0][1], "Nama");
  EXPECT_EQ(rows[1][1], "Rinci A");
  EXPECT_EQ(rows[2][1], "Rinci B");
  EXPECT_EQ(rows[2][4], "Maret 2026 \u2013 Desember 2026");
  EXPECT_EQ(rows[2][6], std::to_string(10 * 16'800));
  EXPECT_EQ(rows[3][1], "Rinci D");
  EXPECT_EQ(rows[4][1], "Total");
  EXPECT_EQ(rows[4][5], "34");
  EXPECT_EQ(rows[4][6], std::to_string(34 * 16'800)) << "the total row equals the invoice's total";
  Rupiah lines = 0;
  for (std::size_t i = 1; i + 1 < rows.size(); ++i) lines += std::stoll(rows[i][6]);
  EXPECT_EQ(lines, 34 * 16'800);

  // The PDF: the same lines and the total as Rupiah.
  res = admin.get(path + "?format=pdf");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body.substr(0, 5), "%PDF-");
  if (!lindungi::testing::have("pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) tidak terpasang";
  const auto text = lindungi::testing::read_pdf(res->body).text;
  for (const char* want : {"Tagihan iuran", "Rinci A", "Rinci B", "Rinci D", "Maret 2026", "Total", "Rp571.200"})
    EXPECT_NE(text.find(want), std::string::npos) << want << " in\n" << text;
  EXPECT_EQ(text.find("Rinci C"), std::string::npos);
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

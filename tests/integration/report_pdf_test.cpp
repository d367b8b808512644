// Reports as PDF over HTTP (issue 6): every report route answers ?format=pdf with an A4 PDF whose
// text carries a figure of the fixture as people read it (Rp…, DD/MM/YYYY), the coverage report
// also answers xlsx, and an unknown format is a 400 naming `format`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bpjs_answer.hpp"
#include "core/money.hpp"
#include "core/worker.hpp"
#include "integration/claims_fixture.hpp"
#include "integration/jakon_helpers.hpp"
#include "integration/test_server.hpp"
#include "pdf_tools.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const std::string kPdfKel = "15.71.01.1001";

class ReportPdfTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("report_pdf");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", kPdfKel, 1, ""});
      s.registry().put_rt({"", kPdfKel, 7, ""});
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    });
    server_->reopen();
    for (int i = 0; i < 3; ++i) {
      Worker w;
      w.nik = "157101170885010" + std::to_string(i + 1);
      w.nama = "Pekerja Laporan " + std::to_string(i + 1);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::L;
      w.kode_kelurahan = kPdfKel;
      w.rt = 7;
      w.pekerjaan = "becak";
      w.penghasilan = 1'000'000;
      w.kategori = "pekerja_rentan";
      w.status = "diverifikasi";
      w.persetujuan = true;
      server_->app().store().write([&](store::Session& s) { s.registry().insert_worker(w); });
    }
    server_->add_user("admin", "admin_kota", "15.71");
    server_->add_user("bpjs", "petugas_bpjs", "15.71");
    server_->add_user("rt1", "ketua_rt", kPdfKel + ".001");
    server_->start();

    // Billing: RT 7's three becak drivers for 2026 (Rp201.600 each), one month paid.
    UserClient admin(*server_, "admin");
    ASSERT_EQ(admin.put("/api/v1/funders/apbd_kota/budget/2026", {{"pagu", 10'000'000}, {"kuota", 3}})->status, 204);
    auto res =
        admin.post("/api/v1/allocations/bulk", {{"sumber_dana", "apbd_kota"},
                                                {"mulai", "2026-01"},
                                                {"bulan", 12},
                                                {"aturan", {{"wilayah", kPdfKel + ".007"}, {"pekerjaan", "becak"}}}});
    ASSERT_EQ(res->status, 200) << res->body;
    lindungi::testing::accept_allocated(server_->app(), Date{2026, 1, 1});  // only members are billed
    res = admin.post("/api/v1/invoices", {{"sumber_dana", "apbd_kota"}, {"dari", "2026-01"}, {"sampai", "2026-12"}});
    ASSERT_EQ(res->status, 201) << res->body;
    const auto invoice = json::parse(res->body)["id"].get<std::int64_t>();
    res = admin.post("/api/v1/invoices/" + std::to_string(invoice) + "/payments",
                     {{"jumlah", 3 * 16'800}, {"tanggal", "2026-01-10"}, {"referensi", "SP2D-0001"}});
    ASSERT_EQ(res->status, 201) << res->body;

    // Claims: a JKM case paid Rp42.000.000, and a child whose 2026/2027 SD year (Rp1.500.000) is unpaid.
    UserClient bpjs(*server_, "bpjs");
    const auto claim = lindungi::testing::claim_fixture(server_->app(), kPdfKel, "apbd_kota", "disetujui");
    res = bpjs.post("/api/v1/claims/" + std::to_string(claim) + "/payment",
                    {{"jumlah", 42'000'000}, {"tanggal", "2026-11-10"}, {"referensi", "TRF-2026-11-0001"}});
    ASSERT_EQ(res->status, 200) << res->body;
    lindungi::testing::scholarship_year_fixture(server_->app(), kPdfKel, "apbd_kota");

    // Jakon: a Rp80.000.000 project without a certificate (Jakon premium Rp192.000).
    lindungi::testing::jakon_project(server_->app(), kPdfKel, 1);
  }
  static void TearDownTestSuite() { delete server_; }

  // The PDF of `path` as `user`, read back as text; fails the test unless it is a 200 PDF download.
  static std::string pdf_text(const std::string& user, const std::string& path) {
    UserClient c(*server_, user);
    const auto res = c.get(path);
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << path << ": " << res->body.substr(0, 300);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/pdf") << path;
    const auto disposition = res->get_header_value("Content-Disposition");
    EXPECT_EQ(disposition.rfind("attachment; filename=\"", 0), 0u) << disposition;
    EXPECT_NE(disposition.find(".pdf\""), std::string::npos) << disposition;
    EXPECT_EQ(res->body.substr(0, 5), "%PDF-") << path;
    if (!lindungi::testing::have("pdftotext") || !lindungi::testing::have("pdfinfo")) return {};
    const auto doc = lindungi::testing::read_pdf(res->body);
    EXPECT_GE(doc.pages, 1) << path;
    EXPECT_NE(doc.text.find("Halaman 1 dari " + std::to_string(doc.pages)), std::string::npos) << path;
    EXPECT_NE(doc.text.find("Dicetak "), std::string::npos) << path;
    return doc.text;
  }

  static bool can_read() { return lindungi::testing::have("pdftotext") && lindungi::testing::have("pdfinfo"); }

  static inline TestServer* server_ = nullptr;
};

#define EXPECT_IN(text, what) \
  EXPECT_NE((text).find(what), std::string::npos) << "missing " << (what) << " in\n" << (text)

TEST_F(ReportPdfTest, BillingReports) {
  auto text = pdf_text("admin", "/api/v1/reports/funding?tahun=2026&format=pdf");
  if (!can_read()) GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) tidak terpasang: scripts/install-deps.sh --test";
  EXPECT_IN(text, "Pemakaian anggaran per sumber dana 2026");
  EXPECT_IN(text, "APBD Kota Jambi");
  EXPECT_EQ(text.find("apbd_kota"), std::string::npos) << "the funder's code is not for people:\n" << text;
  EXPECT_IN(text, "Rp10.000.000");  // pagu
  EXPECT_IN(text, "Rp604.800");     // allocated: 3 x Rp201.600

  text = pdf_text("admin", "/api/v1/reports/invoices?tahun=2026&format=pdf");
  EXPECT_IN(text, "Tagihan");
  EXPECT_IN(text, "Pembayaran");
  EXPECT_IN(text, "Rp604.800");
  EXPECT_IN(text, "Rp50.400");
  EXPECT_IN(text, "10/01/2026");  // the payment's date
  EXPECT_IN(text, "SP2D-0001");

  UserClient admin(*server_, "admin");
  const auto arrears = json::parse(admin.get("/api/v1/arrears?tahun=2026")->body);
  const Rupiah owed = arrears["tunggakan"];
  ASSERT_GT(owed, 0) << arrears;
  text = pdf_text("admin", "/api/v1/reports/arrears?tahun=2026&format=pdf");
  EXPECT_IN(text, "Tunggakan iuran per RT 2026");
  EXPECT_IN(text, kPdfKel + ".007");
  EXPECT_IN(text, format_rupiah(owed));
  EXPECT_EQ(text.find("Pekerja Laporan"), std::string::npos) << "the summary has no lines";

  text = pdf_text("admin", "/api/v1/arrears?tahun=2026&format=pdf");
  EXPECT_IN(text, "Rincian");
  EXPECT_IN(text, "Pekerja Laporan 1");
  EXPECT_IN(text, "12/2026");  // a month as MM/YYYY
  EXPECT_IN(text, "Rp16.800");
}

TEST_F(ReportPdfTest, ClaimsAndScholarships) {
  auto text = pdf_text("admin", "/api/v1/reports/claims?dari=2026-01-01&sampai=2026-11-21&format=pdf");
  if (!can_read()) GTEST_SKIP() << "poppler-utils tidak terpasang";
  EXPECT_IN(text, "Laporan klaim JKM dan JKK");
  EXPECT_IN(text, "Periode: 01/01/2026 s.d. 21/11/2026");
  EXPECT_IN(text, "Rp42.000.000");
  EXPECT_IN(text, "Beasiswa");

  text = pdf_text("admin", "/api/v1/scholarships/due?tahun=2026&format=pdf");
  EXPECT_IN(text, "Beasiswa jatuh tempo tahun ajaran 2026/2027");
  EXPECT_IN(text, "Adi");
  EXPECT_IN(text, "10/09/2015");
  EXPECT_IN(text, "Rp1.500.000");
}

TEST_F(ReportPdfTest, ProjectsAndCoverage) {
  auto text = pdf_text("admin", "/api/v1/reports/projects?format=pdf");
  if (!can_read()) GTEST_SKIP() << "poppler-utils tidak terpasang";
  EXPECT_IN(text, "Kepatuhan Jakon");
  EXPECT_IN(text, "Proyek Bermasalah");
  EXPECT_IN(text, "Semenisasi gang RT 1");
  EXPECT_IN(text, "Rp192.000");
  EXPECT_IN(text, "Rp80.000.000");

  UserClient admin(*server_, "admin");
  const auto cov = json::parse(admin.get("/api/v1/reports/coverage?level=kelurahan&wilayah=15.71.01")->body);
  const std::int64_t workers = cov["total"]["workers"];
  ASSERT_GE(workers, 3) << cov;
  text = pdf_text("admin", "/api/v1/reports/coverage?level=kelurahan&wilayah=15.71.01&format=pdf");
  EXPECT_IN(text, "Capaian cakupan semesta per kelurahan");
  EXPECT_IN(text, "Wilayah: Kecamatan Telanaipura (15.71.01)");
  EXPECT_IN(text, "Simpang IV Sipin");
  EXPECT_IN(text, "TOTAL");
  EXPECT_IN(text, std::to_string(workers));

  const auto xlsx = admin.get("/api/v1/reports/coverage?level=kecamatan&format=xlsx");
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_NE(xlsx->get_header_value("Content-Type").find("spreadsheetml"), std::string::npos);
  EXPECT_EQ(xlsx->get_header_value("Content-Disposition"), "attachment; filename=\"cakupan_kecamatan.xlsx\"");
  EXPECT_EQ(xlsx->body.substr(0, 2), "PK");
}

TEST_F(ReportPdfTest, AnEmptyReportSaysTidakAdaData) {
  // RT 1 has no allocations: its head's arrears report is empty.
  auto text = pdf_text("rt1", "/api/v1/reports/arrears?tahun=2026&format=pdf");
  if (!can_read()) GTEST_SKIP() << "poppler-utils tidak terpasang";
  EXPECT_IN(text, "Tidak ada data");
  EXPECT_IN(text, "Wilayah: RT 001, Kelurahan Simpang IV Sipin (15.71.01.1001.001)");
  text = pdf_text("admin", "/api/v1/reports/funding?tahun=2031&format=pdf");
  EXPECT_IN(text, "Tidak ada data");
}

TEST_F(ReportPdfTest, AnUnknownFormatIsRefusedNamingTheField) {
  UserClient admin(*server_, "admin");
  for (const char* path :
       {"/api/v1/reports/funding", "/api/v1/reports/invoices", "/api/v1/reports/arrears", "/api/v1/arrears",
        "/api/v1/reports/claims", "/api/v1/scholarships/due", "/api/v1/reports/projects", "/api/v1/reports/coverage"}) {
    const auto res = admin.get(std::string{path} + "?format=doc");
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 400) << path;
    const auto e = json::parse(res->body)["error"];
    EXPECT_EQ(e["code"], "format_tidak_dikenal") << path;
    EXPECT_EQ(e["field"], "format") << path;
    const std::string message = e["message"];
    for (const char* allowed : {"json", "xlsx", "pdf"}) EXPECT_NE(message.find(allowed), std::string::npos) << message;
  }
}

}  // namespace

// Claims over HTTP (issue 5): a death case from the event to the payout, with documents, the SLA
// clock and the scholarship follow-up; cover from the ledger (covered, grace month, not covered);
// a death recorded twice; document limits, types and checksums; the area rule; the report.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/worker.hpp"
#include "integration/claims_fixture.hpp"
#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const std::string kKel = "15.71.01.1001";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "bukan gambar sungguhan tetapi bertanda PNG";
const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "isi jpeg";

class ClaimsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("claims");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", kKel, 1, ""});
      s.registry().put_rt({"", kKel, 2, ""});
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    });
    server_->reopen();
    server_->add_user("rt1", "ketua_rt", kKel + ".001");
    server_->add_user("rt2", "ketua_rt", kKel + ".002");
    server_->add_user("bpjs", "petugas_bpjs", "15.71");
    server_->add_user("bpjs2", "petugas_bpjs", "15.71");  // a second person (issue 16 item 4)
    server_->add_user("admin", "admin_kota", "15.71");
    server_->start(64 * 1024);
  }
  static void TearDownTestSuite() { delete server_; }

  // A worker in RT 1 with contributions for [from, to] (YYYY-MM), paid up to `paid_to` inclusive.
  static std::int64_t worker_with_ledger(const std::string& from, const std::string& to, const std::string& paid_to) {
    const auto id = lindungi::testing::claim_worker(server_->app(), kKel, "apbd_kota");
    server_->app().store().write([&](store::Session& s) {
      int y = std::stoi(from.substr(0, 4)), m = std::stoi(from.substr(5, 2));
      for (;;) {
        const std::string month = std::to_string(y) + "-" + (m < 10 ? "0" : "") + std::to_string(m);
        if (month > to) break;
        const bool paid = month <= paid_to;
        store::AllocationRecord a{0, id, "apbd_kota", month, 16'800, paid ? 16'800 : 0, paid ? month + "-10" : ""};
        s.funding().insert_allocation(a);
        if (++m > 12) m = 1, ++y;
      }
    });
    return id;
  }

  static json death(std::int64_t worker, const std::string& date, bool work = false) {
    return {{"pekerja_id", worker},     {"jenis", "meninggal"},         {"tanggal", date},
            {"kecelakaan_kerja", work}, {"tempat", "Jl. Sultan Agung"}, {"uraian", "Meninggal di rumah"}};
  }

  static httplib::Result upload(UserClient& c, std::int64_t id, const std::string& kode, const std::string& bytes,
                                const std::string& type = "application/pdf") {
    return c.post_raw("/api/v1/claims/" + std::to_string(id) + "/documents/" + kode + "?nama_berkas=" + kode + ".pdf",
                      bytes, type);
  }

  static std::string code(const httplib::Result& r) { return json::parse(r->body)["error"]["code"]; }

  static inline TestServer* server_ = nullptr;
};

TEST_F(ClaimsTest, DeathCaseFromEventToPayoutWithScholarships) {
  UserClient rt(*server_, "rt1"), bpjs(*server_, "bpjs"), admin(*server_, "admin");
  // Paid 2023-01 .. 2026-12 (48 months, the year prepaid), and three unpaid months billed for 2027.
  const auto worker = worker_with_ledger("2023-01", "2027-03", "2026-12");
  auto res = rt.post("/api/v1/claims", death(worker, "2026-10-05"));
  ASSERT_EQ(res->status, 201) << res->body;
  const json c = json::parse(res->body);
  const auto id = c["id"].get<std::int64_t>();
  EXPECT_EQ(c["jenis_klaim"], "jkm");
  EXPECT_EQ(c["manfaat_total"], 42'000'000);
  EXPECT_EQ(c["manfaat"]["lines"].size(), 3u);
  EXPECT_EQ(c["pertanggungan"]["keputusan"], "terlindungi");
  EXPECT_EQ(c["pengembalian_iuran"], 2 * 16'800);  // November and December 2026 were paid
  EXPECT_EQ(c["bulan_dibatalkan"].size(), 3u);     // 2027-01..03, unpaid, removed
  EXPECT_EQ(c["ahli_waris"]["golongan"], 1);
  EXPECT_EQ(c["ahli_waris"]["penerima"].size(), 3u);
  EXPECT_EQ(c["ahli_waris"]["beasiswa"]["masa_iur_bulan"], 46);
  EXPECT_EQ(c["beasiswa_anak"].size(), 2u);
  EXPECT_EQ(c["status"], "draf");
  EXPECT_EQ(c["kedaluwarsa_pada"], "2031-10-05");
  std::optional<Worker> w;
  std::vector<store::AllocationRecord> ledger;
  server_->app().store().read([&](store::Session& s) {
    w = s.registry().worker(worker);
    ledger = s.funding().allocations_of(worker);
  });
  EXPECT_EQ(w->status, "meninggal");
  EXPECT_EQ(ledger.size(), 48u);

  // A person dies once.
  res = rt.post("/api/v1/claims", death(worker, "2026-10-06"));
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "kematian_sudah_dicatat");
  EXPECT_NE(json::parse(res->body)["error"]["message"].get<std::string>().find("05/10/2026"), std::string::npos);

  // Not yet complete: submission refused.
  res = rt.post("/api/v1/claims/" + std::to_string(id) + "/submit", json::object());
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "dokumen_belum_lengkap");

  // Every required checklist item; the case becomes complete with the last one.
  std::vector<std::string> required;
  for (const auto& item : c["dokumen"])
    if (item["wajib"].get<bool>()) required.push_back(item["kode"]);
  EXPECT_NE(std::find(required.begin(), required.end(), "akta_kematian"), required.end());
  EXPECT_NE(std::find(required.begin(), required.end(), "buku_nikah"), required.end());  // the widow claims
  json last;
  for (std::size_t i = 0; i < required.size(); ++i) {
    res = upload(rt, id, required[i], i % 3 == 0 ? lindungi::testing::kPdf : i % 3 == 1 ? kPng : kJpeg);
    ASSERT_EQ(res->status, 201) << required[i] << ": " << res->body;
    last = json::parse(res->body);
    EXPECT_EQ(last["status"], i + 1 == required.size() ? "dokumen_lengkap" : "draf");
  }
  EXPECT_EQ(last["sla"]["hari_kerja"], 3);
  EXPECT_EQ(last["sla"]["jatuh_tempo"], "2026-11-25");  // Saturday 21/11 + 3 working days

  res = rt.post("/api/v1/claims/" + std::to_string(id) + "/submit", json::object());
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "diajukan");
  // Scholarships wait for BPJS's approval of the case.
  const auto first_child = c["beasiswa_anak"][0]["id"].get<std::int64_t>();
  res = rt.post("/api/v1/scholarships/" + std::to_string(first_child) + "/years",
                {{"tahun_ajaran", 2026}, {"jenjang", "smp"}, {"bukti", "SMPN 7 Jambi"}});
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "klaim_belum_disetujui");
  const json early = json::parse(rt.get("/api/v1/scholarships/due?tahun=2026")->body);
  for (const auto& i : early["items"]) EXPECT_NE(i["klaim_id"], id);
  // Operators record; BPJS decides.
  EXPECT_EQ(rt.post("/api/v1/claims/" + std::to_string(id) + "/decision", {{"keputusan", "disetujui"}})->status, 403);
  res = bpjs.post("/api/v1/claims/" + std::to_string(id) + "/decision", {{"keputusan", "disetujui"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["keputusan"]["jumlah_disetujui"], 42'000'000);
  res = bpjs.post("/api/v1/claims/" + std::to_string(id) + "/payment",
                  {{"jumlah", 42'000'000}, {"tanggal", "21/11/2026"}, {"referensi", ""}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "referensi");
  // The approver does not record the payout (issue 16 item 4): a second officer does.
  res = bpjs.post("/api/v1/claims/" + std::to_string(id) + "/payment",
                  {{"jumlah", 42'000'000}, {"tanggal", "21/11/2026"}, {"referensi", "TRF-2026-11-0001"}});
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(code(res), "dua_orang");
  UserClient bpjs2(*server_, "bpjs2");
  res = bpjs2.post("/api/v1/claims/" + std::to_string(id) + "/payment",
                   {{"jumlah", 42'000'000}, {"tanggal", "21/11/2026"}, {"referensi", "TRF-2026-11-0001"}});
  ASSERT_EQ(res->status, 200) << res->body;
  const json paid = json::parse(res->body);
  EXPECT_EQ(paid["status"], "dibayar");
  EXPECT_EQ(paid["sla"]["hari_terlambat"], 0);
  EXPECT_EQ(paid["sla"]["denda_keterlambatan"], 0);

  // Every step is in the audit log.
  std::vector<std::string> actions;
  server_->app().store().read([&](store::Session& s) {
    for (const auto& e : s.audit().entries("klaim", std::to_string(id), 0, 100).items) actions.push_back(e.aksi);
  });
  for (const char* a : {"catat_kejadian", "unggah_dokumen", "ajukan", "putus", "bayar"})
    EXPECT_NE(std::find(actions.begin(), actions.end(), a), actions.end()) << a;

  // Scholarships of the school year 2026/2027: both children are due a proof of enrolment.
  res = rt.get("/api/v1/scholarships/due?tahun=2026");
  ASSERT_EQ(res->status, 200);
  json due = json::parse(res->body);
  std::vector<std::int64_t> kids;
  for (const auto& i : due["items"])
    if (i["klaim_id"] == id) kids.push_back(i["anak_id"]);
  ASSERT_EQ(kids.size(), 2u);
  // A school year that ended before the event is never due, nor can it be recorded.
  due = json::parse(rt.get("/api/v1/scholarships/due?tahun=2025")->body);
  for (const auto& i : due["items"]) EXPECT_NE(i["klaim_id"], id);
  res = rt.post("/api/v1/scholarships/" + std::to_string(kids[0]) + "/years",
                {{"tahun_ajaran", 2025}, {"jenjang", "smp"}, {"bukti", "SMPN 7 Jambi"}});
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "sebelum_kejadian");
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "tahun_ajaran");
  // Entitlement ends at marriage, and at work unless ayat (3a) waives it (RULES.md §4).
  res = rt.post("/api/v1/scholarships/" + std::to_string(kids[1]) + "/years",
                {{"tahun_ajaran", 2026}, {"jenjang", "sma"}, {"bukti", "SMAN 1 Jambi"}, {"menikah", true}});
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "anak_menikah");
  res = rt.post("/api/v1/scholarships/" + std::to_string(kids[1]) + "/years",
                {{"tahun_ajaran", 2026}, {"jenjang", "sma"}, {"bukti", "SMAN 1 Jambi"}, {"bekerja", true}});
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "bekerja");
  res = rt.post("/api/v1/scholarships/" + std::to_string(kids[0]) + "/years",
                {{"tahun_ajaran", 2026},
                 {"jenjang", "smp"},
                 {"bukti", "SMPN 7 Jambi, surat aktif 421/2026"},
                 {"bekerja", true},
                 {"pengecualian_3a", true}});
  ASSERT_EQ(res->status, 201) << res->body;
  const auto year_id = json::parse(res->body)["id"].get<std::int64_t>();
  EXPECT_EQ(json::parse(res->body)["jumlah"], 2'000'000);
  res = rt.post("/api/v1/scholarships/" + std::to_string(kids[0]) + "/years",
                {{"tahun_ajaran", 2026}, {"jenjang", "smp"}, {"bukti", "lagi"}});
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(rt.post("/api/v1/scholarship-years/" + std::to_string(year_id) + "/payment",
                    {{"tanggal", "2026-11-20"}, {"referensi", "BEA-1"}})
                ->status,
            403);
  res = bpjs.post("/api/v1/scholarship-years/" + std::to_string(year_id) + "/payment",
                  {{"tanggal", "2026-11-20"}, {"referensi", "BEA-1"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(bpjs.post("/api/v1/scholarship-years/" + std::to_string(year_id) + "/payment",
                      {{"tanggal", "2026-11-20"}, {"referensi", "BEA-1"}})
                ->status,
            409);
  due = json::parse(rt.get("/api/v1/scholarships/due?tahun=2026")->body);
  int still = 0;
  for (const auto& i : due["items"]) still += i["klaim_id"] == id;
  EXPECT_EQ(still, 1);  // the other child

  // The report counts the case as opened and paid, and the scholarship paid.
  res = admin.get("/api/v1/reports/claims?dari=2026-01-01&sampai=2026-11-21&wilayah=" + kKel);
  ASSERT_EQ(res->status, 200) << res->body;
  const json report = json::parse(res->body);
  EXPECT_GE(report["total"]["dibayar"].get<int>(), 1);
  EXPECT_GE(report["total"]["jumlah_dibayar"].get<std::int64_t>(), 42'000'000);
  EXPECT_GE(report["total"]["beasiswa_dibayar"].get<std::int64_t>(), 2'000'000);
  res = admin.get("/api/v1/reports/claims?format=xlsx");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body.substr(0, 2), "PK");
}

TEST_F(ClaimsTest, DocumentsAreCheckedByContentSizeAndChecksum) {
  UserClient rt(*server_, "rt1");
  const auto id = lindungi::testing::claim_fixture(server_->app(), kKel, "apbd_kota", "draf");
  auto res = upload(rt, id, "akta_kematian", "ini teks biasa, bukan PDF", "application/pdf");
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(code(res), "jenis_berkas_ditolak");
  res = upload(rt, id, "akta_kematian", "%PDF-" + std::string(5u << 20, 'x'));
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(code(res), "berkas_terlalu_besar");
  res = upload(rt, id, "akta_kematian", "");
  EXPECT_EQ(res->status, 422);
  res = upload(rt, id, "surat_sakti", lindungi::testing::kPdf);
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(code(res), "dokumen_tidak_dikenal");

  res = upload(rt, id, "akta_kematian", lindungi::testing::kPdf);
  ASSERT_EQ(res->status, 201) << res->body;
  json doc;
  const json uploaded = json::parse(res->body);
  for (const auto& item : uploaded["dokumen"])
    if (item["kode"] == "akta_kematian") doc = item["berkas"][0];
  EXPECT_EQ(doc["jenis"], "application/pdf");
  EXPECT_EQ(doc["sha256"].get<std::string>().size(), 64u);
  const std::string path =
      "/api/v1/claims/" + std::to_string(id) + "/documents/" + std::to_string(doc["id"].get<std::int64_t>());
  res = rt.get(path);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body, lindungi::testing::kPdf);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/pdf");
  // Issue 16 item 8: the download is in the audit log, naming who read which document.
  std::vector<store::AuditEntry> downloads;
  server_->app().store().read([&](store::Session& s) {
    for (const auto& e : s.audit().entries("klaim", std::to_string(id), 0, 100).items)
      if (e.aksi == "unduh_dokumen") downloads.push_back(e);
  });
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].pelaku, "rt1");
  EXPECT_EQ(json::parse(downloads[0].perubahan)["dokumen_id"][1], doc["id"]);
  EXPECT_EQ(json::parse(downloads[0].perubahan)["kode"][1], "akta_kematian");

  // Outside the database, named by case and checksum; a changed file is refused on download.
  const auto file = std::filesystem::path(server_->app().files_dir()) / "klaim" / std::to_string(id) /
                    ("akta_kematian-" + doc["sha256"].get<std::string>() + ".pdf");
  ASSERT_TRUE(std::filesystem::exists(file));
  std::ofstream(file, std::ios::binary | std::ios::trunc) << "%PDF-diubah";
  res = rt.get(path);
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "berkas_rusak");
}

TEST_F(ClaimsTest, GraceMonthNeedsAnExplicitConfirmation) {
  UserClient rt(*server_, "rt1"), bpjs(*server_, "bpjs");
  // Paid to August; September is unpaid and past its due date: within the 3-month grace.
  const auto worker = worker_with_ledger("2026-01", "2026-12", "2026-08");
  auto res = rt.post("/api/v1/claims", death(worker, "2026-09-20", true));
  ASSERT_EQ(res->status, 201) << res->body;
  const json c = json::parse(res->body);
  const auto id = c["id"].get<std::int64_t>();
  EXPECT_EQ(c["jenis_klaim"], "jkk-death");
  EXPECT_EQ(c["manfaat_total"], 70'000'000);
  EXPECT_EQ(c["pertanggungan"]["keputusan"], "perlu_konfirmasi");
  EXPECT_NE(c["pertanggungan"]["alasan"].get<std::string>().find("masa tenggang"), std::string::npos);
  res = rt.post("/api/v1/claims/" + std::to_string(id) + "/submit", json::object());
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "perlu_konfirmasi");
  // Only an authorised officer confirms, with a reason, once.
  EXPECT_EQ(rt.post("/api/v1/claims/" + std::to_string(id) + "/cover", {{"keputusan", "terlindungi"}, {"alasan", "x"}})
                ->status,
            403);
  EXPECT_EQ(bpjs.post("/api/v1/claims/" + std::to_string(id) + "/cover", {{"keputusan", "terlindungi"}})->status, 422);
  res = bpjs.post("/api/v1/claims/" + std::to_string(id) + "/cover",
                  {{"keputusan", "terlindungi"}, {"alasan", "Tunggakan dibayar, BPJS Cabang Jambi menerima"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["pertanggungan"]["keputusan"], "terlindungi");
  EXPECT_EQ(json::parse(res->body)["pertanggungan"]["dikonfirmasi_oleh"], "bpjs");
  res = bpjs.post("/api/v1/claims/" + std::to_string(id) + "/cover",
                  {{"keputusan", "tidak_terlindungi"}, {"alasan", "ubah"}});
  EXPECT_EQ(res->status, 409);
  // The refusal names the decision in words, not its stored code.
  const auto message = json::parse(res->body)["error"]["message"].get<std::string>();
  EXPECT_NE(message.find("sudah diputuskan: terlindungi"), std::string::npos) << message;
  EXPECT_EQ(message.find('_'), std::string::npos) << message;
}

TEST_F(ClaimsTest, NotCoveredCasesCannotBeSubmitted) {
  UserClient rt(*server_, "rt1");
  const auto worker = lindungi::testing::claim_worker(server_->app(), kKel, "apbd_kota");  // no contributions at all
  auto res = rt.post("/api/v1/claims", death(worker, "2026-07-01"));
  ASSERT_EQ(res->status, 201) << res->body;
  const json c = json::parse(res->body);
  EXPECT_EQ(c["pertanggungan"]["keputusan"], "tidak_terlindungi");
  const auto id =
      lindungi::testing::claim_fixture(server_->app(), kKel, "apbd_kota", "dokumen_lengkap", "tidak_terlindungi");
  res = rt.post("/api/v1/claims/" + std::to_string(id) + "/submit", json::object());
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "tidak_terlindungi");
}

TEST_F(ClaimsTest, AccidentsAreJkkOnlyAndScaleWithIncome) {
  UserClient rt(*server_, "rt1");
  const auto worker = worker_with_ledger("2026-01", "2026-12", "2026-12");
  auto res = rt.post("/api/v1/claims", {{"pekerja_id", worker},
                                        {"jenis", "kecelakaan"},
                                        {"tanggal", "2026-05-04"},
                                        {"kecelakaan_kerja", false},
                                        {"akibat", "stmb"}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "kecelakaan_kerja");
  res = rt.post("/api/v1/claims", {{"pekerja_id", worker},
                                   {"jenis", "kecelakaan"},
                                   {"tanggal", "2026-05-04"},
                                   {"kecelakaan_kerja", true},
                                   {"akibat", "cacat_sebagian"},
                                   {"bagian_tubuh", "lengan_kanan_bahu"}});
  ASSERT_EQ(res->status, 201) << res->body;
  json c = json::parse(res->body);
  EXPECT_EQ(c["manfaat_total"], 32'000'000);
  EXPECT_EQ(c["pengembalian_iuran"], 0);  // an accident does not end the membership
  EXPECT_TRUE(c["beasiswa_anak"].empty());
  std::optional<Worker> w;
  server_->app().store().read([&](store::Session& s) { w = s.registry().worker(worker); });
  EXPECT_EQ(w->status, "aktif");
  res = rt.post("/api/v1/claims", {{"pekerja_id", worker},
                                   {"jenis", "kecelakaan"},
                                   {"tanggal", "2026-05-04"},
                                   {"kecelakaan_kerja", true},
                                   {"akibat", "stmb"}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "bulan_stmb");
  res = rt.post("/api/v1/claims", {{"pekerja_id", worker},
                                   {"jenis", "kecelakaan"},
                                   {"tanggal", "2026-05-04"},
                                   {"kecelakaan_kerja", true},
                                   {"akibat", "stmb"},
                                   {"bulan_stmb", 14}});
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(json::parse(res->body)["manfaat_total"], 13'000'000);  // 12 x Rp1 juta + 2 x Rp500.000
  res = rt.post("/api/v1/claims", {{"pekerja_id", worker}, {"jenis", "meninggal"}, {"tanggal", "2030-01-01"}});
  EXPECT_EQ(res->status, 422);  // in the future
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "tanggal");
  res = rt.post("/api/v1/claims", {{"pekerja_id", worker}, {"jenis", "meninggal"}, {"tanggal", "31/02/2026"}});
  EXPECT_EQ(res->status, 422);
}

TEST_F(ClaimsTest, OtherRtsCasesAreInvisible) {
  UserClient rt2(*server_, "rt2");
  const auto worker = lindungi::testing::claim_worker(server_->app(), kKel, "apbd_kota");  // in RT 1
  auto res = rt2.post("/api/v1/claims", death(worker, "2026-07-01"));
  EXPECT_EQ(res->status, 404);
  const auto id = lindungi::testing::claim_fixture(server_->app(), kKel, "apbd_kota", "draf");
  EXPECT_EQ(rt2.get("/api/v1/claims/" + std::to_string(id))->status, 404);
  EXPECT_EQ(upload(rt2, id, "akta_kematian", lindungi::testing::kPdf)->status, 404);
  const json list = json::parse(rt2.get("/api/v1/claims")->body);
  EXPECT_EQ(list["total"], 0);
  EXPECT_EQ(rt2.get("/api/v1/reports/claims?wilayah=" + kKel + ".001")->status, 403);
}

// Issue 16 item 4: no single person between a worker and a payout. The city's admin records and
// funds but neither decides nor pays, nor makes BPJS officers' accounts to do it through them; an
// approver cannot record the payout; the approval is bounded by the computed benefit and the
// payout by the approval.
TEST_F(ClaimsTest, ApprovalAndPayoutAreTwoPeopleNeitherOfThemTheCitysAdmin) {
  UserClient admin(*server_, "admin");
  UserClient bpjs(*server_, "bpjs");
  UserClient bpjs2(*server_, "bpjs2");
  const auto id = lindungi::testing::claim_fixture(server_->app(), kKel, "apbd_kota", "diajukan");
  const std::string path = "/api/v1/claims/" + std::to_string(id);
  auto res = admin.post(path + "/decision", {{"keputusan", "disetujui"}});
  EXPECT_EQ(res->status, 403);
  res = admin.post("/api/v1/users", {{"username", "bpjs.boneka"},
                                     {"nama", "Akun Boneka"},
                                     {"role", "petugas_bpjs"},
                                     {"area", "15.71"},
                                     {"password", lindungi::testing::kTestPassword}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "role");
  EXPECT_NE(json::parse(res->body)["error"]["message"].get<std::string>().find("operator sistem"), std::string::npos);

  res = bpjs.post(path + "/decision", {{"keputusan", "disetujui"}, {"jumlah", 42'000'001}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(code(res), "melebihi_manfaat");
  EXPECT_NE(json::parse(res->body)["error"]["message"].get<std::string>().find("manfaat"), std::string::npos);
  res = bpjs.post(path + "/decision", {{"keputusan", "disetujui"}, {"jumlah", 40'000'000}});
  ASSERT_EQ(res->status, 200) << res->body;
  const json payout = {{"jumlah", 40'000'000}, {"tanggal", "2026-11-21"}, {"referensi", "TRF-DUA-ORANG"}};
  res = bpjs.post(path + "/payment", payout);  // alone
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(code(res), "dua_orang");
  res = admin.post(path + "/payment", payout);
  EXPECT_EQ(res->status, 403);
  // A second person, but not more than was approved.
  res = bpjs2.post(path + "/payment",
                   {{"jumlah", 40'000'001}, {"tanggal", "2026-11-21"}, {"referensi", "TRF-DUA-ORANG"}});
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(code(res), "melebihi_persetujuan");
  res = bpjs2.post(path + "/payment", payout);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "dibayar");
}

TEST_F(ClaimsTest, LatePaymentCountsWorkingDaysAndOnePercentPerDay) {
  UserClient bpjs(*server_, "bpjs");
  // Complete on Monday 2/11/2026: JKM is due Thursday 5/11; paid Tuesday 10/11 = 3 working days late.
  const auto id = lindungi::testing::claim_fixture(server_->app(), kKel, "apbd_kota", "disetujui");
  auto res = bpjs.post("/api/v1/claims/" + std::to_string(id) + "/payment",
                       {{"jumlah", 42'000'000}, {"tanggal", "2026-11-10"}, {"referensi", "TRF-9"}});
  ASSERT_EQ(res->status, 200) << res->body;
  const json c = json::parse(res->body);
  EXPECT_EQ(c["sla"]["jatuh_tempo"], "2026-11-05");
  EXPECT_EQ(c["sla"]["hari_terlambat"], 3);
  EXPECT_EQ(c["sla"]["denda_keterlambatan"], 1'260'000);
}

}  // namespace

namespace {

TEST_F(ClaimsTest, WithoutSpouseOrChildrenTheParentsAreProposed) {
  UserClient rt(*server_, "rt1");
  const auto worker = worker_with_ledger("2026-01", "2026-12", "2026-12");
  server_->app().store().write([&](store::Session& s) {
    auto w = *s.registry().worker(worker);
    w.ahli_waris = {{0, "Pak Usman", "ayah", "", std::nullopt}, {0, "Rudi", "saudara_kandung", "", std::nullopt}};
    s.registry().update_worker(w);
  });
  auto res = rt.post("/api/v1/claims", death(worker, "2026-04-02"));
  ASSERT_EQ(res->status, 201) << res->body;
  const json c = json::parse(res->body);
  EXPECT_EQ(c["ahli_waris"]["golongan"], 2);
  ASSERT_EQ(c["ahli_waris"]["penerima"].size(), 1u);
  EXPECT_EQ(c["ahli_waris"]["penerima"][0]["nama"], "Pak Usman");
  EXPECT_NE(c["ahli_waris"]["penjelasan"].get<std::string>().find("tidak ada ahli waris golongan sebelumnya"),
            std::string::npos);
  EXPECT_TRUE(c["beasiswa_anak"].empty());
  for (const auto& item : c["dokumen"]) EXPECT_NE(item["kode"], "buku_nikah");
  EXPECT_EQ(c["pengembalian_iuran"], 8 * 16'800);  // May to December were prepaid
  const json mine = json::parse(rt.get("/api/v1/claims?pekerja_id=" + std::to_string(worker))->body);
  ASSERT_EQ(mine["total"], 1);
  EXPECT_EQ(mine["items"][0]["id"], c["id"]);
}

}  // namespace

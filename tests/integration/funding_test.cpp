// Funding over HTTP: funders, budgets, allocation with every refusal, budget use, the ledger.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bpjs_answer.hpp"
#include "core/worker.hpp"
#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/funding_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class FundingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("funding");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 7, ""});
      s.registry().put_rt({"", "15.71.01.1001", 8, ""});
    });
    auto add = [](const std::string& nik, const std::string& job, int rt, const std::string& status) {
      Worker w;
      w.nik = nik;
      w.nama = "Pekerja " + nik.substr(12);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::L;
      w.kode_kelurahan = "15.71.01.1001";
      w.rt = rt;
      w.pekerjaan = job;
      w.penghasilan = 1'500'000;
      w.kategori = "pekerja_rentan";
      w.status = status;
      w.persetujuan = true;
      server_->app().store().write([&](store::Session& s) { s.registry().insert_worker(w); });
      return w.id;
    };
    becak_ = add("1571011708850001", "becak", 7, "diverifikasi");
    trader_ = add("1571011708850002", "pedagang_umkm", 7, "diverifikasi");
    unverified_ = add("1571011708850003", "becak", 8, "didata");
    other_rt_ = add("1571011708850004", "becak", 8, "diverifikasi");
    server_->add_user("admin", "admin_kota", "15.71");
    server_->add_user("prov", "pemprov", "15", "apbd_provinsi");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }
  static inline TestServer* server_ = nullptr;
  static inline std::int64_t becak_ = 0, trader_ = 0, unverified_ = 0, other_rt_ = 0;
};

std::set<std::string> refusal_codes(const json& item) {
  std::set<std::string> out;
  for (const auto& p : item["masalah"]) out.insert(p["code"]);
  return out;
}

TEST_F(FundingTest, AllocateOnceWithinBudgetThenRefuseEveryOtherWay) {
  UserClient admin(*server_, "admin");
  // The province's funder belongs to the province's managers (issue 16 item 1): the city may not.
  UserClient prov(*server_, "prov");
  EXPECT_EQ(
      admin
          .post(
              "/api/v1/funders",
              {{"kode", "apbd_provinsi"}, {"nama", "Pro Jambi Tangguh"}, {"jenis", "apbd_provinsi"}, {"wilayah", "15"}})
          ->status,
      403);
  ASSERT_EQ(
      prov.post(
              "/api/v1/funders",
              {{"kode", "apbd_provinsi"}, {"nama", "Pro Jambi Tangguh"}, {"jenis", "apbd_provinsi"}, {"wilayah", "15"}})
          ->status,
      201);
  ASSERT_EQ(admin
                .post("/api/v1/funders", {{"kode", "dana_kampung_bahagia:15.71.01.1001.007"},
                                          {"nama", "Dana RT 007"},
                                          {"jenis", "dana_kampung_bahagia"},
                                          {"wilayah", "15.71.01.1001.007"}})
                ->status,
            201);
  EXPECT_EQ(admin.post("/api/v1/funders", {{"kode", "x"}, {"nama", "X"}, {"jenis", "bank"}})->status, 422);
  // Budget for exactly one worker-year at Rp16.800 a month.
  EXPECT_EQ(admin.put("/api/v1/funders/apbd_provinsi/budget/2026", {{"pagu", 201600}, {"kuota", 0}})->status, 403);
  ASSERT_EQ(prov.put("/api/v1/funders/apbd_provinsi/budget/2026", {{"pagu", 201600}, {"kuota", 0}})->status, 204);
  ASSERT_EQ(admin
                .put("/api/v1/funders/dana_kampung_bahagia:15.71.01.1001.007/budget/2026",
                     {{"pagu", 100000000}, {"kuota", 20}})
                ->status,
            204);

  auto res = prov.post("/api/v1/allocations", {{"pekerja", {becak_, trader_, unverified_}},
                                               {"sumber_dana", "apbd_provinsi"},
                                               {"mulai", "2026-01"},
                                               {"bulan", 12}});
  ASSERT_EQ(res->status, 200) << res->body;
  auto body = json::parse(res->body);
  EXPECT_EQ(body["accepted"], 1);
  EXPECT_TRUE(body["items"][0]["ok"]);
  EXPECT_EQ(body["items"][0]["iuran"], 201600);  // the lowest bracket, whatever the declared income
  EXPECT_TRUE(refusal_codes(body["items"][1]).contains("pekerjaan_tidak_sesuai"));
  EXPECT_TRUE(refusal_codes(body["items"][2]).contains("belum_diverifikasi"));

  // The same worker-month again, by the RT fund: refused.
  res = admin.post("/api/v1/allocations", {{"pekerja", {becak_}},
                                           {"sumber_dana", "dana_kampung_bahagia:15.71.01.1001.007"},
                                           {"mulai", "2026-06"},
                                           {"bulan", 3}});
  EXPECT_TRUE(refusal_codes(json::parse(res->body)["items"][0]).contains("sudah_didanai"));
  // The province's budget is spent.
  res = prov.post("/api/v1/allocations",
                  {{"pekerja", {other_rt_}}, {"sumber_dana", "apbd_provinsi"}, {"mulai", "2026-01"}, {"bulan", 1}});
  EXPECT_TRUE(refusal_codes(json::parse(res->body)["items"][0]).contains("anggaran_tidak_cukup"));
  // The RT fund pays only for its own RT.
  res = admin.post("/api/v1/allocations", {{"pekerja", {other_rt_}},
                                           {"sumber_dana", "dana_kampung_bahagia:15.71.01.1001.007"},
                                           {"mulai", "2026-01"},
                                           {"bulan", 12}});
  EXPECT_TRUE(refusal_codes(json::parse(res->body)["items"][0]).contains("di_luar_wilayah_dana"));

  const auto budget = json::parse(admin.get("/api/v1/reports/budget?tahun=2026")->body);
  bool found = false;
  for (const auto& row : budget["rows"])
    if (row["sumber_dana"] == "apbd_provinsi") {
      found = true;
      EXPECT_EQ(row["terpakai"], 201600);
      EXPECT_EQ(row["sisa"], 0);
      EXPECT_EQ(row["pekerja"], 1);
    }
  EXPECT_TRUE(found);

  const std::string ledger_path = "/api/v1/workers/" + std::to_string(becak_) + "/ledger?tanggal=";
  // Not yet accepted by BPJS: every month funded but not billed, said in words, no cover (issue 17).
  const auto waiting = json::parse(admin.get(ledger_path + "2026-03-10")->body);
  ASSERT_EQ(waiting["months"].size(), 12u);
  for (const auto& m : waiting["months"]) {
    EXPECT_EQ(m["status"], "tidak_ditagih");
    EXPECT_EQ(m["keterangan"], "Tidak ditagih: belum diterima BPJS");
  }
  EXPECT_EQ(waiting["cover"]["status"], "tidak_terlindungi");
  // BPJS accepts the worker from 1 January: the months are billed and have their states.
  std::string before_answer;
  server_->app().store().read([&](store::Session& s) { before_answer = s.registry().worker(becak_)->status; });
  lindungi::testing::bpjs_answer(server_->app(), becak_, "diterima", Date{2026, 1, 1});
  const auto ledger = json::parse(admin.get(ledger_path + "2026-03-10")->body);
  EXPECT_EQ(ledger["months"].size(), 12u);
  EXPECT_FALSE(ledger["months"][0].contains("keterangan"));
  EXPECT_EQ(ledger["months"][0]["sumber_dana"], "apbd_provinsi");
  // Billed and never paid (no payment recorded yet): March is the third unpaid month, still in
  // grace, so it needs a decision; from April the membership has ended.
  EXPECT_EQ(ledger["cover"]["status"], "perlu_konfirmasi");
  EXPECT_EQ(ledger["months"][3]["status"], "berakhir");
  EXPECT_EQ(json::parse(admin.get(ledger_path + "2026-06-01")->body)["cover"]["status"], "tidak_terlindungi");

  // The worker moved on in the workflow and the audit log says who did it.
  std::string status;
  int audits = 0;
  server_->app().store().read([&](store::Session& s) {
    status = s.registry().worker(becak_)->status;
    for (const auto& e : s.audit().entries("pekerja", std::to_string(becak_), 0, 50).items)
      audits += e.aksi == "alokasi";
  });
  EXPECT_EQ(before_answer, "dialokasikan");
  EXPECT_EQ(status, "aktif");  // BPJS's answer above
  EXPECT_EQ(audits, 1);
}

TEST_F(FundingTest, AWorkerAlreadyCoveredElsewhereIsNotFunded) {
  server_->app().store().write([](store::Session& s) {
    store::BpjsFile file{0, "", "uji", "aktif.csv", 1, 1, 0, 0};
    s.intake().replace_bpjs_members(file, {{"1571011708850004", "12345678901", "PU", "PT Maju Jaya"}});
  });
  UserClient prov(*server_, "prov");
  prov.post("/api/v1/funders",
            {{"kode", "apbd_provinsi"}, {"nama", "Pro Jambi Tangguh"}, {"jenis", "apbd_provinsi"}, {"wilayah", "15"}});
  prov.put("/api/v1/funders/apbd_provinsi/budget/2026", {{"pagu", 100000000}});
  const auto res =
      prov.post("/api/v1/allocations",
                {{"pekerja", {other_rt_}}, {"sumber_dana", "apbd_provinsi"}, {"mulai", "2026-02"}, {"bulan", 1}});
  EXPECT_TRUE(refusal_codes(json::parse(res->body)["items"][0]).contains("sudah_terlindungi")) << res->body;
}

TEST_F(FundingTest, ProvinceOperatorsManageOnlyTheirCohort) {
  UserClient prov(*server_, "prov");
  // The city's funder exists and lies in the province, so the province sees it but may not manage it.
  server_->app().store().write([](store::Session& s) {
    s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
  });
  EXPECT_EQ(prov.put("/api/v1/funders/apbd_kota/budget/2026", {{"pagu", 1}})->status, 403);
  EXPECT_EQ(
      prov.post("/api/v1/allocations", {{"pekerja", {trader_}}, {"sumber_dana", "apbd_kota"}, {"mulai", "2026-01"}})
          ->status,
      403);
}

}  // namespace

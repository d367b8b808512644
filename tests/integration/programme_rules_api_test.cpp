// The programme's rules per kab/kota over HTTP (issue 22 item 4), on both backends (pg:*): each
// kab/kota's admin sets his own from a date to come (another's refused), the roles of the area read
// them, a resent write with its Idempotency-Key is one write and one audit entry, every refusal
// names its field in Indonesian, and from the day a row takes effect the same worker is accepted in
// one kab/kota and refused in another.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class ProgrammeRulesApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("aturan");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 1, "Pak RT Jambi"});
      s.registry().put_rt({"", "15.72.01.1001", 1, "Pak RT Sungai Penuh"});
    });
    server_->reopen();
    server_->add_user("admin.kota", "admin_kota", "15.71");
    server_->add_user("admin.sungaipenuh", "admin_kota", "15.72");
    server_->add_user("op.sp", "operator_kelurahan", "15.72.01.1001");
    server_->add_user("rt.sp", "ketua_rt", "15.72.01.1001.001");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }
  void TearDown() override { server_->app().set_today_for_tests(Date{2026, 11, 21}); }

  static json rules(const std::string& from, int ceiling) {
    return {{"berlaku_mulai", from},
            {"usia_min", 18},
            {"usia_maks", 60},
            {"batas_penghasilan", ceiling},
            {"dana_rt", false},
            {"prioritas_dana", {"apbd_kota", "apbd_provinsi"}},
            {"dasar_hukum", "Perwal Kota Sungai Penuh (uji)"}};
  }

  static httplib::Result keyed_put(const UserClient& who, const std::string& path, const json& body,
                                   const std::string& kunci) {
    auto c = server_->client();
    httplib::Headers h{{"Cookie", who.cookie()}, {"X-CSRF-Token", who.csrf()}, {"Idempotency-Key", kunci}};
    return c.Put(path.c_str(), h, body.dump(), "application/json");
  }

  static int audits(const std::string& entitas_id) {
    int n = 0;
    server_->app().store().read([&](store::Session& s) {
      n = static_cast<int>(s.audit().entries("aturan_program", entitas_id, 0, 100).total);
    });
    return n;
  }

  static inline TestServer* server_ = nullptr;
};

TEST_F(ProgrammeRulesApiTest, EachKabKotasAdminSetsHisOwnOnceAndTheAreaReadsThem) {
  server_->app().set_today_for_tests(Date{2026, 11, 21});
  UserClient sp(*server_, "admin.sungaipenuh"), kota(*server_, "admin.kota"), op(*server_, "op.sp"),
      rt(*server_, "rt.sp");
  ASSERT_TRUE(sp.logged_in() && kota.logged_in() && op.logged_in() && rt.logged_in());

  // Before: the shipped rules, marked as such.
  auto res = op.get("/api/v1/aturan");
  ASSERT_EQ(res->status, 200) << res->body;
  auto j = json::parse(res->body);
  EXPECT_EQ(j["wilayah"], "15.72");
  EXPECT_EQ(j["berlaku"]["bawaan"], true);
  EXPECT_EQ(j["berlaku"]["batas_penghasilan"], 6000000);
  EXPECT_EQ(j["dapat_diubah"], false);

  // Sent twice with one key: one row, one audit entry, the first answer again.
  const json body = rules("2026-12-01", 3000000);
  auto first = keyed_put(sp, "/api/v1/aturan/15.72", body, "aturan-1");
  ASSERT_EQ(first->status, 200) << first->body;
  auto again = keyed_put(sp, "/api/v1/aturan/15.72", body, "aturan-1");
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(again->get_header_value("Idempotent-Replayed"), "true");
  EXPECT_EQ(json::parse(again->body), json::parse(first->body));
  EXPECT_EQ(audits("15.72/2026-12-01"), 1);
  j = json::parse(first->body);
  EXPECT_EQ(j["prioritas_dana_label"], (json{"APBD Kota/Kabupaten", "APBD Provinsi"}));
  EXPECT_EQ(j["diubah_oleh"], "admin.sungaipenuh");

  // Another kab/kota's admin: refused, nothing written; nor may he read them.
  res = kota.put("/api/v1/aturan/15.72", rules("2026-12-02", 2000000));
  EXPECT_EQ(res->status, 403) << res->body;
  EXPECT_EQ(audits("15.72/2026-12-02"), 0);
  EXPECT_EQ(kota.get("/api/v1/aturan?wilayah=15.72")->status, 403);
  // An RT head reads his kab/kota's (by his RT's code too), never writes them.
  res = rt.get("/api/v1/aturan?wilayah=15.72.01.1001.001&tanggal=2026-12-01");
  ASSERT_EQ(res->status, 200) << res->body;
  j = json::parse(res->body);
  EXPECT_EQ(j["berlaku"]["batas_penghasilan"], 3000000);
  EXPECT_EQ(j["berlaku"]["bawaan"], false);
  EXPECT_EQ(j["riwayat"].size(), 1u);
  EXPECT_EQ(rt.put("/api/v1/aturan/15.72", rules("2026-12-03", 2000000))->status, 403);

  // Every problem by its field, in Indonesian.
  json bad = rules("2026-01-01", 0);
  bad["usia_maks"] = 17;
  bad["prioritas_dana"] = {"apbd_kota", "dana_kampung_bahagia", "bank"};
  bad.erase("dasar_hukum");
  res = sp.put("/api/v1/aturan/15.72", bad);
  ASSERT_EQ(res->status, 422) << res->body;
  std::set<std::string> fields;
  // Parsed into a name first: a range-for over a member of a temporary reads a destroyed object.
  const json refused = json::parse(res->body);
  for (const auto& e : refused["error"]["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_EQ(fields,
            (std::set<std::string>{"berlaku_mulai", "usia_maks", "batas_penghasilan", "prioritas_dana", "dasar_hukum"}))
      << res->body;
  res = sp.put("/api/v1/aturan/15.72", json::object());
  ASSERT_EQ(res->status, 422) << res->body;
  EXPECT_EQ(json::parse(res->body)["error"]["field"], "berlaku_mulai");
  EXPECT_EQ(sp.get("/api/v1/aturan?wilayah=15")->status, 400);  // a province: rules are per kab/kota
}

// From the day the row takes effect, the same worker: refused in Sungai Penuh, accepted in Jambi.
TEST_F(ProgrammeRulesApiTest, TheWorkerFormFollowsHisKabKotasRulesFromTheirDay) {
  server_->app().set_today_for_tests(Date{2026, 11, 21});
  UserClient sp(*server_, "admin.sungaipenuh"), kota(*server_, "admin.kota");
  ASSERT_EQ(sp.put("/api/v1/aturan/15.72", rules("2026-11-25", 2500000))->status, 200);
  auto worker = [](const std::string& nik, const std::string& kel) {
    return json{{"nik", nik},
                {"nama", "Pekerja Uji"},
                {"tanggal_lahir", "17/08/1985"},
                {"jenis_kelamin", "L"},
                {"kode_kelurahan", kel},
                {"rt", 1},
                {"pekerjaan", "petani"},
                {"penghasilan", 2800000},
                {"kategori", "pekerja_rentan"},
                {"persetujuan", true}};
  };
  // The day before: no row of its own in force yet, the book's Rp6 juta: accepted.
  server_->app().set_today_for_tests(Date{2026, 11, 24});
  auto res = sp.post("/api/v1/workers", worker("1572011708850101", "15.72.01.1001"));
  EXPECT_EQ(res->status, 201) << res->body;
  // From 25 November its ceiling is Rp2.500.000.
  server_->app().set_today_for_tests(Date{2026, 11, 25});
  res = sp.post("/api/v1/workers", worker("1572011708850102", "15.72.01.1001"));
  ASSERT_EQ(res->status, 422) << res->body;
  const auto e = json::parse(res->body)["error"];
  EXPECT_EQ(e["field"], "penghasilan");
  EXPECT_EQ(e["message"], "Penghasilan Rp2.800.000 melebihi batas program Rp2.500.000 per bulan");
  res = kota.post("/api/v1/workers", worker("1571011708850103", "15.71.01.1001"));
  EXPECT_EQ(res->status, 201) << res->body;
}

}  // namespace

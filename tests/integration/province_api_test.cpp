// Many areas in one deployment (issue 8 item 3), over HTTP: Kota Jambi's and Kota Sungai
// Penuh's managers each see and write only their own kab/kota, the province sees both, the
// coverage report has a kab/kota level with an unknown percentage where no potential exists, and
// an RT created in Sungai Penuh lets its workers be recorded.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "integration/test_server.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class ProvinceApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("province");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 1, "Pak RT Jambi"});
      s.registry().put_potential({"15.71", 228'000, 100'320, "uji"}, "2026-11-01T00:00:00Z");
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
      s.funding().put_funder({"apbd_provinsi", "Pro Jambi Tangguh", "apbd_provinsi", "15", {"becak"}, true});
    });
    server_->add_user("admin.kota", "admin_kota", "15.71");
    server_->add_user("admin.sungaipenuh", "admin_kota", "15.72");
    server_->add_user("pemprov", "pemprov", "15");
    server_->add_user("op.sp", "operator_kelurahan", "15.72.01.1001");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  static json worker(const std::string& nik, const std::string& kel, int rt) {
    return {{"nik", nik},
            {"nama", "Pekerja " + nik.substr(12)},
            {"tanggal_lahir", "17/08/1985"},
            {"jenis_kelamin", "L"},
            {"kode_kelurahan", kel},
            {"rt", rt},
            {"pekerjaan", "petani"},
            {"penghasilan", 1500000},
            {"kategori", "pekerja_rentan"},
            {"persetujuan", true}};
  }

  static inline TestServer* server_ = nullptr;
};

TEST_F(ProvinceApiTest, EachKabKotaSeesAndWritesItsOwnAndTheProvinceSeesBoth) {
  UserClient kota(*server_, "admin.kota"), sp(*server_, "admin.sungaipenuh"), prov(*server_, "pemprov"),
      op(*server_, "op.sp");
  ASSERT_TRUE(kota.logged_in() && sp.logged_in() && prov.logged_in() && op.logged_in());
  EXPECT_EQ(json::parse(sp.get("/api/v1/auth/me")->body)["user"]["area_nama"], "Kota Sungai Penuh");

  // No RT yet in Sungai Penuh: recording is refused until its manager creates one.
  auto refused = sp.post("/api/v1/workers", worker("1572011708850001", "15.72.01.1001", 1));
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 422);
  EXPECT_EQ(kota.post("/api/v1/regions/15.72.01.1001/rts", {{"nomor", 1}})->status, 403);
  EXPECT_EQ(op.post("/api/v1/regions/15.72.01.1001/rts", {{"nomor", 1}})->status, 403);
  auto rt = sp.post("/api/v1/regions/15.72.01.1001/rts", {{"nomor", "001"}, {"nama_ketua", "Pak Rio"}});
  ASSERT_TRUE(rt);
  ASSERT_EQ(rt->status, 201) << rt->body;
  EXPECT_EQ(json::parse(rt->body)["kode"], "15.72.01.1001.001");
  EXPECT_EQ(sp.post("/api/v1/regions/15.72.01.1001/rts", {{"nomor", 1}})->status, 409);
  auto bad = sp.post("/api/v1/regions/15.72.01.1001/rts", {{"nomor", "tujuh"}});
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["field"], "nomor");
  EXPECT_EQ(json::parse(op.get("/api/v1/regions/15.72.01.1001/rts")->body)["items"].size(), 1u);

  auto made = sp.post("/api/v1/workers", worker("1572011708850001", "Sungai Penuh", 1));
  ASSERT_EQ(made->status, 201) << made->body;
  const auto sp_id = json::parse(made->body)["id"].get<std::int64_t>();
  EXPECT_EQ(json::parse(made->body)["kode_kelurahan"], "15.72.01.1001");
  auto made_kj = kota.post("/api/v1/workers", worker("1571011708850002", "15.71.01.1001", 1));
  ASSERT_EQ(made_kj->status, 201) << made_kj->body;
  const auto kj_id = json::parse(made_kj->body)["id"].get<std::int64_t>();

  // Neither city reads, lists or writes the other's workers.
  EXPECT_EQ(kota.get("/api/v1/workers/" + std::to_string(sp_id))->status, 404);
  EXPECT_EQ(sp.get("/api/v1/workers/" + std::to_string(kj_id))->status, 404);
  EXPECT_EQ(kota.get("/api/v1/workers?wilayah=15.72")->status, 403);
  EXPECT_EQ(sp.get("/api/v1/workers?wilayah=15.71")->status, 403);
  EXPECT_EQ(json::parse(kota.get("/api/v1/workers")->body)["total"], 1);
  EXPECT_EQ(json::parse(sp.get("/api/v1/workers")->body)["total"], 1);
  EXPECT_EQ(kota.post("/api/v1/workers", worker("1572011708850003", "15.72.01.1001", 1))->status, 403);
  EXPECT_EQ(sp.post("/api/v1/workers", worker("1571011708850004", "15.71.01.1001", 1))->status, 403);

  // The province sees both.
  EXPECT_EQ(json::parse(prov.get("/api/v1/workers")->body)["total"], 2);
  EXPECT_EQ(prov.get("/api/v1/workers/" + std::to_string(sp_id))->status, 200);
  EXPECT_EQ(prov.get("/api/v1/workers/" + std::to_string(kj_id))->status, 200);

  // Coverage per kab/kota: Kota Jambi's percentage is known, Sungai Penuh's and the province's not.
  auto cov = prov.get("/api/v1/reports/coverage?level=kabkota&wilayah=15");
  ASSERT_EQ(cov->status, 200) << cov->body;
  const auto doc = json::parse(cov->body);
  ASSERT_EQ(doc["rows"].size(), 11u);
  std::map<std::string, json> rows;
  for (const auto& r : doc["rows"]) rows[r["kode"]] = r;
  EXPECT_EQ(rows["15.71"]["workers"], 1);
  EXPECT_EQ(rows["15.71"]["potential"], 228000);
  EXPECT_TRUE(rows["15.71"]["coverage_pct"].is_number());
  EXPECT_EQ(rows["15.72"]["workers"], 1);
  EXPECT_TRUE(rows["15.72"]["coverage_pct"].is_null());
  EXPECT_TRUE(rows["15.01"]["coverage_pct"].is_null());
  EXPECT_EQ(doc["total"]["kode"], "15");
  EXPECT_EQ(doc["total"]["workers"], 2);
  EXPECT_TRUE(doc["total"]["coverage_pct"].is_null());
  EXPECT_EQ(sp.get("/api/v1/reports/coverage?level=kabkota&wilayah=15")->status, 403);
  const auto own = json::parse(sp.get("/api/v1/reports/coverage?level=kecamatan")->body);
  EXPECT_EQ(own["rows"].size(), 8u);
  EXPECT_EQ(own["total"]["nama"], "Kota Sungai Penuh");

  // Kota Jambi's own funder is neither seen nor edited from Sungai Penuh; the province's is seen.
  std::set<std::string> seen;
  const auto funders = sp.get("/api/v1/funders");
  const json funder_doc = json::parse(funders->body);
  for (const auto& f : funder_doc["items"]) seen.insert(f["kode"].get<std::string>());
  EXPECT_EQ(seen, (std::set<std::string>{"apbd_provinsi"})) << funders->body;
  // Another area's funder is not there for it (issue 16 item 1): 404, and nothing named.
  const auto budget = sp.put("/api/v1/funders/apbd_kota/budget/2026", {{"pagu", 1}});
  EXPECT_EQ(budget->status, 404);
  EXPECT_EQ(budget->body.find("APBD Kota Jambi"), std::string::npos) << budget->body;
  EXPECT_EQ(sp.put("/api/v1/funders/apbd_provinsi/budget/2026", {{"pagu", 1}})->status, 403);  // seen, not its own
  EXPECT_EQ(sp.post("/api/v1/funders",
                    {{"kode", "apbd_kota"}, {"nama", "Diambil alih"}, {"jenis", "apbd_kota"}, {"wilayah", "15.72"}})
                ->status,
            403);
  EXPECT_EQ(kota.put("/api/v1/funders/apbd_kota/budget/2026", {{"pagu", 10000000}})->status, 204);

  // The region tree says which kab/kota has a boundary map.
  const auto tree = json::parse(sp.get("/api/v1/regions")->body)["regions"];
  ASSERT_EQ(tree.size(), 1u);
  ASSERT_EQ(tree[0]["children"].size(), 1u);
  EXPECT_EQ(tree[0]["children"][0]["kode"], "15.72");
  EXPECT_TRUE(tree[0]["children"][0]["peta"].is_null());
  const auto kj_tree = json::parse(kota.get("/api/v1/regions")->body)["regions"];
  EXPECT_EQ(kj_tree[0]["children"][0]["peta"], "/kota_jambi_kelurahan.geojson");
  EXPECT_EQ(json::parse(prov.get("/api/v1/regions")->body)["regions"][0]["children"].size(), 11u);

  // The public page (issue 17 item 8): a citizen chooses among the kab/kota served (with workers or
  // a potential), and each one's figures hold its own kecamatan only, named, with its map or none.
  auto anon = server_->client();
  const auto served = json::parse(anon.Get("/api/v1/public/coverage?level=kota")->body);
  std::set<std::string> kabkota;
  for (const auto& r : served["rows"]) kabkota.insert(r["kode"].get<std::string>());
  EXPECT_EQ(kabkota, (std::set<std::string>{"15.71", "15.72"})) << served.dump();
  const auto sp_pub = anon.Get("/api/v1/public/coverage?level=kecamatan&wilayah=15.72");
  ASSERT_EQ(sp_pub->status, 200) << sp_pub->body;
  const auto sp_doc = json::parse(sp_pub->body);
  EXPECT_EQ(sp_doc["total"]["nama"], "Kota Sungai Penuh");
  EXPECT_EQ(sp_doc["total"]["workers"], 1);
  EXPECT_TRUE(sp_doc["peta"].is_null());
  EXPECT_EQ(sp_doc["rows"].size(), 8u);
  for (const auto& r : sp_doc["rows"]) EXPECT_EQ(r["kode"].get<std::string>().rfind("15.72.", 0), 0u) << r;
  const auto kj_pub = json::parse(anon.Get("/api/v1/public/coverage?level=kelurahan&wilayah=15.71")->body);
  EXPECT_EQ(kj_pub["total"]["nama"], "Kota Jambi");
  EXPECT_EQ(kj_pub["total"]["potential"], 228000);
  EXPECT_EQ(kj_pub["peta"], "/kota_jambi_kelurahan.geojson");
  for (const auto& r : kj_pub["rows"]) EXPECT_EQ(r["kode"].get<std::string>().rfind("15.71.", 0), 0u) << r;
  // Only a kab/kota, never a kecamatan or an RT, and never a person.
  EXPECT_EQ(anon.Get("/api/v1/public/coverage?level=kecamatan&wilayah=15.71.01")->status, 400);
  EXPECT_EQ(anon.Get("/api/v1/public/coverage?level=kecamatan&wilayah=15.99")->status, 400);
  EXPECT_EQ(anon.Get("/api/v1/public/coverage?level=kota&wilayah=15.71")->status, 400);
  EXPECT_EQ(anon.Get("/api/v1/public/coverage?level=rt&wilayah=15.71")->status, 400);
  EXPECT_EQ(kj_pub.dump().find("Pekerja"), std::string::npos);
}

}  // namespace

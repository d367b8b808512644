// The HTTP API over a real socket: a server on an ephemeral loopback port, a cpp-httplib client.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;

namespace {

using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("api");
    server_->app().store().write([](lindungi::store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 1, "Pak Ahmad"});
      s.registry().put_rt({"", "15.71.01.1001", 2, "Bu Siti"});
    });
    server_->add_user("admin", "admin_kota", "15.71");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  UserClient admin() { return UserClient(*server_, "admin"); }

  static json valid_worker() {
    return {{"nik", "1571015708850003"},
            {"nama", "Siti Aminah"},
            {"tanggal_lahir", "17/08/1985"},
            {"jenis_kelamin", "P"},
            {"kode_kelurahan", "Simpang IV Sipin"},
            {"rt", "001"},
            {"alamat", "Jl. Sipin No. 3"},
            {"no_hp", "0812-3456-7890"},
            {"pekerjaan", "Pedagang / Pelaku UMKM"},
            {"penghasilan", "1.500.000"},
            {"kategori", "pekerja_rentan"},
            {"persetujuan", true},
            {"ahli_waris", json::array({{{"nama", "Budi"}, {"hubungan", "suami"}}})}};
  }

  static inline TestServer* server_ = nullptr;
};

void expect_error_shape(const httplib::Result& res, int status, const std::string& code) {
  ASSERT_TRUE(res) << "no response";
  EXPECT_EQ(res->status, status) << res->body;
  const auto body = json::parse(res->body);
  ASSERT_TRUE(body.contains("error")) << res->body;
  EXPECT_EQ(body["error"]["code"], code) << res->body;
  EXPECT_TRUE(body["error"]["message"].is_string());
  EXPECT_TRUE(body["error"].contains("field"));
}

TEST_F(ApiTest, HealthAnswersWithoutLogin) {
  auto res = server_->client().Get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(json::parse(res->body)["status"], "ok");
  // Issue 16 item 6: nothing that needs the database (it used to count every worker).
  EXPECT_FALSE(json::parse(res->body).contains("workers"));
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(ApiTest, CreateReadUpdateWorker) {
  auto c = admin();
  auto created = c.post("/api/v1/workers", valid_worker());
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, 201) << created->body;
  const auto w = json::parse(created->body);
  EXPECT_EQ(w["kode_kelurahan"], "15.71.01.1001");
  EXPECT_EQ(w["rt"], 1);
  EXPECT_EQ(w["no_hp"], "+6281234567890");  // stored canonically (issue 20 item 5)
  EXPECT_EQ(w["pekerjaan"], "pedagang_umkm");
  EXPECT_EQ(w["penghasilan"], 1500000);
  EXPECT_EQ(w["status"], "didata");
  EXPECT_EQ(w["ahli_waris"].size(), 1u);
  const std::string id = std::to_string(w["id"].get<long long>());

  auto got = c.get("/api/v1/workers/" + id + "?nik=lengkap");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->status, 200);
  EXPECT_EQ(json::parse(got->body)["nama"], "Siti Aminah");

  auto by_nik = c.get("/api/v1/workers/nik/1571015708850003");
  ASSERT_TRUE(by_nik);
  EXPECT_EQ(json::parse(by_nik->body)["id"], w["id"]);

  auto dup = c.post("/api/v1/workers", valid_worker());
  expect_error_shape(dup, 409, "nik_sudah_ada");

  auto update = valid_worker();
  update["nama"] = "Siti Aminah Harahap";
  update["rt"] = 2;
  update["versi"] = w["versi"];
  auto put = c.put("/api/v1/workers/" + id, update);
  ASSERT_TRUE(put);
  ASSERT_EQ(put->status, 200) << put->body;
  EXPECT_EQ(json::parse(put->body)["nama"], "Siti Aminah Harahap");
  EXPECT_EQ(json::parse(put->body)["versi"], w["versi"].get<int>() + 1);

  // The same stale version again is a conflict, not a silent overwrite.
  auto stale = c.put("/api/v1/workers/" + id, update);
  expect_error_shape(stale, 409, "versi_berubah");

  // Every write is in the audit log (and so is each view of the full NIK).
  std::int64_t writes = 0;
  server_->app().store().read([&](lindungi::store::Session& s) {
    for (const auto& e : s.audit().entries("pekerja", id, 0, 50).items) writes += e.aksi == "buat" || e.aksi == "ubah";
  });
  EXPECT_EQ(writes, 2);

  auto list = c.get("/api/v1/workers?wilayah=15.71.01.1001.002&q=siti");
  ASSERT_TRUE(list);
  const auto page = json::parse(list->body);
  EXPECT_EQ(page["total"], 1);
  EXPECT_EQ(page["items"][0]["nama"], "Siti Aminah Harahap");
}

TEST_F(ApiTest, ValidationErrorsNameTheFieldInIndonesian) {
  auto bad = valid_worker();
  bad["nik"] = "1571013208850003";  // day 32
  bad["penghasilan"] = "7.000.000";
  bad["kode_kelurahan"] = "Atlantis";
  auto res = admin().post("/api/v1/workers", bad);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 422);
  const auto body = json::parse(res->body);
  std::set<std::string> fields;
  for (const auto& e : body["error"]["errors"]) fields.insert(e["field"]);
  EXPECT_TRUE(fields.contains("nik"));
  EXPECT_TRUE(fields.contains("penghasilan"));
  EXPECT_TRUE(fields.contains("kode_kelurahan"));
  EXPECT_NE(body["error"]["message"].get<std::string>().find("NIK"), std::string::npos);
}

// Issue 18 item 4: every list answers in one paging envelope (written as JSON values or, for
// workers, as text: the same bytes either way), and every route that takes fields parses its body
// the same way (not JSON: 400; JSON of another shape: 422 bukan_objek; empty: as the route says).
TEST_F(ApiTest, OnePagingEnvelopeAndOneBodyParser) {
  auto c = admin();
  for (const std::string list : {"/api/v1/workers", "/api/v1/imports", "/api/v1/duplicates", "/api/v1/projects",
                                 "/api/v1/bpjs/batches", "/api/v1/cards/batches"}) {
    auto res = c.get(list + "?page=3&limit=2");
    ASSERT_TRUE(res) << list;
    ASSERT_EQ(res->status, 200) << list << " " << res->body;
    const auto page = json::parse(res->body);
    std::set<std::string> keys;
    for (const auto& [k, _] : page.items()) keys.insert(k);
    EXPECT_EQ(keys, (std::set<std::string>{"items", "limit", "page", "total"})) << list;
    EXPECT_EQ(page["page"], 3) << list;
    EXPECT_EQ(page["limit"], 2) << list;
    EXPECT_TRUE(page["items"].is_array()) << list;
    EXPECT_EQ(res->body.rfind("{\"items\":[", 0), 0u) << list << " " << res->body;
    EXPECT_NE(res->body.find("],\"limit\":2,\"page\":3,\"total\":"), std::string::npos) << list << " " << res->body;
  }
  for (const std::string route : {"/api/v1/invoices", "/api/v1/projects", "/api/v1/claims/1/decision",
                                  "/api/v1/workers/1/verify", "/api/v1/cards"}) {
    expect_error_shape(c.post_raw(route, "[1,2]", "application/json"), 422, "bukan_objek");
    expect_error_shape(c.post_raw(route, "{nope", "application/json"), 400, "json_tidak_valid");
  }
  // An empty body: refused where the fields are required, every field absent where none is.
  expect_error_shape(c.post_raw("/api/v1/invoices", "", "application/json"), 400, "json_tidak_valid");
  const auto empty = c.post_raw("/api/v1/claims/999999/decision", "", "application/json");
  ASSERT_TRUE(empty);
  EXPECT_NE(empty->status, 400) << empty->body;
}

TEST_F(ApiTest, BadInputNeverCrashes) {
  auto c = admin();
  expect_error_shape(c.post_raw("/api/v1/workers", "{not json", "application/json"), 400, "json_tidak_valid");
  expect_error_shape(c.post_raw("/api/v1/workers", "[1,2]", "application/json"), 422, "bukan_objek");
  auto wrong_types = valid_worker();
  wrong_types["nama"] = json::array({1});
  wrong_types["persetujuan"] = "ya";
  expect_error_shape(c.post("/api/v1/workers", wrong_types), 422, "tipe_salah");
  expect_error_shape(c.post("/api/v1/workers", json::object()), 422, "wajib_diisi");
  expect_error_shape(c.get("/api/v1/nowhere"), 404, "rute_tidak_ada");
  expect_error_shape(c.get("/api/v1/workers/999999"), 404, "pekerja_tidak_ada");
  expect_error_shape(c.get("/api/v1/workers?limit=100000"), 400, "parameter_tidak_valid");
  expect_error_shape(c.get("/api/v1/workers?wilayah=abc"), 400, "wilayah_tidak_valid");
  expect_error_shape(c.get("/api/v1/workers?sort=password"), 400, "urutan_tidak_valid");
  expect_error_shape(c.get("/api/v1/workers?q=%ZZ"), 400, "query_tidak_valid");
  // A body over the server's limit is refused and the server keeps serving.
  const std::string huge(200 * 1024, 'x');
  auto res = c.post_raw("/api/v1/workers", huge, "application/json");
  if (res) {
    EXPECT_GE(res->status, 400);
  }
  auto health = server_->client().Get("/api/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(ApiTest, NikAndPremiumTools) {
  auto c = admin();
  auto nik = c.get("/api/v1/nik/1571015708850003");
  ASSERT_TRUE(nik);
  const auto n = json::parse(nik->body);
  EXPECT_EQ(n["valid"], true);
  EXPECT_EQ(n["jenis_kelamin"], "P");
  EXPECT_EQ(n["tanggal_lahir"], "1985-08-17");
  auto invalid = json::parse(c.get("/api/v1/nik/123")->body);
  EXPECT_EQ(invalid["valid"], false);
  EXPECT_EQ(invalid["errors"][0]["code"], "nik_panjang");
  auto premium = json::parse(server_->client().Get("/api/v1/premium?income=1000000&months=12&workers=20")->body);
  EXPECT_EQ(premium["total"], 4032000);
  EXPECT_EQ(premium["per_worker_month"], 16800);
}

TEST_F(ApiTest, RegionsAndCoverage) {
  auto c = admin();
  auto regions = c.get("/api/v1/regions");
  ASSERT_TRUE(regions);
  const auto tree = json::parse(regions->body)["regions"];
  ASSERT_EQ(tree.size(), 1u);
  const auto kota = tree[0]["children"][0];
  EXPECT_EQ(kota["kode"], "15.71");
  EXPECT_EQ(kota["children"].size(), 11u);
  std::size_t kelurahan = 0;
  for (const auto& kec : kota["children"]) kelurahan += kec["children"].size();
  EXPECT_EQ(kelurahan, 68u);

  auto cov = c.get("/api/v1/reports/coverage?level=kecamatan");
  ASSERT_TRUE(cov);
  const auto report = json::parse(cov->body);
  EXPECT_EQ(report["level"], "kecamatan");
  EXPECT_EQ(report["rows"].size(), 11u);
  for (const char* key : {"workers", "verified", "covered", "potential", "coverage_pct"})
    EXPECT_TRUE(report["total"].contains(key)) << key;
  expect_error_shape(c.get("/api/v1/reports/coverage?level=planet"), 400, "tingkat_tidak_valid");
}

}  // namespace

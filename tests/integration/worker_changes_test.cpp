// No single person between a worker and a payout (issue 16 item 4), over HTTP: a material edit
// (NIK, name, birth date, income, RT, heirs) of a verified or active worker waits for a second
// person with the verifying permission in its area; non-material edits apply directly; the
// proposer cannot approve, neither directly nor through an account their admin made; the same
// holds for the kelurahan's verification of a new record. Both backends (pg: run).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "integration/claims_fixture.hpp"
#include "integration/test_server.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const std::string kKel = "15.71.01.1001";

class WorkerChangesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("worker_changes");
    server_->app().store().write([](store::Session& s) {
      s.put_rt({"", kKel, 1, ""});
      s.put_rt({"", kKel, 2, ""});
      s.put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    });
    server_->reopen();
    server_->add_user("rt1", "ketua_rt", kKel + ".001");
    server_->add_user("kel", "operator_kelurahan", kKel);
    server_->add_user("admin", "admin_kota", "15.71");
    server_->start(64 * 1024);
  }
  static void TearDownTestSuite() { delete server_; }

  // The worker as a PUT body (full NIKs, read from the store), with `edit` applied.
  static json body(std::int64_t id, const json& edit = json::object()) {
    std::optional<Worker> w;
    server_->app().store().read([&](store::Session& s) { w = s.worker(id); });
    json heirs = json::array();
    for (const auto& h : w->ahli_waris)
      heirs.push_back({{"nama", h.nama},
                       {"hubungan", h.hubungan},
                       {"nik", h.nik},
                       {"tanggal_lahir", h.tanggal_lahir ? h.tanggal_lahir->iso() : ""}});
    json b = {{"nik", w->nik},
              {"nama", w->nama},
              {"tanggal_lahir", w->tanggal_lahir->iso()},
              {"jenis_kelamin", "L"},
              {"kode_kelurahan", w->kode_kelurahan},
              {"rt", w->rt},
              {"alamat", w->alamat},
              {"no_hp", w->no_hp},
              {"pekerjaan", w->pekerjaan},
              {"penghasilan", w->penghasilan},
              {"kategori", w->kategori},
              {"persetujuan", true},
              {"ahli_waris", heirs},
              {"versi", w->version}};
    b.update(edit);
    return b;
  }
  static Worker stored(std::int64_t id) {
    std::optional<Worker> w;
    server_->app().store().read([&](store::Session& s) { w = s.worker(id); });
    return *w;
  }
  static std::string code(const httplib::Result& r) { return json::parse(r->body)["error"]["code"]; }

  static inline TestServer* server_ = nullptr;
};

TEST_F(WorkerChangesTest, AMaterialEditOfAnActiveWorkerWaitsForASecondPersonAndTheRestApplies) {
  const auto id = lindungi::testing::claim_worker(server_->app(), kKel, "apbd_kota");  // aktif
  UserClient rt(*server_, "rt1");
  UserClient kel(*server_, "kel");
  auto res = rt.put("/api/v1/workers/" + std::to_string(id),
                    body(id, {{"penghasilan", 2'000'000}, {"no_hp", "081234567890"}}));
  ASSERT_EQ(res->status, 200) << res->body;
  json out = json::parse(res->body);
  ASSERT_TRUE(out.contains("perubahan_tertunda"));
  EXPECT_EQ(out["perubahan_tertunda"]["status"], "menunggu");
  EXPECT_NE(out["perubahan_tertunda"]["pesan"].get<std::string>().find("menunggu persetujuan"), std::string::npos);
  EXPECT_EQ(stored(id).penghasilan, 1'000'000);  // waits
  EXPECT_EQ(stored(id).no_hp, "081234567890");   // applied
  const auto change = out["perubahan_tertunda"]["id"].get<std::int64_t>();

  // The checker's list; the maker sees it too, as waiting.
  res = kel.get("/api/v1/worker-changes");
  ASSERT_EQ(res->status, 200) << res->body;
  const json list = json::parse(res->body)["items"];
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["id"], change);
  EXPECT_EQ(list[0]["diajukan_oleh"], "rt1");
  EXPECT_EQ(list[0]["perubahan"]["penghasilan"], json::array({1'000'000, 2'000'000}));
  res = rt.get("/api/v1/worker-changes?pekerja_id=" + std::to_string(id));
  EXPECT_EQ(json::parse(res->body)["items"].size(), 1u);

  // One at a time; the maker cannot decide.
  res = rt.put("/api/v1/workers/" + std::to_string(id), body(id, {{"nama", "Nama Lain Sekali"}}));
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "perubahan_menunggu");
  res = rt.post("/api/v1/worker-changes/" + std::to_string(change) + "/decision", {{"keputusan", "disetujui"}});
  EXPECT_EQ(res->status, 403);

  res = kel.post("/api/v1/worker-changes/" + std::to_string(change) + "/decision", {{"keputusan", "disetujui"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "disetujui");
  EXPECT_EQ(stored(id).penghasilan, 2'000'000);
  res = kel.post("/api/v1/worker-changes/" + std::to_string(change) + "/decision", {{"keputusan", "disetujui"}});
  EXPECT_EQ(res->status, 409);

  // Everything audited.
  UserClient admin(*server_, "admin");
  const json audit =
      json::parse(admin.get("/api/v1/audit?entitas=pekerja&entitas_id=" + std::to_string(id))->body)["items"];
  std::vector<std::string> actions;
  for (const auto& e : audit) actions.push_back(e["aksi"]);
  EXPECT_NE(std::find(actions.begin(), actions.end(), "ajukan_perubahan"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "setujui_perubahan"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "ubah"), actions.end());  // the phone
}

TEST_F(WorkerChangesTest, NonMaterialEditsApplyDirectly) {
  const auto id = lindungi::testing::claim_worker(server_->app(), kKel, "apbd_kota");
  UserClient rt(*server_, "rt1");
  auto res = rt.put("/api/v1/workers/" + std::to_string(id), body(id, {{"alamat", "Jl. Baru No. 5"}}));
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_FALSE(json::parse(res->body).contains("perubahan_tertunda"));
  EXPECT_EQ(stored(id).alamat, "Jl. Baru No. 5");
}

TEST_F(WorkerChangesTest, HeirsChangeOnlyWithASecondPersonNotThroughAnAccountTheProposerMade) {
  const auto id = lindungi::testing::claim_worker(server_->app(), kKel, "apbd_kota");
  UserClient admin(*server_, "admin");  // admin_kota records and verifies
  json edit = body(id);
  edit["ahli_waris"][0]["nama"] = "Penerima Palsu";
  auto res = admin.put("/api/v1/workers/" + std::to_string(id), edit);
  ASSERT_EQ(res->status, 200) << res->body;
  const auto change = json::parse(res->body)["perubahan_tertunda"]["id"].get<std::int64_t>();
  const std::string decision = "/api/v1/worker-changes/" + std::to_string(change) + "/decision";
  // Alone.
  res = admin.post(decision, {{"keputusan", "disetujui"}});
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(code(res), "pengaju_tidak_boleh_memutus");
  // Through a kelurahan operator's account the same admin made.
  res = admin.post("/api/v1/users", {{"username", "kel.boneka"},
                                     {"nama", "Operator Boneka"},
                                     {"role", "operator_kelurahan"},
                                     {"area", kKel},
                                     {"password", lindungi::testing::kTestPassword}});
  ASSERT_EQ(res->status, 201) << res->body;
  UserClient puppet(*server_, "kel.boneka");
  ASSERT_TRUE(puppet.logged_in());
  res = puppet.post(decision, {{"keputusan", "disetujui"}});
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(code(res), "pengaju_tidak_boleh_memutus");
  EXPECT_EQ(stored(id).ahli_waris[0].nama, "Siti");
  // A second person rejects, with a reason.
  UserClient kel(*server_, "kel");
  res = kel.post(decision, {{"keputusan", "ditolak"}});
  EXPECT_EQ(res->status, 422);
  res = kel.post(decision, {{"keputusan", "ditolak"}, {"alasan", "Tidak ada bukti surat nikah"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "ditolak");
  EXPECT_EQ(stored(id).ahli_waris[0].nama, "Siti");
}

TEST_F(WorkerChangesTest, VerifyingARecordMadeThroughAnAccountTheSameAdminCreatedIsRefused) {
  UserClient admin(*server_, "admin");
  auto res = admin.post("/api/v1/users", {{"username", "rt.boneka"},
                                          {"nama", "RT Boneka"},
                                          {"role", "ketua_rt"},
                                          {"area", kKel + ".002"},
                                          {"password", lindungi::testing::kTestPassword}});
  ASSERT_EQ(res->status, 201) << res->body;
  UserClient puppet(*server_, "rt.boneka");
  ASSERT_TRUE(puppet.logged_in());
  res = puppet.post("/api/v1/workers", {{"nik", "1571015508900007"},
                                        {"nama", "Pekerja Boneka"},
                                        {"tanggal_lahir", "1990-08-15"},
                                        {"jenis_kelamin", "P"},
                                        {"kode_kelurahan", kKel},
                                        {"rt", 2},
                                        {"alamat", "Jl. Uji"},
                                        {"pekerjaan", "becak"},
                                        {"penghasilan", 1'000'000},
                                        {"kategori", "pekerja_rentan"},
                                        {"persetujuan", true}});
  ASSERT_EQ(res->status, 201) << res->body;
  const auto id = json::parse(res->body)["id"].get<std::int64_t>();
  res = admin.post("/api/v1/workers/" + std::to_string(id) + "/verify", json::object());
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(code(res), "pembuat_tidak_boleh_memeriksa");
  UserClient kel(*server_, "kel");
  res = kel.post("/api/v1/workers/" + std::to_string(id) + "/verify", json::object());
  EXPECT_EQ(res->status, 200) << res->body;
}

}  // namespace

// No single person between a worker and a payout (issue 16 item 4), over HTTP: a material edit
// (NIK, name, birth date, income, RT, heirs) of a verified or active worker waits for a second
// person with the verifying permission in its area; non-material edits apply directly; the
// proposer cannot approve, neither directly nor through an account their admin made; the same
// holds for the kelurahan's verification of a new record. Both backends (pg: run).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/worker.hpp"
#include "integration/claims_fixture.hpp"
#include "integration/test_server.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const std::string kChangesKel = "15.71.01.1001";

class WorkerChangesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("worker_changes");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", kChangesKel, 1, ""});
      s.registry().put_rt({"", kChangesKel, 2, ""});
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    });
    server_->reopen();
    server_->add_user("rt1", "ketua_rt", kChangesKel + ".001");
    server_->add_user("kel", "operator_kelurahan", kChangesKel);
    server_->add_user("admin", "admin_kota", "15.71");
    server_->start(64 * 1024);
  }
  static void TearDownTestSuite() { delete server_; }

  // The worker as a PUT body (full NIKs, read from the store), with `edit` applied.
  static json body(std::int64_t id, const json& edit = json::object()) {
    std::optional<Worker> w;
    server_->app().store().read([&](store::Session& s) { w = s.registry().worker(id); });
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
    server_->app().store().read([&](store::Session& s) { w = s.registry().worker(id); });
    return *w;
  }
  static std::string code(const httplib::Result& r) { return json::parse(r->body)["error"]["code"]; }

  static inline TestServer* server_ = nullptr;
};

TEST_F(WorkerChangesTest, AMaterialEditOfAnActiveWorkerWaitsForASecondPersonAndTheRestApplies) {
  const auto id = lindungi::testing::claim_worker(server_->app(), kChangesKel, "apbd_kota");  // aktif
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
  EXPECT_EQ(stored(id).no_hp, "+6281234567890");  // applied, canonically
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
  const auto id = lindungi::testing::claim_worker(server_->app(), kChangesKel, "apbd_kota");
  UserClient rt(*server_, "rt1");
  auto res = rt.put("/api/v1/workers/" + std::to_string(id), body(id, {{"alamat", "Jl. Baru No. 5"}}));
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_FALSE(json::parse(res->body).contains("perubahan_tertunda"));
  EXPECT_EQ(stored(id).alamat, "Jl. Baru No. 5");
}

TEST_F(WorkerChangesTest, HeirsChangeOnlyWithASecondPersonNotThroughAnAccountTheProposerMade) {
  const auto id = lindungi::testing::claim_worker(server_->app(), kChangesKel, "apbd_kota");
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
                                     {"area", kChangesKel},
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
                                          {"area", kChangesKel + ".002"},
                                          {"password", lindungi::testing::kTestPassword}});
  ASSERT_EQ(res->status, 201) << res->body;
  UserClient puppet(*server_, "rt.boneka");
  ASSERT_TRUE(puppet.logged_in());
  res = puppet.post("/api/v1/workers", {{"nik", "1571015508900007"},
                                        {"nama", "Pekerja Boneka"},
                                        {"tanggal_lahir", "1990-08-15"},
                                        {"jenis_kelamin", "P"},
                                        {"kode_kelurahan", kChangesKel},
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

// Imports follow the same rule (issue 16 item 4): a verified worker's material columns in an
// uploaded file become one pending change per worker, proposed by the uploader; the rest applies.

const char* kChangesHeader =
    "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
    "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\n";

// A verified worker (not yet funded: an import may still touch it) with three heirs.
std::int64_t verified_worker(services::App& app, const std::string& nik) {
  Worker w;
  w.nik = nik;
  w.nama = "Peserta Impor " + nik.substr(12);
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::L;
  w.kode_kelurahan = kChangesKel;
  w.rt = 1;
  w.alamat = "Jl. Lama";
  w.no_hp = "+6281200000000";  // as a save stores it (issue 20 item 5)
  w.pekerjaan = "becak";
  w.penghasilan = 1'000'000;
  w.kategori = "pekerja_rentan";
  w.status = "diverifikasi";
  w.persetujuan = true;
  w.recorded_by = "kel";
  w.ahli_waris = {{0, "Siti", "istri", "", Date{1987, 2, 3}},
                  {0, "Adi", "anak", "", Date{2012, 5, 6}},
                  {0, "Ani", "anak", "", Date{2015, 9, 10}}};
  app.store().write([&](store::Session& s) { s.registry().insert_worker(w); });
  return w.id;
}

// One template row for that worker: `penghasilan` and a heir as given, phone `no_hp`.
std::string import_row(const std::string& nik, const std::string& penghasilan, const std::string& no_hp,
                       const std::string& heir = "Siti,istri,") {
  return nik + ",Peserta Impor " + nik.substr(12) + ",17/08/1985,L,15.71.01.1001,1,Jl. Lama," + no_hp + ",becak," +
         penghasilan + ",pekerja_rentan," + heir + "\n";
}

std::vector<json> changes_of(UserClient& c, std::int64_t id, const std::string& status = "menunggu") {
  const json items = json::parse(
      c.get("/api/v1/worker-changes?status=" + status + "&pekerja_id=" + std::to_string(id))->body)["items"];
  return {items.begin(), items.end()};
}

TEST_F(WorkerChangesTest, AnImportCannotChangeAVerifiedWorkersIncomeAloneTheRestApplies) {
  const std::string nik = "1571011708859001";
  const auto id = verified_worker(server_->app(), nik);
  UserClient rt(*server_, "rt1");
  UserClient kel(*server_, "kel");
  const std::string file = kChangesHeader + import_row(nik, "1.500.000", "081234567890");

  // Dry run: says what would wait, writes nothing.
  auto res = rt.post_raw("/api/v1/imports?dry_run=1&nama_berkas=ubah.csv", file, "text/csv");
  ASSERT_EQ(res->status, 200) << res->body;
  json d = json::parse(res->body);
  EXPECT_EQ(d["updated"], 1);
  EXPECT_EQ(d["pending_changes"], 1);
  EXPECT_EQ(d["accepted"], 1);
  ASSERT_EQ(d["items"].size(), 1u);
  EXPECT_EQ(d["items"][0]["action"], "update");
  EXPECT_EQ(d["items"][0]["changed"], json::array({"no_hp"}));
  EXPECT_EQ(d["items"][0]["pending"], json::array({"penghasilan"}));
  EXPECT_EQ(d["items"][0]["pending_change_id"], nullptr);
  EXPECT_NE(d["message"].get<std::string>().find("akan menunggu persetujuan orang kedua"), std::string::npos)
      << d["message"];
  EXPECT_TRUE(changes_of(kel, id).empty());
  EXPECT_EQ(stored(id).no_hp, "+6281200000000");

  // The import: the phone applies, the income waits, proposed by the uploader; status kept.
  res = rt.post_raw("/api/v1/imports?nama_berkas=ubah.csv&baris=1", file, "text/csv");
  ASSERT_EQ(res->status, 201) << res->body;
  d = json::parse(res->body);
  EXPECT_EQ(d["updated"], 1);
  EXPECT_EQ(d["pending_changes"], 1);
  const auto change = d["items"][0]["pending_change_id"].get<std::int64_t>();
  EXPECT_GT(change, 0);
  EXPECT_EQ(stored(id).no_hp, "+6281234567890");  // stored canonically (issue 20 item 5)
  EXPECT_EQ(stored(id).penghasilan, 1'000'000);
  EXPECT_EQ(stored(id).status, "diverifikasi");
  auto waiting = changes_of(kel, id);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0]["id"], change);
  EXPECT_EQ(waiting[0]["diajukan_oleh"], "rt1");
  EXPECT_EQ(waiting[0]["perubahan"]["penghasilan"], json::array({1'000'000, 1'500'000}));

  // The same file again changes nothing and proposes nothing new.
  res = rt.post_raw("/api/v1/imports?nama_berkas=ubah.csv&baris=1", file, "text/csv");
  ASSERT_EQ(res->status, 200) << res->body;
  d = json::parse(res->body);
  EXPECT_EQ(d["saved"], false);
  EXPECT_EQ(d["unchanged"], 1);
  EXPECT_EQ(d["pending_changes"], 0);
  EXPECT_EQ(d["items"][0]["pending_change_id"], change);
  EXPECT_EQ(changes_of(kel, id).size(), 1u);
  // Another income while one waits: the row is refused, one pending change per worker.
  res = rt.post_raw("/api/v1/imports?nama_berkas=lain.csv",
                    kChangesHeader + import_row(nik, "1.700.000", "081234567890"), "text/csv");
  ASSERT_EQ(res->status, 200) << res->body;
  d = json::parse(res->body);
  EXPECT_EQ(d["rejected"], 1);
  EXPECT_EQ(d["errors"][0]["code"], "perubahan_menunggu");

  // The uploader cannot approve it; the kelurahan's operator can, and then it applies.
  res = rt.post("/api/v1/worker-changes/" + std::to_string(change) + "/decision", {{"keputusan", "disetujui"}});
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(stored(id).penghasilan, 1'000'000);
  res = kel.post("/api/v1/worker-changes/" + std::to_string(change) + "/decision", {{"keputusan", "disetujui"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(stored(id).penghasilan, 1'500'000);
  EXPECT_EQ(stored(id).status, "diverifikasi");

  // Audited: the phone's change, the proposal naming the import, the approval.
  UserClient admin(*server_, "admin");
  const json audit =
      json::parse(admin.get("/api/v1/audit?entitas=pekerja&entitas_id=" + std::to_string(id))->body)["items"];
  bool proposed = false, approved = false, phone = false;
  for (const auto& e : audit) {
    const std::string what = e["aksi"];
    const std::string changes = e["perubahan"].dump();
    proposed = proposed || (what == "ajukan_perubahan" && changes.find("impor:") != std::string::npos);
    approved = approved || what == "setujui_perubahan";
    phone = phone || (what == "ubah" && changes.find("+6281234567890") != std::string::npos);
  }
  EXPECT_TRUE(proposed) << audit.dump();
  EXPECT_TRUE(approved);
  EXPECT_TRUE(phone);
}

TEST_F(WorkerChangesTest, AnImportCannotChangeAVerifiedWorkersHeirsAloneNorTheUploaderApproveThem) {
  const std::string nik = "1571011708859002";
  const auto id = verified_worker(server_->app(), nik);
  UserClient admin(*server_, "admin");  // records, verifies, imports
  const std::string file = kChangesHeader + import_row(nik, "1.000.000", "081200000000", "Penerima Palsu,ayah,");
  auto res = admin.post_raw("/api/v1/imports?nama_berkas=waris.csv&baris=1", file, "text/csv");
  ASSERT_EQ(res->status, 201) << res->body;
  json d = json::parse(res->body);
  EXPECT_EQ(d["updated"], 0);
  EXPECT_EQ(d["unchanged"], 1);  // nothing applied at once
  EXPECT_EQ(d["pending_changes"], 1);
  EXPECT_EQ(d["items"][0]["pending"], json::array({"nama_ahli_waris"}));
  const auto change = d["items"][0]["pending_change_id"].get<std::int64_t>();
  ASSERT_EQ(stored(id).ahli_waris.size(), 3u);
  const std::string decision = "/api/v1/worker-changes/" + std::to_string(change) + "/decision";
  res = admin.post(decision, {{"keputusan", "disetujui"}});
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(code(res), "pengaju_tidak_boleh_memutus");
  EXPECT_EQ(stored(id).ahli_waris.size(), 3u);
  UserClient kel(*server_, "kel");
  res = kel.post(decision, {{"keputusan", "disetujui"}});
  ASSERT_EQ(res->status, 200) << res->body;
  const auto heirs = stored(id).ahli_waris;
  ASSERT_EQ(heirs.size(), 4u);
  EXPECT_TRUE(std::any_of(heirs.begin(), heirs.end(), [](const Heir& h) { return h.nama == "Penerima Palsu"; }));
}

TEST_F(WorkerChangesTest, AnImportWithAPendingChangeIsAllOrNothing) {
  // The proposal is written while the rest of the file is still being read (rows are decided in
  // blocks of 1,000 and written as they come); the file turns out broken after the first block,
  // so the whole import, the proposal with it, is rolled back.
  const std::string nik = "1571011708859003";
  const auto id = verified_worker(server_->app(), nik);
  UserClient rt(*server_, "rt1");
  UserClient kel(*server_, "kel");
  std::string file = kChangesHeader + import_row(nik, "2.500.000", "081200000000");
  // New workers born on different days (so that the duplicate search compares nothing), each NIK
  // agreeing with its birth date.
  for (int i = 0; i < 1200; ++i) {
    const int day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 1960 + i / 336;
    char nik[17], born[11];
    std::snprintf(nik, sizeof nik, "157101%02d%02d%02d%04d", day, month, year % 100, 5000 + i);
    std::snprintf(born, sizeof born, "%02d/%02d/%04d", day, month, year);
    file += std::string{nik} + ",Pekerja Massal " + std::to_string(i) + "," + born +
            ",L,15.71.01.1001,1,,,becak,1000000,pekerja_rentan,,,\n";
  }
  auto res = rt.post_raw("/api/v1/imports?dry_run=1&nama_berkas=besar.csv", file, "text/csv");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 500);
  EXPECT_EQ(json::parse(res->body)["pending_changes"], 1);
  file += "\"kutip tidak ditutup,\n";
  res = rt.post_raw("/api/v1/imports?nama_berkas=besar.csv", file, "text/csv");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body.substr(0, 500);
  EXPECT_TRUE(changes_of(kel, id).empty());
  EXPECT_EQ(stored(id).penghasilan, 1'000'000);
  std::optional<Worker> created;
  server_->app().store().read([&](store::Session& s) { created = s.registry().worker_by_nik("1571010101605000"); });
  EXPECT_FALSE(created);
}

}  // namespace

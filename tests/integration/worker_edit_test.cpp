// Correcting a worker (issue 17 items 1 and 9): a change only to an heir's birth date is saved and
// audited; a rejected worker, corrected, goes back to the verification queue (resubmit), only
// from "ditolak", only within the editor's area, audited as "ajukan_ulang", and whoever resubmits
// cannot verify it (maker-checker). Both backends (pg: run).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/worker.hpp"
#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const std::string kEditKel = "15.71.01.1001";
const std::string kOtherKel = "15.71.01.1002";
const std::string kOtherCity = "15.72.01.1001";

class WorkerEditTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("worker_edit");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", kEditKel, 1, ""});
      s.registry().put_rt({"", kOtherKel, 1, ""});
      s.registry().put_rt({"", kOtherCity, 1, ""});
    });
    server_->reopen();
    server_->add_user("rt1", "ketua_rt", kEditKel + ".001");
    server_->add_user("kel", "operator_kelurahan", kEditKel);
    server_->add_user("kel2", "operator_kelurahan", kOtherKel);
    server_->add_user("kota2", "admin_kota", "15.72");
    server_->start(64 * 1024);
  }
  static void TearDownTestSuite() { delete server_; }

  static std::int64_t worker(const std::string& kel, const std::string& status, std::uint64_t n) {
    Worker w;
    w.nik = kel.substr(0, 5) == "15.72" ? "15720117088500" + std::to_string(10 + n)
                                        : "15710117088500" + std::to_string(10 + n);
    w.nama = "Pekerja Ubah";
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = kel;
    w.rt = 1;
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    w.recorded_by = "pencatat";
    w.ahli_waris.push_back({0, "Anak Satu", "anak", "", Date{2015, 3, 1}});
    server_->app().store().write([&](store::Session& s) {
      s.registry().insert_worker(w);
      if (status != "didata") {
        w.status = status;
        w.alasan = "Penghasilan tidak sesuai";
        s.registry().update_worker(w);
      }
    });
    return w.id;
  }
  static Worker stored(std::int64_t id) {
    std::optional<Worker> w;
    server_->app().store().read([&](store::Session& s) { w = s.registry().worker(id); });
    return *w;
  }
  static json body(std::int64_t id, const std::string& heir_date) {
    const Worker w = stored(id);
    return {{"nik", w.nik},
            {"nama", w.nama},
            {"tanggal_lahir", w.tanggal_lahir->iso()},
            {"jenis_kelamin", "L"},
            {"kode_kelurahan", w.kode_kelurahan},
            {"rt", w.rt},
            {"pekerjaan", w.pekerjaan},
            {"penghasilan", w.penghasilan},
            {"kategori", w.kategori},
            {"persetujuan", true},
            {"ahli_waris", json::array({{{"nama", "Anak Satu"}, {"hubungan", "anak"}, {"tanggal_lahir", heir_date}}})},
            {"versi", w.version}};
  }
  static std::string code(const httplib::Result& r) { return json::parse(r->body)["error"]["code"]; }
  static int audits(std::int64_t id, const std::string& aksi) {
    int n = 0;
    server_->app().store().read([&](store::Session& s) {
      for (const auto& e : s.audit().entries("pekerja", std::to_string(id), 0, 100).items) n += e.aksi == aksi;
    });
    return n;
  }
  static inline TestServer* server_ = nullptr;
};

TEST_F(WorkerEditTest, AChangeOnlyToAnHeirsBirthDateIsSavedAndAudited) {
  const auto id = worker(kEditKel, "didata", 1);
  UserClient rt(*server_, "rt1");
  const auto res = rt.put("/api/v1/workers/" + std::to_string(id), body(id, "02/03/2015"));
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["ahli_waris"][0]["tanggal_lahir"], "2015-03-02");
  EXPECT_EQ(stored(id).ahli_waris.at(0).tanggal_lahir->iso(), "2015-03-02");
  EXPECT_EQ(audits(id, "ubah"), 1);
}

TEST_F(WorkerEditTest, ARejectedWorkerCorrectedGoesBackToTheQueue) {
  const auto id = worker(kEditKel, "ditolak", 2);
  UserClient rt(*server_, "rt1");
  auto res = rt.put("/api/v1/workers/" + std::to_string(id), body(id, "01/03/2014"));
  ASSERT_EQ(res->status, 200) << res->body;
  res = rt.post("/api/v1/workers/" + std::to_string(id) + "/resubmit", json::object());
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "didata");
  EXPECT_EQ(stored(id).status, "didata");
  EXPECT_EQ(stored(id).alasan, "");
  EXPECT_EQ(audits(id, "ajukan_ulang"), 1);
  // Only from "ditolak": a second resubmit is refused and writes nothing.
  res = rt.post("/api/v1/workers/" + std::to_string(id) + "/resubmit", json::object());
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(code(res), "status_tidak_sesuai");
  EXPECT_EQ(audits(id, "ajukan_ulang"), 1);
}

TEST_F(WorkerEditTest, WhoeverResubmitsCannotVerifyIt) {
  const auto id = worker(kEditKel, "ditolak", 3);
  UserClient kel(*server_, "kel");
  auto res = kel.post("/api/v1/workers/" + std::to_string(id) + "/resubmit", json::object());
  ASSERT_EQ(res->status, 200) << res->body;
  res = kel.post("/api/v1/workers/" + std::to_string(id) + "/verify", json::object());
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(code(res), "pembuat_tidak_boleh_memeriksa");
  EXPECT_EQ(stored(id).status, "didata");
}

TEST_F(WorkerEditTest, ResubmitIsRefusedOutsideTheArea) {
  const auto id = worker(kEditKel, "ditolak", 4);
  UserClient other_kel(*server_, "kel2");
  UserClient other_city(*server_, "kota2");
  EXPECT_EQ(other_kel.post("/api/v1/workers/" + std::to_string(id) + "/resubmit", json::object())->status, 404);
  EXPECT_EQ(other_city.post("/api/v1/workers/" + std::to_string(id) + "/resubmit", json::object())->status, 404);
  EXPECT_EQ(stored(id).status, "ditolak");
  EXPECT_EQ(audits(id, "ajukan_ulang"), 0);
}

// Issue 17: saving a NIK registered in another area is refused, and the answer tells nothing about
// that worker (no name, full NIK or place): over HTTP, by another kelurahan's operator and another
// city's admin, on create and on edit; the record's own area is told whose NIK it is.
TEST_F(WorkerEditTest, ANikRegisteredElsewhereIsRefusedWithoutSayingWho) {
  const auto taken = worker(kEditKel, "didata", 5);
  const std::string nik = stored(taken).nik;
  auto form = [&](const std::string& kel) {
    return json{{"nik", nik},           {"nama", "Orang Lain"},  {"tanggal_lahir", "1985-08-17"},
                {"jenis_kelamin", "L"}, {"kode_kelurahan", kel}, {"rt", 1},
                {"pekerjaan", "becak"}, {"penghasilan", 900000}, {"kategori", "pekerja_rentan"},
                {"persetujuan", true}};
  };
  const auto says_nothing = [&](const httplib::Result& r) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 409) << r->body;
    EXPECT_EQ(code(r), "nik_terdaftar_di_wilayah_lain") << r->body;
    for (const std::string& secret : {nik, std::string{"Pekerja Ubah"}, kEditKel, std::string{"RT 001"}})
      EXPECT_EQ(r->body.find(secret), std::string::npos) << secret << " in " << r->body;
    EXPECT_NE(r->body.find("di luar wilayah Anda"), std::string::npos) << r->body;
  };
  UserClient other_kel(*server_, "kel2");
  UserClient other_city(*server_, "kota2");
  says_nothing(other_kel.post("/api/v1/workers", form(kOtherKel)));
  says_nothing(other_city.post("/api/v1/workers", form(kOtherCity)));
  // An edit of the city's own worker to the taken NIK: refused the same way, nothing saved.
  const auto mine = worker(kOtherCity, "didata", 6);
  auto edit = body(mine, "2015-03-01");
  edit["nik"] = nik;
  says_nothing(other_city.put("/api/v1/workers/" + std::to_string(mine), edit));
  EXPECT_NE(stored(mine).nik, nik);
  // The kelurahan of the record: told whose it is (masked NIK, name, RT), still refused.
  UserClient kel(*server_, "kel");
  const auto own = kel.post("/api/v1/workers", form(kEditKel));
  EXPECT_EQ(own->status, 409);
  EXPECT_EQ(code(own), "nik_sudah_ada");
  EXPECT_NE(own->body.find("Pekerja Ubah, RT 001"), std::string::npos) << own->body;
  EXPECT_EQ(own->body.find(nik), std::string::npos) << own->body;
}

}  // namespace

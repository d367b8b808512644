// Never twice (issue 21 item 3): a write sent again with the same Idempotency-Key creates nothing
// and gets the first answer; another body with the key is 422; a refused draft keeps no key, so it
// is corrected and sent again with the same one; two sends racing (threads) write once; keys expire
// by the one clock; a NIK registered meanwhile by another RT is a 409 naming that kelurahan only.
// Also the lost phone's sessions (item 4) and gzip (item 5). Both backends (pg: run).
#include "services/idempotency.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/idempotency_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const std::string kIdemKel = "15.71.01.1001";       // Simpang IV Sipin
const std::string kIdemOtherKel = "15.71.01.1002";  // Buluran Kenali

class IdempotencyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("idempotensi");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", kIdemKel, 1, "Ketua Satu"});
      s.registry().put_rt({"", kIdemOtherKel, 1, "Ketua Lain"});
    });
    server_->reopen();
    server_->add_user("rt1", "ketua_rt", kIdemKel + ".001");
    server_->add_user("rt1b", "ketua_rt", kIdemKel + ".001");
    server_->add_user("rt2", "ketua_rt", kIdemOtherKel + ".001");
    server_->add_user("kel", "operator_kelurahan", kIdemKel);
    server_->add_user("kel2", "operator_kelurahan", kIdemOtherKel);
    server_->start(64 * 1024);
  }
  static void TearDownTestSuite() { delete server_; }
  void TearDown() override { server_->app().set_today_for_tests(Date{2026, 11, 21}); }

  // A worker of Simpang IV Sipin (or `kelurahan`) RT 001 with NIK 15710157088500<nn>.
  static json worker(int nn, const std::string& nama = "Siti Aminah",
                     const std::string& kelurahan = "Simpang IV Sipin") {
    return {{"nik", "15710157088500" + std::string(nn < 10 ? "0" : "") + std::to_string(nn)},
            {"nama", nama},
            {"tanggal_lahir", "17/08/1985"},
            {"jenis_kelamin", "P"},
            {"kode_kelurahan", kelurahan},
            {"rt", "001"},
            {"pekerjaan", "Pedagang / Pelaku UMKM"},
            {"penghasilan", "1.500.000"},
            {"kategori", "pekerja_rentan"},
            {"persetujuan", true},
            {"ahli_waris", json::array({{{"nama", "Budi"}, {"hubungan", "suami"}}})}};
  }

  // A write with the key, from a client of its own (threads never share one).
  static httplib::Result send(const UserClient& who, const std::string& method, const std::string& path,
                              const std::string& body, const std::string& kunci) {
    auto c = server_->client();
    httplib::Headers h{{"Cookie", who.cookie()}, {"X-CSRF-Token", who.csrf()}};
    if (!kunci.empty()) h.emplace("Idempotency-Key", kunci);
    if (method == "POST") return c.Post(path.c_str(), h, body, "application/json");
    if (method == "PUT") return c.Put(path.c_str(), h, body, "application/json");
    return c.Delete(path.c_str(), h);
  }

  static std::int64_t workers_with_nik(const std::string& nik) {
    std::int64_t n = 0;
    server_->app().store().read([&](store::Session& s) { n = s.registry().worker_by_nik(nik) ? 1 : 0; });
    return n;
  }

  static std::int64_t audit_entries(const std::string& aksi, const std::string& entitas,
                                    const std::string& entitas_id) {
    std::int64_t n = 0;
    server_->app().store().read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry& e) {
        n += e.aksi == aksi && e.entitas == entitas && e.entitas_id == entitas_id;
        return true;
      });
    });
    return n;
  }

  static std::string code(const httplib::Result& r) { return json::parse(r->body)["error"]["code"]; }

  static inline TestServer* server_ = nullptr;
};

TEST_F(IdempotencyTest, TheSameKeyAgainCreatesNothingAndAnswersAsTheFirstTime) {
  UserClient rt1(*server_, "rt1");
  const std::string body = worker(11).dump();
  auto first = send(rt1, "POST", "/api/v1/workers", body, "draf-11");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 201) << first->body;
  EXPECT_FALSE(first->has_header("Idempotent-Replayed"));
  const auto id = json::parse(first->body)["id"].get<std::int64_t>();

  auto again = send(rt1, "POST", "/api/v1/workers", body, "draf-11");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 201);
  EXPECT_EQ(again->body, first->body) << "the first answer, byte for byte";
  EXPECT_EQ(again->get_header_value("Idempotent-Replayed"), "true");
  EXPECT_EQ(workers_with_nik("1571015708850011"), 1);
  EXPECT_EQ(audit_entries("buat", "pekerja", std::to_string(id)), 1) << "one create, one audit entry";

  // Without the key the same body is a new request, refused as the NIK is taken (nothing is merged).
  auto unkeyed = send(rt1, "POST", "/api/v1/workers", body, "");
  ASSERT_TRUE(unkeyed);
  EXPECT_EQ(unkeyed->status, 409);
  EXPECT_EQ(code(unkeyed), "nik_sudah_ada");
}

TEST_F(IdempotencyTest, TheSameKeyWithAnotherBodyIsRefusedInIndonesian) {
  UserClient rt1(*server_, "rt1");
  ASSERT_EQ(send(rt1, "POST", "/api/v1/workers", worker(12).dump(), "draf-12")->status, 201);
  auto other = send(rt1, "POST", "/api/v1/workers", worker(12, "Siti Aminah Lain").dump(), "draf-12");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 422) << other->body;
  EXPECT_EQ(code(other), "kunci_idempotensi_dipakai");
  EXPECT_NE(json::parse(other->body)["error"]["message"].get<std::string>().find("sudah diterima sebelumnya"),
            std::string::npos);
  // Another route with the key is another request too.
  auto elsewhere = send(rt1, "POST", "/api/v1/projects", "{}", "draf-12");
  ASSERT_TRUE(elsewhere);
  EXPECT_EQ(elsewhere->status, 422);
  EXPECT_EQ(code(elsewhere), "kunci_idempotensi_dipakai");
}

TEST_F(IdempotencyTest, ARefusedDraftKeepsNoKeySoItIsCorrectedAndSentAgain) {
  UserClient rt1(*server_, "rt1");
  json bad = worker(13);
  bad.erase("nama");
  auto refused = send(rt1, "POST", "/api/v1/workers", bad.dump(), "draf-13");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 422);
  EXPECT_EQ(json::parse(refused->body)["error"]["field"], "nama") << refused->body;
  auto corrected = send(rt1, "POST", "/api/v1/workers", worker(13).dump(), "draf-13");
  ASSERT_TRUE(corrected);
  EXPECT_EQ(corrected->status, 201) << corrected->body;
  EXPECT_EQ(workers_with_nik("1571015708850013"), 1);
}

TEST_F(IdempotencyTest, KeysBelongToOneAccount) {
  UserClient rt1(*server_, "rt1"), rt1b(*server_, "rt1b");
  ASSERT_EQ(send(rt1, "POST", "/api/v1/workers", worker(14).dump(), "draf-14")->status, 201);
  // The same key and body from another RT head of the same RT: not a replay of rt1's answer.
  auto theirs = send(rt1b, "POST", "/api/v1/workers", worker(14).dump(), "draf-14");
  ASSERT_TRUE(theirs);
  EXPECT_EQ(theirs->status, 409);
  EXPECT_FALSE(theirs->has_header("Idempotent-Replayed"));
}

TEST_F(IdempotencyTest, AMalformedKeyIsABadRequest) {
  UserClient rt1(*server_, "rt1");
  auto r = send(rt1, "POST", "/api/v1/workers", worker(15).dump(), "kunci dengan spasi");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(code(r), "kunci_idempotensi_tidak_valid");
  EXPECT_EQ(workers_with_nik("1571015708850015"), 0);
}

TEST_F(IdempotencyTest, TwoSendsRacingWithOneKeyWriteOnce) {
  UserClient rt1(*server_, "rt1");
  for (int round = 0; round < 6; ++round) {
    const int nn = 40 + round;
    const std::string body = worker(nn).dump(), kunci = "balapan-" + std::to_string(round);
    constexpr int kSends = 3;
    std::atomic<int> ready{0};
    struct Answer {
      bool received = false, replayed = false;
      int status = 0;
      std::string body;
    };
    std::vector<Answer> results(kSends);
    std::vector<std::thread> threads;
    for (int i = 0; i < kSends; ++i)
      threads.emplace_back([&, i] {
        ++ready;
        while (ready.load() < kSends) std::this_thread::yield();
        const auto r = send(rt1, "POST", "/api/v1/workers", body, kunci);
        if (r) results[i] = {true, r->has_header("Idempotent-Replayed"), r->status, r->body};
      });
    for (auto& t : threads) t.join();
    int created = 0, replayed = 0, in_progress = 0;
    std::string first_body;
    for (const auto& r : results) {
      ASSERT_TRUE(r.received);
      if (r.status == 201) {
        (r.replayed ? replayed : created)++;
        if (first_body.empty()) first_body = r.body;
        EXPECT_EQ(r.body, first_body) << "every 201 is the one answer";
      } else {
        // The documented alternative to waiting: "sedang diproses", never a second write's answer.
        EXPECT_EQ(r.status, 409) << r.body;
        EXPECT_EQ(json::parse(r.body)["error"]["code"], "idempotensi_diproses") << r.body;
        ++in_progress;
      }
    }
    EXPECT_EQ(created, 1) << "round " << round;
    EXPECT_EQ(created + replayed + in_progress, kSends);
    EXPECT_EQ(workers_with_nik("15710157088500" + std::to_string(nn)), 1);
    const auto id = json::parse(first_body)["id"].get<std::int64_t>();
    EXPECT_EQ(audit_entries("buat", "pekerja", std::to_string(id)), 1);
  }
}

TEST_F(IdempotencyTest, AStateChangeIsAppliedOnce) {
  UserClient rt1(*server_, "rt1");
  auto created = send(rt1, "POST", "/api/v1/workers", worker(16).dump(), "draf-16");
  ASSERT_EQ(created->status, 201);
  json w = json::parse(created->body);
  const auto id = w["id"].get<std::int64_t>();
  json change = worker(16, "Siti Aminah Putri");
  change["versi"] = w["versi"];
  const std::string path = "/api/v1/workers/" + std::to_string(id);
  auto first = send(rt1, "PUT", path, change.dump(), "ubah-16");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200) << first->body;
  auto again = send(rt1, "PUT", path, change.dump(), "ubah-16");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(again->body, first->body);
  EXPECT_EQ(json::parse(again->body)["versi"], json::parse(first->body)["versi"]);
  EXPECT_EQ(audit_entries("ubah", "pekerja", std::to_string(id)), 1);
}

TEST_F(IdempotencyTest, KeysExpireByTheOneClock) {
  UserClient rt1(*server_, "rt1");
  ASSERT_EQ(send(rt1, "POST", "/api/v1/workers", worker(17).dump(), "draf-17")->status, 201);
  const Date later = Date{2026, 11, 21}.add_days(static_cast<int>(services::kIdempotencyLifetime.count() / 24) + 1);
  server_->app().set_today_for_tests(later);
  // Expired: the request runs again (and is refused, the NIK being taken), no replay.
  auto again = send(rt1, "POST", "/api/v1/workers", worker(17).dump(), "draf-17");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 409);
  EXPECT_FALSE(again->has_header("Idempotent-Replayed"));
  EXPECT_GE(services::delete_expired_idempotency_keys(server_->app()), 1);
  std::optional<store::IdempotencyRecord> row;
  server_->app().store().read([&](store::Session& s) { row = s.idempotency().key("rt1", "draf-17"); });
  EXPECT_FALSE(row) << "deleted";
}

TEST_F(IdempotencyTest, ANikRegisteredMeanwhileByAnotherRtNamesItsKelurahanOnly) {
  UserClient rt1(*server_, "rt1"), rt2(*server_, "rt2");
  ASSERT_EQ(send(rt2, "POST", "/api/v1/workers", worker(18, "Rina Lain", "Buluran Kenali").dump(), "rt2-18")->status,
            201);
  auto conflict = send(rt1, "POST", "/api/v1/workers", worker(18).dump(), "draf-18");
  ASSERT_TRUE(conflict);
  EXPECT_EQ(conflict->status, 409);
  EXPECT_EQ(code(conflict), "nik_terdaftar_di_wilayah_lain");
  const std::string message = json::parse(conflict->body)["error"]["message"];
  EXPECT_NE(message.find("Kelurahan Buluran Kenali"), std::string::npos) << message;
  for (const char* secret : {"Rina", "Ketua Lain", "1571015708850018", "rt2", "RT 001"})
    EXPECT_EQ(message.find(secret), std::string::npos) << secret << " in " << message;
  // The kelurahan's name alone for the phone's draft, and nothing else beside the usual three.
  const json error = json::parse(conflict->body)["error"];
  EXPECT_EQ(error, (json{{"code", "nik_terdaftar_di_wilayah_lain"},
                         {"field", "nik"},
                         {"message", message},
                         {"nama_kelurahan", "Buluran Kenali"}}));
  for (const char* secret : {"Rina", "Ketua Lain", "1571015708850018", "rt2", "RT 001"})
    EXPECT_EQ(conflict->body.find(secret), std::string::npos) << secret << " in " << conflict->body;
  EXPECT_FALSE(conflict->has_header("Idempotent-Replayed"));
}

// Item 4: a lost phone's sessions, ended by the kelurahan's operator.
TEST_F(IdempotencyTest, TheKelurahanOperatorEndsALostPhonesSessions) {
  UserClient phone(*server_, "rt1"), other(*server_, "rt2");
  ASSERT_TRUE(phone.logged_in());
  UserClient kel(*server_, "kel");
  auto list = kel.get("/api/v1/users/sesi-rt");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->status, 200) << list->body;
  const json page = json::parse(list->body);
  std::int64_t rt1_id = 0;
  for (const auto& u : page["items"]) {
    EXPECT_EQ(u["area"].get<std::string>().rfind(kIdemKel, 0), 0u) << "only the operator's kelurahan: " << u;
    if (u["username"] == "rt1") {
      rt1_id = u["id"];
      EXPECT_GE(u["sesi"].size(), 1u);
      EXPECT_FALSE(u["sesi"][0]["terakhir_aktif"].get<std::string>().empty());
    }
  }
  ASSERT_NE(rt1_id, 0);
  // Another kelurahan's operator cannot see or end them.
  UserClient kel2(*server_, "kel2");
  auto foreign = kel2.del("/api/v1/users/" + std::to_string(rt1_id) + "/sesi");
  ASSERT_TRUE(foreign);
  EXPECT_EQ(foreign->status, 404);
  EXPECT_EQ(phone.get("/api/v1/auth/me")->status, 200);

  auto ended = kel.del("/api/v1/users/" + std::to_string(rt1_id) + "/sesi");
  ASSERT_TRUE(ended);
  ASSERT_EQ(ended->status, 200) << ended->body;
  EXPECT_GE(json::parse(ended->body)["diakhiri"].get<int>(), 1);
  EXPECT_EQ(phone.get("/api/v1/auth/me")->status, 401) << "the lost phone is logged out";
  EXPECT_EQ(other.get("/api/v1/auth/me")->status, 200) << "other RT heads keep theirs";
  EXPECT_EQ(audit_entries("akhiri_sesi", "pengguna", std::to_string(rt1_id)), 1);
  // An RT head cannot end anyone's sessions.
  auto refused = other.del("/api/v1/users/" + std::to_string(rt1_id) + "/sesi");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
}

// Item 5: API JSON gzip-compressed when the client accepts it, from 1 KiB.
TEST_F(IdempotencyTest, ApiJsonIsGzippedForClientsThatAcceptIt) {
  UserClient rt1(*server_, "rt1"), kel(*server_, "kel");
  for (int nn = 60; nn < 66; ++nn) send(rt1, "POST", "/api/v1/workers", worker(nn, "Pekerja Daftar").dump(), "");
  auto raw = server_->client();
  raw.set_decompress(false);
  const httplib::Headers plain{{"Cookie", kel.cookie()}, {"Accept-Encoding", "identity"}};
  const httplib::Headers gzip{{"Cookie", kel.cookie()}, {"Accept-Encoding", "gzip, deflate, br"}};
  auto identity = raw.Get("/api/v1/workers?limit=50", plain);
  ASSERT_TRUE(identity);
  ASSERT_EQ(identity->status, 200);
  ASSERT_GE(identity->body.size(), 1024u) << "the list must be large enough to be compressed";
  EXPECT_FALSE(identity->has_header("Content-Encoding"));
  EXPECT_EQ(identity->get_header_value("Vary").find("Accept-Encoding") != std::string::npos ||
                identity->get_header_value("Vary", 1).find("Accept-Encoding") != std::string::npos,
            true);
  auto packed = raw.Get("/api/v1/workers?limit=50", gzip);
  ASSERT_TRUE(packed);
  EXPECT_EQ(packed->get_header_value("Content-Encoding"), "gzip");
  EXPECT_LT(packed->body.size(), identity->body.size() / 2) << packed->body.size() << " of " << identity->body.size();
  // The same document once inflated (httplib inflates when asked to).
  auto inflating = server_->client();
  auto inflated = inflating.Get("/api/v1/workers?limit=50", gzip);
  ASSERT_TRUE(inflated);
  EXPECT_EQ(json::parse(inflated->body), json::parse(identity->body));
  // A small answer goes as it is.
  auto small = raw.Get("/api/v1/health", gzip);
  ASSERT_TRUE(small);
  EXPECT_FALSE(small->has_header("Content-Encoding"));
  // gzip;q=0 refuses it.
  auto refused = raw.Get("/api/v1/workers?limit=50", {{"Cookie", kel.cookie()}, {"Accept-Encoding", "gzip;q=0"}});
  ASSERT_TRUE(refused);
  EXPECT_FALSE(refused->has_header("Content-Encoding"));
}

}  // namespace

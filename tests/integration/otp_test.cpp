// Second factor (issue 16 item 8) over HTTP: TOTP (RFC 6238) required for admin_kota, auditor
// and petugas_bpjs; a restricted session that can only enrol; codes and recovery codes accepted
// once; an admin's reset; demo and test accounts exempt. Codes are computed here from the secret
// the enrolment returned, at the real time, as an authenticator app would.
#include <gtest/gtest.h>

#include <ctime>
#include <nlohmann/json.hpp>

#include "integration/test_server.hpp"
#include "services/otp_secret.hpp"
#include "services/totp.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_store.hpp"
#include "store/store.hpp"

using lindungi::testing::TestServer;
using lindungi::testing::UserClient;
using nlohmann::json;
namespace totp = lindungi::services::totp;

namespace {

class OtpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("otp");
    server_->add_user("admin", "admin_kota", "15.71");  // a test account: exempt
    server_->add_user("admin.lain", "admin_kota", "15.72");
    for (const char* name : {"kota.nyata", "auditor.nyata", "bpjs.nyata", "ulang.nyata", "reset.nyata", "pulih.nyata"})
      server_->add_user(name,
                        std::string{name}.starts_with("auditor") ? "auditor"
                        : std::string{name}.starts_with("bpjs")  ? "petugas_bpjs"
                                                                 : "admin_kota",
                        "15.71", "", false);
    server_->add_user("rt.nyata", "ketua_rt", "15.71.01.1001.001", "", false);
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  // The code an app shows `offset` seconds from now.
  static std::string code(const std::string& secret, int offset = 0) {
    return totp::code_at(*totp::base32_decode(secret), static_cast<std::int64_t>(std::time(nullptr)) + offset);
  }
  static httplib::Result login(const json& body) {
    auto c = server_->client();
    json b = body;
    b["password"] = lindungi::testing::kTestPassword;
    return c.Post("/api/v1/auth/login", b.dump(), "application/json");
  }
  static std::string error_code(const httplib::Result& r) { return json::parse(r->body)["error"]["code"]; }
  // Logs in (restricted), enrols and returns {secret, recovery codes}.
  static std::pair<std::string, std::vector<std::string>> enrol(UserClient& c) {
    auto start = c.post("/api/v1/auth/otp/mulai", json::object());
    EXPECT_EQ(start->status, 200) << start->body;
    const std::string secret = json::parse(start->body)["rahasia"];
    auto ok = c.post("/api/v1/auth/otp/konfirmasi", {{"kode_otp", code(secret)}});
    EXPECT_EQ(ok->status, 200) << ok->body;
    return {secret, json::parse(ok->body)["kode_pemulihan"].get<std::vector<std::string>>()};
  }
  static std::vector<std::string> audit_actions(const std::string& username) {
    std::vector<std::string> out;
    std::optional<lindungi::store::UserRecord> u;
    server_->app().store().read([&](lindungi::store::Session& s) {
      u = s.accounts().user_by_username(username);
      s.audit().scan([&](const lindungi::store::AuditEntry& e) {
        if (e.entitas == "pengguna" && e.entitas_id == std::to_string(u->id)) out.push_back(e.aksi);
        return true;
      });
    });
    return out;
  }
  static inline TestServer* server_ = nullptr;
};

TEST_F(OtpTest, RequiredRolesWithoutAFactorGetASessionThatCanOnlyEnrol) {
  for (const char* name : {"kota.nyata", "auditor.nyata", "bpjs.nyata"}) {
    auto res = login({{"username", name}});
    ASSERT_EQ(res->status, 200) << res->body;
    const auto body = json::parse(res->body);
    EXPECT_TRUE(body["sesi_terbatas"]) << name;
    EXPECT_TRUE(body["otp"]["wajib"]) << name;
    EXPECT_FALSE(body["otp"]["aktif"]) << name;
  }
  UserClient c(*server_, "kota.nyata");
  ASSERT_TRUE(c.logged_in());
  for (const char* path : {"/api/v1/workers", "/api/v1/users", "/api/v1/audit"}) {
    auto r = c.get(path);
    EXPECT_EQ(r->status, 403) << path;
    EXPECT_EQ(error_code(r), "perlu_daftar_otp") << path;
    EXPECT_NE(json::parse(r->body)["error"]["message"].get<std::string>().find("verifikasi dua langkah"),
              std::string::npos);
  }
  EXPECT_EQ(c.post("/api/v1/auth/password", {{"password_lama", "x"}, {"password_baru", "y"}})->status, 403);
  EXPECT_EQ(c.get("/api/v1/auth/me")->status, 200);

  auto start = c.post("/api/v1/auth/otp/mulai", json::object());
  ASSERT_EQ(start->status, 200) << start->body;
  const auto e = json::parse(start->body);
  const std::string secret = e["rahasia"];
  EXPECT_EQ(secret.size(), 32u);
  EXPECT_EQ(e["uri"], "otpauth://totp/Lindungi:kota.nyata?secret=" + secret +
                          "&issuer=Lindungi&algorithm=SHA1&digits=6&period=30");
  auto wrong = c.post("/api/v1/auth/otp/konfirmasi", {{"kode_otp", code(secret, -600)}});
  EXPECT_EQ(wrong->status, 422) << wrong->body;
  EXPECT_EQ(error_code(wrong), "kode_otp_salah");
  auto ok = c.post("/api/v1/auth/otp/konfirmasi", {{"kode_otp", code(secret)}});
  ASSERT_EQ(ok->status, 200) << ok->body;
  const auto codes = json::parse(ok->body)["kode_pemulihan"];
  ASSERT_EQ(codes.size(), 10u);
  EXPECT_EQ(codes[0].get<std::string>().size(), 11u);  // xxxxx-xxxxx

  // The same session is now a full one; starting again is refused.
  EXPECT_EQ(c.get("/api/v1/users")->status, 200);
  const auto me = json::parse(c.get("/api/v1/auth/me")->body);
  EXPECT_FALSE(me["sesi_terbatas"]);
  EXPECT_TRUE(me["otp"]["aktif"]);
  EXPECT_EQ(me["otp"]["sisa_kode_pemulihan"], 10);
  auto again = c.post("/api/v1/auth/otp/mulai", json::object());
  EXPECT_EQ(again->status, 409);
  EXPECT_EQ(error_code(again), "otp_sudah_aktif");

  const auto actions = audit_actions("kota.nyata");
  EXPECT_NE(std::find(actions.begin(), actions.end(), "mulai_otp"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "daftar_otp"), actions.end());
}

TEST_F(OtpTest, LoginAsksForTheCodeAndAcceptsEachCodeOnce) {
  UserClient first(*server_, "ulang.nyata");
  const auto [secret, recovery] = enrol(first);

  auto none = login({{"username", "ulang.nyata"}});
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(error_code(none), "perlu_kode_otp");
  auto bad_password = server_->client().Post(
      "/api/v1/auth/login",
      json{{"username", "ulang.nyata"}, {"password", "salah-sekali"}, {"kode_otp", code(secret, 30)}}.dump(),
      "application/json");
  EXPECT_EQ(bad_password->status, 401);
  EXPECT_EQ(error_code(bad_password), "login_gagal");
  auto wrong = login({{"username", "ulang.nyata"}, {"kode_otp", code(secret, -600)}});
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(error_code(wrong), "kode_otp_salah");

  const std::string next = code(secret, 30);  // the step after the one that confirmed enrolment
  auto ok = login({{"username", "ulang.nyata"}, {"kode_otp", next}});
  ASSERT_EQ(ok->status, 200) << ok->body;
  EXPECT_FALSE(json::parse(ok->body)["sesi_terbatas"]);
  auto replay = login({{"username", "ulang.nyata"}, {"kode_otp", next}});
  EXPECT_EQ(replay->status, 401);
  EXPECT_EQ(error_code(replay), "kode_otp_salah");

  // A recovery code, typed in capitals without its dash, works once.
  std::string typed;
  for (char ch : recovery[3])
    if (ch != '-') typed += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  auto rec = login({{"username", "ulang.nyata"}, {"kode_pemulihan", typed}});
  ASSERT_EQ(rec->status, 200) << rec->body;
  EXPECT_EQ(json::parse(rec->body)["otp"]["sisa_kode_pemulihan"], 9);
  EXPECT_EQ(login({{"username", "ulang.nyata"}, {"kode_pemulihan", recovery[3]}})->status, 401);

  // What the database holds is not the secret (sealed with a key kept outside it, otp_secret.hpp),
  // nor anything of it, after the enrolment and after the logins that rewrote the record.
  std::optional<lindungi::store::OtpRecord> stored;
  server_->app().store().read([&](lindungi::store::Session& s) {
    stored = s.accounts().otp_of(s.accounts().user_by_username("ulang.nyata")->id);
  });
  ASSERT_TRUE(stored);
  EXPECT_NE(stored->rahasia, secret);
  EXPECT_EQ(stored->rahasia.find(secret.substr(0, 8)), std::string::npos);
  EXPECT_TRUE(lindungi::services::otp_secret::sealed(stored->rahasia));
  EXPECT_FALSE(totp::base32_decode(stored->rahasia).has_value());
}

TEST_F(OtpTest, RecoveryCodesAreRegeneratedAgainstACurrentCode) {
  UserClient c(*server_, "pulih.nyata");
  const auto [secret, old_codes] = enrol(c);
  auto wrong = c.post("/api/v1/auth/otp/kode-pemulihan", {{"kode_otp", "000000"}});
  EXPECT_EQ(wrong->status, 422);
  auto res = c.post("/api/v1/auth/otp/kode-pemulihan", {{"kode_otp", code(secret, 30)}});
  ASSERT_EQ(res->status, 200) << res->body;
  const auto fresh = json::parse(res->body)["kode_pemulihan"].get<std::vector<std::string>>();
  ASSERT_EQ(fresh.size(), 10u);
  EXPECT_EQ(login({{"username", "pulih.nyata"}, {"kode_pemulihan", old_codes[0]}})->status, 401);
  EXPECT_EQ(login({{"username", "pulih.nyata"}, {"kode_pemulihan", fresh[0]}})->status, 200);
  const auto actions = audit_actions("pulih.nyata");
  EXPECT_NE(std::find(actions.begin(), actions.end(), "kode_pemulihan_baru"), actions.end());
  // Without a confirmed factor there are no recovery codes to renew.
  UserClient rt(*server_, "rt.nyata");
  auto none = rt.post("/api/v1/auth/otp/kode-pemulihan", {{"kode_otp", "123456"}});
  EXPECT_EQ(none->status, 409);
  EXPECT_EQ(error_code(none), "otp_belum_aktif");
}

TEST_F(OtpTest, AnAdminResetsAUsersFactorWithinTheirAreaAudited) {
  UserClient user(*server_, "reset.nyata");
  enrol(user);
  std::optional<lindungi::store::UserRecord> u;
  server_->app().store().read([&](lindungi::store::Session& s) { u = s.accounts().user_by_username("reset.nyata"); });
  const std::string path = "/api/v1/users/" + std::to_string(u->id) + "/reset-otp";

  UserClient other_city(*server_, "admin.lain");
  EXPECT_EQ(other_city.post(path, json::object())->status, 404);
  UserClient self(*server_, "admin");
  std::optional<lindungi::store::UserRecord> me;
  server_->app().store().read([&](lindungi::store::Session& s) { me = s.accounts().user_by_username("admin"); });
  auto own = self.post("/api/v1/users/" + std::to_string(me->id) + "/reset-otp", json::object());
  EXPECT_EQ(own->status, 409);
  EXPECT_EQ(error_code(own), "akun_sendiri");

  ASSERT_EQ(self.post(path, json::object())->status, 204);
  EXPECT_EQ(user.get("/api/v1/auth/me")->status, 401);  // its sessions ended
  auto again = login({{"username", "reset.nyata"}});
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_TRUE(json::parse(again->body)["sesi_terbatas"]);
  const auto actions = audit_actions("reset.nyata");
  EXPECT_NE(std::find(actions.begin(), actions.end(), "reset_otp"), actions.end());
}

TEST_F(OtpTest, TestAccountsAreExemptAndAccountsCreatedThroughTheApiAreNot) {
  auto res = login({{"username", "admin"}});
  ASSERT_EQ(res->status, 200);
  EXPECT_FALSE(json::parse(res->body)["sesi_terbatas"]);
  EXPECT_FALSE(json::parse(res->body)["otp"]["wajib"]);
  // A ketua RT needs no second factor.
  auto rt = login({{"username", "rt.nyata"}});
  EXPECT_FALSE(json::parse(rt->body)["sesi_terbatas"]);

  UserClient admin(*server_, "admin");
  auto created = admin.post("/api/v1/users", {{"username", "auditor.baru"},
                                              {"nama", "Auditor Baru"},
                                              {"role", "auditor"},
                                              {"area", "15.71"},
                                              {"password", "sandi-baru-12345"},
                                              {"demo", true}});
  ASSERT_EQ(created->status, 201) << created->body;
  auto c = server_->client();
  auto r = c.Post("/api/v1/auth/login", json{{"username", "auditor.baru"}, {"password", "sandi-baru-12345"}}.dump(),
                  "application/json");
  ASSERT_EQ(r->status, 200);
  EXPECT_TRUE(json::parse(r->body)["sesi_terbatas"]);
  // What `serve --produksi` refuses to start with: the two test accounts made exempt above.
  EXPECT_EQ(lindungi::services::AuthService(server_->app()).active_demo_accounts(),
            (std::vector<std::string>{"admin", "admin.lain"}));
}

}  // namespace

// Login, sessions, logout, password change and throttling over HTTP.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/test_server.hpp"

using nlohmann::json;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class AuthTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("auth");
    server_->add_user("admin", "admin_kota", "15.71");
    server_->add_user("rina", "operator_kelurahan", "15.71.01.1001");
    server_->add_user("sasaran", "ketua_rt", "15.71.01.1001.001");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }
  static inline TestServer* server_ = nullptr;
};

TEST_F(AuthTest, LoginSetsAHardenedCookieAndMeAnswers) {
  auto c = server_->client();
  auto res = c.Post("/api/v1/auth/login", json{{"username", "admin"}, {"password", lindungi::testing::kTestPassword}}.dump(),
                    "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const std::string cookie = res->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("lindungi_sesi="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  const std::string token = cookie.substr(14, cookie.find(';') - 14);
  EXPECT_GE(token.size(), 43u);  // 256 bits in base64
  const auto body = json::parse(res->body);
  EXPECT_EQ(body["user"]["role"], "admin_kota");
  EXPECT_EQ(body["user"]["area_nama"], "Kota Jambi");
  EXPECT_FALSE(body["csrf_token"].get<std::string>().empty());
  // The token is not in the database, only its hash.
  bool stored_plain = false;
  server_->app().store().read([&](lindungi::store::Session& s) { stored_plain = s.session_by_hash(token).has_value(); });
  EXPECT_FALSE(stored_plain);

  UserClient admin(*server_, "admin");
  const auto me = json::parse(admin.get("/api/v1/auth/me")->body);
  EXPECT_EQ(me["user"]["username"], "admin");
  EXPECT_TRUE(std::find(me["user"]["permissions"].begin(), me["user"]["permissions"].end(), "manage_users") !=
              me["user"]["permissions"].end());
}

TEST_F(AuthTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  auto c = server_->client();
  auto wrong = c.Post("/api/v1/auth/login", json{{"username", "rina"}, {"password", "salah-salah-salah"}}.dump(), "application/json");
  auto unknown = c.Post("/api/v1/auth/login", json{{"username", "tidakada"}, {"password", "salah-salah-salah"}}.dump(), "application/json");
  ASSERT_TRUE(wrong && unknown);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(unknown->status, 401);
  EXPECT_EQ(json::parse(wrong->body)["error"]["message"], json::parse(unknown->body)["error"]["message"]);
  EXPECT_EQ(c.Post("/api/v1/auth/login", "[]", "application/json")->status, 400);
  EXPECT_EQ(c.Post("/api/v1/auth/login", json{{"username", 5}}.dump(), "application/json")->status, 422);
}

TEST_F(AuthTest, RepeatedFailuresAreThrottled) {
  auto c = server_->client();
  int last = 0;
  for (int i = 0; i < 6; ++i)
    last = c.Post("/api/v1/auth/login", json{{"username", "sasaran"}, {"password", "tebakan-ke-" + std::to_string(i)}}.dump(),
                  "application/json")->status;
  EXPECT_EQ(last, 429);
  // Even the right password waits now.
  auto res = c.Post("/api/v1/auth/login", json{{"username", "sasaran"}, {"password", lindungi::testing::kTestPassword}}.dump(),
                    "application/json");
  EXPECT_EQ(res->status, 429);
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "terlalu_banyak_percobaan");
}

TEST_F(AuthTest, LogoutEndsTheSession) {
  UserClient rina(*server_, "rina");
  ASSERT_EQ(rina.get("/api/v1/auth/me")->status, 200);
  ASSERT_EQ(rina.post("/api/v1/auth/logout", json::object())->status, 204);
  EXPECT_EQ(rina.get("/api/v1/auth/me")->status, 401);
  EXPECT_EQ(rina.get("/api/v1/workers")->status, 401);
}

TEST_F(AuthTest, PasswordChangeChecksTheOldOneAndTheRules) {
  server_->add_user("ganti", "ketua_rt", "15.71.01.1001.002");
  UserClient u(*server_, "ganti");
  auto weak = u.post("/api/v1/auth/password", {{"password_lama", lindungi::testing::kTestPassword}, {"password_baru", "pendek"}});
  EXPECT_EQ(weak->status, 422);
  auto wrong_old = u.post("/api/v1/auth/password", {{"password_lama", "bukan-sandinya"}, {"password_baru", "sandi-baru-yang-kuat"}});
  EXPECT_EQ(wrong_old->status, 422);
  auto ok = u.post("/api/v1/auth/password", {{"password_lama", lindungi::testing::kTestPassword}, {"password_baru", "sandi-baru-yang-kuat"}});
  EXPECT_EQ(ok->status, 204);
  EXPECT_EQ(u.get("/api/v1/auth/me")->status, 401);  // every session ends
  UserClient again(*server_, "ganti", "sandi-baru-yang-kuat");
  EXPECT_TRUE(again.logged_in());
}

TEST_F(AuthTest, DeactivatedAccountsCannotLogIn) {
  server_->add_user("pergi", "ketua_rt", "15.71.01.1001.003");
  UserClient admin(*server_, "admin");
  const auto users = json::parse(admin.get("/api/v1/users")->body)["items"];
  std::int64_t id = 0;
  for (const auto& u : users)
    if (u["username"] == "pergi") id = u["id"];
  ASSERT_GT(id, 0);
  EXPECT_EQ(admin.put("/api/v1/users/" + std::to_string(id) + "/aktif", {{"aktif", false}})->status, 204);
  UserClient gone(*server_, "pergi");
  EXPECT_FALSE(gone.logged_in());
}

}  // namespace

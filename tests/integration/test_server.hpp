#pragma once
// A Lindungi server on an ephemeral loopback port over a temporary database (SQLite, or PostgreSQL
// with LINDUNGI_TEST_BACKEND=pg: tests/test_backend.hpp), and a logged-in
// HTTP client (session cookie + CSRF header), for the integration tests.
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "http/server.hpp"
#include "services/app.hpp"
#include "services/auth_service.hpp"
#include "test_backend.hpp"

namespace lindungi::testing {

inline constexpr const char* kTestPassword = "sandi-uji-12345";

// A free port from the kernel; the tiny window before the server binds it is acceptable here.
inline std::uint16_t free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

class TestServer {
 public:
  explicit TestServer(const std::string& name) {
    dir_ = std::filesystem::temp_directory_path() / ("lindungi_" + name + "_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = std::make_unique<TestDatabase>(dir_ / "test.db");
    app_ = services::App::open(db_->location(), (dir_ / "kunci-audit").string());
    app_->set_files_dir((dir_ / "berkas").string());  // on either backend, inside the test's folder
    app_->set_today_for_tests(Date{2026, 11, 21});
  }
  ~TestServer() {
    if (server_) server_->stop();
    server_.reset();
    app_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Opens the database again, e.g. after adding regions, so the region index sees them.
  void reopen() {
    const Date today = app_->today();
    app_.reset();
    app_ = services::App::open(db_->location(), (dir_ / "kunci-audit").string());
    app_->set_files_dir((dir_ / "berkas").string());  // on either backend, inside the test's folder
    app_->set_today_for_tests(today);
  }

  void start(std::size_t max_body = 64 * 1024) {
#ifdef LINDUNGI_ANSWER_DIR
    // Every answer is recorded for the contract check against docs/openapi.yaml (ctest's
    // "openapi_answers", tests/openapi/answers.py); an environment that sets the variable, even
    // empty, decides instead.
    setenv("LINDUNGI_ANSWER_DIR", LINDUNGI_ANSWER_DIR, 0);
#endif
    port_ = free_port();
    server_ = http::start_server(*app_, {"127.0.0.1", port_, 2, "", max_body, false});
  }

  // An account made directly through the service (as `lindungi user add` does), flagged as a
  // test account so that it logs in without a second factor (issue 16 item 8) unless `demo` is false.
  void add_user(const std::string& username, const std::string& role, const std::string& area,
                const std::string& kohort = "", bool demo = true) {
    services::AuthService(*app_).create_user(
        Actor::system("uji"), {username, "Pengguna " + username, role, area, kohort, kTestPassword, demo});
  }

  services::App& app() { return *app_; }
  std::uint16_t port() const { return port_; }
  httplib::Client client() const { return httplib::Client("127.0.0.1", port_); }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<services::App> app_;
  std::unique_ptr<http::RunningServer> server_;
  std::uint16_t port_ = 0;
};

// A client that logged in: sends the session cookie and, on writes, the CSRF token.
class UserClient {
 public:
  // `language`: sent as Accept-Language on every request, the login included (issue 17 item 10).
  UserClient(const TestServer& server, const std::string& username, const std::string& password = kTestPassword,
             std::string language = {})
      : client_(server.client()), language_(std::move(language)) {
    httplib::Headers login;
    if (!language_.empty()) login.emplace("Accept-Language", language_);
    auto res = client_.Post("/api/v1/auth/login", login,
                            nlohmann::json{{"username", username}, {"password", password}}.dump(), "application/json");
    if (!res || res->status != 200) return;
    const std::string cookie = res->get_header_value("Set-Cookie");
    cookie_ = cookie.substr(0, cookie.find(';'));
    csrf_ = nlohmann::json::parse(res->body)["csrf_token"];
  }
  bool logged_in() const { return !cookie_.empty(); }

  httplib::Result get(const std::string& path) { return client_.Get(path.c_str(), headers(false)); }
  httplib::Result post(const std::string& path, const nlohmann::json& body) {
    return client_.Post(path.c_str(), headers(true), body.dump(), "application/json");
  }
  httplib::Result post_raw(const std::string& path, const std::string& body, const std::string& type) {
    return client_.Post(path.c_str(), headers(true), body, type.c_str());
  }
  httplib::Result put(const std::string& path, const nlohmann::json& body) {
    return client_.Put(path.c_str(), headers(true), body.dump(), "application/json");
  }
  // Jakon (issue 9): removing a worker from a project.
  httplib::Result del(const std::string& path) { return client_.Delete(path.c_str(), headers(true)); }
  const std::string& csrf() const { return csrf_; }
  const std::string& cookie() const { return cookie_; }

 private:
  httplib::Headers headers(bool write) const {
    httplib::Headers h{{"Cookie", cookie_}};
    if (write) h.emplace("X-CSRF-Token", csrf_);
    if (!language_.empty()) h.emplace("Accept-Language", language_);
    return h;
  }
  httplib::Client client_;
  std::string language_;
  std::string cookie_;
  std::string csrf_;
};

}  // namespace lindungi::testing
